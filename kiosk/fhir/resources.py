"""FHIR R4 resources for one case, shaped after India's ABDM (NRCeS) profiles.

Plain dicts: the export needs no FHIR library at run time; the tests validate every
bundle with the ``fhir.resources`` models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.domain import languages
from kiosk.domain.observation import Observation
from kiosk.domain.patient import Patient
from kiosk.domain.prescription import Medicine, Prescription
from kiosk.domain.vitals import MEASURES, ObservationKind

Resource = dict[str, Any]
PROFILE = "https://nrces.in/ndhm/fhir/r4/StructureDefinition/"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ABHA_SYSTEM = "https://healthid.abdm.gov.in"
KIOSK_SYSTEM = "urn:hwc-kiosk"


def ref(resource: Resource) -> dict[str, str]:
    """Entries are addressed by ``urn:uuid:`` full URLs, as ABDM document bundles are."""
    return {"reference": f"urn:uuid:{resource['id']}"}


def meta(profile: str) -> dict[str, list[str]]:
    return {"profile": [PROFILE + profile]}


def coding(system: str, code: str, display: str) -> dict[str, Any]:
    return {"coding": [{"system": system, "code": code, "display": display}], "text": display}


def when(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def patient(p: Patient) -> Resource:
    resource: Resource = {
        "resourceType": "Patient",
        "id": p.id,
        "meta": meta("Patient"),
        "identifier": [
            {
                "type": coding(
                    "http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"
                ),
                "system": f"{KIOSK_SYSTEM}:patient",
                "value": p.id,
            }
        ],
        "name": [{"text": p.name}],
        "gender": p.sex.value,
        "birthDate": p.birth_date.isoformat(),
    }
    if p.abha_number:
        resource["identifier"].append(
            {
                "type": coding(
                    "http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "ABHA number"
                ),
                "system": ABHA_SYSTEM,
                "value": p.abha_number,
            }
        )
    if p.phone:
        resource["telecom"] = [{"system": "phone", "value": p.phone, "use": "mobile"}]
    if p.village or p.district or p.state:
        resource["address"] = [
            {
                "city": p.village or None,
                "district": p.district or None,
                "state": p.state or None,
                "country": "IN",
            }
        ]
        resource["address"][0] = {k: v for k, v in resource["address"][0].items() if v}
    if languages.known(p.language):  # the language to speak with the patient (BCP 47)
        lang = languages.get(p.language)
        resource["communication"] = [
            {
                "language": coding("urn:ietf:bcp:47", f"{lang.code}-IN", lang.english),
                "preferred": True,
            }
        ]
    return resource


def organization(org_id: str, name: str, kind: str) -> Resource:
    return {
        "resourceType": "Organization",
        "id": org_id,
        "meta": meta("Organization"),
        "identifier": [{"system": f"{KIOSK_SYSTEM}:{kind}", "value": name}],
        "name": name,
    }


def practitioner(rx: Prescription, practitioner_id: str) -> Resource:
    s = rx.specialist
    return {
        "resourceType": "Practitioner",
        "id": practitioner_id,
        "meta": meta("Practitioner"),
        "identifier": [
            {
                "type": coding(
                    "http://terminology.hl7.org/CodeSystem/v2-0203", "MD", "Medical License number"
                ),
                "value": s.registration_number,
            }
        ],
        "name": [{"text": s.name}],
        "qualification": [{"code": {"text": s.qualification}}],
    }


def observation(obs: Observation, patient_ref: dict[str, str]) -> Resource:
    """A vital sign with its LOINC code(s) and UCUM unit; BP is one resource with parts."""
    kind = obs.kind
    codes = [{"system": LOINC, "code": code, "display": kind.label} for code in kind.codes]
    resource: Resource = {
        "resourceType": "Observation",
        "id": obs.id,
        "meta": meta("Observation"),
        "status": "final",
        "category": [
            coding(
                "http://terminology.hl7.org/CodeSystem/observation-category",
                "vital-signs",
                "Vital Signs",
            )
        ],
        "code": {"coding": codes, "text": kind.label},
        "subject": patient_ref,
        "effectiveDateTime": when(obs.taken_at),
    }
    if kind is ObservationKind.BLOOD_PRESSURE:
        resource["component"] = [
            {
                "code": coding(LOINC, MEASURES[key].loinc, MEASURES[key].label),
                "valueQuantity": _quantity(value, key),
            }
            for key, value in sorted(obs.components.items())
        ]
    elif obs.value is not None:
        resource["valueQuantity"] = _quantity(obs.value, kind.value)
    if obs.device is not None:
        resource["method"] = {"text": f"device: {obs.device.driver}"}
    return resource


def _quantity(value: float, key: str) -> dict[str, Any]:
    measure = MEASURES[key]
    return {
        "value": measure.round(value),
        "unit": measure.unit_label,
        "system": UCUM,
        "code": measure.unit,
    }


def condition(cond_id: str, text: str, patient_ref: dict[str, str], provisional: bool) -> Resource:
    resource: Resource = {
        "resourceType": "Condition",
        "id": cond_id,
        "meta": meta("Condition"),
        "code": {"text": text},
        "subject": patient_ref,
    }
    if provisional:
        resource["verificationStatus"] = coding(
            "http://terminology.hl7.org/CodeSystem/condition-ver-status",
            "provisional",
            "Provisional",
        )
    return resource


def medication_request(
    med_id: str,
    med: Medicine,
    rx: Prescription,
    patient_ref: dict[str, str],
    requester: dict[str, str],
    reason: dict[str, str] | None,
) -> Resource:
    name = " ".join(part for part in (med.name, med.strength, med.form) if part)
    dosage_text = "; ".join(
        part for part in (med.dose, med.frequency, med.duration, med.instructions) if part
    )
    resource: Resource = {
        "resourceType": "MedicationRequest",
        "id": med_id,
        "meta": meta("MedicationRequest"),
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {"text": name},
        "subject": patient_ref,
        "authoredOn": rx.issued_at,
        "requester": requester,
        "dosageInstruction": [{"text": dosage_text or name}],
    }
    if med.instructions:
        resource["dosageInstruction"][0]["patientInstruction"] = med.instructions
    if reason is not None:
        resource["reasonReference"] = [reason]
    return resource


def service_request(
    req_id: str, text: str, patient_ref: dict[str, str], requester: dict[str, str], rx: Prescription
) -> Resource:
    return {
        "resourceType": "ServiceRequest",
        "id": req_id,
        "meta": meta("ServiceRequest"),
        "status": "active",
        "intent": "order",
        "code": {"text": text},
        "subject": patient_ref,
        "authoredOn": rx.issued_at,
        "requester": requester,
    }


def appointment(app_id: str, rx: Prescription, patient_ref: dict[str, str]) -> Resource:
    day = rx.follow_up_date
    assert day is not None
    offset = rx.issued.strftime("%z")
    zone = f"{offset[:3]}:{offset[3:]}" if offset else "+05:30"
    return {
        "resourceType": "Appointment",
        "id": app_id,
        "meta": meta("Appointment"),
        "status": "proposed",
        "description": "Follow-up visit",
        "start": f"{day.isoformat()}T09:00:00{zone}",
        "end": f"{day.isoformat()}T17:00:00{zone}",
        "participant": [{"actor": patient_ref, "status": "needs-action"}],
    }
