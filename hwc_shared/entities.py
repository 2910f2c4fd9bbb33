"""The kinds of record a kiosk syncs, one row each: the payload's fields and their checks,
the records it refers to, how the hub decides a pushed change (``HubRule``) and how a
kiosk applies one it pulls (``KioskUpsert``).

A new kind of record is a new row here (plus its table on each side); the hub's rules
(hub/rules.py), the push parser (hwc_shared/wire.py) and the kiosk's pull
(kiosk/sync/pull.py) read everything else from the row.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from hwc_shared.fields import (
    LONG,
    SHORT,
    Checker,
    choice,
    components,
    day,
    flag,
    ident,
    integer,
    number,
    optional,
    sha256,
    timestamp,
)
from kiosk.domain import consent
from kiosk.domain.encounter import ConsultMode, EncounterStatus, Specialty
from kiosk.domain.observation import Method
from kiosk.domain.patient import Sex
from kiosk.domain.vitals import ObservationKind


class HubRule(StrEnum):
    """How the hub decides a pushed change to a record it may already hold."""

    # Demographics: an amendment moves only the fields it lists as changed.
    MERGED = "merged"
    # A higher version replaces the record; the same version with other contents conflicts.
    VERSIONED = "versioned"
    # Facts: recorded once and never changed; a correction is a new record.
    APPEND_ONLY = "append_only"


class KioskUpsert(StrEnum):
    """How a kiosk applies a record it pulls from the hub."""

    REPLACE = "replace"  # insert, or replace the row with the same id
    INSERT_ONCE = "insert_once"  # insert unless the id is there (append-only facts)
    NOT_KEPT = "not_kept"  # another kiosk's attachments: their bytes are not fetched


@dataclass(frozen=True)
class Ref:
    """A field naming another record that the hub must hold, for the same spoke."""

    field: str
    entity: str
    unknown: str  # the rejection when the hub does not hold it ({entity}: this record's)
    optional: bool = False  # an empty field refers to nothing
    same: tuple[str, ...] = ()  # fields that must equal the referred record's
    differs: str = ""  # the rejection when they do not (default: ``unknown``)


@dataclass(frozen=True)
class Entity:
    """One kind of synced record: its row of the table below."""

    name: str
    fields: Mapping[str, Checker]
    hub_rule: HubRule
    kiosk_upsert: KioskUpsert
    kiosk_table: str
    refs: tuple[Ref, ...] = ()
    spoke_field: str | None = None  # must name the spoke that pushes it
    fixed: Mapping[str, str] = field(default_factory=dict)  # field -> why it cannot change
    json_fields: tuple[str, ...] = ()  # kept as JSON text in the kiosk's table
    # Fields added after kiosks were deployed: a payload without one (an older kiosk's,
    # or a record the hub kept from before) reads as if it held this value.
    defaults: Mapping[str, Any] = field(default_factory=dict)

    def references(self, payload: Mapping[str, Any]) -> list[tuple[str, str]]:
        """The records the hub must look up to decide a change to this one."""
        return [(r.entity, payload[r.field]) for r in self.refs if payload.get(r.field)]


_IN_ENCOUNTER = Ref(
    "encounter_id", "encounter", "the {entity}'s encounter is not known to the hub",
    same=("patient_id",), differs="the {entity}'s patient differs from its encounter's",
)  # fmt: skip

TABLE: tuple[Entity, ...] = (
    Entity(
        "patient",
        {
            "id": ident,
            "name": SHORT,
            "sex": choice(Sex),
            "birth_date": day,
            "birth_date_estimated": flag,
            "phone": optional(SHORT),
            "abha_number": optional(SHORT),
            "abha_address": optional(SHORT),
            "village": SHORT,
            "district": SHORT,
            "state": SHORT,
            "guardian_name": SHORT,
            "language": SHORT,
            "created_at": timestamp,
            "updated_at": timestamp,
            "version": integer,
        },
        HubRule.MERGED,
        KioskUpsert.REPLACE,
        "patients",
    ),
    Entity(
        "encounter",
        {
            "id": ident,
            "patient_id": ident,
            "spoke_id": SHORT,
            "cho_id": ident,
            "complaint": LONG,
            "history": LONG,
            "specialty": optional(choice(Specialty)),
            "urgent": flag,
            "status": choice(EncounterStatus),
            "created_at": timestamp,
            "updated_at": timestamp,
            "queued_at": optional(timestamp),
            "version": integer,
            "consult_mode": choice(ConsultMode),
        },
        HubRule.VERSIONED,
        KioskUpsert.REPLACE,
        "encounters",
        refs=(Ref("patient_id", "patient", "the encounter's patient is not known to the hub"),),
        spoke_field="spoke_id",
        fixed={"patient_id": "an encounter cannot move to another patient"},
        defaults={"consult_mode": ConsultMode.VIDEO.value},
    ),
    Entity(
        "observation",
        {
            "id": ident,
            "encounter_id": ident,
            "patient_id": ident,
            "kind": choice(ObservationKind),
            "loinc": SHORT,
            "value": optional(number),
            "components": components,
            "unit": SHORT,
            "method": choice(Method),
            "device_driver": optional(SHORT),
            "device_serial": optional(SHORT),
            "taken_at": timestamp,
            "taken_by": ident,
            "supersedes": optional(ident),
            "recorded_at": timestamp,
        },
        HubRule.APPEND_ONLY,
        KioskUpsert.INSERT_ONCE,
        "observations",
        refs=(
            _IN_ENCOUNTER,
            Ref(
                "supersedes",
                "observation",
                "the observation corrects one the hub does not hold",
                optional=True,
                same=("encounter_id",),
            ),
        ),
        json_fields=("components",),
    ),
    Entity(
        "attachment",
        {
            "id": ident,
            "encounter_id": optional(ident),
            "patient_id": ident,
            "kind": SHORT,
            "sha256": sha256,
            "mime": SHORT,
            "size": integer,
            "caption": LONG,
            "created_at": timestamp,
            "created_by": ident,
        },
        HubRule.APPEND_ONLY,
        KioskUpsert.NOT_KEPT,
        "attachments",
        refs=(
            replace(_IN_ENCOUNTER, optional=True),
            Ref("patient_id", "patient", "the {entity}'s patient is not known to the hub"),
        ),
    ),
    Entity(
        "consent",
        {
            "id": ident,
            "encounter_id": ident,
            "patient_id": ident,
            "purpose": choice(consent.Purpose),
            "status": choice(consent.Status),
            "given_by": choice(consent.GivenBy),
            "guardian_name": SHORT,
            "guardian_relation": optional(choice(consent.Relation)),
            "method": choice(consent.Method),
            "form_photo_id": optional(ident),
            "witnessed_by": ident,
            "witness_name": SHORT,
            "recorded_at": timestamp,
            "withdraws": optional(ident),
        },
        HubRule.APPEND_ONLY,
        KioskUpsert.INSERT_ONCE,
        "consents",
        refs=(
            _IN_ENCOUNTER,
            Ref(
                "withdraws",
                "consent",
                "the consent withdraws one the hub does not hold for this case",
                optional=True,
                same=("encounter_id", "purpose"),
            ),
        ),
    ),
)

BY_NAME: dict[str, Entity] = {e.name: e for e in TABLE}
NAMES: tuple[str, ...] = tuple(BY_NAME)
