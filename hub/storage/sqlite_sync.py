"""Push and pull on SQLite: run inside the storage thread, push inside its transaction."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from hub import rules
from hub.storage import batch, sqlite_prescriptions
from hub.storage.models import BadOp, PullPage
from hwc_shared.wire import Answer, Op

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


def _prefetch(c: sqlite3.Connection, keys: set[batch.Key]) -> dict[batch.Key, rules.Stored | None]:
    loaded: dict[batch.Key, rules.Stored | None] = dict.fromkeys(keys)
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
    """Read all the batch needs in a few queries, decide, write it all at the end (the
    caller's transaction). SQLite's single writer makes the spoke's counter commit-ordered."""
    seq = c.execute("SELECT change_seq FROM spokes WHERE id = ?", [spoke_id]).fetchone()[0]
    answered = _first_answers(c, spoke_id, batch.op_ids(ops))
    loaded = _prefetch(c, batch.needed_keys(ops))
    answers, writes = batch.decide_batch(
        spoke_id, kiosk_id, ops, seq=seq, answered=answered, loaded=loaded, now=now
    )
    _flush(c, writes)
    c.execute("UPDATE spokes SET change_seq = ? WHERE id = ?", [writes.seq, spoke_id])
    return answers


def _flush(c: sqlite3.Connection, writes: batch.Writes) -> None:
    c.executemany(
        "INSERT INTO records (entity, id, spoke_id, version, payload, updated_at) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(entity, id) DO UPDATE SET version = "
        "excluded.version, payload = excluded.payload, updated_at = excluded.updated_at",
        writes.records,
    )
    c.executemany(
        "INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) VALUES (?,?,?,?,?)",
        writes.changes,
    )
    c.executemany("INSERT OR IGNORE INTO blobs (sha256, size, mime) VALUES (?,?,?)", writes.blobs)
    c.executemany("INSERT OR IGNORE INTO blob_claims VALUES (?,?)", writes.claims)
    c.executemany("INSERT INTO ops VALUES (?,?,?,?,?,?,?,?)", writes.ops)
    sqlite_prescriptions.store_refusals(c, writes.refusals)


def pull(c: sqlite3.Connection, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
    # Read the page and its payloads in one read transaction: a consistent snapshot.
    c.execute("BEGIN")
    try:
        rows = c.execute(
            "SELECT ch.seq, ch.entity, ch.entity_id, ch.origin_kiosk, r.version, r.payload "
            "FROM changes ch LEFT JOIN records r ON r.entity = ch.entity AND r.id = ch.entity_id "
            "WHERE ch.spoke_id = ? AND ch.seq > ? ORDER BY ch.seq LIMIT ?",
            [spoke_id, since, limit + 1],
        ).fetchall()
        more = len(rows) > limit
        rows = rows[:limit]
        wanted = batch.prescription_ids(rows)
        envelopes: dict[str, str] = {}
        for part in _chunks(wanted):
            marks = ",".join("?" * len(part))
            found = c.execute(f"SELECT id, payload FROM prescriptions WHERE id IN ({marks})", part)
            envelopes.update(found.fetchall())
    finally:
        c.execute("COMMIT")
    page = batch.page_changes(batch.with_envelopes(rows, envelopes), kiosk_id)
    changes = [batch.feed_change(*row) for row in page]
    cursor = rows[-1][0] if rows else since
    return PullPage(changes, cursor, more=more)
