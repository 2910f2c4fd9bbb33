"""Named schema migrations, applied in order and recorded in the database.

A migration is never edited once released: a change to the schema is a new entry at
the end of ``MIGRATIONS``. Each runs in its own transaction with its record row.
"""

from __future__ import annotations

from sqlite_utils import Database

from hwc_shared import sqlite as kit
from hwc_shared.sqlite import Migration, script
from kiosk.domain.names import latin_key

_INITIAL = """
CREATE TABLE chos (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    pin_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'cho',
    language TEXT NOT NULL DEFAULT 'hi',
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE patients (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sex TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    birth_date_estimated INTEGER NOT NULL,
    phone TEXT,
    abha_number TEXT,
    abha_address TEXT,
    village TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    guardian_name TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'hi',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX patients_abha ON patients(abha_number);

CREATE VIRTUAL TABLE patients_fts USING fts5(
    name, phone, abha_number, village,
    content='patients', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients BEGIN
    INSERT INTO patients_fts(rowid, name, phone, abha_number, village)
    VALUES (new.rowid, new.name, new.phone, new.abha_number, new.village);
END;
CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients BEGIN
    INSERT INTO patients_fts(patients_fts, rowid, name, phone, abha_number, village)
    VALUES ('delete', old.rowid, old.name, old.phone, old.abha_number, old.village);
END;
CREATE TRIGGER patients_fts_update AFTER UPDATE ON patients BEGIN
    INSERT INTO patients_fts(patients_fts, rowid, name, phone, abha_number, village)
    VALUES ('delete', old.rowid, old.name, old.phone, old.abha_number, old.village);
    INSERT INTO patients_fts(rowid, name, phone, abha_number, village)
    VALUES (new.rowid, new.name, new.phone, new.abha_number, new.village);
END;

CREATE TABLE encounters (
    id TEXT PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients(id),
    spoke_id TEXT NOT NULL,
    cho_id TEXT NOT NULL,
    complaint TEXT NOT NULL DEFAULT '',
    history TEXT NOT NULL DEFAULT '',
    specialty TEXT,
    urgent INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    queued_at TEXT,
    version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX encounters_created ON encounters(created_at);
CREATE INDEX encounters_patient ON encounters(patient_id);

CREATE TABLE observations (
    id TEXT PRIMARY KEY,
    encounter_id TEXT NOT NULL REFERENCES encounters(id),
    patient_id TEXT NOT NULL REFERENCES patients(id),
    kind TEXT NOT NULL,
    loinc TEXT NOT NULL,
    value REAL,
    components TEXT NOT NULL DEFAULT '{}',
    unit TEXT NOT NULL,
    method TEXT NOT NULL,
    device_driver TEXT,
    device_serial TEXT,
    taken_at TEXT NOT NULL,
    taken_by TEXT NOT NULL,
    supersedes TEXT REFERENCES observations(id),
    recorded_at TEXT NOT NULL
);
CREATE INDEX observations_encounter ON observations(encounter_id);
CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations BEGIN
    SELECT RAISE(ABORT, 'observations are append-only: record a correction instead');
END;
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations BEGIN
    SELECT RAISE(ABORT, 'observations are append-only: record a correction instead');
END;

CREATE TABLE observation_raw (
    observation_id TEXT PRIMARY KEY REFERENCES observations(id),
    raw BLOB NOT NULL
);

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id TEXT NOT NULL UNIQUE,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    depends_on TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);
CREATE INDEX outbox_entity ON outbox(entity, entity_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor TEXT,
    action TEXT NOT NULL,
    entity TEXT,
    entity_id TEXT,
    detail TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    size INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    needs_upload INTEGER NOT NULL DEFAULT 0,
    uploaded_at TEXT
);
CREATE INDEX blobs_upload ON blobs(needs_upload, uploaded_at);

CREATE TABLE attachments (
    id TEXT PRIMARY KEY,
    encounter_id TEXT REFERENCES encounters(id),
    patient_id TEXT NOT NULL REFERENCES patients(id),
    kind TEXT NOT NULL,
    original_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    upload_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    caption TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL
);
CREATE INDEX attachments_encounter ON attachments(encounter_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Prescriptions arrive signed from the hub and are kept exactly as received: the signed
# text can never change or go. Refusals are kept too, for district IT. Every print is a
# row whose job state follows CUPS.
_PRESCRIPTIONS = """
CREATE TABLE prescriptions (
    id TEXT PRIMARY KEY,
    encounter_id TEXT NOT NULL REFERENCES encounters(id),
    patient_id TEXT NOT NULL REFERENCES patients(id),
    issued_at TEXT NOT NULL,
    follow_up TEXT,
    key_id TEXT NOT NULL,
    signed_json TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX prescriptions_encounter ON prescriptions(encounter_id);
CREATE INDEX prescriptions_follow_up ON prescriptions(follow_up);
CREATE TRIGGER prescriptions_no_update BEFORE UPDATE ON prescriptions BEGIN
    SELECT RAISE(ABORT, 'prescriptions are read-only: the hub signs a new one instead');
END;
CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON prescriptions BEGIN
    SELECT RAISE(ABORT, 'prescriptions are read-only: the hub signs a new one instead');
END;

CREATE TABLE refused_prescriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    prescription_id TEXT,
    encounter_id TEXT,
    payload_sha256 TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX refused_prescriptions_encounter ON refused_prescriptions(encounter_id);
CREATE TRIGGER refused_prescriptions_no_update BEFORE UPDATE ON refused_prescriptions BEGIN
    SELECT RAISE(ABORT, 'refused prescriptions are kept as received');
END;
CREATE TRIGGER refused_prescriptions_no_delete BEFORE DELETE ON refused_prescriptions BEGIN
    SELECT RAISE(ABORT, 'refused prescriptions are kept as received');
END;

CREATE TABLE prescription_prints (
    id TEXT PRIMARY KEY,
    prescription_id TEXT NOT NULL REFERENCES prescriptions(id),
    requested_at TEXT NOT NULL,
    requested_by TEXT NOT NULL,
    printer TEXT NOT NULL DEFAULT '',
    job_id TEXT,
    state TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    size TEXT NOT NULL,
    language TEXT NOT NULL,
    pdf_path TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX prescription_prints_rx ON prescription_prints(prescription_id, requested_at);
"""

# Sync bookkeeping: the pull cursor and last success (``sync_state``), and the ops the
# hub answered with a conflict, kept whole so that nothing the CHO recorded is lost.
_SYNC = """
CREATE TABLE sync_state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE sync_conflicts (
    op_id TEXT PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    reason TEXT NOT NULL,
    hub_record TEXT,
    at TEXT NOT NULL
);
"""

# Photo originals that housekeeping removed once the hub had the upload copy: the row
# stays (attachments name it), the file goes, and ``trimmed_at`` says it went on purpose.
_TRIMMED_ORIGINALS = """
ALTER TABLE blobs ADD COLUMN trimmed_at TEXT;
"""

# How the CHO asked for the consult: a call (video) or a case sent for review (text).
_CONSULT_MODE = """
ALTER TABLE encounters ADD COLUMN consult_mode TEXT NOT NULL DEFAULT 'video';
"""

# Consent to a teleconsultation and to sharing with ABDM: append-only like observations;
# a withdrawal is a new row naming the consent it withdraws.
_CONSENTS = """
CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    encounter_id TEXT NOT NULL REFERENCES encounters(id),
    patient_id TEXT NOT NULL REFERENCES patients(id),
    purpose TEXT NOT NULL,
    status TEXT NOT NULL,
    given_by TEXT NOT NULL,
    guardian_name TEXT NOT NULL DEFAULT '',
    guardian_relation TEXT,
    method TEXT NOT NULL,
    form_photo_id TEXT,  -- an attachment; pulled ones may name a photo held elsewhere
    witnessed_by TEXT NOT NULL,
    witness_name TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    withdraws TEXT REFERENCES consents(id)
);
CREATE INDEX consents_encounter ON consents(encounter_id, recorded_at);
CREATE TRIGGER consents_no_update BEFORE UPDATE ON consents BEGIN
    SELECT RAISE(ABORT, 'consents are append-only: record a withdrawal instead');
END;
CREATE TRIGGER consents_no_delete BEFORE DELETE ON consents BEGIN
    SELECT RAISE(ABORT, 'consents are append-only: record a withdrawal instead');
END;
"""

# Every Indian language: the patient's name gets its Latin search key beside it
# (kiosk.domain.names), and the search index is made again with that key and with the
# vowel signs and viramas of every script counted as parts of a word. A CHO's language
# becomes a preference: '' (until now every account said 'hi', a value never read)
# means the kiosk's own language.
_LANGUAGES = """
ALTER TABLE patients ADD COLUMN name_latin TEXT NOT NULL DEFAULT '';
DROP TRIGGER patients_fts_insert;
DROP TRIGGER patients_fts_delete;
DROP TRIGGER patients_fts_update;
DROP TABLE patients_fts;
UPDATE chos SET language = '';
"""
_LANGUAGES_INDEX = """
CREATE VIRTUAL TABLE patients_fts USING fts5(
    name, name_latin, phone, abha_number, village,
    content='patients', content_rowid='rowid',
    tokenize="unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'",
    prefix='1 2 3'
);
CREATE TRIGGER patients_fts_insert AFTER INSERT ON patients BEGIN
    INSERT INTO patients_fts(rowid, name, name_latin, phone, abha_number, village)
    VALUES (new.rowid, new.name, new.name_latin, new.phone, new.abha_number, new.village);
END;
CREATE TRIGGER patients_fts_delete AFTER DELETE ON patients BEGIN
    INSERT INTO patients_fts(patients_fts, rowid, name, name_latin, phone, abha_number, village)
    VALUES ('delete', old.rowid, old.name, old.name_latin, old.phone, old.abha_number, old.village);
END;
CREATE TRIGGER patients_fts_update AFTER UPDATE ON patients BEGIN
    INSERT INTO patients_fts(patients_fts, rowid, name, name_latin, phone, abha_number, village)
    VALUES ('delete', old.rowid, old.name, old.name_latin, old.phone, old.abha_number, old.village);
    INSERT INTO patients_fts(rowid, name, name_latin, phone, abha_number, village)
    VALUES (new.rowid, new.name, new.name_latin, new.phone, new.abha_number, new.village);
END;
INSERT INTO patients_fts(patients_fts) VALUES ('rebuild');
"""


def _languages(db: Database) -> None:
    """The keys are written while no index trigger exists; the new index is then built
    from the table whole."""
    script(_LANGUAGES)(db)
    rows = list(db.execute("SELECT id, name FROM patients"))
    for patient_id, name in rows:
        db.execute("UPDATE patients SET name_latin = ? WHERE id = ?", [latin_key(name), patient_id])
    script(_LANGUAGES_INDEX)(db)


MIGRATIONS: list[Migration[Database]] = [
    Migration("0001_initial", script(_INITIAL)),
    Migration("0003_sync", script(_SYNC)),
    Migration("0004_prescriptions", script(_PRESCRIPTIONS)),
    Migration("0005_trimmed_originals", script(_TRIMMED_ORIGINALS)),
    Migration("0006_consult_mode", script(_CONSULT_MODE)),
    Migration("0007_consents", script(_CONSENTS)),
    Migration("0008_languages", _languages),
]


NEWER = (
    "This database was written by a newer version of the kiosk (migrations {names}). "
    "Install that version or newer."
)


def applied(db: Database) -> list[str]:
    return kit.applied(db.conn)


def pending(db: Database) -> list[str]:
    done = set(applied(db))
    return [m.name for m in MIGRATIONS if m.name not in done]


def unknown(db: Database) -> list[str]:
    """Migrations recorded in the database that this program does not know: a newer
    version wrote it, and running older code on it would be unsafe."""
    return kit.unknown(applied(db), [m.name for m in MIGRATIONS])


def migrate(db: Database) -> list[str]:
    """Apply every pending migration; return the names applied now."""
    return kit.migrate(db.conn, db, MIGRATIONS, newer=NEWER)
