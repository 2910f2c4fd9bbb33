"""The prescription on screen: the view, print and reprint, refusals, follow-ups at home."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.store.clinic import Clinic
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.prescription import PrescriptionScreen
from tests.conftest import FakeClock
from tests.rx_helpers import queued_case
from tests.test_ui import kiosk, settle, sign_in, ui_thread_guard  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("ui_thread_guard")


def test_prescription_view_print_and_reprint(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    clinic: Clinic,
) -> None:
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    window.open_encounter(case.encounter_id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    settle(qtbot, ctx)
    assert screen.rx_panel.button.isVisible()
    qtbot.mouseClick(screen.rx_panel.button, Qt.MouseButton.LeftButton)
    view = window.current_screen
    assert isinstance(view, PrescriptionScreen)
    settle(qtbot, ctx)
    assert "Kamla Bai Meena" in view.title.text()
    qtbot.waitUntil(lambda: not view.preview.pixmap().isNull(), timeout=10_000)
    assert view.preview.pixmap().width() > 300  # the page as it prints
    assert view.print_button.text() == "Print" and "Not printed yet" in view.history.text()
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)  # no printer configured
    settle(qtbot, ctx)
    assert "No printer is chosen" in view.status.text() and view.status.isVisible()
    assert view.print_button.text() == "Reprint"
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert len(clinic.prescriptions.prints(case.prescription.id)) == 2
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen, EncounterScreen)
    settle(qtbot, ctx)


def test_refused_signature_is_shown_on_the_case(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    clinic: Clinic,
    caplog: pytest.LogCaptureFixture,
) -> None:
    case = queued_case(clinic)
    envelope = json.loads(case.signed)
    envelope["prescription"]["medicines"][0]["name"] = "Alprazolam"
    clinic.prescriptions.receive(json.dumps(envelope), case.hub_key.public_key())
    caplog.clear()
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    window.open_encounter(case.encounter_id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    settle(qtbot, ctx)
    assert not screen.rx_panel.button.isVisible()
    assert screen.rx_panel.refused.isVisible()
    assert "signature does not match" in screen.rx_panel.refused.text()


def test_home_lists_follow_ups_due(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    clinic: Clinic,
    clock: FakeClock,
) -> None:
    case = queued_case(clinic, follow_up="2026-11-20")  # the clock's today
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    settle(qtbot, ctx)
    assert home.followups.list.count() == 1
    assert "Kamla Bai Meena" in home.followups.list.item(0).text()
    assert "due today" in home.followups.list.item(0).text()
    home.followups.list.itemClicked.emit(home.followups.list.item(0))
    assert isinstance(window.current_screen, EncounterScreen)
    settle(qtbot, ctx)
