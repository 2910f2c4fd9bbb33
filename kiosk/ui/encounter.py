"""A case: the patient, the complaint and history, vitals, and the request for a consult."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import languages
from kiosk.domain.abha import format_abha_number
from kiosk.domain.encounter import SPECIALTY_LABELS, ConsultMode, Encounter, EncounterStatus
from kiosk.domain.errors import problems_in
from kiosk.domain.observation import Observation
from kiosk.store.encounters import EncounterDetail
from kiosk.ui import i18n
from kiosk.ui.call_alert import CallHubPanel
from kiosk.ui.consent import ConsentPanel
from kiosk.ui.context import Context
from kiosk.ui.devices_panel import DevicesPanel
from kiosk.ui.flow import FlowLayout
from kiosk.ui.patients import sex_letter
from kiosk.ui.photos import PhotosPanel
from kiosk.ui.prescription import PrescriptionPanel
from kiosk.ui.vitals import Entry, VitalsPanel
from kiosk.ui.widgets import (
    Field,
    button,
    card,
    label,
    local_time,
    screen_widget,
    status_chip,
    text_box,
)


class EncounterScreen(QWidget):
    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.detail: EncounterDetail | None = None
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

        banner, banner_layout = card(margins=16, spacing=2)
        top = QHBoxLayout()
        self.patient_name = label("", "h2")
        top.addWidget(self.patient_name)
        top.addStretch(1)
        self.call_hub = CallHubPanel(ctx, encounter_id)  # "Call hub" (kiosk/ui/call_alert.py)
        top.addWidget(self.call_hub)
        self.chip_holder = QHBoxLayout()
        self.chip: QLabel | None = None
        top.addLayout(self.chip_holder)
        banner_layout.addLayout(top)
        self.patient_line = label("", "muted")
        banner_layout.addWidget(self.patient_line)
        layout.addWidget(banner)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        left = QVBoxLayout()
        left.setSpacing(16)
        notes, notes_layout = card(spacing=8)
        notes_layout.addWidget(label(self.tr("Case notes"), "h2"))
        self.complaint_box, self.history_box = text_box(2), text_box(3)
        self.complaint = Field(self.tr("Chief complaint"), self.complaint_box)
        self.history = Field(self.tr("History"), self.history_box)
        notes_layout.addWidget(self.complaint)
        notes_layout.addWidget(self.history)
        notes_row = QHBoxLayout()
        self.notes_state = label("", "muted")
        notes_row.addWidget(self.notes_state, 1)
        self.save_notes_button = button(self.tr("Save notes"))
        self.save_notes_button.clicked.connect(lambda: self.save_notes())
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addLayout(notes_row)
        left.addWidget(notes)

        consult, consult_layout = card(spacing=8)
        consult_layout.addWidget(label(self.tr("Consult with the hub"), "h2"))
        self.consent = ConsentPanel(ctx, encounter_id)  # consent first (kiosk/ui/consent.py)
        consult_layout.addWidget(self.consent)
        self.specialty = QComboBox()
        self.specialty.addItem(self.tr("Choose specialty…"), "")
        for code, text in SPECIALTY_LABELS.items():
            self.specialty.addItem(i18n.domain_text(text), code.value)
        self.specialty_field = Field(self.tr("Specialty"), self.specialty)
        consult_layout.addWidget(self.specialty_field)
        consult_buttons = QWidget()
        consult_row = FlowLayout(consult_buttons, align_right=True)  # wraps in long captions
        self.urgent = QCheckBox(self.tr("Urgent"))
        consult_row.add(self.urgent)
        # On a link too weak for a call (2G), the case goes for review instead: the
        # specialist answers in writing and the answer prints here (store-and-forward).
        self.review_button = button(self.tr("Send for review"))
        self.review_button.setObjectName("send_for_review")
        self.review_button.setMinimumHeight(48)
        self.review_button.setToolTip(
            self.tr("No call needed: the specialist reads the case and answers in writing.")
        )
        self.review_button.clicked.connect(lambda: self.request_consult(ConsultMode.TEXT))
        consult_row.add(self.review_button)
        self.request_button = button(self.tr("Request consult"), "primary")
        self.request_button.setMinimumHeight(48)
        self.request_button.clicked.connect(lambda: self.request_consult(ConsultMode.VIDEO))
        consult_row.add(self.request_button)
        consult_layout.addWidget(consult_buttons)
        self.consult_state = label("", "notice", wrap=True)
        self.consult_state.hide()
        consult_layout.addWidget(self.consult_state)
        left.addWidget(consult)
        self.rx_panel = PrescriptionPanel(
            ctx, encounter_id
        )  # prescription (kiosk/ui/prescription.py)
        left.addWidget(self.rx_panel)
        left.addStretch(1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        # The notes, the consent and the consult request may be taller than the screen:
        # this column scrolls like the vitals do rather than squeezing its fields.
        self.notes_scroll = QScrollArea()
        self.notes_scroll.setWidgetResizable(True)
        self.notes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.notes_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes_scroll.setWidget(left_widget)
        columns.addWidget(self.notes_scroll, 9)

        vitals_card, vitals_layout = card(spacing=8)
        vitals_layout.addWidget(label(self.tr("Vitals"), "h2"))
        self.devices = DevicesPanel(ctx, encounter_id)  # live readings from vitals devices
        self.devices.recorded.connect(self.refresh)
        vitals_layout.addWidget(self.devices)
        self.vitals = VitalsPanel()
        self.vitals.record_requested.connect(self.record)
        vitals_layout.addWidget(self.vitals)
        self.photos = PhotosPanel(ctx, encounter_id)  # webcam: patient and clinical photos
        vitals_layout.addWidget(self.photos)
        vitals_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(vitals_card)
        columns.addWidget(scroll, 13)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.detail(self.encounter_id), self._show, owner=self
        )

    def _show(self, detail: EncounterDetail) -> None:
        first = self.detail is None
        self.detail = detail
        enc, patient = detail.encounter, detail.patient
        self.patient_name.setText(patient.name)
        self.consent.set_patient(patient)
        bits = [
            f"{patient.age_on(self.ctx.clinic.clock().date())} {sex_letter(patient.sex)}",
            patient.village,
            self.tr("Guardian: {name}").format(name=patient.guardian_name)
            if patient.guardian_name
            else "",
            self.tr("ABHA {number}").format(number=format_abha_number(patient.abha_number))
            if patient.abha_number
            else "",
            self.tr("Opened {time}").format(time=local_time(enc.created_at)),
            self.tr("Speaks {language}").format(language=languages.get(patient.language).native)
            if patient.language != i18n.chosen()
            else "",
        ]
        self.patient_line.setText("   ·   ".join(b for b in bits if b))
        if self.chip is not None:
            self.chip.deleteLater()
        self.chip = status_chip(enc.status)
        self.chip_holder.addWidget(self.chip)
        if first:
            self.complaint.set_text(enc.complaint)
            self.history.set_text(enc.history)
        self._show_status(enc)
        self.vitals.show_standing(detail.standing)

    def _show_status(self, enc: Encounter) -> None:
        draft = enc.status is EncounterStatus.DRAFT
        for box in (self.complaint_box, self.history_box):
            box.setReadOnly(not draft)
        self.save_notes_button.setVisible(draft)
        self.specialty.setEnabled(draft)
        self.urgent.setEnabled(draft)
        self.request_button.setVisible(draft)
        self.review_button.setVisible(draft)
        if enc.specialty is not None:
            self.specialty.setCurrentIndex(self.specialty.findData(enc.specialty.value))
            self.urgent.setChecked(enc.urgent)
        if enc.status is EncounterStatus.QUEUED and enc.consult_mode is ConsultMode.TEXT:
            self.consult_state.setText(
                self.tr(
                    "Sent for review. The specialist answers in writing; the answer prints "
                    "here like any prescription."
                )
            )
        elif enc.status is EncounterStatus.QUEUED:
            self.consult_state.setText(
                self.tr(
                    "Consult requested. The case goes to the hub as soon as the "
                    "connection allows; you can keep adding vitals."
                )
            )
        self.consult_state.setVisible(enc.status is EncounterStatus.QUEUED)
        self.call_hub.set_case(enc.specialty, enc.status)

    def notes_changed(self) -> bool:
        if self.detail is None or self.detail.encounter.status is not EncounterStatus.DRAFT:
            return False
        enc = self.detail.encounter
        return (self.complaint.text().strip(), self.history.text().strip()) != (
            enc.complaint,
            enc.history,
        )

    def save_notes(self, after: Callable[[], None] | None = None) -> None:
        """Save the notes if they changed, then run ``after`` on success."""
        if not self.notes_changed():
            if after:
                after()
            return
        complaint, history, cho_id = self.complaint.text(), self.history.text(), self.ctx.cho_id

        def saved(enc: Encounter) -> None:
            assert self.detail is not None
            self.detail = EncounterDetail(enc, self.detail.patient, self.detail.observations)
            self.notes_state.setText(
                self.tr("Saved at {time}").format(time=local_time(enc.updated_at))
            )
            if after:
                after()

        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.save_notes(
                self.encounter_id, complaint, history, cho_id
            ),
            saved,
            self._failed,
            owner=self,
        )

    def leave(self) -> None:
        """Called before the CHO goes elsewhere: typed notes are never lost."""
        self.save_notes()

    def request_consult(self, mode: ConsultMode = ConsultMode.VIDEO) -> None:
        """Queue the case for a call (``video``) or send it for review (``text``)."""
        self.complaint.clear_error()
        self.specialty_field.clear_error()
        self.consent.show_error("")
        specialty = str(self.specialty.currentData() or "")
        urgent, cho_id = self.urgent.isChecked(), self.ctx.cho_id

        def send() -> None:
            self.ctx.bridge.run(
                lambda: self.ctx.clinic.encounters.request_consult(
                    self.encounter_id, specialty, urgent, cho_id, mode
                ),
                lambda _enc: self.refresh(),
                self._failed,
                owner=self,
            )

        self.save_notes(after=send)

    def record(self, entry: Entry, supersedes: str | None) -> None:
        kind, value, components = entry
        cho_id = self.ctx.cho_id

        def recorded(_made: list[Observation]) -> None:
            self.vitals.recorded(kind)
            self.refresh()

        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.record_vital(
                self.encounter_id,
                kind,
                cho_id,
                value=value,
                components=components,
                supersedes=supersedes,
            ),
            recorded,
            self._failed,
            owner=self,
        )

    def _failed(self, error: BaseException) -> None:
        problems = problems_in(error)
        if problems is None:
            self.ctx.bridge.on_unhandled(error)
            return
        for problem in problems:
            if problem.field == "consent":
                self.consent.show_error(i18n.error_text(problem))
                self.notes_scroll.ensureWidgetVisible(self.consent.record_button)
                continue
            target = self.specialty_field if problem.field == "specialty" else self.complaint
            target.show_error(i18n.error_text(problem))
