"""The SQLite hub schema, as named migrations applied in order (never edited once out)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime


def stamp(moment: datetime) -> str:
    """How the SQLite hub stores a moment: ISO 8601 text to the microsecond (fixed width,
    so text comparisons in SQL order moments of one time zone as time does)."""
    return moment.isoformat(timespec="microseconds")


_INITIAL = """
CREATE TABLE spokes (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    district TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    change_seq INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE enroll_codes (
    code_hash TEXT PRIMARY KEY,
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    kiosk_id TEXT
);
CREATE TABLE kiosks (
    id TEXT PRIMARY KEY,
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    token_hash TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL DEFAULT '',
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    last_seen_at TEXT
);
CREATE TABLE specialists (
    username TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    specialty TEXT NOT NULL,
    registration_no TEXT NOT NULL,
    hub_site TEXT NOT NULL,
    password_hash TEXT NOT NULL
);
CREATE TABLE spoke_mappings (
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    specialty TEXT NOT NULL,
    hub_site TEXT NOT NULL,
    PRIMARY KEY (spoke_id, specialty)
);
-- One table for every synced entity: the payload is the kiosk's row shape, checked.
CREATE TABLE records (
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (entity, id)
);
CREATE INDEX records_spoke ON records(spoke_id, entity);
-- Every accepted write per spoke, numbered by a per-spoke counter taken in the writing
-- transaction: the sequence is commit-ordered and has no holes that a later commit could
-- fill. Kept whole (not just each entity's latest) so that a record always appears
-- before the records that refer to it.
CREATE TABLE changes (
    spoke_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    origin_kiosk TEXT,
    PRIMARY KEY (spoke_id, seq)
);
-- The first answer to every op of a spoke, so that a replay gets it again.
CREATE TABLE ops (
    spoke_id TEXT NOT NULL,
    op_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    received_at TEXT NOT NULL,
    PRIMARY KEY (spoke_id, op_id)
);
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mime TEXT NOT NULL,
    complete INTEGER NOT NULL DEFAULT 0,
    completed_at TEXT
);
CREATE TABLE blob_claims (
    spoke_id TEXT NOT NULL,
    sha256 TEXT NOT NULL REFERENCES blobs(sha256),
    PRIMARY KEY (spoke_id, sha256)
);
CREATE TABLE prescriptions (
    id TEXT PRIMARY KEY,
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    encounter_id TEXT NOT NULL,
    payload TEXT NOT NULL,
    signature TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""

# Consults: who took which case, console sessions, and which specialists are online.
_CONSULTS = """
CREATE TABLE consults (
    encounter_id TEXT PRIMARY KEY,
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    taken_by TEXT REFERENCES specialists(username),
    taken_at TEXT,
    ended_at TEXT,
    calling_at TEXT
);
CREATE TABLE specialist_sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES specialists(username),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE specialist_presence (
    username TEXT PRIMARY KEY REFERENCES specialists(username),
    seen_at TEXT NOT NULL
);
CREATE INDEX records_waiting ON records(json_extract(payload, '$.status'))
    WHERE entity = 'encounter';
"""

# The console's sign-in throttle: wrong passwords per username, shared by every process.
_LOGIN_FAILURES = """
CREATE TABLE login_failures (
    username TEXT PRIMARY KEY,
    failures INTEGER NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX login_failures_expiry ON login_failures(expires_at);
"""

# Prescriptions: who signed them, kept read-only; what kiosks refused; the formulary; and
# the qualification printed under a specialist's name.
_PRESCRIPTIONS = """
ALTER TABLE specialists ADD COLUMN qualification TEXT NOT NULL DEFAULT '';
ALTER TABLE prescriptions ADD COLUMN key_id TEXT NOT NULL DEFAULT '';
ALTER TABLE prescriptions ADD COLUMN issued_by TEXT NOT NULL DEFAULT '';
CREATE INDEX prescriptions_encounter ON prescriptions(encounter_id);
CREATE TRIGGER prescriptions_no_update BEFORE UPDATE ON prescriptions
BEGIN SELECT RAISE(ABORT, 'prescriptions are read-only: a signed prescription never changes'); END;
CREATE TRIGGER prescriptions_no_delete BEFORE DELETE ON prescriptions
BEGIN SELECT RAISE(ABORT, 'prescriptions are read-only: a signed prescription never changes'); END;
CREATE TABLE prescription_refusals (
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    kiosk_id TEXT NOT NULL,
    report_id TEXT NOT NULL,
    prescription_id TEXT,
    encounter_id TEXT,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    payload_sha256 TEXT NOT NULL,
    refused_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (spoke_id, kiosk_id, report_id)
);
CREATE INDEX prescription_refusals_received ON prescription_refusals(received_at);
-- One row: the whole list, replaced at once.
CREATE TABLE formulary (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entries TEXT NOT NULL,
    source TEXT NOT NULL,
    loaded_at TEXT NOT NULL
);
"""

# A lawful teleconsultation (hub/teleconsult.py): the council that registered each
# specialist, and how much of each consult's call was on video (its mode).
_TELECONSULT = """
ALTER TABLE specialists ADD COLUMN council TEXT NOT NULL DEFAULT '';
ALTER TABLE consults ADD COLUMN call_connected_at TEXT;
ALTER TABLE consults ADD COLUMN video_seconds REAL NOT NULL DEFAULT 0;
ALTER TABLE consults ADD COLUMN video_since TEXT;
"""

# Consents travel as records of their own; the case view and the consult's checks find a
# case's consents by the encounter id in their payload.
_CONSENTS = """
CREATE INDEX records_consent_of_encounter ON records(json_extract(payload, '$.encounter_id'))
    WHERE entity = 'consent';
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _INITIAL),
    ("0002_consults", _CONSULTS),
    ("0003_prescriptions", _PRESCRIPTIONS),
    ("0004_login_failures", _LOGIN_FAILURES),
    ("0005_teleconsult", _TELECONSULT),
    ("0006_consents", _CONSENTS),
]


def statements(sql: str) -> list[str]:
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


def migrate(conn: sqlite3.Connection) -> list[str]:
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, at TEXT)")
    done = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
    known = {name for name, _ in MIGRATIONS}
    if newer := sorted(done - known):
        raise RuntimeError(f"the hub database is from a newer hub (migrations {newer})")
    ran = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO _migrations (name, at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat()],
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        ran.append(name)
    return ran
