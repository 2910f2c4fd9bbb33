"""FHIR R4 resources for one case, shaped after India's ABDM (NRCeS) profiles.

Plain dicts: the export needs no FHIR library at run time; the tests validate every
bundle with the ``fhir.resources`` models.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from kiosk.domain import languages
from kiosk.domain.abha import format_abha_number
from kiosk.domain.encounter import Encounter, EncounterStatus
from kiosk.domain.observation import Observation
from kiosk.domain.patient import Patient
from kiosk.domain.prescription import Medicine, Prescription
from kiosk.domain.vitals import MEASURES, ObservationKind
from kiosk.fhir.narrative import narrative

Resource = dict[str, Any]
PROFILE = "https://nrces.in/ndhm/fhir/r4/StructureDefinition/"
SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
# The identifier systems of the IG's own examples (ndhm.in 2.0.1): the ABHA number, written
# with its dashes, and the Healthcare Professionals Registry id of a doctor.
ABHA_SYSTEM = "https://healthid.ndhm.gov.in"
HPR_SYSTEM = "https://doctor.ndhm.gov.in"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
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
    abha = format_abha_number(p.abha_number) if p.abha_number else None
    if abha:
        resource["identifier"].append(
            {
                "type": coding(V2_0203, "MR", "Medical record number"),
                "system": ABHA_SYSTEM,
                "value": abha,
            }
        )
    resource["text"] = narrative(
        "Patient",
        [("Name", p.name), ("Sex", p.sex.value), ("Born", p.birth_date.isoformat()),
         ("ABHA number", abha), ("Village", p.village)],
    )  # fmt: skip
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
        "text": narrative("Organization", [("Name", name)]),
        "identifier": [
            {
                "type": coding(V2_0203, "PRN", "Provider number"),
                "system": f"{KIOSK_SYSTEM}:{kind}",
                "value": name,
            }
        ],
        "name": name,
    }


def hpr_id(registration: str) -> str | None:
    """A Healthcare Professionals Registry id (14 digits, written 2-4-4-4), if that is
    what the doctor's registration number is; a state council number is not one."""
    digits = registration.replace("-", "").replace(" ", "")
    if len(digits) != 14 or not digits.isdigit():
        return None
    return f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}"


def practitioner(rx: Prescription, practitioner_id: str) -> Resource:
    s = rx.specialist
    identifier: dict[str, Any] = {"type": coding(V2_0203, "MD", "Medical License number")}
    hpr = hpr_id(s.registration_number)
    if hpr is not None:
        identifier.update(system=HPR_SYSTEM, value=hpr)
    else:
        identifier.update(value=s.registration_number)  # the council's number: no HPR system
    return {
        "resourceType": "Practitioner",
        "id": practitioner_id,
        "meta": meta("Practitioner"),
        "text": narrative(
            "Practitioner",
            [
                ("Name", s.name),
                ("Qualification", s.qualification),
                ("Registration", s.registration_number),
                ("Hub", s.hub),
            ],
        ),
        "identifier": [identifier],
        "name": [{"text": s.name}],
        "qualification": [{"code": {"text": s.qualification}}],
    }


ENCOUNTER_STATUS = {
    EncounterStatus.DRAFT: "planned",
    EncounterStatus.QUEUED: "arrived",
    EncounterStatus.IN_CONSULT: "in-progress",
    EncounterStatus.PRESCRIBED: "finished",
    EncounterStatus.CLOSED: "finished",
}


def encounter(
    enc: Encounter, patient_ref: dict[str, str], provider: dict[str, str], spoke_id: str
) -> Resource:
    """The case as an Encounter: a virtual (teleconsultation) visit at the spoke."""
    period: dict[str, str] = {"start": when(enc.created_at)}
    if ENCOUNTER_STATUS[enc.status] == "finished":
        period["end"] = when(enc.updated_at)
    return {
        "resourceType": "Encounter",
        "id": enc.id,
        "meta": meta("Encounter"),
        "text": narrative(
            "Teleconsultation",
            [
                ("Status", ENCOUNTER_STATUS[enc.status]),
                ("Opened", period["start"]),
                ("Complaint", enc.complaint),
            ],
        ),
        "identifier": [{"system": f"{KIOSK_SYSTEM}:{spoke_id}:encounter", "value": enc.id}],
        "status": ENCOUNTER_STATUS[enc.status],
        "class": {
            "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
            "code": "VR",
            "display": "virtual",
        },
        "subject": patient_ref,
        "period": period,
        "serviceProvider": provider,
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
    resource["text"] = narrative(
        kind.label, [("Value", obs.display()), ("Taken", when(obs.taken_at))]
    )
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
        "text": narrative("Provisional diagnosis" if provisional else "Condition",
                          [("Text", text)]),
        "code": {"text": text},
        "subject": patient_ref,
    }  # fmt: skip
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
        "text": narrative("Medicine", [("Medicine", name), ("How to take", dosage_text)]),
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
        "text": narrative("Advised", [("Text", text)]),
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
        "text": narrative("Follow-up visit", [("On", day.isoformat())]),
        "status": "proposed",
        "description": "Follow-up visit",
        "start": f"{day.isoformat()}T09:00:00{zone}",
        "end": f"{day.isoformat()}T17:00:00{zone}",
        "participant": [{"actor": patient_ref, "status": "needs-action"}],
    }
