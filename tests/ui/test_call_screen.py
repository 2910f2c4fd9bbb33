"""The call as the CHO sees it: the incoming-call alert, the call screen with both
videos, the audio-only notice, and the end, with a real hub, the real consult service and
a specialist scripted in Python."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hub import credentials
from hub.storage.base import Mapping, Specialist
from kiosk import config
from kiosk.app import build, shutdown, start_sync
from kiosk.commands.demo import demo_cho_id
from kiosk.devices.camera import SimulatedCameras
from kiosk.domain.patient import PatientForm
from kiosk.rtc.audio import INPUT_SETTING, OUTPUT_SETTING
from kiosk.rtc.events import CallState
from kiosk.store.settings import Settings
from kiosk.sync import enrollment
from kiosk.sync.runtime import run_once
from kiosk.ui.call_alert import CallHubPanel
from kiosk.ui.call_screen import CallScreen
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from tests.consulttools import PASSWORD, SITE
from tests.hubtools import ThreadHub
from tests.rtc.media_files import make_tone
from tests.rtc.specialist import ScriptedSpecialist


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = ThreadHub(tmp_path / "hub")
    storage = running.running.storage
    running.run(storage.map_spoke(Mapping(running.spoke_id, "general_medicine", SITE)))
    running.run(storage.add_specialist(
        Specialist("dr.asha", "Dr. Asha Verma", "general_medicine", "RMC-1", SITE),
        credentials.hash_password(PASSWORD),
    ))  # fmt: skip
    yield running
    running.close()


def open_kiosk(qtbot: QtBot, home: Path, hub: ThreadHub, language: str = "en"
               ) -> tuple[MainWindow, Context, str]:  # fmt: skip
    """An enrolled kiosk with a case queued for general medicine and synced, consults on."""
    home.mkdir(parents=True, exist_ok=True)
    asyncio.run(enrollment.enroll(hub.url, hub.code(), home, "test kiosk"))
    cfg = config.load(home=home, environ={}, overrides={"language": language,
                      "spoke_name": "HWC Bassi"})  # fmt: skip
    window, ctx = build(cfg)
    ctx.cameras = SimulatedCameras()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cho_id = demo_cho_id(ctx.clinic)
    ctx.cho = next(c for c in ctx.clinic.accounts.list() if c.id == cho_id)
    settings = Settings(ctx.clinic.store)
    settings.set(INPUT_SETTING, f"file:{make_tone(home / 'tone.wav')}")
    settings.set(OUTPUT_SETTING, "none")
    patient = ctx.clinic.patients.register(
        PatientForm(name="Sunita Devi", sex="female", age_years="34", village="Bassi"), cho_id
    )
    encounter = ctx.clinic.encounters.open(patient.id, cho_id, "Fever and cough for 5 days")
    ctx.clinic.encounters.request_consult(encounter.id, "general_medicine", False, cho_id)
    enrolled = enrollment.load(home)
    assert enrolled is not None
    assert asyncio.run(run_once(cfg, ctx.clinic.store, enrolled)).clean
    start_sync(ctx)
    qtbot.waitUntil(
        lambda: ctx.consult is not None and ctx.consult.signal.connected, timeout=20_000
    )
    window.signed_in(ctx.cho)
    window.open_encounter(encounter.id)
    return window, ctx, encounter.id


def test_call_screen_states_from_ringing_to_the_end(
    qtbot: QtBot, tmp_path: Path, hub: ThreadHub
) -> None:
    window, ctx, encounter = open_kiosk(qtbot, tmp_path / "kiosk", hub)
    specialist = ScriptedSpecialist(hub.url)
    try:
        screen = window.current_screen
        assert isinstance(screen, EncounterScreen)
        panel = screen.call_hub
        assert isinstance(panel, CallHubPanel)
        qtbot.waitUntil(panel.isVisible)
        assert not panel.call.isEnabled()  # nobody is online at the hub yet
        hub.run(specialist.open_case(encounter))
        qtbot.waitUntil(panel.call.isEnabled, timeout=10_000)  # the console is open
        assert "specialist is online" in panel.state.text()

        # Incoming call: the alert covers the window, naming caller and patient.
        hub.run(specialist.ring())
        alert = window.consults.alert
        qtbot.waitUntil(alert.isVisible, timeout=10_000)
        assert alert.caller.text() == "Dr. Asha Verma is calling"
        assert "Sunita Devi" in alert.about.text()

        # In call: the specialist's video large, our camera small, quality shown.
        qtbot.mouseClick(alert.answer, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(window.current_screen, CallScreen))
        call = window.current_screen
        assert isinstance(call, CallScreen)
        consult = ctx.consult
        assert consult is not None
        qtbot.waitUntil(lambda: consult.status.state is CallState.IN_CALL, timeout=20_000)
        qtbot.waitUntil(lambda: call.remote.shown > 5 and call.self_view.shown > 5, timeout=20_000)
        qtbot.waitUntil(lambda: call.quality.level != "", timeout=10_000)
        assert call.who.text() == "In a call with Dr. Asha Verma"
        assert not call.banner.isVisible()
        assert ctx.clinic.encounters.detail(encounter).encounter.status == "in_consult"

        # The link gives out: audio only, said on screen; and back.
        def force(audio_only: bool) -> None:
            session = consult.call.session  # type: ignore[union-attr]
            session.policy.index = len(session.policy.ladder) if audio_only else 4
            session.apply(session.policy.mode)

        ctx.engine.loop.call_soon_threadsafe(force, True)
        qtbot.waitUntil(call.banner.isVisible, timeout=10_000)
        assert "sound only" in call.banner.text()
        assert call.remote.text() == "Audio only: you can still hear each other."
        qtbot.waitUntil(lambda: any(c.get("audio_only") for c in specialist.control), timeout=5000)
        ctx.engine.loop.call_soon_threadsafe(force, False)
        qtbot.waitUntil(lambda: not call.banner.isVisible(), timeout=10_000)

        # The specialist ends the call: the screen says so and leads back to the case.
        hub.run(specialist.hang_up())
        qtbot.waitUntil(lambda: call.back_button.isVisible(), timeout=10_000)
        assert call.remote.text() == "The specialist ended the call."
        assert not call.end.isVisible()
        call.back_button.click()
        qtbot.waitUntil(lambda: isinstance(window.current_screen, EncounterScreen))
    finally:
        hub.run(specialist.close())
        window.close()
        shutdown(ctx)


def test_declining_a_call_tells_the_specialist(
    qtbot: QtBot, tmp_path: Path, hub: ThreadHub
) -> None:
    window, ctx, encounter = open_kiosk(qtbot, tmp_path / "kiosk", hub)
    specialist = ScriptedSpecialist(hub.url)
    try:
        hub.run(specialist.open_case(encounter))
        hub.run(specialist.ring())
        alert = window.consults.alert
        qtbot.waitUntil(alert.isVisible, timeout=10_000)
        alert.decline.click()
        qtbot.waitUntil(lambda: not alert.isVisible())
        qtbot.waitUntil(lambda: any(m.get("type") == "decline" for m in specialist.heard))
        assert isinstance(window.current_screen, EncounterScreen)
    finally:
        hub.run(specialist.close())
        window.close()
        shutdown(ctx)
