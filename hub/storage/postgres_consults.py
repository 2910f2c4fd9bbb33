"""Consults, console sessions and presence on PostgreSQL, on one asyncpg connection.

The same queries as :mod:`hub.storage.sqlite_consults`, in PostgreSQL's words: the queue
reads the encounter's status, specialty and times from the record the kiosk pushed
(``payload->>'status'``), and what only the hub knows (who took the case, when the kiosk
rang) is in ``consults``.

Several hub processes share the database, so a change to a consult locks its row
(``SELECT ... FOR UPDATE``) before deciding: two specialists on two processes pressing
"Take" at once are served one after the other, and the second finds the case taken.
Functions that change something run inside the caller's transaction
(:meth:`PostgresStorage._write`); reads run on any pooled connection.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hub.storage.base import StorageError
from hub.storage.models import ConsultCase, ConsultState, QueueEntry, Specialist, SpecialistSession

WAITING = ["queued", "in_consult"]
QUEUE_LIMIT = 500


async def specialist_login(c: Any, username: str) -> tuple[Specialist, str] | None:
    r = await c.fetchrow(
        "SELECT username, name, specialty, registration_no, hub_site, password_hash "
        "FROM specialists WHERE username = $1",
        username,
    )
    return (Specialist(*r[:5]), r[5]) if r else None


async def add_session(c: Any, token_hash: str, session: SpecialistSession, now: datetime) -> None:
    await c.execute("DELETE FROM specialist_sessions WHERE expires_at <= $1", now)
    await c.execute(
        "INSERT INTO specialist_sessions (token_hash, username, csrf, created_at, expires_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        token_hash, session.username, session.csrf, session.created_at, session.expires_at,
    )  # fmt: skip


async def session_for_token(
    c: Any, token_hash: str, now: datetime
) -> tuple[SpecialistSession, Specialist] | None:
    r = await c.fetchrow(
        "SELECT s.username, s.csrf, s.created_at, s.expires_at, p.name, p.specialty, "
        "p.registration_no, p.hub_site FROM specialist_sessions s "
        "JOIN specialists p ON p.username = s.username "
        "WHERE s.token_hash = $1 AND s.expires_at > $2",
        token_hash,
        now,
    )
    if r is None:
        return None
    session = SpecialistSession(r[0], r[1], r[2], r[3])
    return session, Specialist(r[0], r[4], r[5], r[6], r[7])


async def specialist_seen(c: Any, username: str, now: datetime) -> None:
    await c.execute(
        "INSERT INTO specialist_presence (username, seen_at) VALUES ($1, $2) "
        "ON CONFLICT (username) DO UPDATE SET seen_at = excluded.seen_at",
        username,
        now,
    )


async def online_specialties(c: Any, spoke_id: str, since: datetime) -> list[str]:
    rows = await c.fetch(
        "SELECT DISTINCT m.specialty FROM spoke_mappings m "
        "JOIN specialists p ON p.hub_site = m.hub_site AND p.specialty = m.specialty "
        "JOIN specialist_presence s ON s.username = p.username "
        "WHERE m.spoke_id = $1 AND s.seen_at > $2 ORDER BY m.specialty",
        spoke_id,
        since,
    )
    return [r[0] for r in rows]


_ENTRY = (
    "SELECT r.id, r.spoke_id, sp.name, r.payload::text, p.payload::text, "
    "c.taken_by, c.taken_at, c.ended_at, c.calling_at FROM records r "
    "JOIN spokes sp ON sp.id = r.spoke_id "
    "LEFT JOIN records p ON p.entity = 'patient' AND p.id = r.payload->>'patient_id' "
    "LEFT JOIN consults c ON c.encounter_id = r.id "
)


def _entry(r: Any) -> QueueEntry:
    state = ConsultState(r[0], r[1], r[5], r[6], r[7], r[8])
    patient = json.loads(r[4]) if r[4] else None
    return QueueEntry(json.loads(r[3]), patient, r[1], r[2], state)


async def consult_queue(c: Any, hub_site: str, specialty: str) -> list[QueueEntry]:
    # Ordered as on SQLite: urgent (1) first, then by the ISO text of queued_at (missing
    # first, as SQLite sorts NULL), then by id.
    rows = await c.fetch(
        _ENTRY + "JOIN spoke_mappings m ON m.spoke_id = r.spoke_id "
        "AND m.specialty = r.payload->>'specialty' "
        "WHERE r.entity = 'encounter' AND r.payload->>'status' = ANY($1::text[]) "
        "AND m.hub_site = $2 AND m.specialty = $3 AND c.ended_at IS NULL "
        "ORDER BY r.payload->>'urgent' = '1' DESC, r.payload->>'queued_at' NULLS FIRST, r.id "
        "LIMIT $4",
        WAITING,
        hub_site,
        specialty,
        QUEUE_LIMIT,
    )
    return [_entry(r) for r in rows]


async def _requested(c: Any, encounter_id: str) -> Any:
    return await c.fetchrow(
        _ENTRY + "WHERE r.entity = 'encounter' AND r.id = $1 "
        "AND r.payload->>'specialty' IS NOT NULL",
        encounter_id,
    )


async def _payloads(c: Any, entity: str, encounter_id: str) -> list[dict[str, Any]]:
    rows = await c.fetch(
        "SELECT payload::text FROM records WHERE entity = $1 AND payload->>'encounter_id' = $2",
        entity,
        encounter_id,
    )
    return [json.loads(r[0]) for r in rows]


async def consult_case(c: Any, encounter_id: str) -> ConsultCase | None:
    r = await _requested(c, encounter_id)
    if r is None:
        return None
    entry = _entry(r)
    site = await c.fetchval(
        "SELECT hub_site FROM spoke_mappings WHERE spoke_id = $1 AND specialty = $2",
        entry.spoke_id,
        entry.encounter["specialty"],
    )
    observations = sorted(
        await _payloads(c, "observation", encounter_id), key=lambda o: (o["taken_at"], o["id"])
    )
    attachments = sorted(
        await _payloads(c, "attachment", encounter_id), key=lambda a: (a["created_at"], a["id"])
    )
    consents = sorted(
        await _payloads(c, "consent", encounter_id), key=lambda k: (k["recorded_at"], k["id"])
    )
    return ConsultCase(entry, site, observations, attachments, consents)


_STATE = "SELECT encounter_id, spoke_id, taken_by, taken_at, ended_at, calling_at FROM consults "


async def consult_state(c: Any, encounter_id: str) -> ConsultState | None:
    r = await c.fetchrow(_STATE + "WHERE encounter_id = $1", encounter_id)
    return ConsultState(*r) if r else None


async def _locked(c: Any, encounter_id: str) -> ConsultState | None:
    """The consult's row, locked to the end of the transaction: whoever changes a consult
    next, on any hub process, waits here and then sees this transaction's outcome."""
    r = await c.fetchrow(_STATE + "WHERE encounter_id = $1 FOR UPDATE", encounter_id)
    return ConsultState(*r) if r else None


async def _ensure(c: Any, encounter_id: str) -> ConsultState:
    r = await _requested(c, encounter_id)
    if r is None:
        raise StorageError("no consult was requested for this case")
    await c.execute(
        "INSERT INTO consults (encounter_id, spoke_id) VALUES ($1, $2) "
        "ON CONFLICT (encounter_id) DO NOTHING",
        encounter_id,
        r[1],
    )
    state = await _locked(c, encounter_id)
    assert state is not None
    return state


async def _updated(c: Any, sql: str, *args: Any) -> ConsultState:
    r = await c.fetchrow(
        sql + " RETURNING encounter_id, spoke_id, taken_by, taken_at, ended_at, calling_at",
        *args,
    )
    assert r is not None
    return ConsultState(*r)


async def take_consult(c: Any, encounter_id: str, username: str, now: datetime) -> ConsultState:
    state = await _ensure(c, encounter_id)
    if state.ended_at is not None:
        raise StorageError("this consult is finished")
    if state.taken_by not in (None, username):
        raise StorageError("another specialist has taken this case")
    if state.taken_by is not None:
        return state
    return await _updated(
        c,
        "UPDATE consults SET taken_by = $1, taken_at = $2, calling_at = NULL "
        "WHERE encounter_id = $3",
        username,
        now,
        encounter_id,
    )


async def release_consult(
    c: Any, encounter_id: str, username: str, finished: bool, now: datetime
) -> ConsultState:
    state = await _locked(c, encounter_id)
    if state is None or state.taken_by != username:
        raise StorageError("only the specialist who took this case can release it")
    if finished:
        return await _updated(
            c,
            "UPDATE consults SET ended_at = $1, calling_at = NULL WHERE encounter_id = $2",
            now,
            encounter_id,
        )
    return await _updated(
        c,
        "UPDATE consults SET taken_by = NULL, taken_at = NULL WHERE encounter_id = $1",
        encounter_id,
    )


async def ring_consult(
    c: Any, spoke_id: str, encounter_id: str, now: datetime
) -> ConsultState | None:
    r = await _requested(c, encounter_id)
    if r is None or r[1] != spoke_id:
        return None
    state = await _ensure(c, encounter_id)
    if state.ended_at is not None:
        return state
    return await _updated(
        c, "UPDATE consults SET calling_at = $1 WHERE encounter_id = $2", now, encounter_id
    )


# -- the console's sign-in throttle ------------------------------------------------------------
async def login_failures(c: Any, username: str, now: datetime) -> int:
    found = await c.fetchval(
        "SELECT failures FROM login_failures WHERE username = $1 AND expires_at > $2",
        username,
        now,
    )
    return int(found or 0)


async def note_login_failure(c: Any, username: str, now: datetime, expires_at: datetime) -> int:
    await c.execute(
        "DELETE FROM login_failures WHERE expires_at <= $1 AND username != $2", now, username
    )
    # One statement: failures on several hub processes at once each count.
    failures = await c.fetchval(
        "INSERT INTO login_failures (username, failures, expires_at) VALUES ($1, 1, $2) "
        "ON CONFLICT (username) DO UPDATE SET failures = CASE WHEN "
        "login_failures.expires_at <= $3 THEN 1 ELSE login_failures.failures + 1 END, "
        "expires_at = excluded.expires_at RETURNING failures",
        username,
        expires_at,
        now,
    )
    return int(failures)
