"""Consent on the case screen: what the patient said about a teleconsultation (and about
sharing with ABDM), recording it in a dialog, printing the form, and withdrawing it.

A consult is requested only after consent is recorded (docs/consent.md); the store
refuses otherwise, and this panel is where the CHO is told why and what to do.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.consent import (
    METHOD_LABELS,
    RELATION_LABELS,
    Consent,
    GivenBy,
    Purpose,
    Relation,
    Status,
    standing,
)
from kiosk.domain.patient import Patient
from kiosk.rx.consent_form import ConsentSheet
from kiosk.rx.consent_print import print_consent_form
from kiosk.ui import i18n
from kiosk.ui.consent_dialog import ConsentDialog
from kiosk.ui.context import Context
from kiosk.ui.flow import FlowLayout
from kiosk.ui.widgets import button, label, local_date, local_moment, local_time

CONFIRM_MS = 6000  # how long "tap again to withdraw" waits for the second tap


def relation_text(relation: Relation | None) -> str:
    return i18n.domain_text(RELATION_LABELS[relation]) if relation else ""


class ConsentPanel(QWidget):
    """The consent line of the consult card, with its buttons."""

    changed = Signal()

    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.patient: Patient | None = None
        self.consents: list[Consent] = []
        self.dialog: ConsentDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.state = label("", "consentMissing", wrap=True)
        layout.addWidget(self.state)
        self.sharing = label("", "muted", wrap=True)
        layout.addWidget(self.sharing)
        self.sharing.hide()  # said in the state line; kept apart for tests and the console
        self.error = label("", "error", wrap=True)
        self.error.hide()
        layout.addWidget(self.error)
        actions = QWidget()
        row = FlowLayout(actions)  # the captions wrap to a second line in long scripts
        self.record_button = button(self.tr("Record consent"), "primary")
        self.record_button.setMinimumHeight(48)
        self.record_button.clicked.connect(self.record)
        row.add(self.record_button)
        self.print_button = button(self.tr("Print form"))
        self.print_button.setMinimumHeight(48)
        self.print_button.clicked.connect(self.print_form)
        row.add(self.print_button)
        self.withdraw_button = button(self.tr("Withdraw consent"))
        self.withdraw_button.setProperty("role", "danger")
        self.withdraw_button.setMinimumHeight(48)
        self.withdraw_button.clicked.connect(self.withdraw)
        row.add(self.withdraw_button)
        layout.addWidget(actions)
        self.notice = label("", "notice", wrap=True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.confirm = QTimer(self)
        self.confirm.setSingleShot(True)
        self.confirm.setInterval(CONFIRM_MS)
        self.confirm.timeout.connect(self._unarm)
        self.refresh()

    # What stands -------------------------------------------------------------------
    def set_patient(self, patient: Patient) -> None:
        self.patient = patient

    def refresh(self) -> None:
        consents, encounter_id = self.ctx.clinic.consents, self.encounter_id
        self.ctx.bridge.run(lambda: consents.for_encounter(encounter_id), self._show, owner=self)

    def allowed(self) -> bool:
        found = standing(self.consents, Purpose.TELECONSULTATION)
        return found is not None and found.status is Status.GIVEN

    def _show(self, consents: list[Consent]) -> None:
        self.consents = consents
        found = standing(consents, Purpose.TELECONSULTATION)
        given = found is not None and found.status is Status.GIVEN
        if found is None:
            self.state.setText(self.tr("Consent: not recorded yet. Ask the patient first."))
        elif found.status is Status.WITHDRAWN:
            self.state.setText(
                self.tr("Consent withdrawn at {time}. No consult can go ahead.").format(
                    time=local_time(found.recorded_at)
                )
            )
        else:
            self.state.setText(self._given_text(found))
        name = "consentGiven" if given else "consentMissing"
        if self.state.objectName() != name:
            self.state.setObjectName(name)
            self.state.style().unpolish(self.state)
            self.state.style().polish(self.state)
        sharing = standing(consents, Purpose.ABDM_SHARING)
        self.sharing.setText(
            self.tr("Sharing with ABDM: agreed.")
            if sharing is not None and sharing.status is Status.GIVEN
            else self.tr("Sharing with ABDM: not agreed.")
        )
        if found is not None:
            self.state.setText(f"{self.state.text()} {self.sharing.text()}")
        self.record_button.setVisible(not given)
        self.withdraw_button.setVisible(given)
        if given:
            self.error.hide()
        self._unarm()

    def _given_text(self, found: Consent) -> str:
        how = i18n.domain_text(METHOD_LABELS[found.method])
        when = f"{local_date(found.recorded_at)} {local_time(found.recorded_at)}"
        if found.given_by is GivenBy.GUARDIAN:
            who = self.tr("{name} ({relation})").format(
                name=found.guardian_name, relation=relation_text(found.guardian_relation)
            )
        else:
            who = self.tr("the patient")
        return self.tr("Consent given by {who}: {how}. Witness: {witness}, {when}.").format(
            who=who, how=how, witness=found.witness_name, when=when
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # Recording -----------------------------------------------------------------------
    def record(self) -> None:
        if self.patient is None:
            return
        self.show_error("")
        self.dialog = ConsentDialog(self.ctx, self.encounter_id, self.patient, self)
        self.dialog.recorded.connect(self._recorded)
        self.dialog.open()

    def _recorded(self) -> None:
        self.refresh()
        self.changed.emit()

    # Withdrawing: a second tap confirms ---------------------------------------------
    def withdraw(self) -> None:
        if not self.confirm.isActive():
            self.withdraw_button.setText(self.tr("Tap again to withdraw"))
            self.notice.setText(
                self.tr(
                    "Withdraw only if the patient says so. The hub doctor will not be able "
                    "to take this consult."
                )
            )
            self.notice.show()
            self.confirm.start()
            return
        self.confirm.stop()
        consents, encounter_id, cho_id = (
            self.ctx.clinic.consents,
            self.encounter_id,
            self.ctx.cho_id,
        )
        self.ctx.bridge.run(
            lambda: consents.withdraw(encounter_id, Purpose.TELECONSULTATION, cho_id),
            lambda _c: self._recorded(),
            owner=self,
        )

    def _unarm(self) -> None:
        self.confirm.stop()
        self.withdraw_button.setText(self.tr("Withdraw consent"))
        self.notice.hide()

    # The printed form ------------------------------------------------------------------
    def print_form(self) -> None:
        if self.patient is None:
            return
        cfg, patient, cho = self.ctx.config, self.patient, self.ctx.cho
        clinic, encounter_id, cho_id = self.ctx.clinic, self.encounter_id, self.ctx.cho_id
        now = clinic.clock()
        sheet = ConsentSheet(
            encounter_id=encounter_id,
            patient_name=patient.name,
            age_years=patient.age_on(now.date()),
            sex=patient.sex.value,
            abha_number=patient.abha_number or "",
            guardian_name=patient.guardian_name,
            witness_name=cho.full_name if cho else "",
            hwc_name=cfg.spoke_name,
            printed_at=local_moment(now),
        )
        # The form is read to the patient: in the patient's language (beside English),
        # or English alone when that language's consent words are not written yet.
        language = patient.language

        def send() -> str:
            return print_consent_form(clinic, sheet, language, cfg.printer, cho_id)

        self.ctx.bridge.run(send, self._printed, owner=self)

    def _printed(self, queue: str) -> None:
        if queue:
            text = self.tr("The consent form went to the printer {printer}.").format(printer=queue)
        else:
            text = self.tr("No printer answered. Check the printer, then print the form again.")
        self.notice.setText(text)
        self.notice.show()
