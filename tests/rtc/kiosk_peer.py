"""The kiosk's side of a consult as a process of its own, for tests and benchmarks that
put it behind an impaired link in a network namespace: the real consult service with
file media, answering every call, printing its status and the call's figures as JSON
lines (and its own CPU time and memory) until stdin closes.

    python -m tests.rtc.kiosk_peer --hub URL --token T --home DIR --video F --tone F
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.events import EventBus
from kiosk.rtc.events import CALL_STATUS, CallState, CallStatus
from kiosk.rtc.media import file_camera
from kiosk.rtc.service import ConsultService, MediaChoice
from kiosk.store.attachments import Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.consults import ConsultRecords
from kiosk.store.store import Store
from kiosk.sync.link import LinkPolicy

FIGURES_EVERY = 2.0


def say(kind: str, **data: Any) -> None:
    print(json.dumps({"kind": kind, "t": round(time.monotonic(), 2), **data}, default=str),
          flush=True)  # fmt: skip


def usage() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    rss = int(Path("/proc/self/statm").read_text().split()[1]) * resource.getpagesize()
    return {"cpu_s": own.ru_utime + own.ru_stime, "rss_mb": round(rss / 2**20, 1)}


async def run(args: argparse.Namespace) -> None:
    home = Path(args.home)
    store = Store(home / "kiosk.db")
    bus = EventBus()
    records = ConsultRecords(store, Attachments(store, BlobFiles(home / "blobs")))
    service = ConsultService(
        args.hub, args.token, bus, lambda: file_camera(Path(args.video)), records,
        MediaChoice(f"file:{args.tone}", "none"),
        link=LinkPolicy(allow_plain_http=args.allow_plain_http),
    )  # fmt: skip
    loop = asyncio.get_running_loop()
    answering: set[asyncio.Task[None]] = set()

    def answer() -> None:
        task = loop.create_task(service.accept(args.cho))
        answering.add(task)
        task.add_done_callback(answering.discard)

    def status(_topic: str, payload: Any) -> None:
        if isinstance(payload, CallStatus):
            loop.call_soon_threadsafe(lambda: say("status", **dataclasses.asdict(payload)))
            if payload.state is CallState.RINGING:
                loop.call_soon_threadsafe(answer)

    bus.subscribe(CALL_STATUS, status)
    await service.start()
    while not service.signal.connected:
        await asyncio.sleep(0.05)
    say("ready")
    stdin_closed = loop.create_task(asyncio.to_thread(sys.stdin.read))
    mark = None
    while not stdin_closed.done():
        await asyncio.wait([stdin_closed], timeout=FIGURES_EVERY)
        session = service.call.session if service.call else None
        if session is None or service.status.state is not CallState.IN_CALL:
            mark = None
            continue
        if mark is not None:
            figures = await session.figures(mark)
            say("figures", **figures.as_dict(), **usage())
        mark = await session.mark()
    await service.stop()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("--hub", "--token", "--home", "--video", "--tone", "--cho"):
        parser.add_argument(name, required=True)
    parser.add_argument("--allow-plain-http", action="store_true")  # a test host's link
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
