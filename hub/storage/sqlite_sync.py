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
    """A conflict answered again carries the hub's record as it is now."""
    current = _load(c, op.entity, op.entity_id)
    return Answer(first[0], first[1], current.payload if current else None)


CHUNK = 500  # SQLite's bound-parameter budget, with room to spare


def _chunks(items: list[Any]) -> list[list[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _first_answers(
    c: sqlite3.Connection, spoke_id: str, op_ids: list[str]
) -> dict[str, tuple[str, str]]:
    found: dict[str, tuple[str, str]] = {}
    for part in _chunks(op_ids):
        marks = ",".join("?" * len(part))
        for op_id, status, reason in c.execute(
            f"SELECT op_id, status, reason FROM ops WHERE spoke_id = ? AND op_id IN ({marks})",
            [spoke_id, *part],
        ):
            found[op_id] = (status, reason)
    return found


def _prefetch(
    c: sqlite3.Connection, keys: set[tuple[str, str]]
) -> dict[tuple[str, str], rules.Stored | None]:
    loaded: dict[tuple[str, str], rules.Stored | None] = dict.fromkeys(keys)
    by_entity: dict[str, list[str]] = {}
    for entity, entity_id in keys:
        by_entity.setdefault(entity, []).append(entity_id)
    for entity, ids in by_entity.items():
        for part in _chunks(ids):
            marks = ",".join("?" * len(part))
            for entity_id, owner, version, payload in c.execute(
                "SELECT id, spoke_id, version, payload FROM records "
                f"WHERE entity = ? AND id IN ({marks})",
                [entity, *part],
            ):
                loaded[(entity, entity_id)] = rules.Stored(owner, version, json.loads(payload))
    return loaded


def push(
    c: sqlite3.Connection, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: str
) -> list[Answer]:
    """Decide every op in order against the records as this batch leaves them; read all
    the batch needs in a few queries and write it all at the end (one transaction)."""
    seq = c.execute("SELECT change_seq FROM spokes WHERE id = ?", [spoke_id]).fetchone()[0]
    good = [op for op in ops if isinstance(op, Op)]
    answered = _first_answers(c, spoke_id, [op.op_id for op in good])
    keys = {(op.entity, op.entity_id) for op in good}
    for each in good:
        keys.update(rules.references(each))
    loaded = _prefetch(c, keys)
    writes = Writes()
    answers: list[Answer] = []
    failed: set[str] = set()  # refs rejected or deferred in this batch
    for op in ops:
        if isinstance(op, BadOp):
            answers.append(Answer(REJECTED, op.reason))
            if op.ref:
                failed.add(op.ref)
            continue
        first = answered.get(op.op_id)
        if first is not None:
            answers.append(_replayed(c, op, first) if first[0] == CONFLICT else Answer(*first))
            continue
        if op.ref in failed or failed.intersection(op.depends_on):
            failed.add(op.ref)
            answers.append(Answer(DEFERRED, "waits for an op that was not accepted"))
            continue
        current = loaded[(op.entity, op.entity_id)]
        refs = {ref: loaded[ref] for ref in rules.references(op)}
        decision = rules.decide(op, current, refs, spoke_id)
        if decision.write is not None:
            seq += 1
            writes.record(op, decision, spoke_id, kiosk_id, seq, now)
            loaded[(op.entity, op.entity_id)] = rules.Stored(
                spoke_id, decision.version, decision.write
            )
        answer = decision.answer
        if answer.status == REJECTED:
            failed.add(op.ref)
        answered[op.op_id] = (answer.status, answer.reason)
        writes.ops.append((spoke_id, op.op_id, kiosk_id, op.entity, op.entity_id,
                           answer.status, answer.reason, now))  # fmt: skip
        answers.append(answer)
    writes.flush(c)
    c.execute("UPDATE spokes SET change_seq = ? WHERE id = ?", [seq, spoke_id])
    return answers


class Writes:
    """Rows to write at the end of a push, in the order they were decided."""

    def __init__(self) -> None:
        self.records: list[tuple[Any, ...]] = []
        self.changes: list[tuple[Any, ...]] = []
        self.ops: list[tuple[Any, ...]] = []
        self.blobs: list[tuple[Any, ...]] = []
        self.claims: list[tuple[Any, ...]] = []

    def record(
        self, op: Op, decision: rules.Decision, spoke_id: str, kiosk_id: str, seq: int, now: str
    ) -> None:
        assert decision.write is not None
        p = decision.write
        self.records.append((op.entity, op.entity_id, spoke_id, decision.version, _dumps(p), now))
        origin = kiosk_id if decision.echoes_sender else None
        self.changes.append((spoke_id, seq, op.entity, op.entity_id, origin))
        if op.entity == "attachment":
            self.blobs.append((p["sha256"], p["size"], p["mime"]))
            self.claims.append((spoke_id, p["sha256"]))

    def flush(self, c: sqlite3.Connection) -> None:
        c.executemany(
            "INSERT INTO records (entity, id, spoke_id, version, payload, updated_at) "
            "VALUES (?,?,?,?,?,?) ON CONFLICT(entity, id) DO UPDATE SET version = "
            "excluded.version, payload = excluded.payload, updated_at = excluded.updated_at",
            self.records,
        )
        c.executemany(
            "INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) "
            "VALUES (?,?,?,?,?)",
            self.changes,
        )
        c.executemany("INSERT OR IGNORE INTO blobs (sha256, size, mime) VALUES (?,?,?)", self.blobs)
        c.executemany("INSERT OR IGNORE INTO blob_claims VALUES (?,?)", self.claims)
        c.executemany("INSERT INTO ops VALUES (?,?,?,?,?,?,?,?)", self.ops)


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
