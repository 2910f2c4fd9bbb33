"""The PostgreSQL hub schema, as named migrations applied in order (never edited once out).

The tables mirror the SQLite ones (same names, same columns) so that both backends read
alike and ``kiosk-hub migrate`` copies column for column; only the types are native:
``timestamptz`` for moments, ``json`` for payloads (kept as sent), ``boolean`` flags.
"""

from __future__ import annotations

from typing import Any

from hub.storage import rollup
from hwc_shared.sqlite import to_apply

_INITIAL = """
CREATE TABLE spokes (
    id text PRIMARY KEY,
    name text NOT NULL,
    district text NOT NULL DEFAULT '',
    state text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    -- The per-spoke change counter. A push holds this row locked (FOR NO KEY UPDATE)
    -- from reading the counter to its commit, so a spoke's changes commit in sequence
    -- order and no reader can see seq N+1 before seq N.
    change_seq bigint NOT NULL DEFAULT 0
);
CREATE TABLE enroll_codes (
    code_hash text PRIMARY KEY,
    spoke_id text NOT NULL REFERENCES spokes(id),
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    kiosk_id text
);
CREATE TABLE kiosks (
    id text PRIMARY KEY,
    spoke_id text NOT NULL REFERENCES spokes(id),
    token_hash text NOT NULL UNIQUE,
    label text NOT NULL DEFAULT '',
    enrolled_at timestamptz NOT NULL,
    revoked_at timestamptz,
    last_seen_at timestamptz
);
CREATE INDEX kiosks_spoke ON kiosks(spoke_id, enrolled_at);
CREATE TABLE specialists (
    username text PRIMARY KEY,
    name text NOT NULL,
    specialty text NOT NULL,
    registration_no text NOT NULL,
    hub_site text NOT NULL,
    password_hash text NOT NULL
);
CREATE TABLE spoke_mappings (
    spoke_id text NOT NULL REFERENCES spokes(id),
    specialty text NOT NULL,
    hub_site text NOT NULL,
    PRIMARY KEY (spoke_id, specialty)
);
CREATE TABLE records (
    entity text NOT NULL,
    id text NOT NULL,
    spoke_id text NOT NULL REFERENCES spokes(id),
    version bigint NOT NULL,
    payload json NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (entity, id)
);
CREATE INDEX records_spoke ON records(spoke_id, entity);
CREATE TABLE changes (
    spoke_id text NOT NULL,
    seq bigint NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    origin_kiosk text,
    PRIMARY KEY (spoke_id, seq)
);
CREATE TABLE ops (
    spoke_id text NOT NULL,
    op_id text NOT NULL,
    kiosk_id text NOT NULL,
    entity text NOT NULL,
    entity_id text NOT NULL,
    status text NOT NULL,
    reason text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL,
    PRIMARY KEY (spoke_id, op_id)
);
CREATE TABLE blobs (
    sha256 text PRIMARY KEY,
    size bigint NOT NULL,
    mime text NOT NULL,
    complete boolean NOT NULL DEFAULT false,
    completed_at timestamptz
);
CREATE TABLE blob_claims (
    spoke_id text NOT NULL,
    sha256 text NOT NULL REFERENCES blobs(sha256),
    PRIMARY KEY (spoke_id, sha256)
);
CREATE TABLE prescriptions (
    id text PRIMARY KEY,
    spoke_id text NOT NULL REFERENCES spokes(id),
    encounter_id text NOT NULL,
    payload json NOT NULL,
    signature text NOT NULL,
    created_at timestamptz NOT NULL
);
"""

# Consults: who took which case, console sessions, and which specialists are online.
# The same tables as SQLite's 0002_consults. The queue finds waiting encounters by the
# status in their payload; a case view finds its vitals and photos by the encounter id in
# theirs, which on a state's millions of observations needs an index (SQLite hubs hold
# one district's and scan).
_CONSULTS = """
CREATE TABLE consults (
    encounter_id text PRIMARY KEY,
    spoke_id text NOT NULL REFERENCES spokes(id),
    taken_by text REFERENCES specialists(username),
    taken_at timestamptz,
    ended_at timestamptz,
    calling_at timestamptz
);
CREATE TABLE specialist_sessions (
    token_hash text PRIMARY KEY,
    username text NOT NULL REFERENCES specialists(username),
    csrf text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX specialist_sessions_expiry ON specialist_sessions(expires_at);
CREATE TABLE specialist_presence (
    username text PRIMARY KEY REFERENCES specialists(username),
    seen_at timestamptz NOT NULL
);
CREATE INDEX records_waiting ON records ((payload->>'status')) WHERE entity = 'encounter';
CREATE INDEX records_of_encounter ON records ((payload->>'encounter_id'))
    WHERE entity IN ('observation', 'attachment');
"""

# The console's sign-in throttle: wrong passwords per username, shared by every process.
_LOGIN_FAILURES = """
CREATE TABLE login_failures (
    username text PRIMARY KEY,
    failures bigint NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX login_failures_expiry ON login_failures(expires_at);
"""

# Prescriptions: who signed them, kept read-only; what kiosks refused; the formulary; and
# the qualification printed under a specialist's name. The same names as on SQLite.
_PRESCRIPTIONS = """
ALTER TABLE specialists ADD COLUMN qualification text NOT NULL DEFAULT '';
ALTER TABLE prescriptions ADD COLUMN key_id text NOT NULL DEFAULT '';
ALTER TABLE prescriptions ADD COLUMN issued_by text NOT NULL DEFAULT '';
CREATE INDEX prescriptions_encounter ON prescriptions(encounter_id);
CREATE FUNCTION prescriptions_read_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'prescriptions are read-only: a signed prescription never changes';
END $$;
CREATE TRIGGER prescriptions_no_change BEFORE UPDATE OR DELETE ON prescriptions
    FOR EACH ROW EXECUTE FUNCTION prescriptions_read_only();
CREATE TRIGGER prescriptions_no_truncate BEFORE TRUNCATE ON prescriptions
    FOR EACH STATEMENT EXECUTE FUNCTION prescriptions_read_only();
CREATE TABLE prescription_refusals (
    spoke_id text NOT NULL REFERENCES spokes(id),
    kiosk_id text NOT NULL,
    report_id text NOT NULL,
    prescription_id text,
    encounter_id text,
    reason text NOT NULL,
    detail text NOT NULL,
    payload_sha256 text NOT NULL,
    refused_at text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (spoke_id, kiosk_id, report_id)
);
CREATE INDEX prescription_refusals_received ON prescription_refusals(received_at);
CREATE TABLE formulary (
    id integer PRIMARY KEY CHECK (id = 1),
    entries json NOT NULL,
    source text NOT NULL,
    loaded_at timestamptz NOT NULL
);
"""

# A lawful teleconsultation (hub/teleconsult.py): the council that registered each
# specialist, and how much of each consult's call was on video (its mode).
_TELECONSULT = """
ALTER TABLE specialists ADD COLUMN council text NOT NULL DEFAULT '';
ALTER TABLE consults ADD COLUMN call_connected_at timestamptz;
ALTER TABLE consults ADD COLUMN video_seconds double precision NOT NULL DEFAULT 0;
ALTER TABLE consults ADD COLUMN video_since timestamptz;
"""

# Consents travel as records of their own; the case view and the consult's checks find a
# case's consents by the encounter id in their payload, as SQLite's 0006_consents.
_CONSENTS = """
CREATE INDEX records_consent_of_encounter ON records ((payload->>'encounter_id'))
    WHERE entity = 'consent';
"""

# Programme officers, kiosk health, prints, audio-only calls and consult_facts: the same
# tables as SQLite's 0007_dashboard. consult_facts is kept by triggers from the tables it
# derives from (never written by the hub's code, never copied by ``kiosk-hub migrate``), so
# a state's dashboard counts native, indexed columns instead of parsing a year of JSON.
_DASHBOARD = """
CREATE TABLE officers (
    username text PRIMARY KEY,
    name text NOT NULL,
    scope_kind text NOT NULL CHECK (scope_kind IN ('state', 'district', 'hub')),
    scope_value text NOT NULL,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE TABLE officer_sessions (
    token_hash text PRIMARY KEY,
    username text NOT NULL REFERENCES officers(username),
    csrf text NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX officer_sessions_expiry ON officer_sessions(expires_at);
CREATE TABLE kiosk_health (
    kiosk_id text PRIMARY KEY REFERENCES kiosks(id),
    spoke_id text NOT NULL REFERENCES spokes(id),
    reported_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    pending_ops bigint NOT NULL,
    quarantined bigint NOT NULL,
    problems json NOT NULL
);
CREATE INDEX kiosk_health_spoke ON kiosk_health(spoke_id);
CREATE TABLE prescription_prints (
    spoke_id text NOT NULL REFERENCES spokes(id),
    prescription_id text NOT NULL,
    kiosk_id text NOT NULL,
    printed_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (spoke_id, prescription_id)
);
ALTER TABLE consults ADD COLUMN audio_only_at timestamptz;
CREATE INDEX spokes_place ON spokes(state, district);
CREATE TABLE consult_facts (
    encounter_id text PRIMARY KEY,
    spoke_id text NOT NULL,
    state text NOT NULL,
    district text NOT NULL,
    specialty text NOT NULL,
    hub_site text NOT NULL,
    queued_at timestamptz NOT NULL,
    queued_day date NOT NULL,
    mode text NOT NULL,
    taken_by text,
    taken_at timestamptz,
    wait_s integer,
    ended_at timestamptz,
    audio_only boolean NOT NULL DEFAULT false,
    prescribed boolean NOT NULL DEFAULT false,
    printed boolean NOT NULL DEFAULT false
);
CREATE INDEX consult_facts_day ON consult_facts(queued_day);
CREATE INDEX consult_facts_spoke ON consult_facts(spoke_id, queued_day);
CREATE INDEX consult_facts_district ON consult_facts(district, queued_day);
CREATE INDEX consult_facts_hub ON consult_facts(hub_site, queued_day);
CREATE FUNCTION consult_facts_from_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    asked_for text := NEW.payload->>'specialty';
    asked_at text := NEW.payload->>'queued_at';
    in_state text;
    in_district text;
BEGIN
    IF asked_for IS NULL OR asked_at IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT s.state, s.district INTO in_state, in_district FROM spokes s WHERE s.id = NEW.spoke_id;
    -- The first request's time stays: waiting is counted from when the patient first asked.
    INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
        queued_at, queued_day, mode)
    VALUES (NEW.id, NEW.spoke_id, in_state, in_district, asked_for,
        coalesce((SELECT m.hub_site FROM spoke_mappings m WHERE m.spoke_id = NEW.spoke_id
                  AND m.specialty = asked_for), ''),
        asked_at::timestamptz, left(asked_at, 10)::date,
        coalesce(NEW.payload->>'consult_mode', 'live'))
    ON CONFLICT (encounter_id) DO UPDATE SET specialty = EXCLUDED.specialty,
        mode = EXCLUDED.mode;
    RETURN NULL;
END $$;
CREATE TRIGGER consult_facts_record AFTER INSERT OR UPDATE ON records
    FOR EACH ROW WHEN (NEW.entity = 'encounter') EXECUTE FUNCTION consult_facts_from_record();
CREATE FUNCTION consult_facts_from_consult() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consult_facts SET taken_by = coalesce(NEW.taken_by, taken_by),
        taken_at = coalesce(taken_at, NEW.taken_at),
        wait_s = coalesce(wait_s, round(extract(epoch FROM NEW.taken_at - queued_at))::integer),
        ended_at = NEW.ended_at, audio_only = audio_only OR NEW.audio_only_at IS NOT NULL
    WHERE encounter_id = NEW.encounter_id;
    RETURN NULL;
END $$;
CREATE TRIGGER consult_facts_consult AFTER INSERT OR UPDATE ON consults
    FOR EACH ROW EXECUTE FUNCTION consult_facts_from_consult();
CREATE FUNCTION consult_facts_prescribed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consult_facts SET prescribed = true WHERE encounter_id = NEW.encounter_id;
    RETURN NULL;
END $$;
CREATE TRIGGER consult_facts_prescribed AFTER INSERT ON prescriptions
    FOR EACH ROW EXECUTE FUNCTION consult_facts_prescribed();
CREATE FUNCTION consult_facts_printed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE consult_facts SET printed = true WHERE encounter_id =
        (SELECT p.encounter_id FROM prescriptions p WHERE p.id = NEW.prescription_id);
    RETURN NULL;
END $$;
CREATE TRIGGER consult_facts_printed AFTER INSERT ON prescription_prints
    FOR EACH ROW EXECUTE FUNCTION consult_facts_printed();
INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
    queued_at, queued_day, mode, taken_by, taken_at, wait_s, ended_at, prescribed)
SELECT r.id, r.spoke_id, s.state, s.district, r.payload->>'specialty', coalesce(m.hub_site, ''),
    (r.payload->>'queued_at')::timestamptz, left(r.payload->>'queued_at', 10)::date,
    coalesce(r.payload->>'consult_mode', 'live'), c.taken_by, c.taken_at,
    round(extract(epoch FROM c.taken_at - (r.payload->>'queued_at')::timestamptz))::integer,
    c.ended_at, EXISTS (SELECT 1 FROM prescriptions p WHERE p.encounter_id = r.id)
FROM records r
JOIN spokes s ON s.id = r.spoke_id
LEFT JOIN spoke_mappings m ON m.spoke_id = r.spoke_id AND m.specialty = r.payload->>'specialty'
LEFT JOIN consults c ON c.encounter_id = r.id
WHERE r.entity = 'encounter' AND r.payload->>'queued_at' IS NOT NULL
    AND r.payload->>'specialty' IS NOT NULL;
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
    ("0008_rollups", rollup.schema_sql(rollup.POSTGRES)),
]

# Any constant will do, as long as no other program locks it on the hub's database:
# several hub processes starting at once apply each migration exactly once.
MIGRATION_LOCK = 0x4857_4353_4842  # "HWCSHB"
NEWER = "the hub database is from a newer hub (migrations {names})"


async def migrate(conn: Any) -> list[str]:
    """Apply pending migrations on an asyncpg connection; return the names applied."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS _migrations (name text PRIMARY KEY, at timestamptz)"
        )
        done = {r[0] for r in await conn.fetch("SELECT name FROM _migrations")}
        scripts = dict(MIGRATIONS)
        ran = []
        for name in to_apply(done, list(scripts), NEWER):
            await conn.execute(scripts[name])
            await conn.execute("INSERT INTO _migrations (name, at) VALUES ($1, now())", name)
            ran.append(name)
        return ran
