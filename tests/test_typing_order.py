"""A key IBus hands back while a letter is still a preedit lands after that letter
(kiosk/ui/typing_order.py): the order Qt and IBus delivered in a real session for 4
names in 25 (tests/test_ibus_typing.py), replayed here event by event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.ui.typing_order import keep_typing_order


def _preedit(text: str) -> QInputMethodEvent:
    return QInputMethodEvent(text, [])


def _commit(text: str) -> QInputMethodEvent:
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    return event


def _space(kind: QEvent.Type) -> QKeyEvent:
    return QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")


def _type_space_before_commit(field: QLineEdit) -> None:
    QApplication.sendEvent(field, _commit("காவே"))
    QApplication.sendEvent(field, _preedit("ரி"))
    QApplication.sendEvent(field, _space(QEvent.Type.KeyPress))  # IBus gave the space back
    QApplication.sendEvent(field, _space(QEvent.Type.KeyRelease))
    QApplication.sendEvent(field, _commit("ரி"))  # ... and then committed the letter


def test_a_space_given_back_before_the_commit_follows_the_letter(qtbot: Any) -> None:
    keep_typing_order(QApplication.instance())  # type: ignore[arg-type]
    field = QLineEdit()
    qtbot.addWidget(field)
    _type_space_before_commit(field)
    qtbot.waitUntil(lambda: field.text() == "காவேரி ")
    QApplication.sendEvent(field, _space(QEvent.Type.KeyPress))  # no preedit: straight in
    assert field.text() == "காவேரி  "


def test_a_preedit_dropped_without_a_commit_does_not_swallow_the_key(qtbot: Any) -> None:
    keep_typing_order(QApplication.instance())  # type: ignore[arg-type]
    field = QLineEdit()
    qtbot.addWidget(field)
    QApplication.sendEvent(field, _preedit("ர்"))
    QApplication.sendEvent(field, _space(QEvent.Type.KeyPress))
    qtbot.waitUntil(lambda: field.text() == " ")
