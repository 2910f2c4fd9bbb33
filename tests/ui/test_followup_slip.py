"""The follow-up slip from the prescription screen: printed through the kiosk's printer
(CUPS) off the UI thread, told in plain words when there is no printer or the printer
fails, and offered only when the prescription names a day to come back."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.rx import printing
from kiosk.store.clinic import Clinic
from kiosk.ui.context import Context
from kiosk.ui.main_window import MainWindow
from kiosk.ui.prescription import PrescriptionScreen
from tests.conftest import kiosk_window
from tests.rx_helpers import QueuedCase, queued_case
from tests.test_rx_print import _cups_pdf_dir, cups_queue  # noqa: F401  (fixture)
from tests.test_ui import settle, sign_in, ui_thread_guard  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("ui_thread_guard")


@pytest.fixture
def printer() -> str:
    return ""  # no printer chosen; a test names one by overriding this fixture


@pytest.fixture
def kiosk_with(
    qtbot: QtBot,
    clinic: Clinic,
    tmp_path: Path,
    printer: str,
    ui_thread_guard: list[str],  # noqa: F811  (the fixture)
) -> Iterator[tuple[MainWindow, Context]]:
    with kiosk_window(qtbot, clinic, tmp_path, printer=printer) as opened:
        yield opened
    assert ui_thread_guard == [], "the UI thread touched the store"


def open_prescription(
    qtbot: QtBot, window: MainWindow, ctx: Context, case: QueuedCase
) -> PrescriptionScreen:
    ctx.clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    sign_in(qtbot, window, ctx)
    window.open_prescription(case.prescription.id)
    view = window.current_screen
    assert isinstance(view, PrescriptionScreen)
    settle(qtbot, ctx)
    return view


def slip_audits(clinic: Clinic) -> list[dict[str, object]]:
    return clinic.store.read(
        lambda db: list(
            db.query("SELECT * FROM audit_log WHERE action = 'prescription.slip_print'")
        )
    )


def test_without_a_printer_the_cho_is_told_and_nothing_is_left_on_disk(
    qtbot: QtBot, kiosk_with: tuple[MainWindow, Context], clinic: Clinic, tmp_path: Path
) -> None:
    window, ctx = kiosk_with
    view = open_prescription(qtbot, window, ctx, queued_case(clinic))
    slip = view.slip
    assert slip.button.isEnabled() and slip.button.text() == "Print follow-up slip"
    assert "4 December 2026 (Friday)" in slip.when.text()
    qtbot.mouseClick(slip.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not printed" in slip.status.text(), timeout=20_000)
    assert "no printer is chosen" in slip.status.text() and slip.status.isVisible()
    assert slip.status.objectName() == "warning" and slip.button.isEnabled()
    # Nothing with the patient's name is left on disk: the slip went to CUPS from memory.
    assert not list(tmp_path.rglob("*.pdf"))
    [audit] = slip_audits(clinic)
    assert audit["entity_id"] == view.prescription_id
    # The slip is not a print of the prescription: the prescription's history is untouched.
    assert clinic.prescriptions.prints(view.prescription_id) == []
    assert "Not printed yet" in view.history.text()


def test_no_slip_without_a_follow_up_day(
    qtbot: QtBot, kiosk_with: tuple[MainWindow, Context], clinic: Clinic
) -> None:
    window, ctx = kiosk_with
    view = open_prescription(qtbot, window, ctx, queued_case(clinic, follow_up=""))
    assert not view.slip.button.isEnabled()
    assert "No follow-up day" in view.slip.when.text()
    view.slip.print_slip()  # a stray call does nothing either
    settle(qtbot, ctx)
    assert not view.slip.status.isVisible() and slip_audits(clinic) == []


class FakeCups:
    """CUPS' answers to ``lp`` and ``lpstat`` for one queue, and the threads asking."""

    def __init__(self, lp_answer: tuple[int, str, str], stopped: bool = False) -> None:
        self.lp_answer = lp_answer
        self.stopped = stopped
        self.threads: list[str] = []

    def run(self, args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[str]:
        self.threads.append(threading.current_thread().name)
        if args[0] == "lp":
            code, out, err = self.lp_answer
            return subprocess.CompletedProcess(args, code, out, err)
        if args[:2] == ["lpstat", "-W"] and args[2] == "not-completed":
            return subprocess.CompletedProcess(args, 0, "CLINIC-7 asha 1024 now\n", "")
        if args[:2] == ["lpstat", "-p"]:
            state = "disabled since now -" if self.stopped else "is idle."
            return subprocess.CompletedProcess(args, 0, f"printer CLINIC {state}\n", "")
        return subprocess.CompletedProcess(args, 0, "", "")


@pytest.mark.parametrize("printer", ["CLINIC"])
def test_a_printer_that_is_not_set_up_or_stops_is_said_plainly(
    qtbot: QtBot,
    kiosk_with: tuple[MainWindow, Context],
    clinic: Clinic,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window, ctx = kiosk_with
    monkeypatch.setattr(printing, "cups_available", lambda: True)
    missing = FakeCups((1, "", "lp: The printer or class does not exist."))
    monkeypatch.setattr(printing, "_run", missing.run)
    view = open_prescription(qtbot, window, ctx, queued_case(clinic))
    slip = view.slip
    qtbot.mouseClick(slip.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not printed" in slip.status.text(), timeout=20_000)
    assert "the printer CLINIC is not set up on this kiosk" in slip.status.text()
    assert missing.threads and threading.main_thread().name not in missing.threads
    stopped = FakeCups((0, "request id is CLINIC-7 (1 file(s))\n", ""), stopped=True)
    monkeypatch.setattr(printing, "_run", stopped.run)
    qtbot.mouseClick(slip.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has stopped" in slip.status.text(), timeout=20_000)
    assert "Printer CLINIC has stopped: check paper and power" in slip.status.text()
    assert slip.status.objectName() == "warning"
    assert threading.main_thread().name not in stopped.threads  # lp and lpstat off the UI
    stopped.stopped = False  # paper put in: the slip is printed after all
    qtbot.waitUntil(lambda: "waiting at printer CLINIC" in slip.status.text(), timeout=20_000)
    assert slip.status.objectName() == "notice"
    window.go_home()  # leaving the screen stops asking CUPS
    assert not slip.timer.isActive()
    audits = [json.loads(str(a["detail"])) for a in slip_audits(clinic)]
    assert [a["job_id"] for a in audits] == [None, "CLINIC-7"]


@pytest.fixture
def real_queue(cups_queue: str) -> str:  # noqa: F811  (the fixture)
    return cups_queue


@pytest.mark.parametrize("printer", ["HWC_PDF"])
def test_the_slip_prints_through_cups(
    qtbot: QtBot,
    real_queue: str,
    kiosk_with: tuple[MainWindow, Context],
    clinic: Clinic,
) -> None:
    window, ctx = kiosk_with
    case = queued_case(clinic)
    view = open_prescription(qtbot, window, ctx, case)
    started = time.time()
    view.paper.set_value("thermal")
    qtbot.mouseClick(view.slip.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is printed on HWC_PDF" in view.slip.status.text(), timeout=60_000)
    number = case.prescription.id[:8].upper()

    def output() -> list[Path]:
        return [
            p for p in _cups_pdf_dir().glob(f"*{number}*.pdf") if p.stat().st_mtime >= started - 1
        ]

    qtbot.waitUntil(lambda: bool(output()), timeout=30_000)
    text = subprocess.run(
        ["pdftotext", str(output()[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in ("Follow-up visit", "Kamla Bai Meena", number):
        assert expected in " ".join(text.split()), expected
