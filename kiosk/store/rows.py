"""Converting domain records to database rows and sync payloads, and back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from kiosk.domain.encounter import ConsultMode, Encounter, EncounterStatus, Specialty
from kiosk.domain.observation import Device, Method, Observation
from kiosk.domain.patient import Patient, Sex
from kiosk.domain.vitals import ObservationKind

Row = dict[str, Any]


def iso(moment: datetime) -> str:
    """UTC with microseconds, always: stored times then sort correctly as text."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _opt_time(text: str | None) -> datetime | None:
    return parse_time(text) if text else None


def patient_row(patient: Patient, updated_at: datetime) -> Row:
    return {
        "id": patient.id,
        "name": patient.name,
        "sex": patient.sex.value,
        "birth_date": patient.birth_date.isoformat(),
        "birth_date_estimated": int(patient.birth_date_estimated),
        "phone": patient.phone,
        "abha_number": patient.abha_number,
        "abha_address": patient.abha_address,
        "village": patient.village,
        "district": patient.district,
        "state": patient.state,
        "guardian_name": patient.guardian_name,
        "language": patient.language,
        "created_at": iso(patient.created_at),
        "updated_at": iso(updated_at),
        "version": patient.version,
    }


def patient_from_row(row: Row) -> Patient:
    return Patient(
        id=row["id"],
        name=row["name"],
        sex=Sex(row["sex"]),
        birth_date=date.fromisoformat(row["birth_date"]),
        birth_date_estimated=bool(row["birth_date_estimated"]),
        phone=row["phone"],
        abha_number=row["abha_number"],
        abha_address=row["abha_address"],
        village=row["village"],
        district=row["district"],
        state=row["state"],
        guardian_name=row["guardian_name"],
        language=row["language"],
        created_at=parse_time(row["created_at"]),
        version=row["version"],
    )


def encounter_row(encounter: Encounter) -> Row:
    return {
        "id": encounter.id,
        "patient_id": encounter.patient_id,
        "spoke_id": encounter.spoke_id,
        "cho_id": encounter.cho_id,
        "complaint": encounter.complaint,
        "history": encounter.history,
        "specialty": encounter.specialty.value if encounter.specialty else None,
        "urgent": int(encounter.urgent),
        "status": encounter.status.value,
        "created_at": iso(encounter.created_at),
        "updated_at": iso(encounter.updated_at),
        "queued_at": iso(encounter.queued_at) if encounter.queued_at else None,
        "version": encounter.version,
        "consult_mode": encounter.consult_mode.value,
    }


def encounter_from_row(row: Row) -> Encounter:
    return Encounter(
        id=row["id"],
        patient_id=row["patient_id"],
        spoke_id=row["spoke_id"],
        cho_id=row["cho_id"],
        complaint=row["complaint"],
        history=row["history"],
        specialty=Specialty(row["specialty"]) if row["specialty"] else None,
        urgent=bool(row["urgent"]),
        status=EncounterStatus(row["status"]),
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
        queued_at=_opt_time(row["queued_at"]),
        version=row["version"],
        consult_mode=ConsultMode(row["consult_mode"] or ConsultMode.VIDEO),
    )


def observation_row(obs: Observation, recorded_at: datetime) -> Row:
    return {
        "id": obs.id,
        "encounter_id": obs.encounter_id,
        "patient_id": obs.patient_id,
        "kind": obs.kind.value,
        "loinc": obs.loinc,
        "value": obs.value,
        "components": json.dumps(dict(obs.components), sort_keys=True),
        "unit": obs.unit,
        "method": obs.method.value,
        "device_driver": obs.device.driver if obs.device else None,
        "device_serial": obs.device.serial if obs.device else None,
        "taken_at": iso(obs.taken_at),
        "taken_by": obs.taken_by,
        "supersedes": obs.supersedes,
        "recorded_at": iso(recorded_at),
    }


def observation_from_row(row: Row) -> Observation:
    device = Device(row["device_driver"], row["device_serial"]) if row["device_driver"] else None
    return Observation(
        id=row["id"],
        encounter_id=row["encounter_id"],
        patient_id=row["patient_id"],
        kind=ObservationKind(row["kind"]),
        value=row["value"],
        components=json.loads(row["components"]),
        method=Method(row["method"]),
        taken_at=parse_time(row["taken_at"]),
        taken_by=row["taken_by"],
        device=device,
        supersedes=row["supersedes"],
    )


def observation_payload(row: Row) -> Row:
    """The sync payload: the row, with components as an object rather than JSON text."""
    return {**row, "components": json.loads(row["components"])}
