"""Small building blocks shared by the screens: cards, buttons, fields with their errors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import languages
from kiosk.domain.clock import INDIA
from kiosk.domain.encounter import STATUS_LABELS, EncounterStatus
from kiosk.ui import i18n
from kiosk.ui.i18n import domain_text

_zone = INDIA


def use_zone(name: str) -> None:
    """Times on screen are the spoke's local time (set once at start from the config)."""
    global _zone
    _zone = ZoneInfo(name)


def label(text: str, name: str = "", wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    return widget


def line_height(font: QFont) -> float:
    """The height of one line of text in this font's size, in the tallest of the
    kiosk's scripts: Kannada, Telugu and Malayalam stack vowel signs and conjuncts
    above and below the line, so a line sized for Latin letters cuts them off."""
    tallest = QFontMetricsF(font).lineSpacing()
    for family in {lang.on_screen for lang in languages.LANGUAGES.values()}:
        face = QFont(font)
        face.setFamilies([family])
        tallest = max(tallest, QFontMetricsF(face).lineSpacing())
    return tallest


def text_box(lines: int) -> QPlainTextEdit:
    """A notes box that shows ``lines`` lines of any script without scrolling."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.ensurePolished()
    margins = box.contentsMargins()
    chrome = 2 * box.document().documentMargin() + margins.top() + margins.bottom()
    chrome += box.viewportMargins().top() + box.viewportMargins().bottom()
    box.setFixedHeight(round(lines * line_height(box.font()) + chrome) + 2)
    return box


def button(text: str, role: str = "", default: bool = False) -> QPushButton:
    widget = QPushButton(text)
    if role:
        widget.setProperty("role", role)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(True)
    widget.setDefault(default)
    return widget


def card(*, margins: int = 20, spacing: int = 12) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return frame, layout


def screen_widget() -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget()
    widget.setObjectName("screen")
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(16)
    return widget, layout


def set_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", "true" if invalid else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def status_chip(status: EncounterStatus) -> QLabel:
    chip = label(domain_text(STATUS_LABELS[status]), "chip")
    chip.setProperty("status", status.value)
    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return chip


def spoke_zone() -> ZoneInfo:
    """The spoke's time zone, as the screens show times."""
    return _zone


def local_time(moment: datetime) -> str:
    return moment.astimezone(_zone).strftime("%H:%M")


def local_moment(moment: datetime) -> datetime:
    """The moment in the spoke's time zone (for what is printed at the spoke)."""
    return moment.astimezone(_zone)


def local_date(moment: datetime) -> str:
    """The date in the spoke's time zone, "3 December 2026" with the month in the
    interface language's words and Western digits (as the paper writes it)."""
    return languages.format_day(i18n.current(), moment.astimezone(_zone).date())


class Field(QWidget):
    """A label, an editor and the error line under it."""

    def __init__(
        self, caption: str, editor: QWidget, hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.caption = label(caption)
        self.caption.setBuddy(editor)
        layout.addWidget(self.caption)
        layout.addWidget(editor)
        self.hint = label(hint, "hint", wrap=True)
        self.hint.setVisible(bool(hint))
        layout.addWidget(self.hint)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        editors = (
            [self.editor]
            if isinstance(self.editor, QLineEdit | QPlainTextEdit)
            else self.editor.findChildren(QLineEdit)
        )
        for editor in editors:
            set_invalid(editor, bool(text))

    def clear_error(self) -> None:
        self.show_error("")

    def set_text(self, value: str) -> None:
        if isinstance(self.editor, QLineEdit):
            self.editor.setText(value)
        elif isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(value)
        else:
            raise TypeError(type(self.editor).__name__)

    def text(self) -> str:
        if isinstance(self.editor, QLineEdit):
            return self.editor.text()
        if isinstance(self.editor, QPlainTextEdit):
            return self.editor.toPlainText()
        raise TypeError(type(self.editor).__name__)


class Segmented(QWidget):
    """A row of mutually exclusive buttons: easier to hit with a finger than a combo box."""

    changed = Signal(str)

    def __init__(
        self,
        choices: Sequence[tuple[str, str]],
        parent: QWidget | None = None,
        fill: bool = False,
    ) -> None:
        """``fill``: the buttons share the row's width (for a narrow side panel)."""
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for value, text in choices:
            b = button(text, "segment")
            b.setCheckable(True)
            if fill:
                b.setProperty("fill", "true")
            self.group.addButton(b)
            self.buttons[value] = b
            layout.addWidget(b)
            b.toggled.connect(lambda on, v=value: self._toggled(on, v))
        if not fill:
            layout.addStretch(1)

    def _toggled(self, on: bool, value: str) -> None:
        if on:
            self.changed.emit(value)

    def value(self) -> str:
        for value, b in self.buttons.items():
            if b.isChecked():
                return value
        return ""

    def set_value(self, value: str) -> None:
        if value in self.buttons:
            self.buttons[value].setChecked(True)


class PinPad(QWidget):
    """Digits 0-9, clear and OK, large enough for a thumb; typing on a keyboard works too."""

    submitted = Signal()

    def __init__(self, target: QLineEdit, ok_text: str, clear_text: str) -> None:
        super().__init__()
        self.target = target
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
        for i, key in enumerate(keys):
            grid.addWidget(self._key(key), i // 3, i % 3)
        clear = button(clear_text, "key")
        clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        clear.clicked.connect(target.clear)
        grid.addWidget(clear, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        self.ok = button(ok_text, "primary")
        self.ok.setObjectName("pinOk")
        self.ok.clicked.connect(self.submitted)
        grid.addWidget(self.ok, 3, 2)

    def _key(self, digit: str) -> QPushButton:
        b = button(digit, "key")
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep focus in the PIN field for typing
        b.clicked.connect(lambda: self.target.insert(digit))
        return b
