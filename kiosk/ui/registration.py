"""Registering a patient, or correcting their details. Every problem is shown by its field."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
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
from kiosk.domain.errors import problems_in
from kiosk.domain.patient import Patient, PatientForm
from kiosk.ui import i18n
from kiosk.ui.abha_scan import ScanCardButton
from kiosk.ui.calendar import LocalCalendar
from kiosk.ui.context import Context
from kiosk.ui.language_picker import LanguagePicker
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
        self.age_edit = QLineEdit()
        self.age_edit.setFixedWidth(100)
        self.age_edit.setAccessibleName(self.tr("Age in years"))
        self.dob_known = QCheckBox(self.tr("or date of birth:"))
        self.dob = QDateEdit()
        self.dob.setCalendarPopup(True)
        self.dob.setCalendarWidget(LocalCalendar())  # month names in the CHO's language
        self.dob.setDisplayFormat("dd-MM-yyyy")
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setDate(QDate.currentDate().addYears(-30))
        self.dob.setEnabled(False)
        self.dob.setFixedWidth(170)
        self.dob_known.toggled.connect(self._dob_toggled)
        birth_box = QWidget()
        birth_row = QHBoxLayout(birth_box)
        birth_row.setContentsMargins(0, 0, 0, 0)
        birth_row.setSpacing(12)
        birth_row.addWidget(self.age_edit)
        birth_row.addWidget(self.dob_known)
        birth_row.addWidget(self.dob)
        birth_row.addStretch(1)
        self.age = Field(self.tr("Age in years *"), birth_box)
        self.phone = Field(self.tr("Mobile number"), QLineEdit(), self.tr("10 digits"))
        self.guardian = Field(self.tr("Father's or husband's name"), QLineEdit())
        self.abha_number = Field(
            self.tr("ABHA number"), QLineEdit(), self.tr("14 digits, from the ABHA card")
        )
        self.abha_address = Field(self.tr("ABHA address"), QLineEdit(), self.tr("like name@abdm"))
        self.village = Field(self.tr("Village"), QLineEdit())
        self.district = Field(self.tr("District"), QLineEdit())
        self.state = Field(self.tr("State"), QLineEdit())
        self.language = LanguagePicker(ctx.config.enabled_languages)
        self.language_field = Field(self.tr("Patient's language"), self.language)

        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(self.name, 0, 0, top)
        grid.addWidget(self.guardian, 0, 1, top)
        grid.addWidget(self.sex_field, 0, 2, top)
        grid.addWidget(self.age, 1, 0, 1, 2, top)
        grid.addWidget(self.phone, 1, 2, top)
        grid.addWidget(self.abha_number, 2, 0, top)
        grid.addWidget(self.abha_address, 2, 1, top)
        grid.addWidget(self.language_field, 2, 2, top)
        grid.addWidget(self.village, 3, 0, top)
        grid.addWidget(self.district, 3, 1, top)
        grid.addWidget(self.state, 3, 2, top)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        body.addStretch(1)
        self.fields: dict[str, Field] = {
            "name": self.name,
            "sex": self.sex_field,
            "age_years": self.age,
            "birth_date": self.age,
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
        self.language.set_value(cfg.language)  # the kiosk's language, unless chosen
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
            self.age_edit.setText(str(patient.age_on(self.ctx.clinic.clock().date())))
        else:
            self.dob_known.setChecked(True)
            b = patient.birth_date
            self.dob.setDate(QDate(b.year, b.month, b.day))

    def _dob_toggled(self, known: bool) -> None:
        self.dob.setEnabled(known)
        self.age_edit.setEnabled(not known)
        if known:
            self.age_edit.clear()

    def form(self) -> PatientForm:
        def text(field: Field) -> str:
            return field.text()

        birth = self.dob.date().toPython() if self.dob_known.isChecked() else None
        return PatientForm(
            name=text(self.name),
            sex=self.sex.value(),
            birth_date=birth,  # type: ignore[arg-type]
            age_years="" if birth else self.age_edit.text(),
            phone=text(self.phone),
            abha_number=text(self.abha_number),
            abha_address=text(self.abha_address),
            village=text(self.village),
            district=text(self.district),
            state=text(self.state),
            guardian_name=text(self.guardian),
            language=self.language.value() or self.ctx.config.language,
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
        problems = problems_in(error)
        if problems is None:
            self.ctx.bridge.on_unhandled(error)
            return
        first: Field | None = None
        for problem in problems:
            field = self.fields.get(problem.field, self.name)
            field.show_error(i18n.error_text(problem))
            first = first or field
        if first is not None:
            first.editor.setFocus()
