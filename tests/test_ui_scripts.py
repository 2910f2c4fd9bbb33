"""The screens in the taller and longer scripts at the kiosk's 1366x768: wrapped lines get
the height they need, nothing runs past a column's right edge, and each script is drawn
in its own Noto Sans face."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from kiosk.app import application
from kiosk.devices.camera import SimulatedCameras
from kiosk.domain import languages
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.main_window import MainWindow

TALL = ("ta", "kn", "ml", "te")


def squeezed_labels(root: QWidget) -> list[str]:
    """Visible wrapped labels given less height than their text needs at their width."""
    short = []
    for lab in root.findChildren(QLabel):
        if lab.isVisible() and lab.wordWrap() and lab.text():
            need = lab.heightForWidth(lab.width())
            if lab.height() < need:
                short.append(f"{lab.text()[:30]!r}: {lab.height()} < {need}")
    return short


def recorded(value: QLabel) -> bool:
    return value.text() != "—"


def shown_text(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return text[:24]


def too_wide(root: QWidget, room: int) -> list[str]:
    """The innermost visible widgets that ask for more width than the column has, with
    what they hold side by side."""
    wide = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.minimumSizeHint().width() <= room - 40:
            continue
        inner = [
            w
            for w in widget.findChildren(QWidget)
            if w.isVisible() and w.minimumSizeHint().width() > room - 40
        ]
        if not inner:
            parts = [
                f"{shown_text(w)!r} {w.minimumSizeHint().width()}"
                for w in widget.findChildren(QWidget)
                if w.isVisible() and w.parent() is widget
            ]
            name = f"{type(widget).__name__} {shown_text(widget)!r}"
            wide.append(f"{name} {widget.minimumSizeHint().width()}: {', '.join(parts)}")
    if root.minimumSizeHint().width() > room:
        wide.append(f"the column needs {root.minimumSizeHint().width()} of {room}")
    return wide


@pytest.mark.parametrize("window_in", TALL, indirect=True)
def test_home_side_column_gives_wrapped_lines_their_height(
    window_in: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = window_in
    window.go_home()
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    panel = home.sync_panel
    # Not enrolled: the cyan notice says so under the counts.
    qtbot.waitUntil(lambda: panel.note.isVisible() and bool(panel.note.text()), timeout=10_000)
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)
    assert squeezed_labels(panel) == []
    assert squeezed_labels(home.followups) == []
    # The title sits beside the chip, never under it.
    assert panel.title.geometry().right() < panel.chip.geometry().left()


@pytest.mark.parametrize("window_in", ("ta", "ml"), indirect=True)
def test_case_columns_fit_their_width(window_in: tuple[MainWindow, Context], qtbot: QtBot) -> None:
    window, ctx = window_in
    assert ctx.devices is not None
    ctx.cameras = SimulatedCameras()  # the photos row shows a camera to choose
    cho = ctx.cho_id
    patient = ctx.clinic.patients.register(
        PatientForm(name="Kamla Bai", sex="female", age_years="46"), cho
    )
    enc = ctx.clinic.encounters.open(patient.id, cho)
    window.open_encounter(enc.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    ctx.devices.simulate("contec-cms50d", serial="OX-7")
    ctx.devices.simulate("taidoc", variant="bp", serial="BP-1")
    ctx.devices.simulate("ad-scale", serial="SC-1")
    ctx.devices.simulate("onetouch-ultra2", serial="GL-1")
    qtbot.waitUntil(lambda: len(screen.devices.cards) == 4, timeout=5000)
    oximeter = next(c for c in screen.devices.cards.values() if c.info.driver == "contec-cms50d")
    qtbot.waitUntil(lambda: "spo2" in oximeter.values and oximeter.wave.isVisible(), timeout=5000)
    for kind, texts in (
        (ObservationKind.BLOOD_PRESSURE, ("168", "102")),
        (ObservationKind.WEIGHT, ("61.5",)),
    ):
        row = screen.vitals.row(kind)
        for edit, text in zip(row.editors, texts, strict=True):
            edit.setText(text)
        row.submit()
        qtbot.waitUntil(partial(recorded, row.value), timeout=5000)
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)
    for scroll in screen.findChildren(QScrollArea):
        content = scroll.widget()
        if content is None or not scroll.isVisible():
            continue
        room = scroll.viewport().width()
        assert too_wide(content, room) == []
        assert content.width() <= room


@pytest.mark.parametrize("window_in", ("kn", "ml"), indirect=True)
def test_notes_boxes_hold_lines_of_tall_script(
    window_in: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = window_in
    cho = ctx.cho_id
    patient = ctx.clinic.patients.register(
        PatientForm(name="Kamla Bai", sex="female", age_years="46"), cho
    )
    enc = ctx.clinic.encounters.open(patient.id, cho)
    window.open_encounter(enc.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    qtbot.waitUntil(lambda: screen.detail is not None)
    lang = languages.get(i18n.current())
    for box, lines in ((screen.complaint_box, 2), (screen.history_box, 3)):
        assert isinstance(box, QPlainTextEdit)
        box.setPlainText("\n".join([lang.native + " " + lang.months[0]] * lines))
        box.verticalScrollBar().setValue(0)
        last = box.document().lastBlock()
        bottom = box.blockBoundingGeometry(last).translated(box.contentOffset()).bottom()
        assert bottom <= box.viewport().height(), (bottom, box.viewport().height())


@pytest.mark.parametrize("code", languages.CODES)
def test_each_script_is_drawn_in_its_noto_sans_face(qtbot: QtBot, code: str) -> None:
    application()
    lab = QLabel("x")
    qtbot.addWidget(lab)
    lab.ensurePolished()
    lang = languages.get(code)
    layout = QTextLayout(f"{lang.native} 3 {lang.months[11]} 2026", lab.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    faces = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert lang.on_screen in faces
    assert not any("Serif" in face for face in faces), faces


@pytest.mark.parametrize("window_in", ("kn", "gu", "ta"), indirect=True)
def test_home_date_is_in_the_interface_language(
    window_in: tuple[MainWindow, Context],
) -> None:
    window, ctx = window_in
    window.go_home()
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    month = languages.get(i18n.current()).months[ctx.clinic.clock().month - 1]
    assert month in home.date.text()


@pytest.mark.parametrize("code", ("ta", "bn", "gu"))
def test_an_old_memory_result_is_dated_in_the_interface_language(qtbot: QtBot, code: str) -> None:
    from datetime import UTC, datetime

    from kiosk.ui.device_memory import MemoryList

    application()
    i18n.install(code)
    try:
        now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
        memory = MemoryList(lambda: now, lambda flags: "")
        qtbot.addWidget(memory)
        text = memory.when_text(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), now)
        assert languages.get(code).months[10] in text
        assert "Nov" not in text
    finally:
        i18n.install("en")
