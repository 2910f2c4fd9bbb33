"""Screenshots at 1366x768 of what a CHO sees when her language and the patient's differ:
the consent script to read aloud (the patient's language, hers beside it), the
prescription screen's follow-up slip button after printing it, and the date-of-birth
calendar in her language.

Run with ``python -m tests.screenshots_language_pairs OUT te:ta,ta:te,bn:bn`` (CHO's
language, then the patient's). Pictures: ``<cho>-consent-script-<patient>.png``,
``<cho>-followup-slip-<patient>.png``, ``<cho>-dob-calendar.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate
from PySide6.QtGui import QPainter

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.domain.patient import PatientForm
from kiosk.rx.sample import SAMPLE_NAMES
from kiosk.ui import i18n
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.prescription import PrescriptionScreen
from kiosk.ui.registration import RegistrationScreen
from tests.screenshots import settle, shoot, shoot_dialog, show_prescription


def capture(out: Path, cho_language: str, patient_language: str) -> None:
    home = Path(tempfile.mkdtemp(prefix="hwc-shots-"))
    cfg = config.load(
        home=home,
        overrides={"language": cho_language, "spoke_id": "demo-spoke", "spoke_name": "HWC Bassi"},
    )
    window, ctx = build(cfg)
    i18n.install(cho_language)
    window.resize(1366, 768)
    window.show()
    clinic = ctx.clinic
    ctx.cho = clinic.accounts.create("asha", "Asha Devi", "1357", check_pin=False)
    patient = clinic.patients.register(
        PatientForm(name=SAMPLE_NAMES.get(patient_language, "Kamla Bai Meena"), sex="female",
                    age_years="46", guardian_name="Ramesh", language=patient_language),
        ctx.cho.id,
    )  # fmt: skip
    case = clinic.encounters.open(patient.id, ctx.cho.id, "Headache for 4 days")

    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    form.dob_known.setChecked(True)
    form.dob.setDate(QDate(1984, 12, 4))
    settle(window)
    calendar = form.dob.calendarWidget()
    calendar.setCurrentPage(1984, 12)
    calendar.resize(calendar.sizeHint())
    picture = window.grab()
    painter = QPainter(picture)
    at = form.dob.mapTo(window, form.dob.rect().bottomLeft())
    painter.drawPixmap(at, calendar.grab())
    painter.end()
    picture.save(str(out / f"{cho_language}-dob-calendar.png"))
    print(out / f"{cho_language}-dob-calendar.png")

    window.open_encounter(case.id)
    enc = window.current_screen
    assert isinstance(enc, EncounterScreen)
    settle(window, lambda: enc.detail is not None)
    enc.consent.record()
    dialog = enc.consent.dialog
    assert dialog is not None
    settle(window, dialog.isVisible)
    dialog.given_by.set_value("guardian")  # the tallest case: a guardian, a form to photograph
    dialog.method.set_value("thumbprint")
    settle(window)
    print(f"consent dialog: {dialog.width()}x{dialog.height()}")
    shoot_dialog(window, dialog, out, f"{cho_language}-consent-script-{patient_language}")
    dialog.reject()

    show_prescription(window, case.id, patient_language)
    view = window.current_screen
    assert isinstance(view, PrescriptionScreen)
    view.slip.print_slip()  # no printer on this kiosk: the CHO is told, the PDF is kept
    settle(window, lambda: view.slip.status.isVisible() and view.slip.button.isEnabled())
    shoot(window, out, f"{cho_language}-followup-slip-{patient_language}")
    window.close()
    shutdown(ctx)


def main(out_dir: str, pairs: str = "te:ta,ta:te,bn:bn") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    for pair in pairs.split(","):
        cho, _, patient = pair.strip().partition(":")
        capture(out, cho, patient or cho)
        i18n.install("en")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", *sys.argv[2:3])
