"""The Qt binding itself: a release that mishandles references crashes a kiosk that
updates its screen many times a second (live device values, the pleth wave)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_calls_keep_their_reference_to_none(qtbot: QtBot) -> None:
    # PySide6 6.12.0 released one reference to None per call returning nothing; on
    # Python 3.11 None is then freed after some thousands of calls and the kiosk aborts.
    shown = QLabel()
    qtbot.addWidget(shown)
    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(2000):
        shown.setText(str(i))
        path.lineTo(QPointF(i, i))
    assert sys.getrefcount(None) - before > -100
