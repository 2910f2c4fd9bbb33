"""The patient's consent to a teleconsultation, and separately to sharing the record with
ABDM, as India's Telemedicine Practice Guidelines (2020) ask of a consult that a health
worker starts (docs/consent.md).

Consent is a fact, recorded once: a withdrawal is a new record that names the consent it
withdraws, never a change to the old one. What stands for a case and a purpose is the
newest record of that purpose; a consult may go ahead only while that is a consent given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from kiosk.domain.errors import QT_TRANSLATE_NOOP, Collector, ValidationError
from kiosk.domain.ids import new_id

ADULT_AGE = 18  # below this, a parent or guardian consents (Indian Majority Act, 1875)
MAX_NAME = 120


class Purpose(StrEnum):
    TELECONSULTATION = "teleconsultation"
    ABDM_SHARING = "abdm_sharing"


class GivenBy(StrEnum):
    PATIENT = "patient"
    GUARDIAN = "guardian"


class Method(StrEnum):
    VERBAL = "verbal"
    THUMBPRINT = "thumbprint"  # on the printed form
    SIGNATURE = "signature"  # on the printed form


class Status(StrEnum):
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class Relation(StrEnum):
    MOTHER = "mother"
    FATHER = "father"
    SPOUSE = "spouse"
    SON = "son"
    DAUGHTER = "daughter"
    BROTHER = "brother"
    SISTER = "sister"
    GRANDPARENT = "grandparent"
    LEGAL_GUARDIAN = "legal_guardian"
    OTHER = "other"


PURPOSE_LABELS = {
    Purpose.TELECONSULTATION: QT_TRANSLATE_NOOP("domain", "Teleconsultation with a hub doctor"),
    Purpose.ABDM_SHARING: QT_TRANSLATE_NOOP("domain", "Sharing this record with ABDM"),
}
METHOD_LABELS = {
    Method.VERBAL: QT_TRANSLATE_NOOP("domain", "Said yes aloud (verbal)"),
    Method.THUMBPRINT: QT_TRANSLATE_NOOP("domain", "Thumbprint on the printed form"),
    Method.SIGNATURE: QT_TRANSLATE_NOOP("domain", "Signature on the printed form"),
}
RELATION_LABELS = {
    Relation.MOTHER: QT_TRANSLATE_NOOP("domain", "Mother"),
    Relation.FATHER: QT_TRANSLATE_NOOP("domain", "Father"),
    Relation.SPOUSE: QT_TRANSLATE_NOOP("domain", "Husband or wife"),
    Relation.SON: QT_TRANSLATE_NOOP("domain", "Son"),
    Relation.DAUGHTER: QT_TRANSLATE_NOOP("domain", "Daughter"),
    Relation.BROTHER: QT_TRANSLATE_NOOP("domain", "Brother"),
    Relation.SISTER: QT_TRANSLATE_NOOP("domain", "Sister"),
    Relation.GRANDPARENT: QT_TRANSLATE_NOOP("domain", "Grandparent"),
    Relation.LEGAL_GUARDIAN: QT_TRANSLATE_NOOP("domain", "Legal guardian"),
    Relation.OTHER: QT_TRANSLATE_NOOP("domain", "Other relative"),
}


@dataclass(frozen=True)
class Consent:
    id: str
    encounter_id: str
    patient_id: str
    purpose: Purpose
    status: Status
    given_by: GivenBy
    guardian_name: str  # "" when the patient consents
    guardian_relation: Relation | None
    method: Method
    form_photo_id: str | None  # the attachment holding a photo of the signed form
    witnessed_by: str  # the signed-in CHO's id
    witness_name: str  # printed and shown to the specialist: who saw it given
    recorded_at: datetime
    withdraws: str | None = None  # the consent this record withdraws


@dataclass(frozen=True)
class ConsentForm:
    """What the CHO fills in on the consent screen."""

    given_by: str
    guardian_name: str = ""
    guardian_relation: str = ""
    method: str = ""
    form_photo_id: str | None = None


def is_minor(birth_date: date, today: date) -> bool:
    age = (
        today.year
        - birth_date.year
        - ((today.month, today.day) < (birth_date.month, birth_date.day))
    )
    return age < ADULT_AGE


def _checked(form: ConsentForm, minor: bool) -> tuple[GivenBy, str, Relation | None, Method]:
    errors = Collector()
    try:
        given_by: GivenBy | None = GivenBy(form.given_by)
    except ValueError:
        given_by = None
        errors.add(
            ValidationError("given_by", QT_TRANSLATE_NOOP("domain", "Say who gives consent."))
        )
    if minor and given_by is GivenBy.PATIENT:
        errors.add(
            ValidationError(
                "given_by",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "The patient is under {age}: a parent or guardian must give consent.",
                ),
                age=ADULT_AGE,
            )
        )
    name = " ".join(form.guardian_name.split())
    relation: Relation | None = None
    if given_by is GivenBy.GUARDIAN:
        if not name:
            errors.add(
                ValidationError(
                    "guardian_name",
                    QT_TRANSLATE_NOOP("domain", "Write the name of the guardian who consents."),
                )
            )
        elif len(name) > MAX_NAME:
            errors.add(
                ValidationError(
                    "guardian_name",
                    QT_TRANSLATE_NOOP("domain", "Please keep this under {max} characters."),
                    max=MAX_NAME,
                )
            )
        try:
            relation = Relation(form.guardian_relation)
        except ValueError:
            errors.add(
                ValidationError(
                    "guardian_relation",
                    QT_TRANSLATE_NOOP(
                        "domain", "Choose how the guardian is related to the patient."
                    ),
                )
            )
    else:
        name = ""
    try:
        method: Method | None = Method(form.method)
    except ValueError:
        method = None
        errors.add(
            ValidationError("method", QT_TRANSLATE_NOOP("domain", "Choose how consent was given."))
        )
    errors.raise_if_any()
    assert given_by is not None and method is not None
    return given_by, name, relation, method


def give(
    form: ConsentForm,
    *,
    encounter_id: str,
    patient_id: str,
    purpose: Purpose,
    minor: bool,
    witnessed_by: str,
    witness_name: str,
    now: datetime,
) -> Consent:
    """A consent given, checked: a minor's comes from a named guardian with a relation."""
    given_by, name, relation, method = _checked(form, minor)
    return Consent(
        id=new_id(),
        encounter_id=encounter_id,
        patient_id=patient_id,
        purpose=purpose,
        status=Status.GIVEN,
        given_by=given_by,
        guardian_name=name,
        guardian_relation=relation,
        method=method,
        form_photo_id=form.form_photo_id if method is not Method.VERBAL else None,
        witnessed_by=witnessed_by,
        witness_name=witness_name,
        recorded_at=now,
    )


def withdraw(
    standing_consent: Consent, *, witnessed_by: str, witness_name: str, now: datetime
) -> Consent:
    """The withdrawal of a standing consent: said aloud, by whoever gave it."""
    if standing_consent.status is not Status.GIVEN:
        raise ValidationError(
            "consent", QT_TRANSLATE_NOOP("domain", "This consent was already withdrawn.")
        )
    return Consent(
        id=new_id(),
        encounter_id=standing_consent.encounter_id,
        patient_id=standing_consent.patient_id,
        purpose=standing_consent.purpose,
        status=Status.WITHDRAWN,
        given_by=standing_consent.given_by,
        guardian_name=standing_consent.guardian_name,
        guardian_relation=standing_consent.guardian_relation,
        method=Method.VERBAL,
        form_photo_id=None,
        witnessed_by=witnessed_by,
        witness_name=witness_name,
        recorded_at=now,
        withdraws=standing_consent.id,
    )


def standing(consents: Iterable[Consent], purpose: Purpose) -> Consent | None:
    """The newest record of a purpose: what the patient last said about it."""
    latest: Consent | None = None
    for item in consents:
        if item.purpose is purpose and (latest is None or item.recorded_at >= latest.recorded_at):
            latest = item
    return latest


def allows(consents: Iterable[Consent], purpose: Purpose = Purpose.TELECONSULTATION) -> bool:
    found = standing(consents, purpose)
    return found is not None and found.status is Status.GIVEN


NO_CONSENT = QT_TRANSLATE_NOOP(
    "domain", "Record the patient's consent to a teleconsultation before requesting a consult."
)
WITHDRAWN = QT_TRANSLATE_NOOP(
    "domain", "The patient withdrew consent to a teleconsultation: the consult cannot go ahead."
)


def refusal(consents: Iterable[Consent]) -> str | None:
    """Why no consult may go ahead on these consents (a template), or None if one may."""
    found = standing(consents, Purpose.TELECONSULTATION)
    if found is None:
        return NO_CONSENT
    if found.status is Status.WITHDRAWN:
        return WITHDRAWN
    return None


def to_record(consent: Consent) -> dict[str, Any]:
    """The consent as a row and as the sync payload: the same shape on both sides."""
    return {
        "id": consent.id,
        "encounter_id": consent.encounter_id,
        "patient_id": consent.patient_id,
        "purpose": consent.purpose.value,
        "status": consent.status.value,
        "given_by": consent.given_by.value,
        "guardian_name": consent.guardian_name,
        "guardian_relation": consent.guardian_relation.value if consent.guardian_relation else None,
        "method": consent.method.value,
        "form_photo_id": consent.form_photo_id,
        "witnessed_by": consent.witnessed_by,
        "witness_name": consent.witness_name,
        "recorded_at": consent.recorded_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "withdraws": consent.withdraws,
    }


def from_record(row: Mapping[str, Any]) -> Consent:
    relation = row["guardian_relation"]
    return Consent(
        id=row["id"],
        encounter_id=row["encounter_id"],
        patient_id=row["patient_id"],
        purpose=Purpose(row["purpose"]),
        status=Status(row["status"]),
        given_by=GivenBy(row["given_by"]),
        guardian_name=row["guardian_name"],
        guardian_relation=Relation(relation) if relation else None,
        method=Method(row["method"]),
        form_photo_id=row["form_photo_id"],
        witnessed_by=row["witnessed_by"],
        witness_name=row["witness_name"],
        recorded_at=datetime.fromisoformat(row["recorded_at"]),
        withdraws=row["withdraws"],
    )
