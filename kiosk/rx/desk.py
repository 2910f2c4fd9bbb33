"""The prescription desk: render a stored prescription, print it, follow the job.

What the screen and the ``kiosk rx`` commands share. Every call blocks (rendering,
subprocesses, the store), so the UI runs them through the bridge.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kiosk.rx import printing
from kiosk.rx.printing import Job, JobState, PrintError, PrintProblem
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.slip import NoFollowUpError, render_slip
from kiosk.store.clinic import Clinic
from kiosk.store.prescriptions import PrintRecord, StoredPrescription

NOT_KEPT = ""  # a print record's pdf_path: the PDF went to CUPS from memory, never to disk


@dataclass(frozen=True)
class PrintOutcome:
    record: PrintRecord
    sent: bool


@dataclass(frozen=True)
class SlipOutcome:
    """A follow-up slip's job when a printer took it, or why none did (the slip, like the
    prescription, goes to CUPS from memory and is never kept on disk)."""

    job: Job | None
    problem: PrintProblem | None
    message: str = ""  # the plain English reason, for the log and the command line


class PrescriptionDesk:
    def __init__(self, clinic: Clinic, home: Path, hwc_name: str, printer: str = "") -> None:
        self.clinic = clinic
        self.home = home
        self.hwc_name = hwc_name
        self.printer = printer

    def printable(self, prescription_id: str) -> Printable:
        return self.printable_from(self.clinic.prescriptions.get(prescription_id))

    def printable_from(self, stored: StoredPrescription) -> Printable:
        return Printable(stored.prescription, stored.qr_text, self.hwc_name)

    def pdf(
        self, prescription_id: str, size: PaperSize = PaperSize.A5, language: str | None = None
    ) -> bytes:
        """The prescription as PDF bytes, in memory only: it names the patient, and a
        file of it would be the patient's record in the clear on the kiosk's disk."""
        item = self.printable(prescription_id)
        return render_pdf(item, size, language or item.prescription.language)

    def print(
        self,
        prescription_id: str,
        by: str,
        *,
        printer: str | None = None,
        size: PaperSize = PaperSize.A5,
        language: str | None = None,
    ) -> PrintOutcome:
        """Render in memory and send to CUPS. Without a printer nothing is printed or kept
        and the attempt is still recorded: the CHO sees why (and prints again; the
        prescription is in the database), district IT sees it in the audit log."""
        chosen_language = (
            language or self.clinic.prescriptions.get(prescription_id).prescription.language
        )
        pdf = self.pdf(prescription_id, size, chosen_language)
        queue = printer if printer is not None else self.printer
        try:
            job = printing.submit(pdf, queue, f"e-Prescription {prescription_id[:8].upper()}")
        except PrintError as error:
            record = self.clinic.prescriptions.record_print(
                prescription_id,
                by,
                printer=queue,
                job_id=None,
                state=JobState.NOT_SENT.value,
                message=str(error),
                size=size.value,
                language=chosen_language,
                pdf_path=NOT_KEPT,
            )
            return PrintOutcome(record, sent=False)
        record = self.clinic.prescriptions.record_print(
            prescription_id,
            by,
            printer=job.printer,
            job_id=job.job_id,
            state=JobState.QUEUED.value,
            message="",
            size=size.value,
            language=chosen_language,
            pdf_path=NOT_KEPT,
        )
        return PrintOutcome(record, sent=True)

    def print_slip(
        self, prescription_id: str, by: str, *, size: PaperSize = PaperSize.THERMAL
    ) -> SlipOutcome:
        """Render the follow-up slip in the prescription's language beside English, in
        memory, and send it to the same printer as the prescription. Raises
        NoFollowUpError when the prescription names no day to come back."""
        item = self.printable(prescription_id)
        if item.prescription.follow_up_date is None:
            raise NoFollowUpError("this prescription names no follow-up day")
        pdf = render_slip(item, size, item.prescription.language)
        try:
            job = printing.submit(
                pdf, self.printer, f"Follow-up slip {prescription_id[:8].upper()}"
            )
        except PrintError as error:
            self.clinic.prescriptions.slip_printed(
                prescription_id, by, printer=self.printer, job_id=None
            )
            return SlipOutcome(None, error.problem, str(error))
        self.clinic.prescriptions.slip_printed(
            prescription_id, by, printer=job.printer, job_id=job.job_id
        )
        return SlipOutcome(job, None)

    def refresh(self, record: PrintRecord) -> PrintRecord:
        """Ask CUPS where the job is and keep the answer."""
        if record.job_id is None or record.state in (JobState.DONE, JobState.NOT_SENT):
            return record
        state = printing.job_state(Job(record.job_id, record.printer))
        if state.value == record.state:
            return record
        return self.clinic.prescriptions.update_print(record.id, state.value)

    def wait(self, record: PrintRecord, timeout_s: float = 30.0) -> PrintRecord:
        """Follow a job until it is done, failed or stopped (for the command line)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            record = self.refresh(record)
            if record.state in (JobState.DONE, JobState.FAILED, JobState.STOPPED):
                return record
            time.sleep(0.3)
        return record
