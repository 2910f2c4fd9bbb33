"""Which camera, microphone and speaker calls use: terminal settings (``camera.device``,
``audio.input``, ``audio.output``), chosen here or with ``kiosk consult devices``.
During a call a change applies at once: the kiosk reconnects the call with the new
devices (a moment of "Reconnecting…"); otherwise from the next call."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.devices.camera import CAMERA_SETTING, CameraChoice
from kiosk.rtc.sound import DEFAULT, INPUT_SETTING, NONE, OUTPUT_SETTING, AudioDevice, alsa_devices
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, button, label


@dataclass(frozen=True)
class Found:
    cameras: list[CameraChoice]
    sound: list[AudioDevice]
    chosen: dict[str, str | None]


class CallDevicesDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = ctx.clinic.settings
        self.setWindowTitle(self.tr("Camera and sound for calls"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Camera and sound for calls"), "h2"))
        self.camera, self.microphone, self.speaker = QComboBox(), QComboBox(), QComboBox()
        layout.addWidget(Field(self.tr("Camera"), self.camera))
        layout.addWidget(Field(self.tr("Microphone"), self.microphone))
        layout.addWidget(Field(self.tr("Speaker"), self.speaker))
        layout.addWidget(
            label(
                self.tr(
                    "In a call, a change applies at once: the call reconnects for a moment. "
                    "Otherwise it applies from the next call."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        self.save = button(self.tr("Save"), "primary", default=True)
        self.save.clicked.connect(self._save)
        self.save.setEnabled(False)
        row.addWidget(cancel)
        row.addWidget(self.save)
        layout.addLayout(row)
        cameras, settings = ctx.cameras, self.settings
        self.ctx.bridge.run(
            lambda: Found(
                cameras.choices() if cameras is not None else [],
                alsa_devices(),
                {key: settings.get(key) for key in (CAMERA_SETTING, INPUT_SETTING, OUTPUT_SETTING)},
            ),
            self._show,
            owner=self,
        )

    def _show(self, found: Found) -> None:
        for camera in found.cameras:
            self.camera.addItem(camera.name, camera.id)
        if not found.cameras:
            self.camera.addItem(self.tr("No camera found"), None)
        for combo, capture in ((self.microphone, True), (self.speaker, False)):
            combo.addItem(self.tr("The terminal's default"), DEFAULT)
            for device in found.sound:
                if device.capture if capture else device.playback:
                    combo.addItem(f"{device.name} ({device.id})", device.id)
            combo.addItem(self.tr("None"), NONE)
        for combo, key in ((self.camera, CAMERA_SETTING), (self.microphone, INPUT_SETTING),
                           (self.speaker, OUTPUT_SETTING)):  # fmt: skip
            chosen = found.chosen.get(key)
            if chosen is not None and combo.findData(chosen) < 0:
                combo.addItem(chosen, chosen)  # a choice made with kiosk consult devices
            if chosen is not None:
                combo.setCurrentIndex(combo.findData(chosen))
        self.save.setEnabled(True)

    def _save(self) -> None:
        wanted = {
            CAMERA_SETTING: self.camera.currentData(),
            INPUT_SETTING: self.microphone.currentData(),
            OUTPUT_SETTING: self.speaker.currentData(),
        }
        cho = self.ctx.cho.id if self.ctx.cho else None
        settings, consult = self.settings, self.ctx.consult

        def store() -> None:
            for key, value in wanted.items():
                if value is not None:
                    settings.set(key, str(value), cho)

        def stored(_: object) -> None:
            if consult is not None:
                self.ctx.bridge.run_async(consult.use_devices)
            self.accept()

        self.ctx.bridge.run(store, stored, owner=self)
