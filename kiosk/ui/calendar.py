"""A calendar that names the months and weekdays in the interface language while every
number in it (the days, the week numbers, the year) keeps Western digits.

The application's locale stays Hindi's or English's so that number fields never switch
digits (docs/languages.md). Qt's calendar takes its month and weekday names from its own
locale, so the calendar alone gets the interface language's locale. Qt's Bengali and
Marathi locales write numbers in Bengali and Devanagari digits (CLDR's default numbering
for them); the others (Telugu, Tamil, Kannada, Malayalam, Gujarati, Odia, Punjabi, Hindi)
already use Western digits. So the day grid formats its numbers itself and the year box
keeps an English (India) locale: the same digits as the clinic's registers and the date
field beside it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCalendarWidget,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from kiosk.ui import i18n

QT_LANGUAGES = {
    "en": QLocale.Language.English,
    "hi": QLocale.Language.Hindi,
    "te": QLocale.Language.Telugu,
    "bn": QLocale.Language.Bengali,
    "kn": QLocale.Language.Kannada,
    "ta": QLocale.Language.Tamil,
    "mr": QLocale.Language.Marathi,
    "gu": QLocale.Language.Gujarati,
    "or": QLocale.Language.Odia,
    "ml": QLocale.Language.Malayalam,
    "pa": QLocale.Language.Punjabi,
}
WESTERN = QLocale(QLocale.Language.English, QLocale.Country.India)


def names_locale(code: str) -> QLocale:
    """Qt's locale for a language of the registry (India), for its month and day names."""
    return QLocale(QT_LANGUAGES.get(code, QLocale.Language.English), QLocale.Country.India)


class _WesternDigits(QStyledItemDelegate):
    """Draws the calendar's cells as Qt does, but writes its numbers in Western digits."""

    def initStyleOption(  # noqa: N802  (Qt's name)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        value = index.data()
        if isinstance(value, int):
            option.text = str(value)


class LocalCalendar(QCalendarWidget):
    """A date picker's calendar in the interface language (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self._digits = _WesternDigits(self)
        month = self.findChild(QToolButton, "qt_calendar_monthbutton")
        if month is not None:  # room for the menu's arrow after the longer month names
            month.setStyleSheet("QToolButton { padding-right: 16px; }")
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is not None:
            view.setItemDelegate(self._digits)
        self.set_language(language or i18n.current())

    def set_language(self, code: str) -> None:
        locale = names_locale(code)
        self.setLocale(locale)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Wide enough for the longest short weekday name (Bengali's Thursday, Tamil's
        # with its full stop), so that no name is cut to "…".
        metrics = QFontMetrics(self.font())
        widest = max(
            metrics.horizontalAdvance(locale.dayName(day, QLocale.FormatType.ShortFormat))
            for day in range(1, 8)
        )
        self.setMinimumWidth(7 * (widest + 18))
        year_edit = self.findChild(QSpinBox, "qt_calendar_yearedit")
        if year_edit is not None:
            year_edit.setLocale(WESTERN)
        year_button = self.findChild(QToolButton, "qt_calendar_yearbutton")
        if year_button is not None:  # Qt wrote it from the locale just set; later pages
            year_button.setText(str(self.yearShown()))  # take the year box's digits
