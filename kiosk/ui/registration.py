"""Registering a patient, or correcting their details. Every problem is shown by its field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.abha import format_abha_number
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.domain.patient import Patient, PatientForm
from kiosk.ui import i18n
from kiosk.ui.abha_scan import ScanCardButton
from kiosk.ui.context import Context
from kiosk.ui.widgets import Field, Segmented, button, card, label, screen_widget


class RegistrationScreen(QWidget):
    saved = Signal(object, bool)  # the Patient, and whether to start a case now
    cancelled = Signal()

    def __init__(self, ctx: Context, patient: Patient | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.patient = patient
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)
        title = self.tr("Correct patient details") if patient else self.tr("Register a patient")
        layout.addWidget(label(title, "h1"))
        self.scan_card = ScanCardButton(ctx, self)  # fills the form from an ABHA card's QR
        layout.addWidget(self.scan_card)

        frame, body = card(spacing=10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(6)
        body.addLayout(grid)

        self.name = Field(self.tr("Full name *"), QLineEdit())
        self.sex = Segmented(
            [("female", self.tr("Female")), ("male", self.tr("Male")), ("other", self.tr("Other"))]
        )
        self.sex_field = Field(self.tr("Sex *"), self.sex)
        self.age = Field(
            self.tr("Age in years *"), QLineEdit(), self.tr("Or give the date of birth")
        )
        self.age.editor.setMaximumWidth(160)
        self.dob_known = QCheckBox(self.tr("Date of birth is known"))
        self.dob = QDateEdit()
        self.dob.setCalendarPopup(True)
        self.dob.setDisplayFormat("dd-MM-yyyy")
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setEnabled(False)
        self.dob_known.toggled.connect(self._dob_toggled)
        dob_box = QWidget()
        dob_row = QHBoxLayout(dob_box)
        dob_row.setContentsMargins(0, 0, 0, 0)
        dob_row.addWidget(self.dob_known)
        dob_row.addWidget(self.dob, 1)
        self.birth = Field(self.tr("Date of birth"), dob_box)
        self.phone = Field(self.tr("Mobile number"), QLineEdit(), self.tr("10 digits"))
        self.guardian = Field(self.tr("Father's or husband's name"), QLineEdit())
        self.abha_number = Field(
            self.tr("ABHA number"), QLineEdit(), self.tr("14 digits, from the ABHA card")
        )
        self.abha_address = Field(self.tr("ABHA address"), QLineEdit(), self.tr("like name@abdm"))
        self.village = Field(self.tr("Village"), QLineEdit())
        self.district = Field(self.tr("District"), QLineEdit())
        self.state = Field(self.tr("State"), QLineEdit())
        self.language = Segmented([("hi", "हिन्दी"), ("en", "English")])
        self.language_field = Field(self.tr("Patient's language"), self.language)

        placed = [
            (self.name, 0, 0),
            (self.guardian, 0, 1),
            (self.sex_field, 1, 0),
            (self.phone, 1, 1),
            (self.age, 2, 0),
            (self.birth, 2, 1),
            (self.abha_number, 3, 0),
            (self.abha_address, 3, 1),
            (self.village, 4, 0),
            (self.district, 4, 1),
            (self.state, 5, 0),
            (self.language_field, 5, 1),
        ]
        for field, row, column in placed:
            grid.addWidget(field, row, column)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, Field] = {
            "name": self.name,
            "sex": self.sex_field,
            "age_years": self.age,
            "birth_date": self.birth,
            "phone": self.phone,
            "guardian_name": self.guardian,
            "abha_number": self.abha_number,
            "abha_address": self.abha_address,
            "village": self.village,
            "district": self.district,
            "state": self.state,
        }
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(frame)
        layout.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled)
        buttons.addWidget(self.cancel_button)
        if patient is None:
            self.save_only = button(self.tr("Save"))
            self.save_only.clicked.connect(lambda: self.submit(start_case=False))
            buttons.addWidget(self.save_only)
        self.save_button = button(
            self.tr("Save changes") if patient else self.tr("Save and start case"),
            "primary",
            default=True,
        )
        self.save_button.clicked.connect(lambda: self.submit(start_case=patient is None))
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self._fill(patient)

    def _fill(self, patient: Patient | None) -> None:
        cfg = self.ctx.config
        self.language.set_value(i18n.current())
        self.state.set_text(cfg.state)
        self.district.set_text(cfg.district)
        if patient is None:
            return
        edits = {
            self.name: patient.name,
            self.phone: patient.phone or "",
            self.guardian: patient.guardian_name,
            self.abha_number: format_abha_number(patient.abha_number)
            if patient.abha_number
            else "",
            self.abha_address: patient.abha_address or "",
            self.village: patient.village,
            self.district: patient.district,
            self.state: patient.state,
        }
        for field, value in edits.items():
            field.set_text(value)
        self.sex.set_value(patient.sex.value)
        self.language.set_value(patient.language)
        if patient.birth_date_estimated:
            self.age.set_text(str(patient.age_on(self.ctx.clinic.clock().date())))
        else:
            self.dob_known.setChecked(True)
            b = patient.birth_date
            self.dob.setDate(QDate(b.year, b.month, b.day))

    def _dob_toggled(self, known: bool) -> None:
        self.dob.setEnabled(known)
        self.age.editor.setEnabled(not known)

    def form(self) -> PatientForm:
        def text(field: Field) -> str:
            return field.text()

        birth = self.dob.date().toPython() if self.dob_known.isChecked() else None
        return PatientForm(
            name=text(self.name),
            sex=self.sex.value(),
            birth_date=birth,  # type: ignore[arg-type]
            age_years="" if birth else text(self.age),
            phone=text(self.phone),
            abha_number=text(self.abha_number),
            abha_address=text(self.abha_address),
            village=text(self.village),
            district=text(self.district),
            state=text(self.state),
            guardian_name=text(self.guardian),
            language=self.language.value() or "hi",
        )

    def submit(self, start_case: bool) -> None:
        for field in self.fields.values():
            field.clear_error()
        form = self.form()
        cho_id = self.ctx.cho_id
        patients = self.ctx.clinic.patients
        existing = self.patient

        def save() -> Patient:
            if existing is None:
                return patients.register(form, cho_id)
            return patients.amend(existing.id, form, cho_id)

        self.save_button.setEnabled(False)
        self.ctx.bridge.run(
            save,
            lambda patient: self._saved(patient, start_case),
            self._failed,
            owner=self,
        )

    def _saved(self, patient: Patient, start_case: bool) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(patient, start_case)

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, ValidationErrors):
            problems = error.errors
        elif isinstance(error, ValidationError):
            problems = [error]
        else:
            self.ctx.bridge.on_unhandled(error)
            return
        first: Field | None = None
        for problem in problems:
            field = self.fields.get(problem.field, self.name)
            field.show_error(i18n.error_text(problem))
            first = first or field
        if first is not None:
            first.editor.setFocus()
