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
from hub.storage import batch, postgres_prescriptions
from hub.storage.models import BadOp, PullPage
from hwc_shared.wire import Answer, Op


class RecordRaceError(Exception):
    """Another spoke's push stored a record id this batch also writes, between our read
    and our write. Retrying the whole push sees that record and decides again."""


# What a batch needs, in one round trip: the first answers of its op ids (kind 'o') and
# the records its ops touch or name (kind 'r'). Run after the spoke's lock is held, so it
# reads what every earlier push of the spoke committed.
_READ = (
    "SELECT 'o', op_id, status, reason, 0::bigint, NULL::text FROM ops "
    "WHERE spoke_id = $1 AND op_id = ANY($2::text[]) "
    "UNION ALL "
    "SELECT 'r', r.entity, r.id, r.spoke_id, r.version, r.payload::text FROM records r "
    "JOIN unnest($3::text[], $4::text[]) AS k(entity, id) ON r.entity = k.entity AND r.id = k.id"
)

# Everything a batch writes, in one statement (one round trip). Each part reads unnest()
# of its own arrays, so an empty part writes nothing. Foreign keys (a claim's blob) are
# checked at the end of the statement, when every part has run.
_WRITE = """
WITH stored AS (
    INSERT INTO records (entity, id, spoke_id, version, payload, updated_at)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::json[],
                         $6::timestamptz[])
    ON CONFLICT (entity, id) DO UPDATE SET version = excluded.version,
        payload = excluded.payload, updated_at = excluded.updated_at
    -- another spoke's record is never overwritten; the rules refuse such writes, so a
    -- row missing here means another spoke stored that id after we read
    WHERE records.spoke_id = excluded.spoke_id
    RETURNING 1
), changed AS (
    INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk)
    SELECT * FROM unnest($7::text[], $8::bigint[], $9::text[], $10::text[], $11::text[])
), blobs_named AS (
    INSERT INTO blobs (sha256, size, mime)
    SELECT * FROM unnest($12::text[], $13::bigint[], $14::text[]) ON CONFLICT DO NOTHING
), claimed AS (
    INSERT INTO blob_claims (spoke_id, sha256)
    SELECT * FROM unnest($15::text[], $16::text[]) ON CONFLICT DO NOTHING
), answered AS (
    INSERT INTO ops (spoke_id, op_id, kiosk_id, entity, entity_id, status, reason,
                     received_at)
    SELECT * FROM unnest($17::text[], $18::text[], $19::text[], $20::text[], $21::text[],
                         $22::text[], $23::text[], $24::timestamptz[])
), counted AS (
    UPDATE spokes SET change_seq = $25 WHERE id = $26 AND change_seq < $25
)
SELECT count(*) FROM stored
"""


async def _read(
    c: Any, spoke_id: str, ops: list[Op | BadOp]
) -> tuple[dict[str, tuple[str, str]], dict[batch.Key, rules.Stored | None]]:
    keys = batch.needed_keys(ops)
    answered: dict[str, tuple[str, str]] = {}
    loaded: dict[batch.Key, rules.Stored | None] = dict.fromkeys(keys)
    rows = await c.fetch(
        _READ, spoke_id, batch.op_ids(ops), [k[0] for k in keys], [k[1] for k in keys]
    )
    for kind, a, b, owner, version, payload in rows:
        if kind == "o":
            answered[a] = (b, owner)
        else:
            loaded[(a, b)] = rules.Stored(owner, version, json.loads(payload))
    return answered, loaded


async def push(
    c: Any, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
) -> list[Answer]:
    seq = await c.fetchval(
        "SELECT change_seq FROM spokes WHERE id = $1 FOR NO KEY UPDATE", spoke_id
    )
    answered, loaded = await _read(c, spoke_id, ops)
    answers, writes = batch.decide_batch(
        spoke_id, kiosk_id, ops, seq=seq, answered=answered, loaded=loaded, now=now
    )
    records = writes.latest_records()
    stored = await c.fetchval(
        _WRITE,
        *_columns(records, 6),
        *_columns(writes.changes, 5),
        *_columns(writes.blobs, 3),
        *_columns(writes.claims, 2),
        *_columns(writes.ops, 8),
        writes.seq,
        spoke_id,
    )
    if stored != len(records):
        raise RecordRaceError()
    if writes.refusals:  # rare: one more round trip only when a kiosk reports one
        await postgres_prescriptions.store_refusals(c, writes.refusals)
    return answers


def _columns(rows: list[tuple[Any, ...]], width: int) -> list[list[Any]]:
    """Rows as one list per column, for ``unnest``: one statement whatever the count."""
    return [[row[i] for row in rows] for i in range(width)]


async def pull(c: Any, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
    rows = await c.fetch(
        "SELECT ch.seq, ch.entity, ch.entity_id, ch.origin_kiosk, r.version, r.payload "
        "FROM changes ch LEFT JOIN records r ON r.entity = ch.entity AND r.id = ch.entity_id "
        "WHERE ch.spoke_id = $1 AND ch.seq > $2 ORDER BY ch.seq LIMIT $3",
        spoke_id,
        since,
        limit + 1,
    )
    more = len(rows) > limit
    rows = [tuple(r) for r in rows[:limit]]
    envelopes: dict[str, str] = {}
    if wanted := batch.prescription_ids(rows):
        # Committed with their changes, so every change read above finds its row here.
        found = await c.fetch(
            "SELECT id, payload::text FROM prescriptions WHERE id = ANY($1::text[])", wanted
        )
        envelopes = {r[0]: r[1] for r in found}
    page = batch.page_changes(batch.with_envelopes(rows, envelopes), kiosk_id)
    changes = [batch.feed_change(*row) for row in page]
    cursor = rows[-1][0] if rows else since
    return PullPage(changes, cursor, more=more)
