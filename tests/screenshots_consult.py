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
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
from PySide6.QtWidgets import QApplication

from hub import credentials
from hub.storage.base import Mapping, Specialist
from kiosk import config
from kiosk.app import application, build, shutdown, start_sync
from kiosk.commands.demo import demo_cho_id
from kiosk.devices.camera import SimulatedCameras
from kiosk.devices.events import READINGS, DeviceReadings
from kiosk.devices.readings import Reading
from kiosk.domain.clock import utc_now
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.rtc.audio import INPUT_SETTING, OUTPUT_SETTING
from kiosk.rtc.events import CallState
from kiosk.store.settings import Settings
from kiosk.sync import enrollment
from kiosk.sync.runtime import run_once
from kiosk.ui.call_screen import CallScreen
from tests import chromium
from tests.consulttools import PASSWORD, SITE, add_specialist, map_spoke
from tests.hubtools import ThreadHub, attach_photo, hub_and_kiosk
from tests.rtc.callkit import OXIMETER, console_in_case, start_kiosk_call
from tests.rtc.media_files import make_person_video, make_tone
from tests.rtc.specialist import ScriptedSpecialist

SIZE = (1366, 768)


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the state to shoot")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)


def shoot(widget: object, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def prepare_hub(base: Path) -> ThreadHub:
    hub = ThreadHub(base / "hub", "hwc-bassi")
    storage = hub.running.storage
    hub.run(storage.map_spoke(Mapping("hwc-bassi", "general_medicine", SITE)))
    hub.run(storage.add_specialist(
        Specialist("dr.asha", "Dr. Asha Verma", "general_medicine", "RMC-12345", SITE),
        credentials.hash_password(PASSWORD),
    ))  # fmt: skip
    return hub


def pleth(t: float, samples: int) -> tuple[float, ...]:
    """A pulse wave at 78 beats a minute, ``samples`` at 60 a second from ``t``."""
    return tuple(50 + 40 * math.sin(2 * math.pi * 1.3 * (t + i / 60)) ** 3 for i in range(samples))


def oximeter(bus: object, t: float) -> None:
    readings = (Reading("spo2", 96, "%", "contec-cms50d"),
                Reading("pulse_rate", 84, "/min", "contec-cms50d"))  # fmt: skip
    bus.publish(READINGS, DeviceReadings(OXIMETER, readings, pleth(t, 12)))  # type: ignore[attr-defined]


def kiosk_shots(out: Path, base: Path, language: str) -> None:
    hub = prepare_hub(base / language)
    home = base / language / "kiosk"
    home.mkdir(parents=True)
    asyncio.run(enrollment.enroll(hub.url, hub.code(), home, "front desk"))
    cfg = config.load(home=home, environ={}, overrides={"language": language,
                      "spoke_name": "HWC Bassi", "spoke_id": "hwc-bassi"})  # fmt: skip
    window, ctx = build(cfg)
    ctx.cameras = SimulatedCameras()
    window.resize(*SIZE)
    window.show()
    cho_id = demo_cho_id(ctx.clinic)
    ctx.cho = next(c for c in ctx.clinic.accounts.list() if c.id == cho_id)
    settings = Settings(ctx.clinic.store)
    settings.set(INPUT_SETTING, f"file:{make_tone(base / language / 'tone.wav')}")
    settings.set(OUTPUT_SETTING, "none")
    patient = ctx.clinic.patients.register(
        PatientForm(name="Sunita Devi", sex="female", age_years="34", village="Bassi"), cho_id
    )
    enc = ctx.clinic.encounters.open(patient.id, cho_id, "Fever and cough for 5 days")
    ctx.clinic.encounters.request_consult(enc.id, "general_medicine", False, cho_id)
    enrolled = enrollment.load(home)
    assert enrolled is not None
    asyncio.run(run_once(cfg, ctx.clinic.store, enrolled))
    start_sync(ctx)
    wait(lambda: ctx.consult is not None and ctx.consult.signal.connected)
    window.signed_in(ctx.cho)
    window.open_encounter(enc.id)
    doctor = make_person_video(base / language / "doctor.avi", (190, 160, 60), (215, 210, 200))
    specialist = ScriptedSpecialist(hub.url, video=doctor)
    hub.run(specialist.open_case(enc.id))
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

    def force_audio_only() -> None:
        session = consult.call.session  # type: ignore[union-attr]
        session.policy.index = len(session.policy.ladder)
        session.apply(session.policy.mode)

    ctx.engine.loop.call_soon_threadsafe(force_audio_only)
    wait(screen.banner.isVisible)
    oximeter(ctx.bus, 5.0)
    shoot(window, out, f"{language}-consult-audio-only")
    hub.run(specialist.hang_up())
    wait(screen.back_button.isVisible)
    shoot(window, out, f"{language}-consult-ended")
    hub.run(specialist.close())
    window.close()
    shutdown(ctx)
    hub.close()


async def console_shots(out: Path, base: Path) -> None:

    async with hub_and_kiosk(base / "console", utc_now, "hwc-bassi") as (hub, kiosk):
        await add_specialist(hub, site=SITE)
        await add_specialist(hub, "dr.ravi", site=SITE)
        await map_spoke(hub, "hwc-bassi")
        people = [("Sunita Devi", "Fever and cough for 5 days, worse at night", False),
                  ("Ramesh Kumar", "Chest pain on walking since this morning", True),
                  ("Kamla Bai", "Swelling of both feet for two weeks", False),
                  ("Mohan Lal", "Burning urine and fever", False)]  # fmt: skip
        ids = []
        for name, complaint, urgent in people:
            pid = kiosk.patient(name)
            eid = kiosk.clinic.encounters.open(pid, kiosk.cho_id, complaint).id
            for kind, value in (("pulse_rate", 92.0), ("spo2", 95.0), ("body_temperature", 38.4)):
                kiosk.clinic.encounters.record_vital(eid, ObservationKind(kind), kiosk.cho_id,
                                                     value=value)  # fmt: skip
            kiosk.clinic.encounters.record_vital(
                eid, ObservationKind.BLOOD_PRESSURE, kiosk.cho_id,
                components={"bp_systolic": 134, "bp_diastolic": 86},
            )  # fmt: skip
            kiosk.clinic.encounters.request_consult(eid, "general_medicine", urgent, kiosk.cho_id)
            ids.append((pid, eid))
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
        async with chromium.Browser() as browser:
            other = await browser.new_page(f"{hub.url}/console/")
            await other.type("login-username", "dr.ravi")
            await other.type("login-password", PASSWORD)
            await other.click("login-submit")
            await other.wait_for(f"!{other.by_id('queue-view')}.hidden")
            row = f"document.querySelector('[data-encounter-id=\"{ids[2][1]}\"]')"
            await other.wait_for(row)
            await other.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
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
            await page.eval("document.querySelector('[data-testid=queue-take]').click()")
            await page.close()
            page = await console_in_case(browser, hub.url, ids[0][1])
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
