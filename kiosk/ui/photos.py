"""Photos of the case: the webcam preview, the patient's photo and clinical photos
(a wound, an old report), and what has been taken so far.

The camera runs only while the CHO has it on; the choice of camera is a setting of
this kiosk. Photos and settings are the clinic's services (``ctx.clinic``). Saving a
photo (encoding, both blobs, the attachment row and its outbox op) runs off the UI
thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QHideEvent, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.devices.camera import CAMERA_SETTING, Camera, CameraChoice, encode_photo
from kiosk.store.attachments import CLINICAL_PHOTO, PATIENT_PHOTO, Attachment
from kiosk.store.space import StorageFullError
from kiosk.ui.camera import CameraView
from kiosk.ui.context import Context
from kiosk.ui.disk_space import full_disk_text
from kiosk.ui.widgets import button, label

THUMB = 96


class PhotosPanel(QWidget):
    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.camera: Camera | None = None
        self.attachments = ctx.clinic.photos  # the room kept for records is the clinic's
        self.settings = ctx.clinic.settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)
        heading = label(self.tr("Photos"))
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        row = QHBoxLayout()
        row.setSpacing(12)
        self.preview = CameraView()
        self.preview.setText(self.tr("Camera is off"))
        row.addWidget(self.preview)
        controls = QVBoxLayout()
        controls.setSpacing(8)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Camera"))
        self.choice.activated.connect(self._choose)
        controls.addWidget(self.choice)
        self.toggle = button(self.tr("Start camera"))
        self.toggle.clicked.connect(self.toggle_camera)
        controls.addWidget(self.toggle)
        self.patient_button = button(self.tr("Patient photo"))
        self.patient_button.clicked.connect(lambda: self.take(PATIENT_PHOTO))
        controls.addWidget(self.patient_button)
        self.clinical_button = button(self.tr("Clinical photo"))
        self.clinical_button.clicked.connect(lambda: self.take(CLINICAL_PHOTO))
        controls.addWidget(self.clinical_button)
        controls.addStretch(1)
        row.addLayout(controls, 1)
        layout.addLayout(row)
        self.message = label("", "warning", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        self.thumbs = QHBoxLayout()
        self.thumbs.setSpacing(8)
        self.thumbs.addStretch(1)
        layout.addLayout(self.thumbs)
        self._set_running(False)
        self._load_choices()
        self.refresh()

    # Camera choice -------------------------------------------------------------------
    def _load_choices(self) -> None:
        cameras = self.ctx.cameras
        if cameras is None:
            self._show_choices([], None)
            return
        self.ctx.bridge.run(
            lambda: (cameras.choices(), self.settings.get(CAMERA_SETTING)),
            lambda found: self._show_choices(*found),
            owner=self,
        )

    def _show_choices(self, choices: list[CameraChoice], chosen: str | None) -> None:
        self.choice.clear()
        for item in choices:
            self.choice.addItem(item.name, item.id)
        if chosen is not None and self.choice.findData(chosen) >= 0:
            self.choice.setCurrentIndex(self.choice.findData(chosen))
        self.choice.setVisible(len(choices) > 1)
        self.toggle.setEnabled(bool(choices))
        if not choices:
            self.say(self.tr("No camera found. Connect a USB webcam, then open this case again."))

    def _choose(self, index: int) -> None:
        chosen = str(self.choice.itemData(index))
        cho = self.ctx.cho.id if self.ctx.cho else None
        self.ctx.bridge.run(lambda: self.settings.set(CAMERA_SETTING, chosen, cho), owner=self)
        if self.camera is not None:
            self.stop_camera()
            self.start_camera()

    # Running the camera --------------------------------------------------------------
    def toggle_camera(self) -> None:
        if self.camera is None:
            self.start_camera()
        else:
            self.stop_camera()

    def start_camera(self) -> None:
        cameras = self.ctx.cameras
        chosen = self.choice.currentData()
        if cameras is None or chosen is None:
            return
        self.message.hide()
        self.camera = Camera(lambda: cameras.open(str(chosen))).start()
        self.preview.watch(self.camera)
        self.ctx.bridge.run(self.camera.wait_open, self._opened, owner=self)
        self._set_running(True)

    def _opened(self, ok: bool) -> None:
        if not ok and self.camera is not None:
            self.stop_camera()
            self.say(
                self.tr("The camera could not be started. Check its cable, or choose another.")
            )

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.camera = None
        self.preview.watch(None)
        self.preview.setText(self.tr("Camera is off"))
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.toggle.setText(self.tr("Stop camera") if running else self.tr("Start camera"))
        self.patient_button.setEnabled(running)
        self.clinical_button.setEnabled(running)

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt's name)
        self.stop_camera()  # leaving the case turns the camera off
        super().hideEvent(event)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # Photos --------------------------------------------------------------------------
    def take(self, kind: str) -> None:
        latest = self.camera.latest() if self.camera is not None else None
        if latest is None:
            return
        frame = latest[1].copy()
        cho_id = self.ctx.cho_id
        encounters, attachments = self.ctx.clinic.encounters, self.attachments
        encounter_id = self.encounter_id

        def save() -> Attachment:
            photo = encode_photo(frame)
            patient_id = encounters.detail(encounter_id).patient.id
            return attachments.add_photo(
                patient_id=patient_id,
                encounter_id=encounter_id,
                kind=kind,
                original=photo.original,
                upload=photo.upload,
                by=cho_id,
            )

        self.ctx.bridge.run(save, lambda _a: self.refresh(), self._save_failed, owner=self)

    def _save_failed(self, error: BaseException) -> None:
        """A photo refused for room is said here, beside the camera: the case is fine."""
        if isinstance(error, StorageFullError):
            self.say(full_disk_text(error))
        else:
            self.ctx.bridge.on_unhandled(error)

    def refresh(self) -> None:
        attachments, encounter_id = self.attachments, self.encounter_id

        def load() -> list[tuple[Attachment, bytes]]:
            found = attachments.for_encounter(encounter_id)
            return [(a, attachments.read(a.upload_sha256)) for a in found]

        self.ctx.bridge.run(load, self._show_thumbs, owner=self)

    def _show_thumbs(self, items: list[tuple[Attachment, bytes]]) -> None:
        while self.thumbs.count() > 1:
            taken = self.thumbs.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        for attachment, data in items:
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            thumb = QLabel()
            thumb.setPixmap(
                pixmap.scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            thumb.setToolTip(
                self.tr("Patient photo")
                if attachment.kind == PATIENT_PHOTO
                else self.tr("Clinical photo")
            )
            self.thumbs.insertWidget(self.thumbs.count() - 1, thumb)
