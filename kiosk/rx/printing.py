"""Printing through CUPS with the ``lp`` and ``lpstat`` commands, and the job's state.

A prescription, a consent form or a slip names the patient: it goes to ``lp`` on its
standard input, straight from memory, so no copy of it is left on the kiosk's disk
(CUPS keeps the job in its own root-only spool until it is printed; docs/security.md).
Slow and blocking (a subprocess per call): never run it on the UI thread.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

TIMEOUT_S = 20


class JobState(StrEnum):
    QUEUED = "queued"
    PRINTING = "printing"
    DONE = "done"
    STOPPED = "stopped"  # the printer is paused or has a problem; the job waits
    FAILED = "failed"  # CUPS would not take the job
    NOT_SENT = "not_sent"  # no printer: nothing printed (print again later)


class PrintProblem(StrEnum):
    """Why a paper did not reach a printer, for a screen to say in its own language."""

    NO_PRINTER = "no_printer"  # none chosen in the kiosk's settings
    NO_SERVICE = "no_service"  # CUPS missing, not running or not answering
    NOT_SET_UP = "not_set_up"  # the chosen queue does not exist
    REFUSED = "refused"  # the queue would not take the job


class PrintError(RuntimeError):
    """The prescription could not be sent to a printer; the message says why in plain
    words, and ``problem`` which kind of trouble it is."""

    def __init__(self, message: str, problem: PrintProblem = PrintProblem.REFUSED) -> None:
        super().__init__(message)
        self.problem = problem


@dataclass(frozen=True)
class Job:
    job_id: str
    printer: str


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run a CUPS tool; ``data`` goes to its standard input (lp reads the PDF there)."""
    done = subprocess.run(args, input=data, capture_output=True, timeout=TIMEOUT_S, check=False)
    out = done.stdout.decode("utf-8", "replace")
    err = done.stderr.decode("utf-8", "replace")
    return subprocess.CompletedProcess(args, done.returncode, out, err)


def cups_available() -> bool:
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def printers() -> list[str]:
    """The CUPS queues that accept jobs, or [] when CUPS is missing or not running."""
    if not cups_available():
        return []
    try:
        done = _run(["lpstat", "-e"])
    except (OSError, subprocess.TimeoutExpired):
        return []
    return done.stdout.split() if done.returncode == 0 else []


AGAIN = "Print again once that is fixed."


def submit(pdf: bytes | Path, printer: str, title: str) -> Job:
    """Send a PDF (its bytes, or a file the user chose to save) to a CUPS queue on
    ``lp``'s standard input; raises PrintError with a plain reason."""
    if not printer:
        raise PrintError(
            f"No printer is chosen. Choose one in settings. {AGAIN}", PrintProblem.NO_PRINTER
        )
    if not cups_available():
        raise PrintError(
            f"Printing is not installed on this kiosk (CUPS). {AGAIN}", PrintProblem.NO_SERVICE
        )
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    try:
        done = _run(["lp", "-d", printer, "-t", title], data)
    except subprocess.TimeoutExpired:
        raise PrintError(
            f"The print service did not answer. {AGAIN}", PrintProblem.NO_SERVICE
        ) from None
    except OSError as error:
        raise PrintError(
            f"Could not start printing: {error}. {AGAIN}", PrintProblem.NO_SERVICE
        ) from error
    found = re.search(r"request id is (\S+)", done.stdout)
    if done.returncode != 0 or not found:
        reason = (done.stderr or done.stdout).strip().splitlines()
        detail = reason[-1] if reason else "no answer"
        if "does not exist" in detail or "Unknown destination" in detail:
            raise PrintError(
                f"The printer '{printer}' is not set up. {AGAIN}", PrintProblem.NOT_SET_UP
            )
        if "not running" in detail or "connect" in detail.lower():
            raise PrintError(
                f"The print service (CUPS) is not running. {AGAIN}", PrintProblem.NO_SERVICE
            )
        raise PrintError(f"The printer refused the job ({detail}). {AGAIN}")
    return Job(found.group(1), printer)


def job_state(job: Job) -> JobState:
    """Where the job is now: waiting, printing, done, or held by a stopped printer."""
    try:
        active = _run(["lpstat", "-W", "not-completed", "-o", job.printer])
        if job.job_id in active.stdout.split():
            status = _run(["lpstat", "-p", job.printer]).stdout
            if "disabled" in status:
                return JobState.STOPPED
            return JobState.PRINTING if "now printing" in status else JobState.QUEUED
        completed = _run(["lpstat", "-W", "completed", "-o", job.printer])
    except (OSError, subprocess.TimeoutExpired):
        return JobState.QUEUED
    if job.job_id in completed.stdout.split():
        return JobState.DONE
    return JobState.FAILED
