"""Recording consent: who gives it (the patient, or a parent or guardian for a child),
how (aloud, or a thumbprint or signature on the printed form, photographed back into
the case), whether the patient also agrees to sharing with ABDM, witnessed by the CHO
who is signed in. Big buttons rather than small boxes: it is done with a finger.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.camera import CAMERA_SETTING, Camera, encode_photo
from kiosk.domain.consent import (
    ADULT_AGE,
    RELATION_LABELS,
    Consent,
    ConsentForm,
    GivenBy,
    Method,
    Purpose,
    is_minor,
)
from kiosk.domain.errors import problems_in
from kiosk.domain.patient import Patient
from kiosk.store.attachments import CONSENT_FORM, Attachment
from kiosk.ui import i18n
from kiosk.ui.camera import CameraView
from kiosk.ui.consent_script import ConsentScriptCard
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, Segmented, button, label


class ConsentDialog(QDialog):
    recorded = Signal()

    def __init__(
        self, ctx: Context, encounter_id: str, patient: Patient, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.patient = patient
        self.camera: Camera | None = None
        self.photo_id: str | None = None
        self.minor = is_minor(patient.birth_date, ctx.clinic.clock().date())
        self.setWindowTitle(self.tr("Consent for a teleconsultation"))
        self.setMinimumWidth(1080)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Consent for a teleconsultation"), "h2"))
        # Read aloud in the patient's language, from the printed form's own sentences.
        self.script = ConsentScriptCard(patient.language, i18n.current())
        layout.addWidget(self.script)
        if self.script.own is not None:  # two languages side by side: nearly the width
            self.setMinimumWidth(1300)  # of the kiosk's 1366x768 screen, to stay on it
        columns = QHBoxLayout()
        columns.setSpacing(20)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(10)
        right.setSpacing(10)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)

        self.given_by = Segmented(
            [(GivenBy.PATIENT.value, self.tr("The patient")),
             (GivenBy.GUARDIAN.value, self.tr("Parent or guardian"))]
        )  # fmt: skip
        hint = (
            self.tr("Under {age}: a parent or guardian gives consent.").format(age=ADULT_AGE)
            if self.minor
            else ""
        )
        self.given_by_field = Field(self.tr("Who gives consent"), self.given_by, hint)
        left.addWidget(self.given_by_field)
        if self.minor:
            self.given_by.buttons[GivenBy.PATIENT.value].setEnabled(False)
        self.given_by.changed.connect(self._who_changed)

        guardian_row = QVBoxLayout()
        self.guardian_name = QLineEdit(patient.guardian_name)
        self.guardian_name_field = Field(self.tr("Name of the parent or guardian"),
                                         self.guardian_name)  # fmt: skip
        guardian_row.addWidget(self.guardian_name_field)
        self.relation = QComboBox()
        self.relation.addItem(self.tr("Choose…"), "")
        for code, text in RELATION_LABELS.items():
            self.relation.addItem(i18n.domain_text(text), code.value)
        self.relation_field = Field(self.tr("Relation to the patient"), self.relation)
        guardian_row.addWidget(self.relation_field)
        self.guardian_box = QWidget()
        self.guardian_box.setLayout(guardian_row)
        guardian_row.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.guardian_box)

        self.method = Segmented(
            [(Method.VERBAL.value, self.tr("Said yes aloud")),
             (Method.THUMBPRINT.value, self.tr("Thumbprint on form")),
             (Method.SIGNATURE.value, self.tr("Signature on form"))],
            fill=True,
        )  # fmt: skip
        self.method_field = Field(self.tr("How was consent given"), self.method)
        self.method.changed.connect(lambda _m: self._method_changed())
        right.addWidget(self.method_field)

        self.photo_box = QWidget()
        photo_row = QHBoxLayout(self.photo_box)
        photo_row.setContentsMargins(0, 0, 0, 0)
        self.preview = CameraView(200, 150)
        self.preview.setText(self.tr("Camera is off"))
        photo_row.addWidget(self.preview)
        photo_controls = QVBoxLayout()
        photo_controls.addWidget(
            label(self.tr("Keep a photo of the signed form with the case."), "muted", wrap=True)
        )
        self.camera_button = button(self.tr("Start camera"))
        self.camera_button.setMinimumHeight(44)
        self.camera_button.clicked.connect(self.toggle_camera)
        photo_controls.addWidget(self.camera_button)
        self.photo_button = button(self.tr("Take photo of the form"))
        self.photo_button.setMinimumHeight(44)
        self.photo_button.setEnabled(False)
        self.photo_button.clicked.connect(self.take_photo)
        photo_controls.addWidget(self.photo_button)
        self.photo_state = label("", "muted", wrap=True)
        photo_controls.addWidget(self.photo_state)
        photo_controls.addStretch(1)
        photo_row.addLayout(photo_controls, 1)
        right.addWidget(self.photo_box)

        # Under who consents rather than under the photo, so that the two columns are
        # of a height: with the script in two languages the dialog must still fit.
        self.abdm = QCheckBox(self.tr("Also agrees to share this record with ABDM"))
        left.addWidget(self.abdm)
        cho = ctx.cho.full_name if ctx.cho else ""
        right.addWidget(label(self.tr("Witness: {name} (you)").format(name=cho), "muted"))
        left.addStretch(1)
        right.addStretch(1)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        cancel = button(self.tr("Cancel"))
        cancel.setMinimumHeight(48)
        cancel.clicked.connect(self.reject)
        row.addWidget(cancel)
        self.save_button = button(self.tr("Save consent"), "primary", default=True)
        self.save_button.setMinimumHeight(48)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.given_by.set_value(GivenBy.GUARDIAN.value if self.minor else GivenBy.PATIENT.value)
        self._who_changed(self.given_by.value())
        self._method_changed()

    def _who_changed(self, who: str) -> None:
        self.guardian_box.setVisible(who == GivenBy.GUARDIAN.value)
        self.fit()

    def _method_changed(self) -> None:
        on_paper = self.method.value() in (Method.THUMBPRINT.value, Method.SIGNATURE.value)
        self.photo_box.setVisible(on_paper)
        if not on_paper:
            self.stop_camera()
        self.fit()

    def fit(self) -> None:
        """Tall enough for every wrapped line. adjustSize() alone caps a dialog at two
        thirds of the screen, which on a 1366x768 kiosk cut off the end of the consent
        script in the languages that take more lines to say it."""
        self.adjustSize()
        layout = self.layout()
        if layout is not None:
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    # The photo of the form -------------------------------------------------------
    def toggle_camera(self) -> None:
        if self.camera is not None:
            self.stop_camera()
            return
        cameras = self.ctx.cameras
        if cameras is None:
            self.photo_state.setText(self.tr("No camera found."))
            return
        settings = self.ctx.clinic.settings

        def open_camera() -> str | None:
            chosen = settings.get(CAMERA_SETTING)
            found = cameras.choices()
            return chosen or (found[0].id if found else None)

        self.ctx.bridge.run(open_camera, self._start_camera, owner=self)

    def _start_camera(self, choice: str | None) -> None:
        cameras = self.ctx.cameras
        if choice is None or cameras is None:
            self.photo_state.setText(self.tr("No camera found."))
            return
        self.camera = Camera(lambda: cameras.open(choice)).start()
        self.preview.watch(self.camera)
        self.camera_button.setText(self.tr("Stop camera"))
        self.photo_button.setEnabled(True)

    def stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
        self.camera = None
        self.preview.watch(None)
        self.preview.setText(self.tr("Camera is off"))
        self.camera_button.setText(self.tr("Start camera"))
        self.photo_button.setEnabled(False)

    def take_photo(self) -> None:
        latest = self.camera.latest() if self.camera is not None else None
        if latest is None:
            return
        frame = latest[1].copy()
        # Like any photo, the form's is refused when the disk is nearly full: the consent
        # itself (verbal, thumbprint) is still recorded, and the records keep the room.
        attachments = self.ctx.clinic.photos
        patient_id, encounter_id, cho_id = self.patient.id, self.encounter_id, self.ctx.cho_id

        def save() -> Attachment:
            photo = encode_photo(frame)
            return attachments.add_photo(
                patient_id=patient_id, encounter_id=encounter_id, kind=CONSENT_FORM,
                original=photo.original, upload=photo.upload, by=cho_id,
                caption="Consent form",
            )  # fmt: skip

        self.ctx.bridge.run(save, self._photo_saved, owner=self)

    def _photo_saved(self, attachment: Attachment) -> None:
        self.photo_id = attachment.id
        self.photo_state.setText(self.tr("Photo of the form saved with the case."))
        self.stop_camera()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802  (Qt's name)
        self.stop_camera()
        super().hideEvent(event)

    # Saving ------------------------------------------------------------------------
    def form(self) -> ConsentForm:
        return ConsentForm(
            given_by=self.given_by.value(),
            guardian_name=self.guardian_name.text(),
            guardian_relation=str(self.relation.currentData() or ""),
            method=self.method.value(),
            form_photo_id=self.photo_id,
        )

    def save(self) -> None:
        for field in (self.given_by_field, self.guardian_name_field, self.relation_field,
                      self.method_field):  # fmt: skip
            field.clear_error()
        self.error.hide()
        form, cho_id, encounter_id = self.form(), self.ctx.cho_id, self.encounter_id
        purposes = [Purpose.TELECONSULTATION]
        if self.abdm.isChecked():
            purposes.append(Purpose.ABDM_SHARING)
        consents = self.ctx.clinic.consents
        self.save_button.setEnabled(False)
        self.ctx.bridge.run(
            lambda: consents.give_all(encounter_id, purposes, form, cho_id),
            self._saved,
            self._failed,
            owner=self,
        )

    def _saved(self, _made: list[Consent]) -> None:
        self.recorded.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        problems = problems_in(error)
        if problems is None:
            self.ctx.bridge.on_unhandled(error)
            return
        fields = {
            "given_by": self.given_by_field,
            "guardian_name": self.guardian_name_field,
            "guardian_relation": self.relation_field,
            "method": self.method_field,
        }
        for problem in problems:
            target = fields.get(problem.field)
            if target is not None:
                target.show_error(i18n.error_text(problem))
            else:
                self.error.setText(i18n.error_text(problem))
                self.error.show()
        self.fit()  # the errors take lines of their own
