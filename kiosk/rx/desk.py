"""The prescription desk: render a stored prescription, print it, follow the job.

What the screen and the ``kiosk rx`` commands share. Every call blocks (rendering,
subprocesses, the store), so the UI runs them through the bridge.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from hwc_shared.files import PRIVATE_FILE, private_dir
from kiosk.rx import printing
from kiosk.rx.printing import Job, JobState, PrintError, PrintProblem
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.slip import NoFollowUpError, render_slip
from kiosk.store.clinic import Clinic
from kiosk.store.prescriptions import PrintRecord, StoredPrescription

PDF_DIR = "prescriptions"


@dataclass(frozen=True)
class PrintOutcome:
    record: PrintRecord
    sent: bool


@dataclass(frozen=True)
class SlipOutcome:
    """A follow-up slip's PDF, and its job when a printer took it or why none did."""

    pdf: Path
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

    def pdf_path(self, prescription_id: str, size: PaperSize, language: str) -> Path:
        return self.home / PDF_DIR / f"{prescription_id}-{size.value}-{language}.pdf"

    def render(
        self, prescription_id: str, size: PaperSize = PaperSize.A5, language: str | None = None
    ) -> Path:
        """Write the PDF under KIOSK_HOME/prescriptions (owner-only: it names the patient)."""
        item = self.printable(prescription_id)
        chosen = language or item.prescription.language
        path = self.pdf_path(prescription_id, size, chosen)
        private_dir(path.parent)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(render_pdf(item, size, chosen))
        tmp.chmod(PRIVATE_FILE)
        tmp.replace(path)
        return path

    def print(
        self,
        prescription_id: str,
        by: str,
        *,
        printer: str | None = None,
        size: PaperSize = PaperSize.A5,
        language: str | None = None,
    ) -> PrintOutcome:
        """Render and send to CUPS. Without a printer the PDF is kept and the attempt is
        still recorded: the CHO sees why, and district IT sees it in the audit log."""
        chosen_language = (
            language or self.clinic.prescriptions.get(prescription_id).prescription.language
        )
        pdf = self.render(prescription_id, size, chosen_language)
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
                pdf_path=str(pdf),
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
            pdf_path=str(pdf),
        )
        return PrintOutcome(record, sent=True)

    def print_slip(
        self, prescription_id: str, by: str, *, size: PaperSize = PaperSize.THERMAL
    ) -> SlipOutcome:
        """Render the follow-up slip in the prescription's language beside English and
        send it to the same printer as the prescription; without a printer the PDF is
        kept. Raises NoFollowUpError when the prescription names no day to come back."""
        item = self.printable(prescription_id)
        if item.prescription.follow_up_date is None:
            raise NoFollowUpError("this prescription names no follow-up day")
        language = item.prescription.language
        path = self.home / PDF_DIR / f"{prescription_id}-slip-{size.value}-{language}.pdf"
        private_dir(path.parent)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(render_slip(item, size, language))
        tmp.chmod(PRIVATE_FILE)
        tmp.replace(path)
        try:
            job = printing.submit(
                path, self.printer, f"Follow-up slip {prescription_id[:8].upper()}"
            )
        except PrintError as error:
            self.clinic.prescriptions.slip_printed(
                prescription_id, by, printer=self.printer, job_id=None
            )
            return SlipOutcome(path, None, error.problem, str(error))
        self.clinic.prescriptions.slip_printed(
            prescription_id, by, printer=job.printer, job_id=job.job_id
        )
        return SlipOutcome(path, job, None)

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
