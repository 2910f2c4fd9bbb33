"""Consults, console sessions and presence on SQLite: functions run on the storage thread.

Encounters live in ``records`` as the kiosk pushed them; the queue reads their status,
specialty and times with ``json_extract`` and joins the spoke's mapping, so nothing
about a consult is copied out of the record the kiosk owns. What only the hub knows (who
took the case, when the kiosk rang) is in ``consults``.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from hub.storage.base import StorageError
from hub.storage.models import ConsultCase, ConsultState, QueueEntry, Specialist, SpecialistSession
from hub.storage.sqlite_schema import stamp

WAITING = ("queued", "in_consult")
QUEUE_LIMIT = 500


def _opt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def specialist_login(c: sqlite3.Connection, username: str) -> tuple[Specialist, str] | None:
    r = c.execute(
        "SELECT username, name, specialty, registration_no, hub_site, password_hash "
        "FROM specialists WHERE username = ?",
        [username],
    ).fetchone()
    return (Specialist(*r[:5]), r[5]) if r else None


def add_session(
    c: sqlite3.Connection, token_hash: str, session: SpecialistSession, now: datetime
) -> None:
    c.execute("DELETE FROM specialist_sessions WHERE expires_at <= ?", [stamp(now)])
    c.execute(
        "INSERT INTO specialist_sessions VALUES (?,?,?,?,?)",
        [token_hash, session.username, session.csrf, stamp(session.created_at),
         stamp(session.expires_at)],
    )  # fmt: skip


def session_for_token(
    c: sqlite3.Connection, token_hash: str, now: datetime
) -> tuple[SpecialistSession, Specialist] | None:
    r = c.execute(
        "SELECT s.username, s.csrf, s.created_at, s.expires_at, p.name, p.specialty, "
        "p.registration_no, p.hub_site FROM specialist_sessions s "
        "JOIN specialists p ON p.username = s.username "
        "WHERE s.token_hash = ? AND s.expires_at > ?",
        [token_hash, stamp(now)],
    ).fetchone()
    if r is None:
        return None
    session = SpecialistSession(
        r[0], r[1], datetime.fromisoformat(r[2]), datetime.fromisoformat(r[3])
    )
    return session, Specialist(r[0], r[4], r[5], r[6], r[7])


def specialist_seen(c: sqlite3.Connection, username: str, now: datetime) -> None:
    c.execute(
        "INSERT INTO specialist_presence VALUES (?, ?) "
        "ON CONFLICT(username) DO UPDATE SET seen_at = excluded.seen_at",
        [username, stamp(now)],
    )


def online_specialties(c: sqlite3.Connection, spoke_id: str, since: datetime) -> list[str]:
    rows = c.execute(
        "SELECT DISTINCT m.specialty FROM spoke_mappings m "
        "JOIN specialists p ON p.hub_site = m.hub_site AND p.specialty = m.specialty "
        "JOIN specialist_presence s ON s.username = p.username "
        "WHERE m.spoke_id = ? AND s.seen_at > ? ORDER BY m.specialty",
        [spoke_id, stamp(since)],
    ).fetchall()
    return [r[0] for r in rows]


_ENTRY = (
    "SELECT r.id, r.spoke_id, sp.name, r.payload, p.payload, "
    "c.taken_by, c.taken_at, c.ended_at, c.calling_at FROM records r "
    "JOIN spokes sp ON sp.id = r.spoke_id "
    "LEFT JOIN records p ON p.entity = 'patient' "
    "AND p.id = json_extract(r.payload, '$.patient_id') "
    "LEFT JOIN consults c ON c.encounter_id = r.id "
)


def _entry(r: Any) -> QueueEntry:
    state = ConsultState(r[0], r[1], r[5], _opt(r[6]), _opt(r[7]), _opt(r[8]))
    patient = json.loads(r[4]) if r[4] else None
    return QueueEntry(json.loads(r[3]), patient, r[1], r[2], state)


def consult_queue(c: sqlite3.Connection, hub_site: str, specialty: str) -> list[QueueEntry]:
    rows = c.execute(
        _ENTRY + "JOIN spoke_mappings m ON m.spoke_id = r.spoke_id "
        "AND m.specialty = json_extract(r.payload, '$.specialty') "
        "WHERE r.entity = 'encounter' AND json_extract(r.payload, '$.status') IN (?, ?) "
        "AND m.hub_site = ? AND m.specialty = ? AND c.ended_at IS NULL "
        "ORDER BY json_extract(r.payload, '$.urgent') DESC, "
        "json_extract(r.payload, '$.queued_at'), r.id LIMIT ?",
        [*WAITING, hub_site, specialty, QUEUE_LIMIT],
    ).fetchall()
    return [_entry(r) for r in rows]


def _requested(c: sqlite3.Connection, encounter_id: str) -> Any:
    return c.execute(
        _ENTRY + "WHERE r.entity = 'encounter' AND r.id = ? "
        "AND json_extract(r.payload, '$.specialty') IS NOT NULL",
        [encounter_id],
    ).fetchone()


def _payloads(c: sqlite3.Connection, entity: str, encounter_id: str) -> list[dict[str, Any]]:
    rows = c.execute(
        "SELECT payload FROM records WHERE entity = ? "
        "AND json_extract(payload, '$.encounter_id') = ?",
        [entity, encounter_id],
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def consult_case(c: sqlite3.Connection, encounter_id: str) -> ConsultCase | None:
    r = _requested(c, encounter_id)
    if r is None:
        return None
    entry = _entry(r)
    site = c.execute(
        "SELECT hub_site FROM spoke_mappings WHERE spoke_id = ? AND specialty = ?",
        [entry.spoke_id, entry.encounter["specialty"]],
    ).fetchone()
    observations = sorted(
        _payloads(c, "observation", encounter_id), key=lambda o: (o["taken_at"], o["id"])
    )
    attachments = sorted(
        _payloads(c, "attachment", encounter_id), key=lambda a: (a["created_at"], a["id"])
    )
    consents = sorted(
        _payloads(c, "consent", encounter_id), key=lambda k: (k["recorded_at"], k["id"])
    )
    return ConsultCase(entry, site[0] if site else None, observations, attachments, consents)


def consult_state(c: sqlite3.Connection, encounter_id: str) -> ConsultState | None:
    r = c.execute(
        "SELECT encounter_id, spoke_id, taken_by, taken_at, ended_at, calling_at "
        "FROM consults WHERE encounter_id = ?",
        [encounter_id],
    ).fetchone()
    return ConsultState(r[0], r[1], r[2], _opt(r[3]), _opt(r[4]), _opt(r[5])) if r else None


def _ensure(c: sqlite3.Connection, encounter_id: str) -> ConsultState:
    r = _requested(c, encounter_id)
    if r is None:
        raise StorageError("no consult was requested for this case")
    c.execute(
        "INSERT OR IGNORE INTO consults (encounter_id, spoke_id) VALUES (?, ?)",
        [encounter_id, r[1]],
    )
    state = consult_state(c, encounter_id)
    assert state is not None
    return state


def take_consult(
    c: sqlite3.Connection, encounter_id: str, username: str, now: datetime
) -> ConsultState:
    state = _ensure(c, encounter_id)
    if state.ended_at is not None:
        raise StorageError("this consult is finished")
    if state.taken_by not in (None, username):
        raise StorageError("another specialist has taken this case")
    if state.taken_by is None:
        c.execute(
            "UPDATE consults SET taken_by = ?, taken_at = ?, calling_at = NULL "
            "WHERE encounter_id = ? AND taken_by IS NULL",
            [username, stamp(now), encounter_id],
        )
    result = consult_state(c, encounter_id)
    assert result is not None
    return result


def release_consult(
    c: sqlite3.Connection, encounter_id: str, username: str, finished: bool, now: datetime
) -> ConsultState:
    state = consult_state(c, encounter_id)
    if state is None or state.taken_by != username:
        raise StorageError("only the specialist who took this case can release it")
    if finished:
        c.execute(
            "UPDATE consults SET ended_at = ?, calling_at = NULL WHERE encounter_id = ?",
            [stamp(now), encounter_id],
        )
    else:
        c.execute(
            "UPDATE consults SET taken_by = NULL, taken_at = NULL WHERE encounter_id = ?",
            [encounter_id],
        )
    result = consult_state(c, encounter_id)
    assert result is not None
    return result


def ring_consult(
    c: sqlite3.Connection, spoke_id: str, encounter_id: str, now: datetime
) -> ConsultState | None:
    r = _requested(c, encounter_id)
    if r is None or r[1] != spoke_id:
        return None
    state = _ensure(c, encounter_id)
    if state.ended_at is not None:
        return state
    c.execute(
        "UPDATE consults SET calling_at = ? WHERE encounter_id = ?", [stamp(now), encounter_id]
    )
    return consult_state(c, encounter_id)


# -- the console's sign-in throttle ------------------------------------------------------------
def login_failures(c: sqlite3.Connection, username: str, now: datetime) -> int:
    r = c.execute(
        "SELECT failures FROM login_failures WHERE username = ? AND expires_at > ?",
        [username, stamp(now)],
    ).fetchone()
    return int(r[0]) if r else 0


def note_login_failure(
    c: sqlite3.Connection, username: str, now: datetime, expires_at: datetime
) -> int:
    c.execute(
        "DELETE FROM login_failures WHERE expires_at <= ? AND username != ?", [stamp(now), username]
    )
    r = c.execute(
        "INSERT INTO login_failures (username, failures, expires_at) VALUES (?, 1, ?) "
        "ON CONFLICT (username) DO UPDATE SET failures = CASE WHEN expires_at <= ? THEN 1 "
        "ELSE failures + 1 END, expires_at = excluded.expires_at RETURNING failures",
        [username, stamp(expires_at), stamp(now)],
    ).fetchone()
    return int(r[0])
