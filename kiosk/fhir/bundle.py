"""ABDM document bundles for one case: OPConsultRecord always, PrescriptionRecord when a
verified prescription exists. Resource ids are derived from the case, so exporting the
same case twice gives the same bundle (apart from its timestamp).

Shaped after the NRCeS ABDM IG (ndhm.in 2.0.1) and checked against its
StructureDefinitions in the tests (tests/fhir/): the Composition names its Encounter,
sections use the profile's slices (vitals under PhysicalExamination), anything the
profile has no slice for (a referral, the consents) comes after the slices, prescription
entries carry their type, every resource has a narrative and the bundle is marked very
restricted (``meta.security``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from kiosk.domain import observation as observations
from kiosk.domain.consent import Consent
from kiosk.domain.encounter import Encounter
from kiosk.domain.patient import Patient
from kiosk.domain.prescription import Prescription
from kiosk.fhir import resources as r
from kiosk.fhir.consent import consent_resources
from kiosk.fhir.narrative import narrative
from kiosk.fhir.resources import LOINC, SNOMED, Resource, coding, meta, ref, when

OP_CONSULT = ("371530004", "Clinical consultation report")
PRESCRIPTION = ("440545006", "Prescription record")
# The OPConsultRecord's section slices (SNOMED CT), in the order they are written.
SECTIONS = {
    "chief_complaints": ("422843007", "Chief complaint section", "Chief complaints"),
    "physical_examination": ("425044008", "Physical exam section", "Physical examination"),
    "medical_history": ("371529009", "History and physical report", "Medical history"),
    "investigation_advice": ("721963009", "Order document", "Investigation advice"),
    "medications": ("721912009", "Medication summary document", "Medications"),
    "follow_up": ("736271009", "Outpatient care plan", "Follow up"),
    # no slice of the profile: these come after the slices ("openAtEnd")
    "referral": ("306206005", "Referral to service", "Referral"),
    "prescription": ("440545006", "Prescription record", "Prescription"),
}
CONSENT_SECTION = ("59284-0", "Patient Consent", "Consent")  # LOINC
CONFIDENTIALITY = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality"


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
    consents: list[Consent] = field(default_factory=list)


def _id(case: CaseRecord, role: str) -> str:
    return str(uuid.uuid5(uuid.UUID(case.encounter.id), role))


def _section(key: str, entries: list[Resource], typed: bool = False) -> dict[str, Any]:
    """A section; ``typed`` entries name their resource type (the PrescriptionRecord's
    entries are sliced by it)."""
    code, display, title = SECTIONS[key]
    return {
        "title": title,
        "code": {"coding": [{"system": SNOMED, "code": code, "display": display}]},
        "entry": [{**ref(e), "type": e["resourceType"]} if typed else ref(e) for e in entries],
    }


def _bundle(
    case: CaseRecord, kind: str, composition: Resource, others: list[Resource], now: datetime
) -> dict[str, Any]:
    bundle_id = _id(case, f"bundle:{kind}")
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "meta": {
            "versionId": "1",
            "lastUpdated": when(now),
            **meta("DocumentBundle"),
            # a patient's record: very restricted, as the IG's examples mark theirs
            "security": [{"system": CONFIDENTIALITY, "code": "V", "display": "very restricted"}],
        },
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{bundle_id}"},
        "type": "document",
        "timestamp": when(now),
        "entry": [
            {"fullUrl": f"urn:uuid:{res['id']}", "resource": res} for res in [composition, *others]
        ],
    }


def _common(case: CaseRecord) -> tuple[Resource, Resource, list[Resource]]:
    """Patient, the spoke's organization, the case as an Encounter, and (with a
    prescription) the specialist and hub."""
    patient = r.patient(case.patient)
    spoke = r.organization(_id(case, "org:spoke"), case.spoke_name or case.spoke_id, "spoke")
    visit = r.encounter(case.encounter, ref(patient), ref(spoke), case.spoke_id)
    people = [patient, spoke, visit]
    if case.prescription is not None:
        people.insert(2, r.practitioner(case.prescription, _id(case, "practitioner")))
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
    listed = [("Patient", case.patient.name), ("Date", date), ("Health centre", case.spoke_name)]
    listed += [("Section", s["title"]) for s in sections]
    return {
        "resourceType": "Composition",
        "id": _id(case, f"composition:{kind}"),
        "meta": meta(kind),
        "language": "en-IN",
        "text": narrative(title, listed),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{_id(case, kind)}"},
        "status": "final",
        "type": coding(SNOMED, *code),
        "subject": ref(patient),
        "encounter": {"reference": f"urn:uuid:{case.encounter.id}"},
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
    doctor = people[2] if rx is not None else None
    sections: list[dict[str, Any]] = []
    clinical: list[Resource] = []
    enc = case.encounter
    if enc.complaint:
        complaint = r.condition(_id(case, "complaint"), enc.complaint, pref, provisional=False)
        clinical.append(complaint)
        sections.append(_section("chief_complaints", [complaint]))
    vitals = [r.observation(o, pref) for o in observations.current(case.observations).values()]
    if vitals:
        clinical += vitals
        sections.append(_section("physical_examination", vitals))
    if enc.history:
        history = r.condition(_id(case, "history"), enc.history, pref, provisional=False)
        clinical.append(history)
        sections.append(_section("medical_history", [history]))
    if rx is not None and doctor is not None:
        clinical += _prescribed(case, rx, pref, doctor, sections)
    if case.consents:
        held = consent_resources(
            case.consents, patient, spoke, lambda key: _id(case, f"guardian:{key}")
        )
        clinical += held
        code, display, title = CONSENT_SECTION
        sections.append(
            {
                "title": title,
                "code": {"coding": [{"system": LOINC, "code": code, "display": display}]},
                "entry": [ref(c) for c in held if c["resourceType"] == "Consent"],
            }
        )
    composition = _composition(
        case,
        "OPConsultRecord",
        OP_CONSULT,
        "Consultation Report",
        patient,
        doctor or spoke,
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
    tests = [
        r.service_request(_id(case, f"test:{i}"), text, pref, ref(doctor), rx)
        for i, text in enumerate(rx.investigations)
    ]
    if tests:
        out += tests
        sections.append(_section("investigation_advice", tests))
    requests = _medication_requests(case, rx, pref, doctor, out)
    if requests:
        sections.append(_section("medications", requests))
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
        [_section("prescription", requests, typed=True)],
        rx.issued_at,
    )
    return _bundle(case, "prescription", composition, [*people, *clinical], now)
