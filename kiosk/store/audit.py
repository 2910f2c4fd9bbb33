"""The audit log: who did what, when. Ids only; names and clinical values stay out."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from kiosk.store.rows import iso


def audit(
    db: Database,
    *,
    actor: str | None,
    action: str,
    now: datetime,
    entity: str | None = None,
    entity_id: str | None = None,
    **detail: Any,
) -> None:
    db.table("audit_log").insert(
        {
            "at": iso(now),
            "actor": actor,
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "detail": json.dumps(detail, sort_keys=True),
        }
    )
