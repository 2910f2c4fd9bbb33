"""The verified prescription on screen, read-only, with print, reprint and the job's state;
and the panel on a case that leads to it (or says why one was refused)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.prescription_refusals import REFUSAL_TEXTS
from kiosk.rx.desk import PrescriptionDesk, PrintOutcome
from kiosk.rx.preview import page_png
from kiosk.rx.printing import JobState
from kiosk.rx.render import PaperSize, render_pdf
from kiosk.store.prescriptions import PrintRecord, RefusedPrescription, StoredPrescription
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.followup_slip import FollowUpSlipPanel
from kiosk.ui.widgets import Segmented, button, card, label, local_date, local_time, screen_widget

POLL_MS = 1_000
POLL_LIMIT = 90
_FINAL = {JobState.DONE.value, JobState.FAILED.value, JobState.NOT_SENT.value}


def desk_for(ctx: Context) -> PrescriptionDesk:
    cfg = ctx.config
    return PrescriptionDesk(ctx.clinic, cfg.home, cfg.spoke_name, cfg.printer)


class PrescriptionScreen(QWidget):
    """Shows the page exactly as it prints; nothing on it can be edited."""

    back = Signal(str)  # the case's id

    def __init__(self, ctx: Context, prescription_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.prescription_id = prescription_id
        self.desk = desk_for(ctx)
        self.stored: StoredPrescription | None = None
        self.last_print: PrintRecord | None = None
        self.polls = 0
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

        top = QHBoxLayout()
        self.title = label(self.tr("Prescription"), "h1")
        top.addWidget(self.title)
        top.addStretch(1)
        self.back_button = button(self.tr("Back to the case"))
        self.back_button.clicked.connect(self._back)
        top.addWidget(self.back_button)
        layout.addLayout(top)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        self.preview = QLabel()
        self.preview.setObjectName("rxPreview")
        self.preview.setMinimumSize(420, 400)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        columns.addWidget(scroll, 3)

        side, side_layout = card(spacing=10)
        side_layout.addWidget(label(self.tr("Print for the patient"), "h2"))
        self.summary = label("", "muted", wrap=True)
        side_layout.addWidget(self.summary)
        side_layout.addWidget(label(self.tr("Paper")))
        self.paper = Segmented(
            [
                (PaperSize.A5.value, self.tr("A5")),
                (PaperSize.A4.value, self.tr("A4")),
                (PaperSize.THERMAL.value, self.tr("80 mm")),
            ],
            fill=True,
        )
        self.paper.set_value(PaperSize.A5.value)
        self.paper.changed.connect(lambda _value: self._load_preview())
        side_layout.addWidget(self.paper)
        self.print_button = button(self.tr("Print"), "primary")
        self.print_button.setMinimumHeight(52)
        self.print_button.clicked.connect(self.print_now)
        side_layout.addWidget(self.print_button)
        self.status = label("", "notice", wrap=True)
        self.status.hide()
        side_layout.addWidget(self.status)
        self.history = label("", "muted", wrap=True)
        side_layout.addWidget(self.history)
        # The slip the patient keeps to come back: same printer, same paper.
        self.slip = FollowUpSlipPanel(ctx, self.desk, self.size_choice)
        side_layout.addWidget(self.slip)
        side_layout.addWidget(
            label(
                self.tr(
                    "Signed by the hub and checked by this kiosk. It cannot be changed here; "
                    "the QR code lets a pharmacist check it."
                ),
                "hint",
                wrap=True,
            )
        )
        side_layout.addStretch(1)
        side.setFixedWidth(380)
        columns.addWidget(side)

        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.refresh()

    def size_choice(self) -> PaperSize:
        return PaperSize(self.paper.value() or PaperSize.A5.value)

    def refresh(self) -> None:
        rx_id = self.prescription_id
        self.ctx.bridge.run(
            lambda: (
                self.ctx.clinic.prescriptions.get(rx_id),
                self.ctx.clinic.prescriptions.prints(rx_id),
            ),
            self._show,
            owner=self,
        )

    def _show(self, loaded: tuple[StoredPrescription, list[PrintRecord]]) -> None:
        self.stored, prints = loaded
        rx = self.stored.prescription
        self.title.setText(self.tr("Prescription for {name}").format(name=rx.patient.name))
        self.summary.setText(
            self.tr("{doctor}, {hub}. {count} medicines.").format(
                doctor=rx.specialist.name, hub=rx.specialist.hub, count=len(rx.medicines)
            )
        )
        self._show_prints(prints)
        self.slip.show_prescription(self.stored)
        self._load_preview()

    def _show_prints(self, prints: list[PrintRecord]) -> None:
        self.print_button.setText(self.tr("Reprint") if prints else self.tr("Print"))
        lines = [
            self.tr("{date} {time}: {state}").format(
                date=local_date(p.requested_at),
                time=local_time(p.requested_at),
                state=self.state_text(p),
            )
            for p in prints[:5]
        ]
        self.history.setText("\n".join(lines) if lines else self.tr("Not printed yet."))

    def _load_preview(self) -> None:
        if self.stored is None:
            return
        item = self.desk.printable_from(self.stored)
        size, language = self.size_choice(), self.stored.prescription.language
        self.ctx.bridge.run(
            lambda: page_png(render_pdf(item, size, language), dpi=80),
            self._show_preview,
            owner=self,
        )

    def _show_preview(self, png: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)

    def print_now(self) -> None:
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Sending to the printer…"))
        self.status.show()
        rx_id, size, by = self.prescription_id, self.size_choice(), self.ctx.cho_id
        self.ctx.bridge.run(
            lambda: self.desk.print(rx_id, by, size=size),
            self._printed,
            self._print_failed,
            owner=self,
        )

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_button.setEnabled(True)
        self._track(outcome.record)
        if outcome.sent:
            self.polls = 0
            self.timer.start()

    def _print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("Could not print: {error}").format(error=error))
        self.status.setObjectName("warning")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _track(self, record: PrintRecord) -> None:
        self.last_print = record
        self.status.setText(self.state_text(record))
        self.status.show()
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.prescriptions.prints(record.prescription_id),
            self._show_prints,
            owner=self,
        )

    def _poll(self) -> None:
        record = self.last_print
        self.polls += 1
        if record is None or record.state in _FINAL or self.polls > POLL_LIMIT:
            self.timer.stop()
            return
        self.ctx.bridge.run(lambda: self.desk.refresh(record), self._track, owner=self)

    def state_text(self, record: PrintRecord) -> str:
        texts = {
            JobState.QUEUED.value: self.tr("Waiting at printer {printer}"),
            JobState.PRINTING.value: self.tr("Printing on {printer}"),
            JobState.DONE.value: self.tr("Printed on {printer}"),
            JobState.STOPPED.value: self.tr(
                "Printer {printer} has stopped: check paper and power. The job waits."
            ),
            JobState.FAILED.value: self.tr("Printer {printer} could not print it. Print again."),
        }
        if record.state == JobState.NOT_SENT.value:
            return self.tr("Not printed: {reason}").format(reason=record.message)
        return texts.get(record.state, record.state).format(printer=record.printer)

    def leave(self) -> None:
        self.timer.stop()
        self.slip.leave()

    def _back(self) -> None:
        if self.stored is not None:
            self.back.emit(self.stored.prescription.encounter_id)


class PrescriptionPanel(QWidget):
    """On a case: a button to the prescription when one arrived, or why it was refused."""

    open_prescription = Signal(str)

    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.prescription_id: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.button = button(self.tr("Prescription"), "primary")
        self.button.setMinimumHeight(48)
        self.button.clicked.connect(self._open)
        self.button.hide()
        layout.addWidget(self.button)
        self.refused = label("", "warning", wrap=True)
        self.refused.hide()
        layout.addWidget(self.refused)
        self.refresh()

    def refresh(self) -> None:
        enc_id = self.encounter_id
        self.ctx.bridge.run(
            lambda: (
                self.ctx.clinic.prescriptions.for_encounter(enc_id),
                self.ctx.clinic.prescriptions.refused(enc_id),
            ),
            self._show,
            owner=self,
        )

    def _show(self, found: tuple[list[StoredPrescription], list[RefusedPrescription]]) -> None:
        held, refused = found
        self.prescription_id = held[0].prescription.id if held else None
        self.button.setVisible(bool(held))
        if refused and not held:
            self.refused.setText(
                self.tr("A prescription for this case was refused. {reason}").format(
                    reason=i18n.domain_text(REFUSAL_TEXTS[refused[0].reason])
                )
            )
        self.refused.setVisible(bool(refused) and not held)

    def _open(self) -> None:
        if self.prescription_id is not None:
            self.open_prescription.emit(self.prescription_id)
