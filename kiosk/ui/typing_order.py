"""Letters typed through IBus stay in the order they were typed.

An m17n keyboard holds the last letter as a preedit while it waits to see whether the
next key extends it (ITRANS "i" may become "ii"). When that next key is one the keyboard
does not take, a space say, IBus commits the held letter and hands the space back to Qt,
and Qt may deliver the space before the letter: "காவே ரி" for "காவேரி ". Typing
names in a real X session did this to 4 of 25 with 80 ms between keys
(tests/test_ibus_typing.py, docs/languages.md). So a key that reaches a text field
while the field still shows a preedit waits until the preedit is committed or cleared,
and follows it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication

# A held key goes on by itself after this many milliseconds if no commit comes (an
# input method that drops its preedit without saying so must not swallow keys).
LONGEST_WAIT_MS = 1000


class KeysAfterPreedit(QObject):
    """Application-wide event filter: holds the keys IBus gave back while a preedit is
    showing, and sends them to the field once the input method has committed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._field: QObject | None = None
        self._preedit = False
        self._held: list[QKeyEvent] = []
        self._sending = False
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self.release)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            if watched is not self._field:
                self.release()
                self._field = watched
            self._preedit = bool(event.preeditString())
            if self._held and not self._preedit:
                QTimer.singleShot(0, self.release)  # after the field has taken the commit
            return False
        if (
            kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
            and isinstance(event, QKeyEvent)
            and not self._sending
            and watched is self._field
            and (self._preedit or self._held)
        ):
            self._held.append(
                QKeyEvent(
                    event.type(),
                    event.key(),
                    event.modifiers(),
                    event.nativeScanCode(),
                    event.nativeVirtualKey(),
                    event.nativeModifiers(),
                    event.text(),
                    event.isAutoRepeat(),
                    event.count(),
                )
            )
            self._fallback.start(LONGEST_WAIT_MS)
            return True
        return False

    def release(self) -> None:
        """Sends the held keys to their field, in the order they came."""
        self._fallback.stop()
        held, self._held = self._held, []
        field = self._field
        if field is None or not shiboken6.isValid(field):  # the field is gone: so are they
            return
        self._sending = True
        try:
            for key in held:
                QApplication.sendEvent(field, key)
        finally:
            self._sending = False


_INSTALLED: dict[int, KeysAfterPreedit] = {}  # one per application, kept alive here


def keep_typing_order(app: QApplication) -> KeysAfterPreedit:
    """Installs the filter on the application (once)."""
    if id(app) not in _INSTALLED:
        keeper = KeysAfterPreedit(app)
        app.installEventFilter(keeper)
        _INSTALLED[id(app)] = keeper
    return _INSTALLED[id(app)]
