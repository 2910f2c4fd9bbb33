"""ABDM document bundles for one case: OPConsultRecord always, PrescriptionRecord when a
verified prescription exists. Resource ids are derived from the case, so exporting the
same case twice gives the same bundle (apart from its timestamp)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.domain import observation as observations
from kiosk.domain.encounter import Encounter
from kiosk.domain.patient import Patient
from kiosk.domain.prescription import Prescription
from kiosk.fhir import resources as r
from kiosk.fhir.resources import SNOMED, Resource, coding, meta, ref, when

OP_CONSULT = ("371530004", "Clinical consultation report")
PRESCRIPTION = ("440545006", "Prescription record")
SECTIONS = {
    "chief_complaints": ("422843007", "Chief complaint section", "Chief complaints"),
    "medical_history": ("371529009", "History and physical report", "Medical history"),
    "other_observations": ("404684003", "Clinical finding", "Other observations"),
    "medications": ("721912009", "Medication summary document", "Medications"),
    "investigation_advice": ("721963009", "Order document", "Investigation advice"),
    "follow_up": ("736271009", "Outpatient care plan", "Follow up"),
    "referral": ("306206005", "Referral to service", "Referral"),
    "prescription": ("440545006", "Prescription record", "Prescription"),
}


@dataclass(frozen=True)
class CaseRecord:
    """What the export reads: the case, its patient and vitals, the spoke, and the
    newest verified prescription (if any)."""

    encounter: Encounter
    patient: Patient
    observations: list[observations.Observation]
    spoke_id: str
    spoke_name: str
    prescription: Prescription | None


def _id(case: CaseRecord, role: str) -> str:
    return str(uuid.uuid5(uuid.UUID(case.encounter.id), role))


def _section(key: str, entries: list[Resource]) -> dict[str, Any]:
    code, display, title = SECTIONS[key]
    return {
        "title": title,
        "code": coding(SNOMED, code, display),
        "entry": [ref(e) for e in entries],
    }


def _bundle(
    case: CaseRecord, kind: str, composition: Resource, others: list[Resource], now: datetime
) -> dict[str, Any]:
    bundle_id = _id(case, f"bundle:{kind}")
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {**meta("DocumentBundle"), "lastUpdated": when(now)},
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
        "type": "document",
        "timestamp": when(now),
        "entry": [
            {"fullUrl": f"urn:uuid:{res['id']}", "resource": res} for res in [composition, *others]
        ],
    }


def _common(case: CaseRecord) -> tuple[Resource, Resource, list[Resource]]:
    """Patient, the spoke's organization, and (with a prescription) the specialist and hub."""
    patient = r.patient(case.patient)
    spoke = r.organization(_id(case, "org:spoke"), case.spoke_name or case.spoke_id, "spoke")
    people = [patient, spoke]
    if case.prescription is not None:
        people.append(r.practitioner(case.prescription, _id(case, "practitioner")))
        people.append(r.organization(_id(case, "org:hub"), case.prescription.specialist.hub, "hub"))
    return patient, spoke, people


def _composition(
    case: CaseRecord,
    kind: str,
    code: tuple[str, str],
    title: str,
    patient: Resource,
    author: Resource,
    custodian: Resource,
    sections: list[dict[str, Any]],
    date: str,
) -> Resource:
    return {
        "resourceType": "Composition",
        "id": _id(case, f"composition:{kind}"),
        "meta": meta(kind),
        "language": "en-IN",
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{_id(case, kind)}"},
        "status": "final",
        "type": coding(SNOMED, *code),
        "subject": ref(patient),
        "date": date,
        "author": [ref(author)],
        "title": title,
        "custodian": ref(custodian),
        "section": sections,
    }


def op_consult_record(case: CaseRecord, now: datetime) -> dict[str, Any]:
    patient, spoke, people = _common(case)
    pref = ref(patient)
    rx = case.prescription
    author = people[2] if rx is not None else spoke
    sections: list[dict[str, Any]] = []
    clinical: list[Resource] = []
    enc = case.encounter
    if enc.complaint:
        complaint = r.condition(_id(case, "complaint"), enc.complaint, pref, provisional=False)
        clinical.append(complaint)
        sections.append(_section("chief_complaints", [complaint]))
    if enc.history:
        history = r.condition(_id(case, "history"), enc.history, pref, provisional=False)
        clinical.append(history)
        sections.append(_section("medical_history", [history]))
    vitals = [r.observation(o, pref) for o in observations.current(case.observations).values()]
    if vitals:
        clinical += vitals
        sections.append(_section("other_observations", vitals))
    if rx is not None:
        clinical += _prescribed(case, rx, pref, people[2], sections)
    composition = _composition(
        case,
        "OPConsultRecord",
        OP_CONSULT,
        "Consultation Report",
        patient,
        author,
        spoke,
        sections,
        rx.issued_at if rx is not None else when(enc.updated_at),
    )
    return _bundle(case, "op", composition, [*people, *clinical], now)


def _prescribed(
    case: CaseRecord,
    rx: Prescription,
    pref: dict[str, str],
    doctor: Resource,
    sections: list[dict[str, Any]],
) -> list[Resource]:
    out: list[Resource] = []
    requests = _medication_requests(case, rx, pref, doctor, out)
    if requests:
        sections.append(_section("medications", requests))
    tests = [
        r.service_request(_id(case, f"test:{i}"), text, pref, ref(doctor), rx)
        for i, text in enumerate(rx.investigations)
    ]
    if tests:
        out += tests
        sections.append(_section("investigation_advice", tests))
    if rx.follow_up_date is not None:
        visit = r.appointment(_id(case, "follow_up"), rx, pref)
        out.append(visit)
        sections.append(_section("follow_up", [visit]))
    if rx.referral.strip():
        referral = r.service_request(_id(case, "referral"), rx.referral, pref, ref(doctor), rx)
        out.append(referral)
        sections.append(_section("referral", [referral]))
    return out


def _medication_requests(
    case: CaseRecord, rx: Prescription, pref: dict[str, str], doctor: Resource, out: list[Resource]
) -> list[Resource]:
    reason = None
    if rx.diagnosis.strip():
        diagnosis = r.condition(_id(case, "diagnosis"), rx.diagnosis, pref, provisional=True)
        out.append(diagnosis)
        reason = ref(diagnosis)
    requests = [
        r.medication_request(_id(case, f"med:{i}"), m, rx, pref, ref(doctor), reason)
        for i, m in enumerate(rx.medicines)
    ]
    out += requests
    return requests


def prescription_record(case: CaseRecord, now: datetime) -> dict[str, Any]:
    rx = case.prescription
    assert rx is not None, "a PrescriptionRecord needs a prescription"
    patient, spoke, people = _common(case)
    pref = ref(patient)
    doctor = people[2]
    clinical: list[Resource] = []
    requests = _medication_requests(case, rx, pref, doctor, clinical)
    composition = _composition(
        case,
        "PrescriptionRecord",
        PRESCRIPTION,
        "Prescription record",
        patient,
        doctor,
        spoke,
        [_section("prescription", requests)],
        rx.issued_at,
    )
    return _bundle(case, "prescription", composition, [*people, *clinical], now)
