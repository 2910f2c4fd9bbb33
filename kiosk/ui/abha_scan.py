"""Scan the QR code of a patient's ABHA card with the webcam to fill in registration.

Frames are looked at a few times a second on a worker thread (OpenCV's QR detector);
the first ABHA card found fills the form, and the CHO checks it against the card.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.devices.camera import CAMERA_SETTING, Camera, read_qr
from kiosk.domain.abha_card import AbhaCard, parse_abha_qr
from kiosk.ui.camera import CameraView
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, Segmented, button, label


class CardForm(Protocol):
    """What the card fills in on a registration form (the registration screen is one)."""

    fields: dict[str, Field]
    sex: Segmented
    dob_known: QCheckBox
    dob: QDateEdit


SCAN_MS = 250


class AbhaScanDialog(QDialog):
    scanned = Signal(object)  # the AbhaCard

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.camera: Camera | None = None
        self.card: AbhaCard | None = None
        self.busy = False
        self.closed = False
        self.looked_at = 0
        self.setWindowTitle(self.tr("Scan ABHA card"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Scan ABHA card"), "h2"))
        layout.addWidget(
            label(self.tr("Hold the QR code on the card in front of the camera."), "muted")
        )
        self.preview = CameraView(480, 360)
        layout.addWidget(self.preview)
        self.message = label("", "warning", wrap=True)
        self.message.hide()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(SCAN_MS)
        self.timer.timeout.connect(self.look)
        self._start()

    def _start(self) -> None:
        cameras = self.ctx.cameras
        if cameras is None:
            self._open(None)
            return
        settings = self.ctx.clinic.settings

        def choose() -> str | None:
            ids = [c.id for c in cameras.choices()]
            chosen = settings.get(CAMERA_SETTING)
            return chosen if chosen in ids else (ids[0] if ids else None)

        self.ctx.bridge.run(choose, self._open, owner=self)

    def _open(self, choice: str | None) -> None:
        cameras = self.ctx.cameras
        if cameras is None or choice is None:
            self.say(self.tr("No camera found. Type the details from the card instead."))
            return
        if self.closed:
            return  # the CHO closed the dialog before the camera was chosen
        self.camera = Camera(lambda: cameras.open(choice)).start()
        self.preview.watch(self.camera)
        self.timer.start()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def look(self) -> None:
        latest = self.camera.latest() if self.camera is not None else None
        if self.camera is not None and self.camera.error:
            self.timer.stop()
            self.say(self.tr("The camera could not be started. Type the details instead."))
            return
        if self.busy or latest is None or latest[0] == self.looked_at:
            return
        self.busy, self.looked_at = True, latest[0]
        frame = latest[1]
        self.ctx.bridge.run(lambda: read_qr(frame), self._read, owner=self)

    def _read(self, text: str | None) -> None:
        self.busy = False
        if text is None:
            return
        card = parse_abha_qr(text)
        if card is None:
            self.say(self.tr("This QR code is not from an ABHA card."))
            return
        self.card = card
        self.scanned.emit(card)
        self.accept()

    def done(self, result: int) -> None:
        self.closed = True
        self.timer.stop()
        if self.camera is not None:
            self.camera.stop()
            self.camera = None
        self.preview.watch(None)
        super().done(result)


def prefill(fields: dict[str, Field], sex: Segmented, card: AbhaCard, today: QDate) -> None:
    """Fill the registration fields the card answers; leave the others as typed."""
    texts = {
        "name": card.name,
        "phone": card.phone,
        "abha_number": card.abha_number,
        "abha_address": card.abha_address,
        "district": card.district,
        "state": card.state,
    }
    for key, value in texts.items():
        if value and key in fields:
            fields[key].set_text(value)
    if card.sex:
        sex.set_value(card.sex)
    if card.birth_year and not card.birth_date and "age_years" in fields:
        fields["age_years"].set_text(str(today.year() - card.birth_year))


class ScanCardButton(QWidget):
    """The "Scan ABHA card" button of the registration screen, and what it fills in."""

    def __init__(self, ctx: Context, form: CardForm) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = form
        self.dialog: AbhaScanDialog | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        self.button = button(self.tr("Scan ABHA card"))
        self.button.setMinimumHeight(44)
        self.button.clicked.connect(self.scan)
        row.addWidget(self.button)

    def scan(self) -> None:
        self.dialog = AbhaScanDialog(
            self.ctx, self.form if isinstance(self.form, QWidget) else None
        )
        self.dialog.scanned.connect(self.fill)
        self.dialog.open()

    def fill(self, card: AbhaCard) -> None:
        form = self.form
        prefill(form.fields, form.sex, card, QDate.currentDate())
        if card.birth_date is not None:
            form.dob_known.setChecked(True)
            b = card.birth_date
            form.dob.setDate(QDate(b.year, b.month, b.day))
