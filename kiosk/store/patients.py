"""Patients in the store: registration, corrections, and search by name, phone, ABHA or village."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from kiosk.domain import patient as patients
from kiosk.domain.abha import format_abha_number
from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kiosk.domain.names import latin_key
from kiosk.domain.patient import Patient, PatientForm
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.rows import Row, patient_from_row, patient_row
from kiosk.store.store import Store

SEARCH_LIMIT = 50
# A word: letters of any script with their vowel signs and viramas (not \w alone, which
# would split "सुनीता" at its vowel signs), and the zero-width joiners.
_TOKEN = re.compile(r"[\w\u0900-\u0D7F\u200c\u200d]+")


@dataclass(frozen=True)
class PatientSummary:
    """One line of a search result: enough to tell two Sunita Devis of one village apart."""

    id: str
    name: str
    sex: str
    birth_date: date
    village: str
    phone: str | None
    abha_number: str | None
    guardian_name: str

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        return years - ((day.month, day.day) < (self.birth_date.month, self.birth_date.day))

    @property
    def abha_display(self) -> str:
        return format_abha_number(self.abha_number) if self.abha_number else ""


def fts_query(text: str) -> str | None:
    """Turn what the CHO typed into an FTS5 query: every word must match as a prefix;
    digits look in phone and ABHA number, letters in name and village, and the word's
    Latin key in the names' keys, so a name typed in one script finds it written in
    another (kiosk.domain.names). An ABHA number typed with dashes is one number."""
    if re.fullmatch(r"[\d\s-]+", text.strip() or "x"):
        tokens = [re.sub(r"\D", "", text)]
    else:
        tokens = _TOKEN.findall(text)
    parts = []
    for token in tokens:
        if token.isdigit():
            parts.append(f'{{phone abha_number}} : "{token}"*')
            continue
        either = [f'{{name village}} : "{token.lower()}"*']
        key = latin_key(token)
        if key and " " not in key:
            either.append(f'name_latin : "{key}"*')
        parts.append(f"({' OR '.join(either)})")
    return " AND ".join(parts) or None


def _summary(row: Row) -> PatientSummary:
    return PatientSummary(
        id=row["id"],
        name=row["name"],
        sex=row["sex"],
        birth_date=date.fromisoformat(row["birth_date"]),
        village=row["village"],
        phone=row["phone"],
        abha_number=row["abha_number"],
        guardian_name=row["guardian_name"],
    )


_SUMMARY_COLUMNS = (
    "p.id, p.name, p.sex, p.birth_date, p.village, p.phone, p.abha_number, p.guardian_name"
)


# A search matching more patients than this ranks only the most recently registered of
# them (typing another letter narrows it); see docs/security.md, "What it costs".
RANKED_AT_MOST = 1000


def search(db: Database, text: str, limit: int = SEARCH_LIMIT) -> list[PatientSummary]:
    query = fts_query(text)
    if query is None:
        rows = db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM patients p ORDER BY p.updated_at DESC LIMIT ?",
            [limit],
        )
    else:
        # Ranking (bm25) costs per matching patient: a word of two letters matches a
        # quarter of a 100,000-patient register, and ranking all of them took most of
        # the search's time. The newest RANKED_AT_MOST matches are ranked instead.
        rows = db.query(
            f"SELECT {_SUMMARY_COLUMNS} FROM (SELECT rowid, rank FROM patients_fts "
            "WHERE patients_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f "
            "JOIN patients p ON p.rowid = f.rowid ORDER BY f.rank, f.rowid DESC LIMIT ?",
            [query, RANKED_AT_MOST, limit],
        )
    return [_summary(r) for r in rows]


def _duplicate_abha(db: Database, patient: Patient) -> None:
    if not patient.abha_number:
        return
    found = db.execute(
        "SELECT id FROM patients WHERE abha_number = ? AND id != ?",
        [patient.abha_number, patient.id],
    ).fetchone()
    if found:
        raise ValidationError(
            "abha_number",
            QT_TRANSLATE_NOOP(
                "domain",
                "A patient with this ABHA number is already registered. Search for them instead.",
            ),
        )


def insert_patient(db: Database, patient: Patient, by: str, now: datetime) -> Patient:
    """Insert a new patient with its outbox op and audit row (inside a write transaction)."""
    _duplicate_abha(db, patient)
    row = patient_row(patient, now)
    db.table("patients").insert({**row, "name_latin": latin_key(patient.name)})
    outbox.enqueue(
        db, entity="patient", entity_id=patient.id, version=patient.version, payload=row, now=now
    )
    audit(db, actor=by, action="patient.register", now=now, entity="patient", entity_id=patient.id)
    return patient


class Patients:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def register(self, form: PatientForm, by: str) -> Patient:
        now = self.clock()
        patient = patients.register(form, now)

        return self.store.write(lambda db: insert_patient(db, patient, by, now))

    def amend(self, patient_id: str, form: PatientForm, by: str) -> Patient:
        now = self.clock()

        def write(db: Database) -> Patient:
            old = patient_from_row(db.table("patients").get(patient_id))
            new = patients.amend(old, form, now)
            changed = patients.changed_fields(old, new)
            if not changed:
                return old
            _duplicate_abha(db, new)
            row = patient_row(new, now)
            db.table("patients").update(patient_id, {**row, "name_latin": latin_key(new.name)})
            outbox.enqueue(
                db,
                entity="patient",
                entity_id=patient_id,
                version=new.version,
                payload={**row, "changed": changed},
                now=now,
            )
            audit(
                db,
                actor=by,
                action="patient.amend",
                now=now,
                entity="patient",
                entity_id=patient_id,
                fields=changed,
            )
            return new

        return self.store.write(write)

    def get(self, patient_id: str) -> Patient:
        return self.store.read(lambda db: patient_from_row(db.table("patients").get(patient_id)))

    def search(self, text: str, limit: int = SEARCH_LIMIT) -> list[PatientSummary]:
        return self.store.read(lambda db: search(db, text, limit))
