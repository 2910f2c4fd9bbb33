"""The call as the CHO sees it: the incoming-call alert, the call screen with both
videos, the audio-only notice, and the end, with a real hub, the real consult service and
a specialist scripted in Python."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import shutdown
from kiosk.rtc.events import CallState
from kiosk.rtc.sound import INPUT_SETTING
from kiosk.store.settings import Settings
from kiosk.ui.call_alert import CallHubPanel
from kiosk.ui.call_screen import CallScreen
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from tests.hubtools import ThreadHub
from tests.rtc.kiosk_window import consult_hub, open_consult_kiosk
from tests.rtc.specialist import ScriptedSpecialist


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = consult_hub(tmp_path / "hub")
    yield running
    running.close()


@pytest.fixture
def kiosk(
    qtbot: QtBot, tmp_path: Path, hub: ThreadHub
) -> Iterator[tuple[MainWindow, Context, str, ScriptedSpecialist]]:
    """The kiosk's window with a case open, and a specialist ready to take the case."""
    window, ctx, encounter = open_consult_kiosk(
        tmp_path / "kiosk", hub, lambda test: qtbot.waitUntil(test, timeout=20_000)
    )
    qtbot.addWidget(window)
    specialist = ScriptedSpecialist(hub.url)
    yield window, ctx, encounter, specialist
    hub.run(specialist.close())
    window.close()
    shutdown(ctx)


def test_call_screen_states_from_ringing_to_the_end(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context, str, ScriptedSpecialist], hub: ThreadHub
) -> None:
    window, ctx, encounter, specialist = kiosk
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    panel = screen.call_hub
    assert isinstance(panel, CallHubPanel)
    qtbot.waitUntil(panel.isVisible)
    assert not panel.call.isEnabled()  # nobody is online at the hub yet
    hub.run(specialist.open_case(encounter))
    qtbot.waitUntil(panel.call.isEnabled, timeout=10_000)  # the console is open
    assert panel.state.text() == "A specialist for General medicine is online."

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
    window.lock()  # five quiet minutes in a call: no lock over the patient's call
    assert window.current_screen is call

    # Another microphone chosen during the call: the call reconnects with it.
    offers = specialist.offers
    call.devices.click()
    dialog = call.devices_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.save.isEnabled)
    assert dialog.microphone.currentData().startswith("file:")  # as the test set it
    dialog.microphone.setCurrentIndex(dialog.microphone.findData("none"))
    dialog.save.click()
    qtbot.waitUntil(lambda: specialist.offers > offers, timeout=10_000)
    qtbot.waitUntil(lambda: consult.status.state is CallState.IN_CALL, timeout=20_000)
    assert consult.media.microphone == "none"
    assert Settings(ctx.clinic.store).get(INPUT_SETTING) == "none"
    qtbot.waitUntil(lambda: not call.banner.isVisible())  # "Reconnecting…" is gone

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


def test_declining_a_call_tells_the_specialist(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context, str, ScriptedSpecialist], hub: ThreadHub
) -> None:
    window, _ctx, encounter, specialist = kiosk
    hub.run(specialist.open_case(encounter))
    hub.run(specialist.ring())
    alert = window.consults.alert
    qtbot.waitUntil(alert.isVisible, timeout=10_000)
    alert.decline.click()
    qtbot.waitUntil(lambda: not alert.isVisible())
    qtbot.waitUntil(lambda: any(m.get("type") == "decline" for m in specialist.heard))
    assert isinstance(window.current_screen, EncounterScreen)
