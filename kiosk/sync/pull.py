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

from hwc_shared.wire import PRESCRIPTION, Change
from kiosk.domain.names import latin_key
from kiosk.sync import state

Receive = Callable[[str], object]  # a signed prescription's text, as the hub sent it

_COLUMNS: dict[str, tuple[str, ...]] = {}


def _columns(db: Database, table: str) -> tuple[str, ...]:
    if table not in _COLUMNS:
        _COLUMNS[table] = tuple(r[1] for r in db.execute(f"PRAGMA table_info({table})"))
    return _COLUMNS[table]


def upsert_record(db: Database, entity: str, payload: dict[str, Any]) -> bool:
    """Write one hub record into its table; returns whether the kiosk keeps that entity."""
    if entity == "patient":
        row = {k: payload[k] for k in _columns(db, "patients") if k in payload}
        row["name_latin"] = latin_key(str(payload.get("name", "")))
        db.table("patients").upsert(row, pk="id")
    elif entity == "encounter":
        row = {k: payload[k] for k in _columns(db, "encounters") if k in payload}
        db.table("encounters").upsert(row, pk="id")
    elif entity == "observation":
        row = {k: payload[k] for k in _columns(db, "observations") if k in payload}
        row["components"] = json.dumps(payload["components"], sort_keys=True)
        # Append-only: INSERT OR IGNORE, never an update.
        db.table("observations").insert(row, ignore=True)
    elif entity == "consent":
        row = {k: payload[k] for k in _columns(db, "consents") if k in payload}
        db.table("consents").insert(row, ignore=True)  # append-only, like observations
    else:
        return False  # attachments from another kiosk: their blobs are not fetched
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
