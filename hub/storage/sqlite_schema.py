"""The SQLite hub schema, as named migrations applied in order (never edited once out)."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from hub.storage import rollup
from hwc_shared import sqlite as kit
from hwc_shared.sqlite import Migration, script


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

# Programme officers (read-only dashboard accounts and their sessions); what kiosks report
# of their health and of the prescriptions they printed; a call that fell back to audio
# only; and consult_facts: one row per requested consult, kept by triggers from the
# records, consults, prescriptions and prints it derives from, so the dashboard counts
# native columns instead of reading every encounter's JSON. It is never written by the
# hub's code and never copied by ``kiosk-hub migrate`` (the target's triggers rebuild it).
_DASHBOARD = """
CREATE TABLE officers (
    username TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    scope_kind TEXT NOT NULL CHECK (scope_kind IN ('state', 'district', 'hub')),
    scope_value TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE officer_sessions (
    token_hash TEXT PRIMARY KEY,
    username TEXT NOT NULL REFERENCES officers(username),
    csrf TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE TABLE kiosk_health (
    kiosk_id TEXT PRIMARY KEY REFERENCES kiosks(id),
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    reported_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    pending_ops INTEGER NOT NULL,
    quarantined INTEGER NOT NULL,
    problems TEXT NOT NULL
);
CREATE TABLE prescription_prints (
    spoke_id TEXT NOT NULL REFERENCES spokes(id),
    prescription_id TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    printed_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (spoke_id, prescription_id)
);
ALTER TABLE consults ADD COLUMN audio_only_at TEXT;
CREATE INDEX spokes_place ON spokes(state, district);
CREATE INDEX kiosks_spoke ON kiosks(spoke_id, enrolled_at);
CREATE TABLE consult_facts (
    encounter_id TEXT PRIMARY KEY,
    spoke_id TEXT NOT NULL,
    state TEXT NOT NULL,
    district TEXT NOT NULL,
    specialty TEXT NOT NULL,
    hub_site TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    queued_day TEXT NOT NULL,
    mode TEXT NOT NULL,
    taken_by TEXT,
    taken_at TEXT,
    wait_s INTEGER,
    ended_at TEXT,
    audio_only INTEGER NOT NULL DEFAULT 0,
    prescribed INTEGER NOT NULL DEFAULT 0,
    printed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX consult_facts_day ON consult_facts(queued_day);
CREATE INDEX consult_facts_spoke ON consult_facts(spoke_id, queued_day);
CREATE INDEX consult_facts_district ON consult_facts(district, queued_day);
CREATE INDEX consult_facts_hub ON consult_facts(hub_site, queued_day);
CREATE TRIGGER consult_facts_record_new AFTER INSERT ON records
WHEN NEW.entity = 'encounter' AND json_extract(NEW.payload, '$.queued_at') IS NOT NULL
    AND json_extract(NEW.payload, '$.specialty') IS NOT NULL
BEGIN
    INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
        queued_at, queued_day, mode)
    VALUES (NEW.id, NEW.spoke_id, (SELECT state FROM spokes WHERE id = NEW.spoke_id),
        (SELECT district FROM spokes WHERE id = NEW.spoke_id),
        json_extract(NEW.payload, '$.specialty'),
        coalesce((SELECT hub_site FROM spoke_mappings WHERE spoke_id = NEW.spoke_id
                  AND specialty = json_extract(NEW.payload, '$.specialty')), ''),
        json_extract(NEW.payload, '$.queued_at'),
        substr(json_extract(NEW.payload, '$.queued_at'), 1, 10),
        coalesce(json_extract(NEW.payload, '$.consult_mode'), 'live'))
    ON CONFLICT (encounter_id) DO NOTHING;
END;
CREATE TRIGGER consult_facts_record_changed AFTER UPDATE ON records
WHEN NEW.entity = 'encounter' AND json_extract(NEW.payload, '$.queued_at') IS NOT NULL
    AND json_extract(NEW.payload, '$.specialty') IS NOT NULL
BEGIN
    -- The first request's time stays: waiting is counted from when the patient first asked.
    INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
        queued_at, queued_day, mode)
    VALUES (NEW.id, NEW.spoke_id, (SELECT state FROM spokes WHERE id = NEW.spoke_id),
        (SELECT district FROM spokes WHERE id = NEW.spoke_id),
        json_extract(NEW.payload, '$.specialty'),
        coalesce((SELECT hub_site FROM spoke_mappings WHERE spoke_id = NEW.spoke_id
                  AND specialty = json_extract(NEW.payload, '$.specialty')), ''),
        json_extract(NEW.payload, '$.queued_at'),
        substr(json_extract(NEW.payload, '$.queued_at'), 1, 10),
        coalesce(json_extract(NEW.payload, '$.consult_mode'), 'live'))
    ON CONFLICT (encounter_id) DO UPDATE SET specialty = excluded.specialty,
        mode = excluded.mode;
END;
CREATE TRIGGER consult_facts_consult_new AFTER INSERT ON consults
BEGIN
    UPDATE consult_facts SET taken_by = coalesce(NEW.taken_by, taken_by),
        taken_at = coalesce(taken_at, NEW.taken_at),
        wait_s = coalesce(wait_s, CAST(round((julianday(NEW.taken_at) - julianday(queued_at))
                                             * 86400) AS INTEGER)),
        ended_at = NEW.ended_at, audio_only = max(audio_only, NEW.audio_only_at IS NOT NULL)
    WHERE encounter_id = NEW.encounter_id;
END;
CREATE TRIGGER consult_facts_consult_changed AFTER UPDATE ON consults
BEGIN
    UPDATE consult_facts SET taken_by = coalesce(NEW.taken_by, taken_by),
        taken_at = coalesce(taken_at, NEW.taken_at),
        wait_s = coalesce(wait_s, CAST(round((julianday(NEW.taken_at) - julianday(queued_at))
                                             * 86400) AS INTEGER)),
        ended_at = NEW.ended_at, audio_only = max(audio_only, NEW.audio_only_at IS NOT NULL)
    WHERE encounter_id = NEW.encounter_id;
END;
CREATE TRIGGER consult_facts_prescribed AFTER INSERT ON prescriptions
BEGIN
    UPDATE consult_facts SET prescribed = 1 WHERE encounter_id = NEW.encounter_id;
END;
CREATE TRIGGER consult_facts_printed AFTER INSERT ON prescription_prints
BEGIN
    UPDATE consult_facts SET printed = 1 WHERE encounter_id =
        (SELECT encounter_id FROM prescriptions WHERE id = NEW.prescription_id);
END;
INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
    queued_at, queued_day, mode, taken_by, taken_at, wait_s, ended_at)
SELECT r.id, r.spoke_id, s.state, s.district, json_extract(r.payload, '$.specialty'),
    coalesce(m.hub_site, ''),
    json_extract(r.payload, '$.queued_at'), substr(json_extract(r.payload, '$.queued_at'), 1, 10),
    coalesce(json_extract(r.payload, '$.consult_mode'), 'live'), c.taken_by, c.taken_at,
    CAST(round((julianday(c.taken_at) - julianday(json_extract(r.payload, '$.queued_at')))
               * 86400) AS INTEGER), c.ended_at
FROM records r
JOIN spokes s ON s.id = r.spoke_id
LEFT JOIN spoke_mappings m ON m.spoke_id = r.spoke_id
    AND m.specialty = json_extract(r.payload, '$.specialty')
LEFT JOIN consults c ON c.encounter_id = r.id
WHERE r.entity = 'encounter' AND json_extract(r.payload, '$.queued_at') IS NOT NULL
    AND json_extract(r.payload, '$.specialty') IS NOT NULL;
UPDATE consult_facts SET prescribed = 1
WHERE encounter_id IN (SELECT encounter_id FROM prescriptions);
"""

MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _INITIAL),
    ("0002_consults", _CONSULTS),
    ("0003_prescriptions", _PRESCRIPTIONS),
    ("0004_login_failures", _LOGIN_FAILURES),
    ("0005_teleconsult", _TELECONSULT),
    ("0006_consents", _CONSENTS),
    ("0007_dashboard", _DASHBOARD),
    # Monthly rollups of consult_facts for long ranges, kept by triggers (hub.storage.rollup).
    ("0008_rollups", rollup.schema_sql(rollup.SQLITE)),
]


NEWER = "the hub database is from a newer hub (migrations {names})"
STEPS = [Migration(name, script(sql)) for name, sql in MIGRATIONS]


def migrate(conn: sqlite3.Connection) -> list[str]:
    return kit.migrate(conn, conn, STEPS, newer=NEWER, at_column="at")
