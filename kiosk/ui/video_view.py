"""A video picture on screen: looks at the newest frame of a source on a timer and shows
it when it is new. The source keeps only its newest frame, so the UI never queues."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.devices.camera import Frame
from kiosk.ui.camera import PREVIEW_MS, frame_image

Latest = Callable[[], tuple[int, Frame] | None]


class VideoView(QLabel):
    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(placeholder, parent)
        self.source: Latest | None = None
        self.shown = 0
        self.placeholder = placeholder
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(80, 60)
        self.setWordWrap(True)
        self._pixmap: QPixmap | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self.refresh)

    def watch(self, source: Latest | None) -> None:
        self.source = source
        self.shown = 0
        if source is None:
            self.timer.stop()
            self.show_placeholder(self.placeholder)
        else:
            self.timer.start()

    def show_placeholder(self, text: str) -> None:
        self.placeholder = text
        self._pixmap = None
        self.clear()
        self.setText(text)

    def refresh(self) -> None:
        latest = self.source() if self.source is not None else None
        if latest is None or latest[0] == self.shown:
            return
        self.shown = latest[0]
        self._pixmap = QPixmap.fromImage(frame_image(latest[1]))
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is not None:
            self.setPixmap(
                self._pixmap.scaled(
                    self.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._fit()
