"""Prescriptions, refusal reports, qualifications and the formulary on PostgreSQL (asyncpg).

Signing a prescription adds to its spoke's change sequence, so it takes the spoke's row
lock first, exactly as a push does (``postgres_sync``): the new change commits in
sequence order with the spoke's pushes from any hub process, and no kiosk can pull past
it before it commits.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hub.storage.base import FINISHED, NOT_YOURS, StorageError
from hub.storage.models import (
    IssuedPrescription,
    RefusalReport,
    StoredFormulary,
    entries_from,
    entries_json,
)
from hwc_shared.wire import PRESCRIPTION

_COLUMNS = "id, spoke_id, encounter_id, payload::text, signature, key_id, issued_by, created_at"


async def set_qualification(pool: Any, username: str, qualification: str) -> bool:
    done = await pool.fetchval(
        "UPDATE specialists SET qualification = $1 WHERE username = $2 RETURNING 1",
        qualification,
        username,
    )
    return done is not None


async def qualification(pool: Any, username: str) -> str | None:
    found = await pool.fetchrow(
        "SELECT qualification FROM specialists WHERE username = $1", username
    )
    return str(found[0]) if found else None


async def add_prescription(c: Any, rx: IssuedPrescription, now: datetime) -> None:
    """In the caller's transaction: the spoke's lock, the consult, the row, the change."""
    seq = await c.fetchval(
        "SELECT change_seq FROM spokes WHERE id = $1 FOR NO KEY UPDATE", rx.spoke_id
    )
    held = await c.fetchval(
        "UPDATE consults SET ended_at = $1, calling_at = NULL WHERE encounter_id = $2 "
        "AND spoke_id = $3 AND taken_by = $4 AND ended_at IS NULL RETURNING 1",
        now, rx.encounter_id, rx.spoke_id, rx.issued_by,
    )  # fmt: skip
    if held is None:
        ended = await c.fetchval(
            "SELECT ended_at FROM consults WHERE encounter_id = $1 AND taken_by = $2",
            rx.encounter_id, rx.issued_by,
        )  # fmt: skip
        raise StorageError(FINISHED if ended is not None else NOT_YOURS)
    added = await c.fetchval(
        "INSERT INTO prescriptions (id, spoke_id, encounter_id, payload, signature, key_id, "
        "issued_by, created_at) VALUES ($1,$2,$3,$4::json,$5,$6,$7,$8) "
        "ON CONFLICT (id) DO NOTHING RETURNING 1",
        rx.id, rx.spoke_id, rx.encounter_id, rx.envelope, rx.signature, rx.key_id,
        rx.issued_by, rx.created_at,
    )  # fmt: skip
    if added is None:
        raise StorageError(f"prescription {rx.id} already exists")
    await c.execute(
        "WITH changed AS (INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) "
        "VALUES ($1, $2, $3, $4, NULL)) UPDATE spokes SET change_seq = $2 WHERE id = $1",
        rx.spoke_id, seq + 1, PRESCRIPTION, rx.id,
    )  # fmt: skip


async def prescriptions_for(pool: Any, encounter_id: str) -> list[IssuedPrescription]:
    rows = await pool.fetch(
        f"SELECT {_COLUMNS} FROM prescriptions WHERE encounter_id = $1 ORDER BY created_at, id",
        encounter_id,
    )
    return [IssuedPrescription(*r) for r in rows]


async def store_refusals(c: Any, rows: list[tuple[Any, ...]]) -> None:
    """Rows of ``prescription_refusals`` from a push (the same report twice is kept once)."""
    await c.executemany(
        "INSERT INTO prescription_refusals (spoke_id, kiosk_id, report_id, prescription_id, "
        "encounter_id, reason, detail, payload_sha256, refused_at, received_at) "
        "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10) ON CONFLICT DO NOTHING",
        rows,
    )


async def prescription_refusals(pool: Any, spoke_id: str | None, limit: int) -> list[RefusalReport]:
    rows = await pool.fetch(
        "SELECT spoke_id, kiosk_id, report_id, prescription_id, encounter_id, reason, detail, "
        "payload_sha256, refused_at, received_at FROM prescription_refusals "
        "WHERE $1::text IS NULL OR spoke_id = $1 ORDER BY received_at DESC, report_id LIMIT $2",
        spoke_id,
        limit,
    )
    return [RefusalReport(*r) for r in rows]


async def replace_formulary(pool: Any, formulary: StoredFormulary) -> None:
    await pool.execute(
        "INSERT INTO formulary (id, entries, source, loaded_at) VALUES (1, $1::json, $2, $3) "
        "ON CONFLICT (id) DO UPDATE SET entries = excluded.entries, source = excluded.source, "
        "loaded_at = excluded.loaded_at",
        entries_json(formulary.entries),
        formulary.source,
        formulary.loaded_at,
    )


async def formulary(pool: Any) -> StoredFormulary | None:
    r = await pool.fetchrow("SELECT entries::text, source, loaded_at FROM formulary WHERE id = 1")
    if r is None:
        return None
    return StoredFormulary(entries_from(r[0]), r[1], r[2])
