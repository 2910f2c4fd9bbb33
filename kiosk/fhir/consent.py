"""The patient's consents as FHIR R4 Consent resources (docs/consent.md).

Every record is exported, so the history shows: a consent later withdrawn is
``inactive``; the withdrawal itself is an ``active`` directive whose provision denies.
A guardian who consented for the patient is a RelatedPerson with the relation as a
v3-RoleCode. The teleconsultation is a consent to treatment; sharing with ABDM one to
the patient's privacy, for the purpose of health care.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.consent import Consent, GivenBy, Purpose, Relation, Status
from kiosk.fhir.narrative import narrative
from kiosk.fhir.resources import LOINC, Resource, coding, ref, when

SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ACT_REASON = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
TPG = "https://www.mohfw.gov.in/pdf/Telemedicine.pdf"  # the guidelines, section 3.4
ABDM_POLICY = "https://abdm.gov.in/publications/policies_regulations/health_data_management_policy"

RELATIONS = {
    Relation.MOTHER: ("MTH", "mother"),
    Relation.FATHER: ("FTH", "father"),
    Relation.SPOUSE: ("SPS", "spouse"),
    Relation.SON: ("SONC", "son"),
    Relation.DAUGHTER: ("DAUC", "daughter"),
    Relation.BROTHER: ("BRO", "brother"),
    Relation.SISTER: ("SIS", "sister"),
    Relation.GRANDPARENT: ("GRPRN", "grandparent"),
    Relation.LEGAL_GUARDIAN: ("GUARD", "guardian"),
    Relation.OTHER: ("FAMMEMB", "family member"),
}
METHOD_WORDS = {
    "verbal": "said yes aloud",
    "thumbprint": "thumbprint on the printed form",
    "signature": "signature on the printed form",
}


def related_person(consent: Consent, person_id: str, patient_ref: dict[str, str]) -> Resource:
    relation = consent.guardian_relation or Relation.OTHER
    code, display = RELATIONS[relation]
    return {
        "resourceType": "RelatedPerson",
        "id": person_id,
        "text": narrative("Guardian", [("Name", consent.guardian_name), ("Relation", display)]),
        "patient": patient_ref,
        "relationship": [coding(ROLE_CODE, code, display)],
        "name": [{"text": consent.guardian_name}],
    }


def consent_resource(
    consent: Consent,
    *,
    patient_ref: dict[str, str],
    organization_ref: dict[str, str],
    performer_ref: dict[str, str],
    superseded: bool,
) -> Resource:
    """One consent record; ``superseded``: a later record of its purpose replaced it."""
    withdrawal = consent.status is Status.WITHDRAWN
    teleconsult = consent.purpose is Purpose.TELECONSULTATION
    scope = (
        coding(SCOPE, "treatment", "Treatment")
        if teleconsult
        else coding(SCOPE, "patient-privacy", "Privacy Consent")
    )
    purpose = (
        {"system": ACT_REASON, "code": "TREAT", "display": "treatment"}
        if teleconsult
        else {"system": ACT_REASON, "code": "CAREMGT", "display": "care management"}
    )
    who = (
        f"{consent.guardian_name} (guardian)" if consent.given_by is GivenBy.GUARDIAN
        else "the patient"
    )  # fmt: skip
    resource: Resource = {
        "resourceType": "Consent",
        "id": consent.id,
        "text": narrative(
            "Withdrawal of consent" if withdrawal else "Consent",
            [
                ("For", "teleconsultation" if teleconsult else "sharing this record with ABDM"),
                ("By", who),
                ("How", "withdrawn aloud" if withdrawal else METHOD_WORDS[consent.method.value]),
                ("Witness", f"{consent.witness_name} (health worker)"),
                ("When", when(consent.recorded_at)),
            ],
        ),
        "status": "inactive" if superseded else "active",
        "scope": scope,
        "category": [coding(LOINC, "59284-0", "Patient Consent")],
        "patient": patient_ref,
        "dateTime": when(consent.recorded_at),
        "performer": [performer_ref],
        "organization": [organization_ref],
        "policy": [{"uri": TPG if teleconsult else ABDM_POLICY}],
        "provision": {
            "type": "deny" if withdrawal else "permit",
            "purpose": [purpose],
        },
    }
    if consent.form_photo_id:
        resource["sourceAttachment"] = {
            "contentType": "image/jpeg",
            "title": "Photo of the signed consent form, kept at the health centre",
            "url": f"urn:uuid:{consent.form_photo_id}",
        }
    return resource


def consent_resources(
    consents: list[Consent],
    patient: Resource,
    organization: Resource,
    person_id: Callable[[str], str],
) -> list[Resource]:
    """Consent resources for a case's records (and a RelatedPerson per guardian)."""
    pref = ref(patient)
    out: list[Resource] = []
    people: dict[str, Resource] = {}
    for item in consents:
        later = [
            c for c in consents if c.purpose is item.purpose and c.recorded_at > item.recorded_at
        ]
        performer = pref
        if item.given_by is GivenBy.GUARDIAN:
            key = f"{item.guardian_name}|{item.guardian_relation}"
            if key not in people:
                people[key] = related_person(item, person_id(key), pref)
            performer = ref(people[key])
        out.append(
            consent_resource(
                item, patient_ref=pref, organization_ref=ref(organization),
                performer_ref=performer, superseded=bool(later),
            )
        )  # fmt: skip
    return [*people.values(), *out]
