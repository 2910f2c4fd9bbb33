"""Prescriptions, refusal reports, qualifications and the formulary on SQLite: functions
run on the storage thread (changes inside the caller's ``BEGIN IMMEDIATE`` transaction).

A signed prescription is a row of ``prescriptions`` (triggers refuse UPDATE and DELETE)
and a change in its spoke's feed, numbered from the spoke's counter like any pushed
record, so every kiosk of the spoke pulls it in order after the case it belongs to.
"""

from __future__ import annotations

import sqlite3
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
from hub.storage.sqlite_schema import stamp
from hwc_shared.wire import PRESCRIPTION

_COLUMNS = "id, spoke_id, encounter_id, payload, signature, key_id, issued_by, created_at"


def set_qualification(c: sqlite3.Connection, username: str, qualification: str) -> bool:
    cur = c.execute(
        "UPDATE specialists SET qualification = ? WHERE username = ?", [qualification, username]
    )
    return cur.rowcount == 1


def qualification(c: sqlite3.Connection, username: str) -> str | None:
    row = c.execute("SELECT qualification FROM specialists WHERE username = ?", [username])
    found = row.fetchone()
    return str(found[0]) if found else None


def add_prescription(c: sqlite3.Connection, rx: IssuedPrescription, now: datetime) -> None:
    # The consult is finished in the same UPDATE that proves the signer holds it open.
    held = c.execute(
        "UPDATE consults SET ended_at = ?, calling_at = NULL WHERE encounter_id = ? "
        "AND spoke_id = ? AND taken_by = ? AND ended_at IS NULL RETURNING 1",
        [stamp(now), rx.encounter_id, rx.spoke_id, rx.issued_by],
    ).fetchone()
    if held is None:
        ended = c.execute(
            "SELECT ended_at FROM consults WHERE encounter_id = ? AND taken_by = ?",
            [rx.encounter_id, rx.issued_by],
        ).fetchone()
        raise StorageError(FINISHED if ended and ended[0] else NOT_YOURS)
    if c.execute("SELECT 1 FROM prescriptions WHERE id = ?", [rx.id]).fetchone():
        raise StorageError(f"prescription {rx.id} already exists")
    seq = c.execute("SELECT change_seq FROM spokes WHERE id = ?", [rx.spoke_id]).fetchone()[0] + 1
    c.execute(
        f"INSERT INTO prescriptions ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?)",
        [rx.id, rx.spoke_id, rx.encounter_id, rx.envelope, rx.signature, rx.key_id,
         rx.issued_by, stamp(rx.created_at)],
    )  # fmt: skip
    c.execute(
        "INSERT INTO changes (spoke_id, seq, entity, entity_id, origin_kiosk) "
        "VALUES (?, ?, ?, ?, NULL)",
        [rx.spoke_id, seq, PRESCRIPTION, rx.id],
    )
    c.execute("UPDATE spokes SET change_seq = ? WHERE id = ?", [seq, rx.spoke_id])


def prescriptions_for(c: sqlite3.Connection, encounter_id: str) -> list[IssuedPrescription]:
    rows = c.execute(
        f"SELECT {_COLUMNS} FROM prescriptions WHERE encounter_id = ? ORDER BY created_at, id",
        [encounter_id],
    ).fetchall()
    return [
        IssuedPrescription(r[0], r[1], r[2], r[3], r[4], r[5], r[6], datetime.fromisoformat(r[7]))
        for r in rows
    ]


def store_refusals(c: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> None:
    """Rows of ``prescription_refusals`` from a push (the same report twice is kept once)."""
    c.executemany("INSERT OR IGNORE INTO prescription_refusals VALUES (?,?,?,?,?,?,?,?,?,?)", rows)


def prescription_refusals(
    c: sqlite3.Connection, spoke_id: str | None, limit: int
) -> list[RefusalReport]:
    where, args = ("WHERE spoke_id = ?", [spoke_id]) if spoke_id else ("", [])
    rows = c.execute(
        "SELECT spoke_id, kiosk_id, report_id, prescription_id, encounter_id, reason, detail, "
        f"payload_sha256, refused_at, received_at FROM prescription_refusals {where} "
        "ORDER BY received_at DESC, report_id LIMIT ?",
        [*args, limit],
    ).fetchall()
    return [
        RefusalReport(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
                      datetime.fromisoformat(r[9]))
        for r in rows
    ]  # fmt: skip


def replace_formulary(c: sqlite3.Connection, formulary: StoredFormulary) -> None:
    c.execute(
        "INSERT INTO formulary (id, entries, source, loaded_at) VALUES (1, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET entries = excluded.entries, source = excluded.source, "
        "loaded_at = excluded.loaded_at",
        [entries_json(formulary.entries), formulary.source, stamp(formulary.loaded_at)],
    )


def formulary(c: sqlite3.Connection) -> StoredFormulary | None:
    r = c.execute("SELECT entries, source, loaded_at FROM formulary WHERE id = 1").fetchone()
    if r is None:
        return None
    return StoredFormulary(entries_from(r[0]), r[1], datetime.fromisoformat(r[2]))
