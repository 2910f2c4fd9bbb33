"""A long day at the hub: a few hundred simulated kiosks sync (push a cycle of the day's
work, pull, upload its photos) and hold their signalling sockets open, for a bounded
time on loopback, while the hub process is watched from outside.

Every ``--sample`` seconds it prints the hub's resident memory, open file descriptors,
database connections (SQLite: descriptors open on hub.db and its WAL), the sync cycles
done and their push latency (p50/p95) in that window, and errors. At the end it says
whether anything grew after the warm-up and whether any error happened; exit 1 if so.

Run: ``python bench/soak.py`` (30 minutes, 300 kiosks); ``--minutes 3`` for a short
run, ``--kiosks``, ``--interval`` (seconds between a kiosk's syncs).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import aiohttp  # noqa: E402
from hub_load import Kiosk, SharedClient, Tally, _encoded, one_cycle, provision  # noqa: E402

from hwc_shared import wire  # noqa: E402
from kiosk.sync.client import HubClient, HubError, Timeouts  # noqa: E402
from tests.daywork import day_of_work  # noqa: E402
from tests.hubprocess import HubProcess, write_config  # noqa: E402


@dataclass
class Window:
    latency: list[float] = field(default_factory=list)
    cycles: int = 0
    errors: list[str] = field(default_factory=list)


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _fds(pid: int) -> tuple[int, int]:
    """Open descriptors, and those on the database (hub.db, its -wal and -shm)."""
    total = db = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        total += 1
        try:
            target = str(fd.readlink())
        except OSError:
            continue
        db += "hub.db" in target
    return total, db


def _refill(kiosk: Kiosk, day_no: int) -> None:
    """A new day of work, with new ids, once the last one is sent."""
    kiosk.day = day_of_work(kiosk.spoke, seed=f"{kiosk.spoke}-{day_no}", encounters_count=6)
    kiosk.packed = [HubClient.pack([_encoded(op) for op in w.ops]) for w in kiosk.day]


async def one_kiosk(
    kiosk: Kiosk, session: aiohttp.ClientSession, url: str, interval: float, until: float,
    window: list[Window], rng: random.Random,
) -> None:  # fmt: skip
    def client() -> SharedClient:
        return SharedClient(session, url, kiosk.token)

    socket_url = url.replace("http://", "ws://") + wire.SIGNAL_PATH
    headers = {"Authorization": f"Bearer {kiosk.token}"}
    async with session.ws_connect(socket_url, headers=headers, heartbeat=30) as ws:
        listening = asyncio.ensure_future(_listen(ws))  # heartbeats are answered by reading
        await asyncio.sleep(rng.uniform(0, interval))
        day_no = 0
        while time.monotonic() < until:
            if not kiosk.day:
                day_no += 1
                _refill(kiosk, day_no)
            work, body = kiosk.day.pop(0), kiosk.packed.pop(0)
            tally = Tally()
            try:
                await one_cycle(kiosk, work, body, client, tally)
            except HubError as error:
                tally.errors.append(f"{kiosk.spoke}: {type(error).__name__}: {error}")
            window[-1].latency += tally.push_latency
            window[-1].cycles += 1
            window[-1].errors += tally.errors
            await asyncio.sleep(interval * rng.uniform(0.8, 1.2))
        if ws.closed or listening.done():
            window[-1].errors.append(f"{kiosk.spoke}: the signalling socket closed")
        listening.cancel()


async def _listen(ws: aiohttp.ClientWebSocketResponse) -> None:
    async for _message in ws:  # the hub's "pull now" hints and welcome; nothing to do
        pass


def _ms(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def soak(args: argparse.Namespace, base: Path) -> int:
    home = base / "hub"
    write_config(home, site_name="Soak hub")
    hub = HubProcess(home).start()
    try:
        assert hub.proc is not None
        pid = hub.proc.pid
        kiosks = await provision(f"sqlite:{home / 'hub.db'}", args.kiosks, 6)
        rng = random.Random(7)
        window = [Window()]
        rows: list[tuple[float, float, int, int, int, float, float, int]] = []
        until = time.monotonic() + args.minutes * 60
        connector = aiohttp.TCPConnector(limit=0)
        timeout = Timeouts(connect=60, read=120).client_timeout()
        started = time.monotonic()
        print(f"{args.kiosks} kiosks, a sync every {args.interval:.0f} s each, {args.minutes} min")
        print("minute  rss MiB  fds  db fds  cycles  p50 ms  p95 ms  errors")
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
            tasks = [
                asyncio.ensure_future(
                    one_kiosk(k, session, hub.url, args.interval, until, window, rng)
                )
                for k in kiosks
            ]
            while not all(t.done() for t in tasks):
                await asyncio.wait(tasks, timeout=args.sample)
                w = window[-1]
                window.append(Window())
                fds, db = _fds(pid)
                row = (
                    (time.monotonic() - started) / 60, _rss_mib(pid), fds, db, w.cycles,
                    _ms(w.latency, 0.5), _ms(w.latency, 0.95), len(w.errors),
                )  # fmt: skip
                rows.append(row)
                print("{:6.1f}  {:7.1f}  {:3d}  {:6d}  {:6d}  {:6.0f}  {:6.0f}  {:6d}".format(*row))
                for problem in w.errors[:3]:
                    print(f"  error: {problem}")
            for task in tasks:
                if task.exception() is not None:
                    window[-1].errors.append(f"kiosk task: {task.exception()!r}")
        errors = sum(r[7] for r in rows) + len(window[-1].errors)
        busy = [r for r in rows if r[4]]  # while the kiosks ran (not their goodbyes)
        warm = busy[len(busy) // 3 :] or rows  # after the first third: caches filled
        rss_growth = warm[-1][1] - min(r[1] for r in warm)
        fd_spread = max(r[2] for r in warm) - min(r[2] for r in warm)
        db_spread = max(r[3] for r in warm) - min(r[3] for r in warm)
        latencies = [r[6] for r in warm if r[4]]
        print(
            f"cycles {sum(r[4] for r in rows):,}, errors {errors}; after warm-up: memory "
            f"{min(r[1] for r in warm):.1f} -> {warm[-1][1]:.1f} MiB (+{rss_growth:.1f}), "
            f"descriptors spread {fd_spread}, database descriptors spread {db_spread}, "
            f"p95 push latency {min(latencies or [0]):.0f}-{max(latencies or [0]):.0f} ms"
        )
        grew = rss_growth > max(20.0, 0.1 * warm[0][1]) or db_spread > 2
        print("verdict:", "growth or errors" if grew or errors else "no growth, no error")
        return 1 if grew or errors else 0
    finally:
        hub.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--kiosks", type=int, default=300)
    parser.add_argument("--interval", type=float, default=20, help="seconds between syncs")
    parser.add_argument("--sample", type=float, default=30, help="seconds between samples")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="hwc-soak-") as base:
        return asyncio.run(soak(args, Path(base)))


if __name__ == "__main__":
    sys.exit(main())
