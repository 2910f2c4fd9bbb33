"""Printing the consent form the patient is read and signs.

The form names the patient, so it is rendered in memory and handed to CUPS on ``lp``'s
standard input (kiosk/rx/printing.py): no copy is left on the kiosk's disk. When no
printer answers nothing is kept either; the CHO prints it again once the printer works
(the form is made from the case each time)."""

from __future__ import annotations

from kiosk.rx import printing
from kiosk.rx.consent_form import ConsentSheet, render_consent_form
from kiosk.store.clinic import Clinic


def print_consent_form(
    clinic: Clinic, sheet: ConsentSheet, language: str, printer: str, cho_id: str
) -> str:
    """The queue the form went to, or "" when no printer took it (recorded either way)."""
    pdf = render_consent_form(sheet, language)
    title = f"Consent {sheet.encounter_id[:8].upper()}"
    try:
        job = printing.submit(pdf, printer, title)
    except printing.PrintError:
        clinic.consents.form_printed(sheet.encounter_id, cho_id, sent=False)
        return ""
    clinic.consents.form_printed(sheet.encounter_id, cho_id, sent=True)
    return job.printer
