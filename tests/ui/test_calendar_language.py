"""The date-of-birth calendar names months and weekdays in the CHO's language, while the
numbers in it and in the fields beside it keep Western digits (docs/languages.md)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QSpinBox, QStyleOptionViewItem, QTableView, QToolButton
from pytestqt.qtbot import QtBot

from kiosk.domain import languages
from kiosk.ui import i18n
from kiosk.ui.calendar import LocalCalendar
from kiosk.ui.context import Context
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration import RegistrationScreen


def in_script(text: str, code: str) -> bool:
    """Whether the text has letters and all of them are of the language's script."""
    letters = [ch for ch in text if ch.isalpha()]
    script = languages.get(code).script
    return bool(letters) and all(languages.script_of(ch) == script for ch in letters)


def cell_texts(calendar: LocalCalendar) -> list[str]:
    """What the day grid draws in each cell of its first week rows."""
    view = calendar.findChild(QTableView, "qt_calendar_calendarview")
    assert view is not None
    model, delegate = view.model(), view.itemDelegate()
    texts = []
    for row in range(1, 4):
        for column in range(model.columnCount()):
            option = QStyleOptionViewItem()
            option.locale = calendar.locale()
            delegate.initStyleOption(option, model.index(row, column))  # type: ignore[attr-defined]
            texts.append(option.text)
    return texts


def registration(window: MainWindow) -> RegistrationScreen:
    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    return form


@pytest.mark.parametrize("window_in", ["ta"], indirect=True)
def test_in_tamil_the_calendar_is_tamil_and_numbers_stay_western(
    qtbot: QtBot, window_in: tuple[MainWindow, Context]
) -> None:
    window, _ctx = window_in
    form = registration(window)
    calendar = form.dob.calendarWidget()
    assert isinstance(calendar, LocalCalendar)
    calendar.setCurrentPage(2026, 12)
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    assert month is not None
    assert in_script(month.text(), "ta"), month.text()
    assert month.text() == languages.get("ta").months[11]  # டிசம்பர், as the paper says it
    view = calendar.findChild(QTableView)
    assert view is not None
    headers = [view.model().index(0, column).data() for column in range(7)]
    assert all(in_script(name, "ta") for name in headers), headers
    qtbot.keyClicks(form.age_edit, "42")  # type: ignore[no-untyped-call]
    assert form.age_edit.text() == "42"
    spin = QSpinBox(form)  # any number field on a Tamil screen
    spin.setValue(42)
    assert spin.text() == "42"


@pytest.mark.parametrize("window_in", ["bn", "mr"], indirect=True)
def test_where_qt_would_write_native_digits_the_calendar_keeps_western_ones(
    window_in: tuple[MainWindow, Context],
) -> None:
    window, _ctx = window_in
    code = i18n.current()
    # Qt's own locale for these languages writes numbers in their digits ...
    assert QLocale(LocalCalendar(language=code).locale()).toString(42) != "42"
    form = registration(window)
    form.dob_known.setChecked(True)
    form.dob.setDate(QDate(1984, 12, 4))
    calendar = form.dob.calendarWidget()
    assert isinstance(calendar, LocalCalendar)
    calendar.setCurrentPage(1984, 12)
    month = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
    year = calendar.findChild(QToolButton, "qt_calendar_yearbutton")
    assert month is not None and year is not None
    assert in_script(month.text(), code), month.text()
    # ... but the calendar, its year and the date field beside it write Western digits.
    assert year.text() == "1984"
    days = [text for text in cell_texts(calendar) if text]
    assert "4" in days and all(text.isascii() and text.isdigit() for text in days), days
    assert form.dob.text() == "04-12-1984"
    calendar.setCurrentPage(1990, 3)
    assert year.text() == "1990"
