"""A live pleth wave drawn with QPainter: new samples scroll in from the right.

Samples are only appended here; painting happens when Qt next repaints (``update()``
coalesces), so a burst of samples costs one paint and the UI thread never waits.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

SAMPLES_SHOWN = 300  # about five seconds at 60 samples a second
LINE = QColor("#0f766e")
BACKGROUND = QColor("#f8fafc")
GRID = QColor("#e2e8f0")


class PlethWave(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: deque[float] = deque(maxlen=SAMPLES_SHOWN)
        self.setMinimumHeight(56)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setAccessibleName(self.tr("Pulse wave"))

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(320, 56)

    def add(self, values: Iterable[float]) -> None:
        self.samples.extend(values)
        self.update()

    def clear(self) -> None:
        self.samples.clear()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802  (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        painter.setPen(QPen(GRID, 1))
        middle = self.height() // 2
        painter.drawLine(0, middle, self.width(), middle)
        if len(self.samples) < 2:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        low, high = min(self.samples), max(self.samples)
        span = (high - low) or 1.0
        margin = 4.0
        usable = self.height() - 2 * margin
        step = self.width() / (SAMPLES_SHOWN - 1)
        x = self.width() - step * (len(self.samples) - 1)
        path = QPainterPath()
        for i, value in enumerate(self.samples):
            point = QPointF(x + i * step, margin + usable * (1 - (value - low) / span))
            if i == 0:
                path.moveTo(point)
            else:
                path.lineTo(point)
        painter.setPen(QPen(LINE, 2))
        painter.drawPath(path)
        painter.end()
