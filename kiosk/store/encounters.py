"""Encounters and their vitals in the store. Every change carries its outbox op and audit row."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from kiosk.domain import encounter as encounters
from kiosk.domain import observation as observations
from kiosk.domain.clock import DEFAULT_ZONE, Clock, utc_now
from kiosk.domain.encounter import Encounter, EncounterStatus
from kiosk.domain.errors import ValidationErrors
from kiosk.domain.observation import Device, Method, Observation
from kiosk.domain.patient import Patient
from kiosk.domain.vitals import ObservationKind
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.consents import consult_refusal
from kiosk.store.outbox import entity_ref
from kiosk.store.rows import (
    encounter_from_row,
    encounter_row,
    iso,
    observation_from_row,
    observation_payload,
    observation_row,
    parse_time,
    patient_from_row,
)
from kiosk.store.store import Store


@dataclass(frozen=True)
class EncounterSummary:
    id: str
    patient_id: str
    patient_name: str
    status: EncounterStatus
    specialty: str | None
    complaint: str
    created_at: datetime


@dataclass(frozen=True)
class EncounterDetail:
    encounter: Encounter
    patient: Patient
    observations: list[Observation]

    @property
    def standing(self) -> dict[ObservationKind, Observation]:
        return observations.current(self.observations)


def save_encounter(
    db: Database, encounter: Encounter, by: str, action: str, now: datetime, **detail: object
) -> Encounter:
    """Write an encounter's new state with its outbox op and audit row (inside a transaction)."""
    row = encounter_row(encounter)
    db.table("encounters").upsert(row, pk="id")
    outbox.enqueue(
        db,
        entity="encounter",
        entity_id=encounter.id,
        version=encounter.version,
        payload=row,
        now=now,
        depends_on=[entity_ref("patient", encounter.patient_id)],
    )
    audit(
        db, actor=by, action=action, now=now, entity="encounter", entity_id=encounter.id, **detail
    )
    return encounter


def _load(db: Database, encounter_id: str) -> Encounter:
    return encounter_from_row(db.table("encounters").get(encounter_id))


def _observations(db: Database, encounter_id: str) -> list[Observation]:
    rows = db.query(
        "SELECT * FROM observations WHERE encounter_id = ? ORDER BY taken_at, recorded_at",
        [encounter_id],
    )
    return [observation_from_row(r) for r in rows]


def insert_observation(
    db: Database, obs: Observation, by: str, now: datetime, raw: bytes | None = None
) -> None:
    """Append an observation, its raw device bytes, outbox op and audit row."""
    row = observation_row(obs, now)
    db.table("observations").insert(row)
    if raw is not None:
        db.table("observation_raw").insert({"observation_id": obs.id, "raw": raw})
    outbox.enqueue(
        db,
        entity="observation",
        entity_id=obs.id,
        version=1,
        payload=observation_payload(row),
        now=now,
        depends_on=[entity_ref("encounter", obs.encounter_id)],
    )
    action = "observation.correct" if obs.supersedes else "observation.record"
    audit(
        db,
        actor=by,
        action=action,
        now=now,
        entity="observation",
        entity_id=obs.id,
        kind=obs.kind.value,
        method=obs.method.value,
    )


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min, tzinfo=zone)
    return start, start + timedelta(days=1)


class Encounters:
    def __init__(
        self, store: Store, spoke_id: str, clock: Clock = utc_now, zone: str = DEFAULT_ZONE
    ) -> None:
        self.store = store
        self.spoke_id = spoke_id
        self.clock = clock
        self.zone = ZoneInfo(zone)

    def _change(self, fn: Callable[[Database, datetime], Encounter]) -> Encounter:
        now = self.clock()
        return self.store.write(lambda db: fn(db, now))

    def open(self, patient_id: str, by: str, complaint: str = "") -> Encounter:
        def write(db: Database, now: datetime) -> Encounter:
            db.table("patients").get(patient_id)  # raises NotFoundError for an unknown patient
            enc = encounters.open_encounter(patient_id, self.spoke_id, by, now, complaint)
            return save_encounter(db, enc, by, "encounter.open", now)

        return self._change(write)

    def save_notes(self, encounter_id: str, complaint: str, history: str, by: str) -> Encounter:
        def write(db: Database, now: datetime) -> Encounter:
            old = _load(db, encounter_id)
            if (old.complaint, old.history) == (complaint.strip(), history.strip()):
                return old
            new = encounters.edit_notes(old, complaint, history, now)
            return save_encounter(db, new, by, "encounter.notes", now)

        return self._change(write)

    def request_consult(
        self,
        encounter_id: str,
        specialty: str,
        urgent: bool,
        by: str,
        mode: encounters.ConsultMode = encounters.ConsultMode.VIDEO,
    ) -> Encounter:
        """Queue the case for a call (``video``) or send it for review (``text``)."""

        def write(db: Database, now: datetime) -> Encounter:
            # No consult without the patient's standing consent (docs/consent.md); the
            # CHO hears of it together with anything else missing.
            refused = consult_refusal(db, encounter_id)
            try:
                queued = encounters.request_consult(
                    _load(db, encounter_id), specialty, urgent, now, mode
                )
            except ValidationErrors as problems:
                raise ValidationErrors(
                    [*problems.errors, *([refused] if refused else [])]
                ) from None
            if refused:
                raise refused
            return save_encounter(
                db, queued, by, "encounter.request_consult", now, specialty=specialty,
                urgent=urgent, mode=str(mode),
            )  # fmt: skip

        return self._change(write)

    def record_vital(
        self,
        encounter_id: str,
        kind: ObservationKind,
        by: str,
        *,
        value: float | None = None,
        components: Mapping[str, float] | None = None,
        device: Device | None = None,
        raw: bytes | None = None,
        taken_at: datetime | None = None,
        supersedes: str | None = None,
    ) -> list[Observation]:
        """Record one vital (and the BMI it implies); returns what was recorded."""
        now = self.clock()

        def write(db: Database) -> list[Observation]:
            enc = _load(db, encounter_id)
            obs = observations.record(
                encounter_id=enc.id,
                patient_id=enc.patient_id,
                kind=kind,
                taken_by=by,
                taken_at=taken_at or now,
                value=value,
                components=components,
                method=Method.DEVICE if device else Method.MANUAL,
                device=device,
                supersedes=supersedes,
            )
            insert_observation(db, obs, by, now, raw)
            made = [obs]
            bmi = observations.bmi_for(observations.current(_observations(db, enc.id)), by, now)
            if bmi is not None:
                insert_observation(db, bmi, by, now)
                made.append(bmi)
            return made

        return self.store.write(write)

    def detail(self, encounter_id: str) -> EncounterDetail:
        def read(db: Database) -> EncounterDetail:
            enc = _load(db, encounter_id)
            patient = patient_from_row(db.table("patients").get(enc.patient_id))
            return EncounterDetail(enc, patient, _observations(db, enc.id))

        return self.store.read(read)

    def on_day(self, day: date | None = None) -> list[EncounterSummary]:
        """The encounters opened on a local calendar day (today by default), newest first."""
        chosen = day or self.clock().astimezone(self.zone).date()
        start, end = local_day_bounds(chosen, self.zone)
        return self._summaries(
            "WHERE e.created_at >= ? AND e.created_at < ?",
            [iso(start), iso(end)],
        )

    def recent(self, limit: int = 100) -> list[EncounterSummary]:
        return self._summaries("", [], limit)

    def _summaries(
        self, where: str, params: list[object], limit: int = 500
    ) -> list[EncounterSummary]:
        sql = (
            "SELECT e.id, e.patient_id, p.name, e.status, e.specialty, e.complaint, e.created_at "
            f"FROM encounters e JOIN patients p ON p.id = e.patient_id {where} "
            "ORDER BY e.created_at DESC LIMIT ?"
        )
        rows = self.store.read(lambda db: db.execute(sql, [*params, limit]).fetchall())
        return [
            EncounterSummary(r[0], r[1], r[2], EncounterStatus(r[3]), r[4], r[5], parse_time(r[6]))
            for r in rows
        ]
