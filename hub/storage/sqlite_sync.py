"""Push and pull on SQLite: run inside the storage thread, push inside its transaction."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from hub import rules
from hub.storage.base import BadOp, PullPage
from kiosk.sync.wire import CONFLICT, DEFERRED, REJECTED, Answer, Change, Op


def _load(c: sqlite3.Connection, entity: str, entity_id: str) -> rules.Stored | None:
    r = c.execute(
        "SELECT spoke_id, version, payload FROM records WHERE entity = ? AND id = ?",
        [entity, entity_id],
    ).fetchone()
    return rules.Stored(r[0], r[1], json.loads(r[2])) if r else None


def _dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def _replayed(c: sqlite3.Connection, op: Op, first: tuple[str, str]) -> Answer:
    status, reason = first
    record = None
    if status == CONFLICT:
        current = _load(c, op.entity, op.entity_id)
        record = current.payload if current else None
    return Answer(status, reason, record)


def push(
    c: sqlite3.Connection, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: str
) -> list[Answer]:
    seq = c.execute("SELECT change_seq FROM spokes WHERE id = ?", [spoke_id]).fetchone()[0]
    answers: list[Answer] = []
    failed: set[str] = set()  # refs rejected or deferred in this batch
    loaded: dict[tuple[str, str], rules.Stored | None] = {}  # this batch's reads and writes

    def load(entity: str, entity_id: str) -> rules.Stored | None:
        key = (entity, entity_id)
        if key not in loaded:
            loaded[key] = _load(c, entity, entity_id)
        return loaded[key]

    for op in ops:
        if isinstance(op, BadOp):
            answers.append(Answer(REJECTED, op.reason))
            if op.ref:
                failed.add(op.ref)
            continue
        first = c.execute(
            "SELECT status, reason FROM ops WHERE spoke_id = ? AND op_id = ?", [spoke_id, op.op_id]
        ).fetchone()
        if first is not None:
            answers.append(_replayed(c, op, first))
            continue
        if op.ref in failed or failed.intersection(op.depends_on):
            failed.add(op.ref)
            answers.append(Answer(DEFERRED, "waits for an op that was not accepted"))
            continue
        current = load(op.entity, op.entity_id)
        refs = {ref: load(*ref) for ref in rules.references(op)}
        decision = rules.decide(op, current, refs, spoke_id)
        if decision.write is not None:
            seq += 1
            _store(c, op, decision, spoke_id, kiosk_id, seq, now)
            loaded[(op.entity, op.entity_id)] = rules.Stored(
                spoke_id, decision.version, decision.write
            )
        answer = decision.answer
        if answer.status == REJECTED:
            failed.add(op.ref)
        c.execute(
            "INSERT INTO ops VALUES (?,?,?,?,?,?,?,?)",
            [spoke_id, op.op_id, kiosk_id, op.entity, op.entity_id, answer.status,
             answer.reason, now],
        )  # fmt: skip
        answers.append(answer)
    c.execute("UPDATE spokes SET change_seq = ? WHERE id = ?", [seq, spoke_id])
    return answers


def _store(
    c: sqlite3.Connection,
    op: Op,
    decision: rules.Decision,
    spoke_id: str,
    kiosk_id: str,
    seq: int,
    now: str,
) -> None:
    assert decision.write is not None
    c.execute(
        "INSERT INTO records (entity, id, spoke_id, version, payload, updated_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(entity, id) DO UPDATE SET "
        "version = excluded.version, payload = excluded.payload, updated_at = excluded.updated_at",
        [op.entity, op.entity_id, spoke_id, decision.version, _dumps(decision.write), now],
    )
    c.execute(
        "INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) VALUES (?,?,?,?,?)",
        [spoke_id, seq, op.entity, op.entity_id, kiosk_id if decision.echoes_sender else None],
    )
    if op.entity == "attachment":
        p = decision.write
        c.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, mime) VALUES (?,?,?)",
            [p["sha256"], p["size"], p["mime"]],
        )
        c.execute("INSERT OR IGNORE INTO blob_claims VALUES (?,?)", [spoke_id, p["sha256"]])


def pull(c: sqlite3.Connection, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
    # Read the page and its payloads in one read transaction: a consistent snapshot.
    c.execute("BEGIN")
    try:
        rows = c.execute(
            "SELECT ch.seq, ch.entity, ch.entity_id, ch.origin_kiosk, r.version, r.payload "
            "FROM changes ch JOIN records r ON r.entity = ch.entity AND r.id = ch.entity_id "
            "WHERE ch.spoke_id = ? AND ch.seq > ? ORDER BY ch.seq LIMIT ?",
            [spoke_id, since, limit + 1],
        ).fetchall()
    finally:
        c.execute("COMMIT")
    more = len(rows) > limit
    rows = rows[:limit]
    # Each change carries the record as it is now; an entity changed twice within a
    # page goes once, at its first place, so it still comes before what refers to it.
    changes, seen = [], set()
    for seq, entity, entity_id, origin, version, payload in rows:
        if origin == kiosk_id or (entity, entity_id) in seen:
            continue
        seen.add((entity, entity_id))
        changes.append(Change(seq, entity, entity_id, version, json.loads(payload)))
    cursor = rows[-1][0] if rows else since
    return PullPage(changes, cursor, more=more)
