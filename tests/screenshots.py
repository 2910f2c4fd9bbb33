"""Screenshots of every screen at 1366x768, for the README and review, in English and
Hindi or in any languages asked for.

Run with ``make screenshots`` (or ``python -m tests.screenshots OUT_DIR [LANGUAGES]``,
LANGUAGES like ``te,ta,ml`` or ``te:ta``: a Telugu-speaking CHO with a Tamil-speaking
patient). It drives the real window on a fresh demo home through the path a CHO takes;
in a language other than English and Hindi the new patient's name is typed in that
script and the prescription prints in the patient's language.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from hwc_shared.seal import sign
from kiosk import config
from kiosk.app import application, build, seed_demo, shutdown
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME
from kiosk.domain.prescription import PatientSnapshot
from kiosk.domain.vitals import ObservationKind
from kiosk.rx.sample import SAMPLE_NAMES, sample_prescription
from kiosk.ui import i18n
from kiosk.ui.accounts import AccountsScreen
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.login import LoginScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.patients import SearchScreen
from kiosk.ui.registration import RegistrationScreen

SIZE = (1366, 768)


def settle(window: MainWindow, condition: Callable[[], bool] = lambda: True) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if window.ctx.bridge.pending == 0 and condition():
            for _ in range(5):
                app.processEvents()
                time.sleep(0.01)
            return
        time.sleep(0.01)
    raise TimeoutError("the UI did not settle")


def at_sign_in(window: MainWindow, ctx: Context, cfg: config.KioskConfig) -> LoginScreen:
    """The demo's records seeded and the window started: the sign-in screen, a name chosen."""
    seed_demo(ctx.clinic, cfg)
    window.start()
    settle(window, lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    settle(window, lambda: login.selected_username() is not None)
    return login


def shoot(window: MainWindow, out: Path, name: str) -> None:
    window.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def shoot_dialog(window: MainWindow, dialog: QWidget, out: Path, name: str) -> None:
    """The window with a dialog over it, as the CHO sees it (a dialog is a window of its
    own, so the window's grab alone would not show it)."""
    picture = window.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    over = dialog.grab()
    painter.drawPixmap(
        (picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2, over
    )
    painter.end()
    picture.save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def capture_consent(window: MainWindow, enc: EncounterScreen, out: Path, language: str) -> None:
    """The consent dialog filled in for a thumbprint on the printed form by the patient's
    husband, with sharing to ABDM agreed; then the case with the consent recorded."""
    enc.consent.record()
    dialog = enc.consent.dialog
    assert dialog is not None
    settle(window, dialog.isVisible)
    dialog.given_by.set_value("guardian")
    dialog.relation.setCurrentIndex(dialog.relation.findData("spouse"))
    dialog.method.set_value("thumbprint")
    dialog.abdm.setChecked(True)
    settle(window)
    shoot_dialog(window, dialog, out, f"{language}-12-consent-dialog")
    dialog.relation.setCurrentIndex(0)
    dialog.save()
    settle(window)
    shoot_dialog(window, dialog, out, f"{language}-12-consent-dialog-errors")
    dialog.relation.setCurrentIndex(dialog.relation.findData("spouse"))
    dialog.save()
    settle(window, lambda: not dialog.isVisible() and enc.consent.allowed())
    enc.notes_scroll.ensureWidgetVisible(enc.request_button)
    settle(window)
    shoot(window, out, f"{language}-12-consent-given")


def show_prescription(window: MainWindow, encounter_id: str, language: str = "hi") -> None:
    """A prescription signed with a throwaway hub key, as if it came by sync."""
    ctx = window.ctx
    hub_key = Ed25519PrivateKey.generate()
    detail = ctx.clinic.encounters.detail(encounter_id)
    patient = detail.patient
    rx = sample_prescription(
        encounter_id=encounter_id,
        patient_id=patient.id,
        spoke_id=ctx.config.spoke_id,
        patient=PatientSnapshot(
            name=patient.name,
            age_years=patient.age_on(ctx.clinic.clock().date()),
            sex=patient.sex.value,
            abha_number=patient.abha_number or "",
        ),
        language=patient.language if patient.language != "en" else language,
    )
    receipt = ctx.clinic.prescriptions.receive(sign(rx, hub_key), hub_key.public_key())
    assert receipt.accepted, receipt.reason
    window.open_encounter(encounter_id)
    settle(window)
    window.open_prescription(rx.id)
    settle(window, lambda: window.current_screen is not None)
    time.sleep(1.5)  # the page preview is drawn by pdftoppm off the UI thread
    settle(window)


def capture(out: Path, language: str, patient_language: str | None = None) -> None:
    """One pass through the screens: the kiosk (and its CHO) in ``language``, the new
    patient speaking ``patient_language`` (the same by default)."""
    spoken = patient_language or language
    prefix = language if spoken == language else f"{language}-{spoken}"
    name = SAMPLE_NAMES.get(spoken, "Kamla Bai Meena")
    home = Path(tempfile.mkdtemp(prefix="hwc-shots-"))
    cfg = config.load(
        home=home,
        overrides={
            "demo": True,
            "language": language,
            "spoke_id": "demo-spoke",
            "spoke_name": "HWC Bassi",
            "district": "Jaipur",
            "state": "Rajasthan",
        },
    )
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()

    # First start: no accounts yet.
    window.start()
    settle(window)
    shoot(window, out, f"{prefix}-01-first-start")

    login = at_sign_in(window, ctx, cfg)
    login.pin.setText("1")
    login.submit()
    settle(window)
    shoot(window, out, f"{prefix}-02-login-wrong-pin")
    login.pin.setText(DEMO_PIN)
    login.select(DEMO_USERNAME)
    login.submit()
    settle(window)
    shoot(window, out, f"{prefix}-03-home")

    window.find_patient()
    search = window.current_screen
    assert isinstance(search, SearchScreen)
    search.query.setText("ra")
    search.search()
    settle(window)
    shoot(window, out, f"{prefix}-04-search")

    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    form.name.set_text("Kamla 2")
    form.phone.set_text("12345")
    form.abha_number.set_text("12-3456")
    form.submit(start_case=True)
    settle(window)
    shoot(window, out, f"{prefix}-05-register-errors")

    form.name.set_text(name)
    form.language.set_value(spoken)
    form.sex.set_value("female")
    form.age_edit.setText("46")
    form.phone.set_text("9828012345")
    form.abha_number.set_text("91-2345-6789-0123")
    form.guardian.set_text("Ramesh Meena")
    form.village.set_text("Chaksu")
    form.submit(start_case=True)
    settle(window, lambda: isinstance(window.current_screen, EncounterScreen))
    enc = window.current_screen
    assert isinstance(enc, EncounterScreen)
    settle(window, lambda: enc.detail is not None)
    enc.complaint.set_text("Headache and giddiness for 4 days; known hypertensive")
    enc.history.set_text("On amlodipine 5 mg, missed doses for two weeks.")
    entries = {
        ObservationKind.PULSE_RATE: ["88"],
        ObservationKind.SPO2: ["97"],
        ObservationKind.BODY_TEMPERATURE: ["36.9"],
        ObservationKind.WEIGHT: ["61.5"],
        ObservationKind.HEIGHT: ["152"],
        ObservationKind.BLOOD_PRESSURE: ["168", "102"],
    }
    for kind, texts in entries.items():
        row = enc.vitals.row(kind)
        for edit, text in zip(row.editors, texts, strict=True):
            edit.setText(text)
        row.submit()
        settle(window)
    bad = enc.vitals.row(ObservationKind.RESPIRATORY_RATE)
    bad.editors[0].setText("120")
    bad.check()
    settle(window)
    shoot(window, out, f"{prefix}-06-encounter-vitals")

    bad.editors[0].setText("18")
    bad.submit()
    settle(window)
    enc.specialty.setCurrentIndex(enc.specialty.findData("general_medicine"))
    enc.request_consult()  # no consent yet: refused, and the CHO is told why
    settle(window, lambda: enc.consent.error.isVisible())
    enc.notes_scroll.ensureWidgetVisible(enc.consent.record_button)
    settle(window)
    shoot(window, out, f"{language}-12-consent-needed")
    capture_consent(window, enc, out, prefix)
    enc.request_consult()
    settle(window, lambda: enc.consult_state.isVisible())
    enc.notes_scroll.ensureWidgetVisible(enc.consult_state)
    settle(window)
    shoot(window, out, f"{prefix}-07-encounter-queued")

    show_prescription(window, enc.encounter_id, spoken)
    shoot(window, out, f"{prefix}-11-prescription")

    window.go_home()
    settle(window)
    shoot(window, out, f"{prefix}-08-home-after")

    window.current_screen.manage_accounts.emit()  # type: ignore[union-attr]
    settle(window)
    accounts = window.current_screen
    assert isinstance(accounts, AccountsScreen)
    accounts.full_name.set_text("Ravi Meena")
    accounts.username.set_text("ravi")
    accounts.pin.set_text("4826")
    accounts.pin_again.set_text("4826")
    accounts.submit()
    settle(window)
    shoot(window, out, f"{prefix}-10-accounts")

    window.lock()
    settle(window)
    shoot(window, out, f"{prefix}-09-locked")
    window.close()
    shutdown(ctx)


def main(out_dir: str, wanted: str = "en,hi") -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    for item in wanted.split(","):
        language, _, patient = item.strip().partition(":")
        capture(out, language, patient or None)
        i18n.install("en")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", *sys.argv[2:3])
