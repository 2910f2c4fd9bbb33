"""The UI's bridge to slow work: an operation cancelled at shutdown reports nothing."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from pytestqt.qtbot import QtBot

from kiosk.ui.bridge import Bridge


def test_a_cancelled_operation_calls_nothing_back_and_the_bridge_goes_idle(qtbot: QtBot) -> None:
    bridge = Bridge(workers=1)
    heard: list[Any] = []
    unhandled: list[BaseException] = []
    bridge.on_unhandled = unhandled.append
    cancelled: Future[Any] = Future()
    assert cancelled.cancel()
    bridge.pending += 1  # as run() counts an operation it started
    with qtbot.waitSignal(bridge.idle, timeout=2000):
        bridge.finished.emit(cancelled, None, heard.append, heard.append)
    assert heard == [] and unhandled == [] and bridge.pending == 0
    bridge.shutdown()
