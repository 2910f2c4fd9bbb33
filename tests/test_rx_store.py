"""Receiving, refusing, keeping and printing prescriptions in the store."""

from __future__ import annotations

import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import sign
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.ids import new_id
from kiosk.domain.prescription_refusals import Refusal
from kiosk.store.clinic import Clinic
from kiosk.store.database import IntegrityError
from tests.conftest import FakeClock
from tests.rx_helpers import queued_case


def _audit(clinic: Clinic, action: str) -> list[dict[str, object]]:
    return clinic.store.read(
        lambda db: list(db.query("SELECT * FROM audit_log WHERE action = ?", [action]))
    )


def test_receive_stores_and_moves_the_case_to_prescribed(clinic: Clinic) -> None:
    case = queued_case(clinic)
    receipt = clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    assert receipt.accepted and receipt.prescription_id == case.prescription.id
    stored = clinic.prescriptions.get(case.prescription.id)
    assert stored.prescription == case.prescription
    assert (
        clinic.encounters.detail(case.encounter_id).encounter.status is EncounterStatus.PRESCRIBED
    )
    ops = clinic.store.read(
        lambda db: [
            json.loads(r["payload"])
            for r in db.query(
                "SELECT payload FROM outbox WHERE entity = 'encounter' ORDER BY seq DESC LIMIT 1"
            )
        ]
    )
    assert ops[0]["status"] == "prescribed"
    assert len(_audit(clinic, "prescription.receive")) == 1
    again = clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    assert again.accepted and again.duplicate
    assert len(clinic.prescriptions.for_encounter(case.encounter_id)) == 1


def test_a_bad_signature_is_refused_recorded_and_reported(
    clinic: Clinic, caplog: pytest.LogCaptureFixture
) -> None:
    case = queued_case(clinic)
    envelope = json.loads(case.signed)
    envelope["prescription"]["medicines"][0]["dose"] = "4 tablets"
    receipt = clinic.prescriptions.receive(json.dumps(envelope), case.hub_key.public_key())
    assert not receipt.accepted and receipt.reason is Refusal.BAD_SIGNATURE
    assert clinic.prescriptions.for_encounter(case.encounter_id) == []
    assert clinic.encounters.detail(case.encounter_id).encounter.status is EncounterStatus.QUEUED
    [refused] = clinic.prescriptions.refused(case.encounter_id)
    assert (
        refused.reason is Refusal.BAD_SIGNATURE and refused.prescription_id == case.prescription.id
    )
    assert len(_audit(clinic, "prescription.refuse")) == 1
    reports = clinic.store.read(
        lambda db: list(db.query("SELECT * FROM outbox WHERE entity = 'prescription_refusal'"))
    )
    assert json.loads(reports[0]["payload"])["reason"] == "bad_signature"
    [record] = caplog.records
    assert "bad_signature" in record.getMessage() and "Kamla" not in record.getMessage()
    caplog.clear()


def test_refusals_for_no_key_unknown_key_unknown_case_and_conflict(
    clinic: Clinic, caplog: pytest.LogCaptureFixture
) -> None:
    case = queued_case(clinic)
    key = case.hub_key.public_key()
    assert clinic.prescriptions.receive(case.signed, None).reason is Refusal.NO_KEY
    foreign = sign(case.prescription, Ed25519PrivateKey.generate())
    assert clinic.prescriptions.receive(foreign, key).reason is Refusal.UNKNOWN_KEY
    import dataclasses

    elsewhere = dataclasses.replace(case.prescription, encounter_id=new_id())
    assert clinic.prescriptions.receive(sign(elsewhere, case.hub_key), key).reason is (
        Refusal.UNKNOWN_CASE
    )
    other_patient = dataclasses.replace(case.prescription, patient_id=new_id())
    assert clinic.prescriptions.receive(sign(other_patient, case.hub_key), key).reason is (
        Refusal.WRONG_PATIENT
    )
    assert clinic.prescriptions.receive(case.signed, key).accepted
    changed = dataclasses.replace(case.prescription, advice="Rest")
    assert clinic.prescriptions.receive(sign(changed, case.hub_key), key).reason is (
        Refusal.CONFLICT
    )
    assert len(clinic.prescriptions.refused()) == 5
    caplog.clear()


def test_prescriptions_cannot_be_changed_or_deleted(clinic: Clinic) -> None:
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    for sql in (
        "UPDATE prescriptions SET signed_json = '{}'",
        "DELETE FROM prescriptions",
    ):
        with pytest.raises(IntegrityError, match="read-only"):
            clinic.store.write(lambda db, sql=sql: db.execute(sql))
    assert clinic.prescriptions.get(case.prescription.id).prescription == case.prescription


def test_every_print_and_reprint_is_recorded_and_audited(clinic: Clinic, clock: FakeClock) -> None:
    case = queued_case(clinic)
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    fields = dict(
        printer="HWC_PDF",
        job_id="HWC_PDF-1",
        state="queued",
        message="",
        size="a5",
        language="hi",
        pdf_path="/tmp/x.pdf",
    )
    first = clinic.prescriptions.record_print(case.prescription.id, case.cho_id, **fields)
    clock.advance(minutes=1)
    clinic.prescriptions.record_print(case.prescription.id, case.cho_id, **fields)
    done = clinic.prescriptions.update_print(first.id, "done")
    assert done.state == "done"
    assert [p.state for p in clinic.prescriptions.prints(case.prescription.id)] == [
        "queued",
        "done",
    ]
    assert len(_audit(clinic, "prescription.print")) == 1
    assert len(_audit(clinic, "prescription.reprint")) == 1


def test_follow_ups_due_today_or_past(clinic: Clinic, clock: FakeClock) -> None:
    case = queued_case(clinic, follow_up="2026-11-25")
    clinic.prescriptions.receive(case.signed, case.hub_key.public_key())
    assert clinic.prescriptions.follow_ups_due(date(2026, 11, 24)) == []
    [due] = clinic.prescriptions.follow_ups_due(date(2026, 11, 25))
    assert due.patient_name == "Kamla Bai Meena" and due.due == date(2026, 11, 25)
    assert len(clinic.prescriptions.follow_ups_due(date(2026, 12, 1))) == 1
    clock.advance(days=6)  # the patient came back: a new case closes the follow-up
    clinic.encounters.open(case.patient_id, case.cho_id, "Review")
    assert clinic.prescriptions.follow_ups_due(date(2026, 12, 1)) == []
