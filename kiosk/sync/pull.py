"""Applying what the hub sends back: one page and its cursor in one transaction.

Pulled records are written without outbox ops (they came from the hub). A record with
local changes still waiting to go is left alone: the kiosk's version goes up first and
the hub's merged result comes back in a later pull.

A signed prescription is not a record to copy: it goes to ``receive`` (the clinic's
``prescriptions.receive`` with the pinned hub key), which verifies it and keeps it, or
refuses it and queues the refusal for the hub, inside the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlite_utils import Database

from hwc_shared import entities
from hwc_shared.entities import KioskUpsert
from hwc_shared.wire import PRESCRIPTION, Change
from kiosk.domain.names import latin_key
from kiosk.sync import state

Receive = Callable[[str], object]  # a signed prescription's text, as the hub sent it

_COLUMNS: dict[str, tuple[str, ...]] = {}


def _columns(db: Database, table: str) -> tuple[str, ...]:
    if table not in _COLUMNS:
        _COLUMNS[table] = tuple(r[1] for r in db.execute(f"PRAGMA table_info({table})"))
    return _COLUMNS[table]


# Columns the kiosk keeps beside a pulled record's own fields, worked out from it.
_DERIVED: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "patient": lambda payload: {"name_latin": latin_key(str(payload.get("name", "")))},
}


def upsert_record(db: Database, entity: str, payload: dict[str, Any]) -> bool:
    """Write one hub record into its table as its entity's row says (replace, insert once,
    or not kept); returns whether the kiosk keeps that entity."""
    kind = entities.BY_NAME.get(entity)
    if kind is None or kind.kiosk_upsert is KioskUpsert.NOT_KEPT:
        return False  # e.g. attachments from another kiosk: their blobs are not fetched
    row = {k: payload[k] for k in _columns(db, kind.kiosk_table) if k in payload}
    for name in kind.json_fields:
        row[name] = json.dumps(payload[name], sort_keys=True)
    if derive := _DERIVED.get(entity):
        row.update(derive(payload))
    if kind.kiosk_upsert is KioskUpsert.INSERT_ONCE:
        db.table(kind.kiosk_table).insert(row, ignore=True)  # append-only: never an update
    else:
        db.table(kind.kiosk_table).upsert(row, pk="id")
    return True


def apply_page(db: Database, changes: Sequence[Change], cursor: int, receive: Receive) -> int:
    """Apply a page and move the cursor (inside one write transaction); returns how many
    records were written or prescriptions received (kept or refused)."""
    db.execute("PRAGMA defer_foreign_keys = ON")
    waiting = {
        (e, i) for e, i in db.execute("SELECT DISTINCT entity, entity_id FROM outbox").fetchall()
    }
    written = 0
    for change in changes:
        if change.entity == PRESCRIPTION:
            receive(change.payload["envelope"])
            written += 1
            continue
        if (change.entity, change.entity_id) in waiting:
            continue
        if upsert_record(db, change.entity, change.payload):
            written += 1
    if cursor > state.cursor(db):
        state.put(db, state.CURSOR, str(cursor))
    return written
