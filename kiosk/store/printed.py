"""Printed copies an older kiosk left on disk in the clear.

Before printing went to CUPS from memory (kiosk/rx/printing.py), every prescription and
consent form printed was written as a PDF under KIOSK_HOME (``prescriptions/``,
``consent-forms/``): each one names the patient, outside the encrypted database. They
are copies of what the database holds (a prescription prints again from it), so
``kiosk db encrypt`` (which the installer runs at every install and upgrade) removes
them; nothing else is kept there any more."""

from __future__ import annotations

from pathlib import Path

FOLDERS = ("prescriptions", "consent-forms")


def remove_printed_copies(home: Path) -> int:
    """Remove the PDFs (and half-written ``.tmp`` files) in those folders; how many."""
    removed = 0
    for name in FOLDERS:
        folder = home / name
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.is_file() and path.suffix in (".pdf", ".tmp"):
                path.unlink()
                removed += 1
        if not any(folder.iterdir()):
            folder.rmdir()
    return removed
