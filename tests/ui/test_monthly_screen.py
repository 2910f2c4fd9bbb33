"""The monthly report screen: reached from home, shows this month's figures, moves to
the month before, saves the CSV and the PDF in the kiosk's reports folder, and says so
plainly when there is no printer."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.clinic import Clinic
from kiosk.ui.context import Context
from kiosk.ui.home import HomeScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.monthly_report import MonthlyReportScreen
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.test_ui import cho, kiosk, settle, sign_in, ui_thread_guard  # noqa: F401


@pytest.fixture
def november(clinic: Clinic, clock: FakeClock, cho: str) -> Iterator[None]:  # noqa: F811
    clock.now = datetime(2026, 11, 10, 5, 0, tzinfo=UTC)
    patient = clinic.patients.register(PatientForm(name="Radha Devi", sex="female",
                                                   age_years="35"), cho)  # fmt: skip
    enc = clinic.encounters.open(patient.id, cho, "cough")
    clinic.encounters.record_vital(enc.id, ObservationKind.SPO2, cho, value=95)
    consented(clinic, enc.id, cho)
    clinic.encounters.request_consult(enc.id, "cardiology", False, cho)
    clock.now = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)
    yield


def _texts(screen: MonthlyReportScreen) -> list[str]:
    """The month shown and the labels of the figures now on the screen."""
    shown = [screen.title.text()]
    for box in screen._grids:
        shown += [w.text() for w in box.findChildren(QLabel)]
    return shown


def test_monthly_report_from_home(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811
    november: None,
    tmp_path: Path,
) -> None:
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.report_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    screen = window.current_screen
    assert isinstance(screen, MonthlyReportScreen)
    qtbot.waitUntil(lambda: screen.summary is not None)
    texts = _texts(screen)
    assert "November 2026" in texts and "Heart (cardiology)" in texts
    assert not screen.next.isEnabled()  # nothing after this month
    qtbot.mouseClick(screen.previous, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.summary is not None and screen.summary.month.month == 10
    assert "October 2026" in _texts(screen) and screen.next.isEnabled()
    qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.mouseClick(screen.save, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    folder = ctx.config.home / "reports"
    assert (folder / "monthly-2026-11.csv").read_text().startswith("section,item,count")
    assert (folder / "monthly-2026-11.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved in" in screen.note.text()
    assert ctx.config.printer == ""  # no printer chosen: the PDF is kept, the CHO is told
    qtbot.mouseClick(screen.print_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "Could not print" in screen.note.text()
