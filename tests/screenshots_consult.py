"""Screenshots of video consults at 1366x768: the kiosk's call screens in English and
Hindi (incoming call, in call with the specialist's video and the vitals strip, the
audio-only notice) and the specialist console in headless Chromium (sign-in, queue,
case view in a call).

Run with ``python -m tests.screenshots_consult docs/screenshots``. Everything runs for
real: a hub on loopback, the kiosk's consult service, a specialist scripted in Python
for the kiosk's pictures, and the kiosk's peer for the console's.
"""

from __future__ import annotations

import asyncio
import math
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.app import application, shutdown
from kiosk.devices.events import READINGS, DeviceReadings
from kiosk.devices.readings import Reading
from kiosk.domain.vitals import ObservationKind
from kiosk.rtc.events import CallState
from kiosk.rtc.sound import INPUT_SETTING
from kiosk.store.settings import Settings
from kiosk.ui.call_screen import CallScreen
from tests import chromium
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.consulttools import PASSWORD, SITE, add_specialist, console, map_spoke
from tests.hubtools import attach_photo, make_kiosk, running_hub
from tests.rtc.callkit import OXIMETER, start_kiosk_call
from tests.rtc.kiosk_window import consult_hub, open_consult_kiosk
from tests.rtc.media_files import make_person_video
from tests.rtc.specialist import ScriptedSpecialist
from tests.screenshots_sync import shoot, wait


def pleth(t: float, samples: int) -> tuple[float, ...]:
    """A pulse wave at 78 beats a minute, ``samples`` at 60 a second from ``t``."""
    return tuple(50 + 40 * math.sin(2 * math.pi * 1.3 * (t + i / 60)) ** 3 for i in range(samples))


def oximeter(bus: object, t: float) -> None:
    readings = (Reading("spo2", 96, "%", "contec-cms50d"),
                Reading("pulse_rate", 84, "/min", "contec-cms50d"))  # fmt: skip
    bus.publish(READINGS, DeviceReadings(OXIMETER, readings, pleth(t, 12)))  # type: ignore[attr-defined]


def kiosk_shots(out: Path, base: Path, language: str) -> None:
    hub = consult_hub(base / language / "hub", "hwc-bassi")
    window, ctx, encounter = open_consult_kiosk(base / language / "kiosk", hub, wait, language)
    doctor = make_person_video(base / language / "doctor.avi", (190, 160, 60), (215, 210, 200))
    specialist = ScriptedSpecialist(hub.url, video=doctor)
    hub.run(specialist.open_case(encounter))
    hub.run(specialist.ring())
    wait(window.consults.alert.isVisible)
    shoot(window, out, f"{language}-consult-incoming")
    window.consults.answer()
    consult = ctx.consult
    assert consult is not None
    wait(lambda: consult.status.state is CallState.IN_CALL)
    screen = window.current_screen
    assert isinstance(screen, CallScreen)
    started = time.monotonic()
    wait(lambda: screen.remote.shown > 20 and screen.quality.level != "")
    for i in range(40):
        oximeter(ctx.bus, time.monotonic() - started + i / 10)
        wait(lambda: True)
    shoot(window, out, f"{language}-consult-in-call")
    # As a kiosk with its sound card left to the system's default would show it.
    Settings(ctx.clinic.store).set(INPUT_SETTING, "default")
    screen.choose_devices()
    dialog = screen.devices_dialog
    assert dialog is not None
    wait(dialog.save.isEnabled)
    shoot(dialog, out, f"{language}-consult-devices")
    dialog.reject()

    def force_audio_only() -> None:
        session = consult.call.session  # type: ignore[union-attr]
        session.policy.index = len(session.policy.ladder)
        session.apply(session.policy.mode)

    ctx.engine.loop.call_soon_threadsafe(force_audio_only)
    wait(screen.banner.isVisible)
    oximeter(ctx.bus, 5.0)
    wait(lambda: True)  # the readings reach the screen on the next turn of the event loop
    shoot(window, out, f"{language}-consult-audio-only")
    hub.run(specialist.hang_up())
    wait(screen.back_button.isVisible)
    shoot(window, out, f"{language}-consult-ended")
    hub.run(specialist.close())
    window.close()
    shutdown(ctx)
    window.deleteLater()  # its screens' timers must not outlive the engine they talk to
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    hub.close()


async def console_shots(out: Path, base: Path) -> None:
    # The cases were queued over the last half hour, by the kiosk's clock.
    clock = FakeClock(datetime.now(UTC) - timedelta(minutes=34))
    async with running_hub(base / "console-hub") as hub:
        await hub.storage.add_spoke("hwc-bassi", "HWC Bassi", "Jaipur", "Rajasthan", clock())
        enrolled = await hub.enroll("hwc-bassi")
        kiosk = make_kiosk(base / "console-kiosk", "hwc-bassi", clock, enrolled["token"])
        await add_specialist(hub, site=SITE)
        await add_specialist(hub, "dr.ravi", site=SITE)
        await map_spoke(hub, "hwc-bassi")
        people = [("Sunita Devi", "female", "34", "Fever and cough for 5 days, worse at night",
                   False),
                  ("Ramesh Kumar", "male", "58", "Chest pain on walking since this morning", True),
                  ("Kamla Bai", "female", "66", "Swelling of both feet for two weeks", False),
                  ("Mohan Lal", "male", "41", "Burning urine and fever", False)]  # fmt: skip
        ids = []
        for name, sex, age, complaint, urgent in people:
            pid = kiosk.patient(name, sex=sex, age_years=age)
            eid = kiosk.clinic.encounters.open(pid, kiosk.cho_id, complaint).id
            for kind, value in (("pulse_rate", 92.0), ("spo2", 95.0), ("body_temperature", 38.4)):
                kiosk.clinic.encounters.record_vital(eid, ObservationKind(kind), kiosk.cho_id,
                                                     value=value)  # fmt: skip
            kiosk.clinic.encounters.record_vital(
                eid, ObservationKind.BLOOD_PRESSURE, kiosk.cho_id,
                components={"bp_systolic": 134, "bp_diastolic": 86},
            )  # fmt: skip
            consented(kiosk.clinic, eid, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(eid, "general_medicine", urgent, kiosk.cho_id)
            ids.append((pid, eid))
            clock.advance(minutes=7)
        picture = make_person_video(base / "rash.avi", (60, 90, 160), (200, 215, 225), seconds=0.2)
        capture = cv2.VideoCapture(str(picture))
        ok, frame = capture.read()
        capture.release()
        assert ok
        ok, jpeg = cv2.imencode(".jpg", frame)
        attach_photo(kiosk, ids[0][0], ids[0][1], jpeg.tobytes())
        assert (await kiosk.sync(hub.url)).clean
        patient_video = make_person_video(base / "patient.avi", (150, 80, 170), (225, 220, 205),
                                          caption="HWC Bassi")  # fmt: skip
        call = await start_kiosk_call(kiosk, hub.url, base / "media", patient_video)
        ravi = console(hub.url)  # another specialist has taken one of the cases
        async with ravi.session:
            assert await ravi.login("dr.ravi") == 200
            assert (await ravi.call("POST", f"/cases/{ids[2][1]}/take"))[0] == 200
        async with chromium.Browser() as browser:
            page = await browser.new_page(f"{hub.url}/console/")
            await page.wait_for(f"!{page.by_id('login-view')}.hidden")
            await page.type("login-username", "dr.asha")
            await page.screenshot(out / "console-login.png")
            print(out / "console-login.png")
            await page.type("login-password", PASSWORD)
            await page.click("login-submit")
            await page.wait_for("document.querySelectorAll('[data-testid=queue-row]').length === 4")
            await call.service.call_hub(ids[3][1])
            await page.wait_for(f"{page.by_id('queue-calling')}")
            await page.screenshot(out / "console-queue.png")
            print(out / "console-queue.png")
            row = f"document.querySelector('[data-encounter-id=\"{ids[0][1]}\"]')"
            await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
            await page.wait_for(f"!{page.by_id('case-view')}.hidden")
            await page.click("call-start")
            await call.wait_state(CallState.RINGING)
            await call.service.accept(kiosk.cho_id)
            await call.wait_state(CallState.IN_CALL)
            await page.wait_for("window.hwcConsole.stats().framesDecoded > 60", 30)
            for i in range(30):
                call.oximeter(96, 84, pleth(i / 10, 6))
                await asyncio.sleep(0.1)
            await page.wait_for(f"{page.by_id('live-spo2')}.textContent === '96'")
            await page.wait_for(f"{page.by_id('call-quality')}.dataset.level !== 'none'", 10)
            await page.screenshot(out / "console-case-call.png")
            print(out / "console-case-call.png")
            await page.click("call-end")
            await call.wait_state(CallState.ENDED)
        await call.service.stop()
        kiosk.close()


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    base = Path(tempfile.mkdtemp(prefix="hwc-consult-shots-"))
    for language in ("en", "hi"):
        kiosk_shots(out, base, language)
    asyncio.run(console_shots(out, base))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
