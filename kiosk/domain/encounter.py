"""The case a CHO opens for a patient, and the way it moves towards a consult."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.domain.errors import (
    QT_TRANSLATE_NOOP,
    Collector,
    ValidationError,
)
from kiosk.domain.ids import new_id

MAX_TEXT = 4000


class EncounterStatus(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    IN_CONSULT = "in_consult"
    PRESCRIBED = "prescribed"
    CLOSED = "closed"


STATUS_LABELS = {
    EncounterStatus.DRAFT: QT_TRANSLATE_NOOP("domain", "Draft"),
    EncounterStatus.QUEUED: QT_TRANSLATE_NOOP("domain", "Waiting for hub"),
    EncounterStatus.IN_CONSULT: QT_TRANSLATE_NOOP("domain", "In consult"),
    EncounterStatus.PRESCRIBED: QT_TRANSLATE_NOOP("domain", "Prescribed"),
    EncounterStatus.CLOSED: QT_TRANSLATE_NOOP("domain", "Closed"),
}

# A dropped call puts the case back in the queue; a prescription may come by sync
# before the kiosk heard that the consult began.
_NEXT: dict[EncounterStatus, frozenset[EncounterStatus]] = {
    EncounterStatus.DRAFT: frozenset({EncounterStatus.QUEUED, EncounterStatus.CLOSED}),
    EncounterStatus.QUEUED: frozenset(
        {
            EncounterStatus.IN_CONSULT,
            EncounterStatus.PRESCRIBED,
            EncounterStatus.CLOSED,
        }
    ),
    EncounterStatus.IN_CONSULT: frozenset(
        {EncounterStatus.QUEUED, EncounterStatus.PRESCRIBED, EncounterStatus.CLOSED}
    ),
    EncounterStatus.PRESCRIBED: frozenset({EncounterStatus.CLOSED}),
    EncounterStatus.CLOSED: frozenset(),
}


class ConsultMode(StrEnum):
    """How the CHO asks for the consult: a live call (``video``: the call may still fall
    back to audio only) or a case sent for review later (``text``: store-and-forward, for
    when the link cannot carry a call). The hub records how it happened."""

    VIDEO = "video"
    TEXT = "text"


class Specialty(StrEnum):
    GENERAL_MEDICINE = "general_medicine"
    PAEDIATRICS = "paediatrics"
    OBSTETRICS_GYNAECOLOGY = "obstetrics_gynaecology"
    DERMATOLOGY = "dermatology"
    ENT = "ent"
    OPHTHALMOLOGY = "ophthalmology"
    PSYCHIATRY = "psychiatry"
    ORTHOPAEDICS = "orthopaedics"
    CARDIOLOGY = "cardiology"
    DENTAL = "dental"


SPECIALTY_LABELS = {
    Specialty.GENERAL_MEDICINE: QT_TRANSLATE_NOOP("domain", "General medicine"),
    Specialty.PAEDIATRICS: QT_TRANSLATE_NOOP("domain", "Paediatrics"),
    Specialty.OBSTETRICS_GYNAECOLOGY: QT_TRANSLATE_NOOP("domain", "Obstetrics and gynaecology"),
    Specialty.DERMATOLOGY: QT_TRANSLATE_NOOP("domain", "Skin (dermatology)"),
    Specialty.ENT: QT_TRANSLATE_NOOP("domain", "Ear, nose and throat"),
    Specialty.OPHTHALMOLOGY: QT_TRANSLATE_NOOP("domain", "Eyes (ophthalmology)"),
    Specialty.PSYCHIATRY: QT_TRANSLATE_NOOP("domain", "Mental health (psychiatry)"),
    Specialty.ORTHOPAEDICS: QT_TRANSLATE_NOOP("domain", "Bones and joints (orthopaedics)"),
    Specialty.CARDIOLOGY: QT_TRANSLATE_NOOP("domain", "Heart (cardiology)"),
    Specialty.DENTAL: QT_TRANSLATE_NOOP("domain", "Teeth (dental)"),
}


@dataclass(frozen=True)
class Encounter:
    id: str
    patient_id: str
    spoke_id: str
    cho_id: str
    complaint: str
    history: str
    specialty: Specialty | None
    urgent: bool
    status: EncounterStatus
    created_at: datetime
    updated_at: datetime
    queued_at: datetime | None = None
    version: int = 1
    consult_mode: ConsultMode = ConsultMode.VIDEO


def _text(value: str, field: str, errors: Collector) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        errors.add(
            ValidationError(
                field,
                QT_TRANSLATE_NOOP("domain", "Please keep this under {max} characters."),
                max=MAX_TEXT,
            )
        )
    return text


def open_encounter(
    patient_id: str, spoke_id: str, cho_id: str, now: datetime, complaint: str = ""
) -> Encounter:
    errors = Collector()
    text = _text(complaint, "complaint", errors)
    errors.raise_if_any()
    return Encounter(
        id=new_id(),
        patient_id=patient_id,
        spoke_id=spoke_id,
        cho_id=cho_id,
        complaint=text,
        history="",
        specialty=None,
        urgent=False,
        status=EncounterStatus.DRAFT,
        created_at=now,
        updated_at=now,
    )


def edit_notes(encounter: Encounter, complaint: str, history: str, now: datetime) -> Encounter:
    if encounter.status is not EncounterStatus.DRAFT:
        raise ValidationError(
            "complaint",
            QT_TRANSLATE_NOOP(
                "domain",
                "This case was already sent to the hub; its notes can no longer change.",
            ),
        )
    errors = Collector()
    new_complaint = _text(complaint, "complaint", errors)
    new_history = _text(history, "history", errors)
    errors.raise_if_any()
    return dataclasses.replace(
        encounter,
        complaint=new_complaint,
        history=new_history,
        updated_at=now,
        version=encounter.version + 1,
    )


def move_to(encounter: Encounter, status: EncounterStatus, now: datetime) -> Encounter:
    if status not in _NEXT[encounter.status]:
        raise ValidationError(
            "status",
            QT_TRANSLATE_NOOP("domain", "A case that is '{current}' cannot become '{wanted}'."),
            current=STATUS_LABELS[encounter.status],
            wanted=STATUS_LABELS[status],
        )
    return dataclasses.replace(
        encounter, status=status, updated_at=now, version=encounter.version + 1
    )


def request_consult(
    encounter: Encounter,
    specialty: str,
    urgent: bool,
    now: datetime,
    mode: ConsultMode = ConsultMode.VIDEO,
) -> Encounter:
    """Queue the case for a hub specialist, for a call or (``text``) for review later; it
    needs a complaint and a specialty."""
    errors = Collector()
    if not encounter.complaint.strip():
        errors.add(
            ValidationError(
                "complaint",
                QT_TRANSLATE_NOOP(
                    "domain", "Write the chief complaint before requesting a consult."
                ),
            )
        )
    try:
        chosen = Specialty(specialty)
    except ValueError:
        errors.add(
            ValidationError(
                "specialty", QT_TRANSLATE_NOOP("domain", "Choose the specialty to consult.")
            )
        )
    errors.raise_if_any()
    queued = move_to(encounter, EncounterStatus.QUEUED, now)
    return dataclasses.replace(
        queued, specialty=chosen, urgent=urgent, queued_at=now, consult_mode=ConsultMode(mode)
    )
