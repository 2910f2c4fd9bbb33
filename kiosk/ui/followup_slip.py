"""The follow-up slip on the prescription screen: a small paper the patient keeps to come
back on the right day, in the patient's language beside English (``kiosk/rx/slip.py``).

It prints through the same desk, printer and paper size as the prescription. The slip
says when to come back, so the button is on only when the prescription names a
follow-up day. Rendering, printing and asking CUPS about the job all block, so they run
through the bridge; the screen says where the slip is, or in plain words why it did
not print (nothing is kept on disk: the CHO prints it again once that is fixed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain import languages
from kiosk.rx import printing
from kiosk.rx.desk import PrescriptionDesk, SlipOutcome
from kiosk.rx.printing import Job, JobState, PrintProblem
from kiosk.rx.render import PaperSize
from kiosk.store.prescriptions import StoredPrescription
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.widgets import button, label

POLL_MS = 1_000
POLL_LIMIT = 90
_FINAL = (JobState.DONE, JobState.FAILED)  # a stopped printer may go on: keep asking


class FollowUpSlipPanel(QWidget):
    """ "Print follow-up slip", and what became of it."""

    def __init__(
        self, ctx: Context, desk: PrescriptionDesk, paper: Callable[[], PaperSize]
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.desk = desk
        self.paper = paper
        self.prescription_id: str | None = None
        self.job: Job | None = None
        self.polls = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.button = button(self.tr("Print follow-up slip"))
        self.button.setMinimumHeight(48)
        self.button.setEnabled(False)
        self.button.clicked.connect(self.print_slip)
        layout.addWidget(self.button)
        self.when = label("", "muted", wrap=True)
        layout.addWidget(self.when)
        self.status = label("", "notice", wrap=True)
        self.status.hide()
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def show_prescription(self, stored: StoredPrescription) -> None:
        rx = stored.prescription
        self.prescription_id = rx.id
        day = rx.follow_up_date
        self.button.setEnabled(day is not None)
        if day is None:
            self.when.setText(self.tr("No follow-up day on this prescription: no slip to print."))
        else:
            self.when.setText(
                self.tr("Follow-up day: {day}").format(
                    day=languages.format_day(i18n.current(), day, weekday=True)
                )
            )

    def print_slip(self) -> None:
        rx_id = self.prescription_id
        if rx_id is None or not self.button.isEnabled():
            return
        self.timer.stop()
        self.button.setEnabled(False)
        self._say(self.tr("Sending the follow-up slip to the printer…"), "notice")
        desk, by, size = self.desk, self.ctx.cho_id, self.paper()
        self.ctx.bridge.run(
            lambda: desk.print_slip(rx_id, by, size=size), self._sent, self._failed, owner=self
        )

    def _sent(self, outcome: SlipOutcome) -> None:
        self.button.setEnabled(True)
        if outcome.job is None:
            self._say(self.problem_text(outcome.problem), "warning")
            return
        self.job = outcome.job
        self._say(self.state_text(JobState.QUEUED, outcome.job.printer), "notice")
        self.polls = 0
        self.timer.start()

    def _failed(self, error: BaseException) -> None:
        self.button.setEnabled(True)
        self._say(
            self.tr("Could not make the follow-up slip: {error}").format(error=error), "warning"
        )

    def _poll(self) -> None:
        job = self.job
        self.polls += 1
        if job is None or self.polls > POLL_LIMIT:
            self.timer.stop()
            return
        self.ctx.bridge.run(lambda: printing.job_state(job), self._tracked, owner=self)

    def _tracked(self, state: JobState) -> None:
        if self.job is None:
            return
        bad = state in (JobState.STOPPED, JobState.FAILED)
        self._say(self.state_text(state, self.job.printer), "warning" if bad else "notice")
        if state in _FINAL:
            self.timer.stop()

    def state_text(self, state: JobState, printer: str) -> str:
        texts = {
            JobState.QUEUED: self.tr("The follow-up slip is waiting at printer {printer}."),
            JobState.PRINTING: self.tr("Printing the follow-up slip on {printer}."),
            JobState.DONE: self.tr("The follow-up slip is printed on {printer}."),
            JobState.STOPPED: self.tr(
                "Printer {printer} has stopped: check paper and power. The slip waits."
            ),
            JobState.FAILED: self.tr(
                "Printer {printer} could not print the follow-up slip. Print it again."
            ),
        }
        return texts.get(state, texts[JobState.QUEUED]).format(printer=printer)

    def problem_text(self, problem: PrintProblem | None) -> str:
        """Why the slip did not print, in the CHO's language (it is printed again from the
        prescription, which the kiosk keeps)."""
        texts = {
            PrintProblem.NO_PRINTER: self.tr("Not printed: no printer is chosen on this kiosk."),
            PrintProblem.NO_SERVICE: self.tr("Not printed: the print service is not working."),
            PrintProblem.NOT_SET_UP: self.tr(
                "Not printed: the printer {printer} is not set up on this kiosk."
            ),
            PrintProblem.REFUSED: self.tr("Not printed: the printer {printer} refused the slip."),
        }
        return texts[problem or PrintProblem.REFUSED].format(printer=self.desk.printer)

    def _say(self, text: str, name: str) -> None:
        self.status.setText(text)
        if self.status.objectName() != name:
            self.status.setObjectName(name)
            self.status.style().unpolish(self.status)
            self.status.style().polish(self.status)
        self.status.show()

    def leave(self) -> None:
        self.timer.stop()
