"""A live camera preview. The camera thread keeps only its newest frame; this widget
looks at it on a timer and shows it if it is new, so the UI never waits for a frame."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from kiosk.devices.camera import Camera, Frame

PREVIEW_MS = 40  # 25 looks a second is smooth enough for framing a photo


def frame_image(frame: Frame) -> QImage:
    """A BGR camera frame as a QImage (copied, so the frame may be replaced)."""
    height, width = frame.shape[:2]
    image = QImage(frame.data, width, height, frame.strides[0], QImage.Format.Format_BGR888)
    return image.copy()


class CameraView(QLabel):
    def __init__(self, width: int = 320, height: int = 240, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.camera: Camera | None = None
        self.shown = 0
        self.setFixedSize(QSize(width, height))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("background: #0f172a; border-radius: 8px; color: #cbd5e1;")
        self.timer = QTimer(self)
        self.timer.setInterval(PREVIEW_MS)
        self.timer.timeout.connect(self.refresh)

    def watch(self, camera: Camera | None) -> None:
        self.camera = camera
        self.shown = 0
        if camera is None:
            self.timer.stop()
            self.clear()
        else:
            self.timer.start()

    def refresh(self) -> None:
        latest = self.camera.latest() if self.camera is not None else None
        if latest is None or latest[0] == self.shown:
            return
        self.shown = latest[0]
        pixmap = QPixmap.fromImage(frame_image(latest[1]))
        self.setPixmap(
            pixmap.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
