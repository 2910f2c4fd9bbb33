"""The kiosk window on the registration screen, for tests/test_ibus_typing.py.

Run in the test's X session as ``python -m tests.ibus_kiosk_window HOME``: the kiosk is
started as on a clinic desktop (``kiosk.app.application``, which asks Qt for IBus), a CHO
signs in and opens a new registration, and the patient's name field has the focus.
It writes one JSON line per event to stdout (``ready`` with the input module Qt was
asked for; the name and the preedit IBus shows, after every change) and takes commands
on stdin: ``clear``, ``shoot PATH``, ``quit``.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QGuiApplication, QInputMethodEvent

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.ui.registration import RegistrationScreen


class Preedit(QObject):
    """What IBus shows in the field and has not committed yet (for the test's messages)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.text = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QInputMethodEvent):
            self.text = event.preeditString()
        return False


def say(**event: object) -> None:
    print(json.dumps(event, ensure_ascii=False), flush=True)


def main(home: str) -> None:
    app = application()
    cfg = config.load(
        home=Path(home),
        environ={},
        overrides={"language": "ta", "spoke_id": "demo-spoke", "spoke_name": "HWC Kodaikanal"},
    )
    window, ctx = build(cfg)
    window.resize(1366, 768)
    window.show()
    cho = ctx.clinic.accounts.create("selvi", "Selvi Murugan", "2580")
    window.signed_in(cho)
    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    name = form.name.editor
    preedit = Preedit(name)
    name.installEventFilter(preedit)
    name.textChanged.connect(lambda text: say(text=text, preedit=preedit.text))

    def focus() -> None:
        window.activateWindow()
        name.setFocus()
        if app.focusWidget() is name and window.isActiveWindow():
            say(ready=True, platform=app.platformName(), im_module=os.environ.get("QT_IM_MODULE"))
        else:
            QTimer.singleShot(50, focus)  # the X server has not given the window focus yet

    def command() -> None:
        line = sys.stdin.readline().strip()
        if line == "clear":
            QGuiApplication.inputMethod().reset()  # nothing half-typed carried over
            name.clear()
            say(cleared=True)
        elif line.startswith("shoot "):
            window.grab().save(line.removeprefix("shoot "))
            say(shot=line.removeprefix("shoot "))
        elif line in ("quit", ""):
            window.close()
            app.quit()

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    QTimer.singleShot(0, focus)
    app.exec()
    shutdown(ctx)


if __name__ == "__main__":
    main(sys.argv[1])
