"""A kiosk's consult service and a specialist's console in headless Chromium, around a
real hub: what the call tests, the benchmark and the screenshots share."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
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
from tests.chromium import Browser, Page
from tests.consulttools import PASSWORD
from tests.hubtools import Kiosk
from tests.rtc.media_files import make_test_card, make_tone

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


def media(folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return make_test_card(folder / "card.avi"), make_tone(folder / "tone.wav")


async def start_kiosk_call(kiosk: Kiosk, hub_url: str, folder: Path) -> KioskCall:
    video, tone = media(folder)
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


def console_stats(page: Page) -> Any:
    return page.eval("window.hwcConsole.stats()")
