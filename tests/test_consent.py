"""Consent before a consult: who may give it, how it is kept (append-only, with its outbox
op and audit line), and that no consult is requested without it or after a withdrawal."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.domain.consent import ConsentForm, Purpose, Status
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.domain.patient import PatientForm
from kiosk.rx.consent_form import ConsentSheet, render_consent_form
from kiosk.store.clinic import Clinic
from kiosk.store.database import IntegrityError
from tests.conftest import FakeClock

CHO = "0f0e0d0c-0000-4000-8000-00000000c0c0"


def _case(clinic: Clinic, age: str = "42", guardian: str = "") -> str:
    patient = clinic.patients.register(
        PatientForm(name="Sunita Devi", sex="female", age_years=age, village="Bassi",
                    guardian_name=guardian),
        CHO,
    )  # fmt: skip
    return clinic.encounters.open(patient.id, CHO, "Fever for three days").id


def _rows(clinic: Clinic, sql: str) -> list[dict[str, object]]:
    return clinic.store.read(lambda db: list(db.query(sql)))


VERBAL = ConsentForm("patient", method="verbal")


def test_a_consult_request_is_refused_without_consent(clinic: Clinic) -> None:
    enc = _case(clinic)
    with pytest.raises(ValidationError) as refused:
        clinic.encounters.request_consult(enc, "general_medicine", False, CHO)
    assert refused.value.field == "consent"
    assert "consent" in refused.value.message
    assert clinic.encounters.detail(enc).encounter.status is EncounterStatus.DRAFT
    # Consent to share with ABDM is another matter: it does not stand for the consult.
    clinic.consents.give(enc, Purpose.ABDM_SHARING, VERBAL, CHO)
    with pytest.raises(ValidationError):
        clinic.encounters.request_consult(enc, "general_medicine", False, CHO)
    clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    queued = clinic.encounters.request_consult(enc, "general_medicine", False, CHO)
    assert queued.status is EncounterStatus.QUEUED


def test_consent_is_kept_with_its_outbox_op_and_audit_line(clinic: Clinic) -> None:
    enc = _case(clinic)
    given = clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    ops = _rows(clinic, "SELECT * FROM outbox WHERE entity = 'consent'")
    assert len(ops) == 1 and ops[0]["entity_id"] == given.id
    assert json.loads(str(ops[0]["depends_on"])) == [f"encounter:{enc}"]
    payload = json.loads(str(ops[0]["payload"]))
    assert payload["purpose"] == "teleconsultation" and payload["status"] == "given"
    assert payload["witnessed_by"] == CHO and payload["method"] == "verbal"
    audit = _rows(clinic, "SELECT * FROM audit_log WHERE action = 'consent.give'")
    assert len(audit) == 1 and audit[0]["entity_id"] == given.id
    assert "Sunita" not in str(audit[0]["detail"])  # ids only in the audit log


def test_a_minor_needs_a_guardian_with_a_relation(clinic: Clinic) -> None:
    enc = _case(clinic, age="9", guardian="Ramesh Kumar")
    with pytest.raises(ValidationErrors) as refused:
        clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    assert [e.field for e in refused.value.errors] == ["given_by"]
    with pytest.raises(ValidationErrors) as refused:
        clinic.consents.give(enc, Purpose.TELECONSULTATION,
                             ConsentForm("guardian", method="thumbprint"), CHO)  # fmt: skip
    assert {e.field for e in refused.value.errors} == {"guardian_name", "guardian_relation"}
    assert _rows(clinic, "SELECT * FROM consents") == []
    given = clinic.consents.give(
        enc, Purpose.TELECONSULTATION,
        ConsentForm("guardian", "Ramesh  Kumar", "father", "thumbprint"), CHO,
    )  # fmt: skip
    assert given.guardian_name == "Ramesh Kumar" and given.guardian_relation == "father"
    assert clinic.encounters.request_consult(enc, "paediatrics", False, CHO).status == "queued"


def test_an_adult_may_consent_through_a_guardian_too(clinic: Clinic) -> None:
    enc = _case(clinic, age="80")
    given = clinic.consents.give(
        enc, Purpose.TELECONSULTATION, ConsentForm("guardian", "Meena", "daughter", "signature"),
        CHO,
    )  # fmt: skip
    assert given.given_by == "guardian"


def test_withdrawal_is_a_new_row_and_blocks_the_consult(clinic: Clinic, clock: FakeClock) -> None:
    enc = _case(clinic)
    given = clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    clock.advance(minutes=2)
    withdrawn = clinic.consents.withdraw(enc, Purpose.TELECONSULTATION, CHO)
    assert withdrawn.status is Status.WITHDRAWN and withdrawn.withdraws == given.id
    with pytest.raises(ValidationError) as refused:
        clinic.encounters.request_consult(enc, "general_medicine", False, CHO)
    assert "withdrew" in refused.value.message
    with pytest.raises(ValidationError):
        clinic.consents.withdraw(enc, Purpose.TELECONSULTATION, CHO)  # nothing left to withdraw
    rows = _rows(clinic, "SELECT id, status FROM consents ORDER BY recorded_at")
    assert [r["status"] for r in rows] == ["given", "withdrawn"]
    ops = _rows(clinic, "SELECT depends_on FROM outbox WHERE entity = 'consent' ORDER BY seq")
    assert f"consent:{given.id}" in json.loads(str(ops[1]["depends_on"]))
    assert (
        _rows(clinic, "SELECT count(*) AS n FROM audit_log WHERE action = 'consent.withdraw'")[0][
            "n"
        ]
        == 1
    )
    # Given again later, it stands again.
    clock.advance(minutes=2)
    clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    assert clinic.encounters.request_consult(enc, "general_medicine", False, CHO).status == "queued"


def test_consents_are_append_only_in_the_database(clinic: Clinic) -> None:
    enc = _case(clinic)
    clinic.consents.give(enc, Purpose.TELECONSULTATION, VERBAL, CHO)
    for sql in ("UPDATE consents SET status = 'withdrawn'", "DELETE FROM consents"):
        with pytest.raises(IntegrityError, match="append-only"):
            clinic.store.write(lambda db, sql=sql: db.execute(sql))


def test_a_form_photo_must_be_of_the_same_case(clinic: Clinic) -> None:
    enc = _case(clinic)
    with pytest.raises(ValidationError):
        clinic.consents.give(
            enc, Purpose.TELECONSULTATION,
            ConsentForm("patient", method="signature", form_photo_id="0" * 32), CHO,
        )  # fmt: skip


def test_the_printed_form_is_one_page_in_hindi_and_in_english(tmp_path: Path) -> None:
    sheet = ConsentSheet(
        encounter_id="a1b2c3d4-0000-4000-8000-000000000001", patient_name="कमला बाई मीणा",
        age_years=46, sex="female", abha_number="91234567890123", guardian_name="",
        witness_name="Asha Meena", hwc_name="HWC Bassi",
        printed_at=datetime(2026, 11, 20, 11, 5),
    )  # fmt: skip
    for language, words in (("hi", "टेलीपरामर्श के लिए सहमति पत्र"),
                            ("en", "Consent for teleconsultation")):  # fmt: skip
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(render_consent_form(sheet, language))
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        assert "Pages:           1" in info.stdout
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert words in text and "A1B2C3D4" in text and "Asha Meena" in text
        assert "91-2345-6789-0123" in text
