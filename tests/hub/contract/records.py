"""Records as a kiosk pushes them, checked by the wire's own parser, and a hub set up
with spokes, specialists and mappings: what the contract suites build their cases from."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from hub.storage.base import HubStorage
from hub.storage.models import BadOp, IssuedPrescription, Mapping, Specialist
from hwc_shared import wire

NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)  # 11:00 in India
SITE = "DH Jaipur"
GM = "general_medicine"
Batch = list[wire.Op | BadOp]  # what a push takes


def uid() -> str:
    return str(uuid.uuid4())


def at(moment: datetime) -> str:
    return moment.isoformat()


def _op(entity: str, entity_id: str, payload: dict[str, Any], version: int = 1,
        depends_on: tuple[str, ...] = ()) -> wire.Op:  # fmt: skip
    return wire.parse_op({"op_id": uid(), "entity": entity, "entity_id": entity_id,
                          "version": version, "payload": payload,
                          "depends_on": list(depends_on)})  # fmt: skip


def patient(patient_id: str, *, name: str = "Sunita Devi", version: int = 1,
            changed: list[str] | None = None, when: datetime = NOW) -> wire.Op:  # fmt: skip
    payload: dict[str, Any] = {
        "id": patient_id, "name": name, "sex": "female", "birth_date": "1986-07-01",
        "birth_date_estimated": 1, "phone": None, "abha_number": None, "abha_address": None,
        "village": "Bassi", "district": "Jaipur", "state": "Rajasthan", "guardian_name": "",
        "language": "hi", "created_at": at(NOW), "updated_at": at(when), "version": version,
    }  # fmt: skip
    if changed is not None:
        payload["changed"] = changed
    return _op("patient", patient_id, payload, version)


def encounter(encounter_id: str, patient_id: str, spoke_id: str, *, specialty: str | None = GM,
              status: str = "queued", urgent: int = 0, queued: datetime | None = NOW,
              version: int = 1, mode: str = "video") -> wire.Op:  # fmt: skip
    payload = {
        "id": encounter_id, "patient_id": patient_id, "spoke_id": spoke_id, "cho_id": uid(),
        "complaint": "fever for three days", "history": "", "specialty": specialty,
        "urgent": urgent, "status": status, "created_at": at(NOW), "updated_at": at(NOW),
        "queued_at": at(queued) if queued else None, "version": version, "consult_mode": mode,
    }  # fmt: skip
    return _op("encounter", encounter_id, payload, version, (f"patient:{patient_id}",))


def observation(encounter_id: str, patient_id: str, taken: datetime, *,
                supersedes: str | None = None, value: float = 98.0) -> wire.Op:  # fmt: skip
    obs_id = uid()
    payload = {
        "id": obs_id, "encounter_id": encounter_id, "patient_id": patient_id, "kind": "spo2",
        "loinc": "59408-5", "value": value, "components": {}, "unit": "%", "method": "manual",
        "device_driver": None, "device_serial": None, "taken_at": at(taken), "taken_by": uid(),
        "supersedes": supersedes, "recorded_at": at(taken),
    }  # fmt: skip
    return _op("observation", obs_id, payload, 1, (f"encounter:{encounter_id}",))


def photo(data: bytes) -> tuple[str, int]:
    return hashlib.sha256(data).hexdigest(), len(data)


def attachment(patient_id: str, encounter_id: str | None, data: bytes,
               created: datetime = NOW) -> wire.Op:  # fmt: skip
    sha, size = photo(data)
    att_id = uid()
    payload = {
        "id": att_id, "encounter_id": encounter_id, "patient_id": patient_id, "kind": "photo",
        "sha256": sha, "mime": "image/jpeg", "size": size, "caption": "rash on the arm",
        "created_at": at(created), "created_by": uid(),
    }  # fmt: skip
    return _op("attachment", att_id, payload)


def consent(encounter_id: str, patient_id: str, recorded: datetime = NOW, *,
            withdraws: str | None = None) -> wire.Op:  # fmt: skip
    consent_id = uid()
    payload = {
        "id": consent_id, "encounter_id": encounter_id, "patient_id": patient_id,
        "purpose": "teleconsultation", "status": "withdrawn" if withdraws else "given",
        "given_by": "patient", "guardian_name": "", "guardian_relation": None,
        "method": "verbal", "form_photo_id": None, "witnessed_by": uid(),
        "witness_name": "Meena (CHO)", "recorded_at": at(recorded), "withdraws": withdraws,
    }  # fmt: skip
    return _op("consent", consent_id, payload, 1, (f"encounter:{encounter_id}",))


def refusal(report_id: str, *, encounter_id: str | None = None,
            reason: str = "bad_signature") -> wire.Op:  # fmt: skip
    return wire.parse_op({
        "op_id": uid(), "entity": "prescription_refusal", "entity_id": report_id, "version": 1,
        "payload": {"prescription_id": "rx-1", "encounter_id": encounter_id, "reason": reason,
                    "detail": "the seal does not match", "payload_sha256": "cd" * 32,
                    "received_at": at(NOW)},
    })  # fmt: skip


def specialist(username: str, *, specialty: str = GM, site: str = SITE,
               qualification: str = "MBBS, MD") -> Specialist:  # fmt: skip
    return Specialist(username, f"Dr. {username[3:].title()}", specialty, "RMC-1234", site,
                      qualification)  # fmt: skip


async def two_spokes(storage: HubStorage) -> None:
    """Spokes A and B of Jaipur, both sending general medicine to ``SITE``; Dr. Asha and
    Dr. Ravi answer there."""
    for spoke in ("spoke-a", "spoke-b"):
        await storage.add_spoke(spoke, f"HWC {spoke[-1].upper()}", "Jaipur", "Rajasthan", NOW)
        await storage.map_spoke(Mapping(spoke, GM, SITE))
    for user in ("dr.asha", "dr.ravi"):
        await storage.add_specialist(specialist(user), "a password hash")


@dataclass(frozen=True)
class Case:
    spoke_id: str
    patient_id: str
    encounter_id: str


async def queued_case(storage: HubStorage, spoke_id: str = "spoke-a", *,
                      queued: datetime = NOW, urgent: int = 0,
                      specialty: str | None = GM) -> Case:  # fmt: skip
    """A patient and an encounter waiting for a consult, pushed by the spoke's kiosk."""
    case = Case(spoke_id, uid(), uid())
    ops = [patient(case.patient_id),
           encounter(case.encounter_id, case.patient_id, spoke_id, queued=queued,
                     urgent=urgent, specialty=specialty)]  # fmt: skip
    answers = await storage.push(spoke_id, f"kiosk-{spoke_id}", list(ops), queued)
    assert [a.status for a in answers] == ["accepted", "accepted"], answers
    return case


def prescription(case: Case, by: str = "dr.asha", when: datetime = NOW) -> IssuedPrescription:
    rx_id = uid()
    envelope = (f'{{"format":"hwc-rx/1","prescription":{{"id":"{rx_id}",'
                f'"note":"भोजन के बाद"}},"signature":"sig"}}')  # fmt: skip
    return IssuedPrescription(rx_id, case.spoke_id, case.encounter_id, envelope, "sig",
                              "00" * 8, by, when)  # fmt: skip


def later(minutes: float) -> datetime:
    return NOW + timedelta(minutes=minutes)
