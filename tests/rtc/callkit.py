"""A kiosk's consult service and a specialist's console in headless Chromium, around a
real hub: what the call tests, the benchmark and the screenshots share."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.devices.events import READINGS, DeviceInfo, DeviceReadings
from kiosk.devices.readings import Reading
from kiosk.events import EventBus
from kiosk.rtc.events import CALL_STATUS, CallState, CallStatus
from kiosk.rtc.media import file_camera
from kiosk.rtc.service import ConsultService, MediaChoice
from kiosk.store.attachments import Attachments
from kiosk.store.consults import ConsultRecords
from kiosk.sync.link import LinkPolicy
from tests.chromium import Browser, Page
from tests.consulttools import PASSWORD
from tests.hubtools import Hub, Kiosk
from tests.rtc.media_files import make_test_card, make_tone
from tests.rtc.netns import RuralLink

ROOT = Path(__file__).resolve().parents[2]
OXIMETER = DeviceInfo("sim", "sim://", "contec-cms50d", "Pulse oximeter", "oximeter", "SIM-1")


@dataclass
class KioskCall:
    service: ConsultService
    bus: EventBus
    statuses: list[CallStatus] = field(default_factory=list)
    syncs: list[str] = field(default_factory=list)

    async def wait_state(self, state: CallState, seconds: float = 30.0) -> CallStatus:
        deadline = time.monotonic() + seconds
        while self.service.status.state is not state:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the call did not reach {state} (it is {self.service.status})")
            await asyncio.sleep(0.05)
        return self.service.status

    async def wait(self, condition: Callable[[], bool], what: str, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"not within {seconds} s: {what}")
            await asyncio.sleep(0.1)

    def oximeter(self, spo2: float, pulse: float, pleth: tuple[float, ...]) -> None:
        readings = (Reading("spo2", spo2, "%", "contec-cms50d"),
                    Reading("pulse_rate", pulse, "/min", "contec-cms50d"))  # fmt: skip
        self.bus.publish(READINGS, DeviceReadings(OXIMETER, readings, pleth))


def media(folder: Path, fps: int = 15) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return make_test_card(folder / "card.avi", fps=fps), make_tone(folder / "tone.wav")


async def start_kiosk_call(
    kiosk: Kiosk, hub_url: str, folder: Path, camera_file: Path | None = None
) -> KioskCall:
    video, tone = media(folder)
    video = camera_file or video
    bus = EventBus()
    records = ConsultRecords(kiosk.store, Attachments(kiosk.store, kiosk.blobs))
    call = KioskCall(None, bus)  # type: ignore[arg-type]
    service = ConsultService(
        hub_url, kiosk.token, bus, lambda: file_camera(video), records,
        MediaChoice(f"file:{tone}", "none"), on_sync=call.syncs.append,
    )  # fmt: skip
    call.service = service
    bus.subscribe(CALL_STATUS, lambda _t, status: call.statuses.append(status))
    await service.start()
    await call.wait(lambda: service.signal.connected, "the kiosk's socket connects")
    return call


async def console_in_case(browser: Browser, hub_url: str, encounter_id: str) -> Page:
    """Sign in, take the case from the queue and open it."""
    page = await browser.new_page(f"{hub_url}/console/")
    await page.wait_for(f"{page.by_id('login-view')} && !{page.by_id('login-view')}.hidden")
    await page.type("login-username", "dr.asha")
    await page.type("login-password", PASSWORD)
    await page.click("login-submit")
    row = f"document.querySelector('[data-encounter-id=\"{encounter_id}\"]')"
    await page.wait_for(row)
    await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
    await page.wait_for(f"!{page.by_id('case-view')}.hidden")
    return page


async def answered_call(
    browser: Browser, hub_url: str, call: KioskCall, cho_id: str, encounter_id: str
) -> Page:
    """The specialist takes the case and calls; the CHO answers; the call connects."""
    page = await console_in_case(browser, hub_url, encounter_id)
    await page.click("call-start")
    ringing = await call.wait_state(CallState.RINGING)
    assert ringing.encounter_id == encounter_id and ringing.specialist == "Dr. Asha"
    await call.service.accept(cho_id)
    await call.wait_state(CallState.IN_CALL)
    return page


def console_stats(page: Page) -> Any:
    return page.eval("window.hwcConsole.stats()")


class KioskProcess:
    """tests.rtc.kiosk_peer inside the spoke's namespace; its JSON lines, as they come."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[dict[str, Any]] = []
        self.reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        async for raw in self.proc.stdout:
            self.lines.append(json.loads(raw))

    def statuses(self) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["kind"] == "status"]

    def last(self) -> dict[str, Any]:
        found = self.statuses()
        return found[-1] if found else {}

    def figures(self) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["kind"] == "figures"]

    async def until(self, test: Callable[[], bool], what: str, seconds: float) -> float:
        started = time.monotonic()
        while not test():
            if time.monotonic() - started > seconds:
                raise TimeoutError(f"{what} not within {seconds} s; last status {self.last()}")
            if self.proc.returncode is not None:
                raise RuntimeError("the kiosk process ended")
            await asyncio.sleep(0.25)
        return time.monotonic() - started

    async def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            await asyncio.wait_for(self.proc.wait(), 20)
        except TimeoutError:
            self.proc.kill()
        self.reader.cancel()


async def start_kiosk(link: RuralLink, hub: Hub, kiosk: Kiosk, folder: Path, fps: int = 15
                      ) -> KioskProcess:  # fmt: skip
    """tests.rtc.kiosk_peer in the spoke's namespace, sending a test card at ``fps``."""
    video, tone = media(folder, fps)
    # "--token=...": a token may begin with "-", which argparse would take for an option.
    proc = await asyncio.create_subprocess_exec(
        *link.command(sys.executable, "-m", "tests.rtc.kiosk_peer", "--hub", hub.url,
                      f"--token={kiosk.token}", "--home", str(folder.parent / "kiosk"),
                      "--video", str(video), "--tone", str(tone), "--cho", kiosk.cho_id,
                      "--allow-plain-http"),
        cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    return KioskProcess(proc)


@dataclass
class RuralCall:
    """A call in progress: the kiosk behind the namespace link, the console in Chromium."""

    link: RuralLink
    hub: Hub
    kiosk: Kiosk
    peer: KioskProcess
    page: Page
    encounter: str


@contextlib.asynccontextmanager
async def rural_call(folder: Path, link: RuralLink, fps: int = 15) -> AsyncIterator[RuralCall]:
    """Hub on the host's end of the link, the kiosk process in the namespace with a
    queued case, the console signed in with the case taken and the call connected."""
    from kiosk.domain.clock import utc_now
    from tests.consulttools import add_specialist, map_spoke, queued_case
    from tests.hubtools import make_kiosk, running_hub

    async with running_hub(folder / "hub", host=link.host_ip) as hub:
        await hub.add_spoke("spoke-a")
        await add_specialist(hub)
        await map_spoke(hub, "spoke-a")
        enrolled = await hub.enroll("spoke-a")
        kiosk = make_kiosk(folder / "kiosk", "spoke-a", utc_now, enrolled["token"])
        encounter = queued_case(kiosk)
        # The link's far end is a test host, not loopback: plain HTTP by explicit choice.
        assert (await kiosk.sync(hub.url, link=LinkPolicy(allow_plain_http=True))).clean
        peer = await start_kiosk(link, hub, kiosk, folder / "media", fps)
        await peer.until(lambda: any(line["kind"] == "ready" for line in peer.lines),
                         "the kiosk's socket connects", 30)  # fmt: skip
        secure = f"--unsafely-treat-insecure-origin-as-secure={hub.url}"
        try:
            async with Browser([secure]) as browser:
                page = await console_in_case(browser, hub.url, encounter)
                await page.click("call-start")
                await peer.until(lambda: peer.last().get("state") == "in_call",
                                 "the call connects", 40)  # fmt: skip
                yield RuralCall(link, hub, kiosk, peer, page, encounter)
        finally:
            await peer.stop()
            kiosk.close()
