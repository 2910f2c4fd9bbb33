"""The outbox: one row per change, written in the same transaction as the change itself.

The sync engine drains it; here it only needs to be filled correctly. ``depends_on``
names the entities (``"encounter:<id>"``) whose own pending ops must reach the hub
first, so that a rejected record holds back only what depends on it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from kiosk.domain.ids import new_id
from kiosk.store.rows import iso, parse_time

PENDING = "pending"
QUARANTINED = "quarantined"


def entity_ref(entity: str, entity_id: str) -> str:
    return f"{entity}:{entity_id}"


def enqueue(
    db: Database,
    *,
    entity: str,
    entity_id: str,
    version: int,
    payload: dict[str, Any],
    now: datetime,
    depends_on: Iterable[str] = (),
) -> str:
    """Add one op; the caller is inside the transaction that makes the change."""
    assert db.conn.in_transaction, "outbox rows are written inside the change's transaction"
    op_id = new_id()
    db.table("outbox").insert(
        {
            "op_id": op_id,
            "entity": entity,
            "entity_id": entity_id,
            "version": version,
            "payload": json.dumps(payload, sort_keys=True, ensure_ascii=False),
            "depends_on": json.dumps(sorted(set(depends_on))),
            "created_at": iso(now),
            "state": PENDING,
        }
    )
    return op_id


@dataclass(frozen=True)
class OutboxStatus:
    pending: int
    quarantined: int
    oldest_pending_at: datetime | None


def status(db: Database) -> OutboxStatus:
    counts = dict(db.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall())
    oldest = db.execute("SELECT min(created_at) FROM outbox WHERE state = ?", [PENDING]).fetchone()[
        0
    ]
    return OutboxStatus(
        pending=counts.get(PENDING, 0),
        quarantined=counts.get(QUARANTINED, 0),
        oldest_pending_at=parse_time(oldest) if oldest else None,
    )
