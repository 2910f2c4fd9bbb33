"""Push and pull on PostgreSQL, on one asyncpg connection.

Push runs in the caller's transaction and starts by locking its spoke's row: pushes of
one spoke (from any hub process) run one after another, each numbering its changes from
the counter it read under the lock and committing before the next can read it. So the
per-spoke sequence is commit-ordered and gap-safe, as on SQLite, while pushes of
different spokes run side by side. Pull is one statement: one consistent snapshot.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from hub import rules
from hub.storage import batch
from hub.storage.base import BadOp, PullPage
from kiosk.sync.wire import Answer, Change, Op


class RecordRaceError(Exception):
    """Another spoke's push stored a record id this batch also writes, between our read
    and our write. Retrying the whole push sees that record and decides again."""


async def _first_answers(c: Any, spoke_id: str, op_ids: list[str]) -> dict[str, tuple[str, str]]:
    rows = await c.fetch(
        "SELECT op_id, status, reason FROM ops WHERE spoke_id = $1 AND op_id = ANY($2::text[])",
        spoke_id,
        op_ids,
    )
    return {r[0]: (r[1], r[2]) for r in rows}


async def _prefetch(c: Any, keys: set[batch.Key]) -> dict[batch.Key, rules.Stored | None]:
    loaded: dict[batch.Key, rules.Stored | None] = dict.fromkeys(keys)
    entities, ids = [k[0] for k in keys], [k[1] for k in keys]
    rows = await c.fetch(
        "SELECT r.entity, r.id, r.spoke_id, r.version, r.payload FROM records r "
        "JOIN unnest($1::text[], $2::text[]) AS k(entity, id) "
        "ON r.entity = k.entity AND r.id = k.id",
        entities,
        ids,
    )
    for entity, entity_id, owner, version, payload in rows:
        loaded[(entity, entity_id)] = rules.Stored(owner, version, json.loads(payload))
    return loaded


async def push(
    c: Any, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
) -> list[Answer]:
    seq = await c.fetchval(
        "SELECT change_seq FROM spokes WHERE id = $1 FOR NO KEY UPDATE", spoke_id
    )
    answered = await _first_answers(c, spoke_id, batch.op_ids(ops))
    loaded = await _prefetch(c, batch.needed_keys(ops))
    answers, writes = batch.decide_batch(
        spoke_id, kiosk_id, ops, seq=seq, answered=answered, loaded=loaded, now=now
    )
    await _flush(c, spoke_id, writes)
    return answers


def _columns(rows: list[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows as one list per column, for ``unnest``: one statement whatever the count."""
    return [[row[i] for row in rows] for i in range(width)] if rows else [[]] * width


async def _flush(c: Any, spoke_id: str, writes: batch.Writes) -> None:
    records = writes.latest_records()
    if records:
        # The WHERE keeps a record of another spoke untouched; the rules refuse such
        # writes, so a row missing from RETURNING means another spoke got there first.
        stored = await c.fetch(
            "INSERT INTO records (entity, id, spoke_id, version, payload, updated_at) "
            "SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], "
            "$5::json[], $6::timestamptz[]) "
            "ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version, "
            "payload = excluded.payload, updated_at = excluded.updated_at "
            "WHERE records.spoke_id = excluded.spoke_id RETURNING 1",
            *_columns(records, 6),
        )
        if len(stored) != len(records):
            raise RecordRaceError()
    if writes.changes:
        await c.execute(
            "INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) "
            "SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[])",
            *_columns(writes.changes, 5),
        )
    if writes.blobs:
        await c.execute(
            "INSERT INTO blobs (sha256, size, mime) "
            "SELECT * FROM unnest($1::text[], $2::bigint[], $3::text[]) ON CONFLICT DO NOTHING",
            *_columns(writes.blobs, 3),
        )
        await c.execute(
            "INSERT INTO blob_claims (spoke_id, sha256) "
            "SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING",
            *_columns(writes.claims, 2),
        )
    if writes.ops:
        await c.execute(
            "INSERT INTO ops (spoke_id, op_id, kiosk_id, entity, entity_id, status, reason, "
            "received_at) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], "
            "$5::text[], $6::text[], $7::text[], $8::timestamptz[])",
            *_columns(writes.ops, 8),
        )
    if writes.changes:
        await c.execute("UPDATE spokes SET change_seq = $1 WHERE id = $2", writes.seq, spoke_id)


async def pull(c: Any, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
    rows = await c.fetch(
        "SELECT ch.seq, ch.entity, ch.entity_id, ch.origin_kiosk, r.version, r.payload "
        "FROM changes ch JOIN records r ON r.entity = ch.entity AND r.id = ch.entity_id "
        "WHERE ch.spoke_id = $1 AND ch.seq > $2 ORDER BY ch.seq LIMIT $3",
        spoke_id,
        since,
        limit + 1,
    )
    more = len(rows) > limit
    rows = [tuple(r) for r in rows[:limit]]
    changes = [
        Change(seq, entity, entity_id, version, json.loads(payload))
        for seq, entity, entity_id, version, payload in batch.page_changes(rows, kiosk_id)
    ]
    cursor = rows[-1][0] if rows else since
    return PullPage(changes, cursor, more=more)
