"""Sync facts read from the kiosk's own database, with no network code loaded: the UI
imports this at start-up, the hub client only later."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.store import outbox
from kiosk.store.outbox import QUARANTINED
from kiosk.store.rows import parse_time
from kiosk.store.store import Store
from kiosk.sync import state
from kiosk.sync.report import QuarantineItem, SyncStatus


def quarantined(db: Database) -> list[QuarantineItem]:
    rows = db.execute(
        "SELECT op_id, entity, entity_id, last_error, created_at, attempts FROM outbox "
        "WHERE state = ? ORDER BY seq",
        [QUARANTINED],
    ).fetchall()
    return [QuarantineItem(r[0], r[1], r[2], r[3] or "", parse_time(r[4]), r[5]) for r in rows]


def not_enrolled_status(store: Store, problem: str = "") -> SyncStatus:
    """The status of a kiosk that has no hub yet: everything it records waits.
    ``problem`` says why enrolling with the code district IT left did not work."""
    counts = store.read(outbox.status)
    return SyncStatus(
        enrolled=False,
        online=None,
        syncing=False,
        pending=counts.pending,
        quarantined=counts.quarantined,
        oldest_pending_at=counts.oldest_pending_at,
        last_success_at=store.read(state.last_success),
        last_error=problem,
    )


class SyncLedger:
    """What this kiosk's own database says about sync, for the screens: what waits for the
    hub and what it refused. Reads only, and works before enrollment too."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def quarantined(self) -> list[QuarantineItem]:
        """The changes the hub refused, oldest first."""
        return self.store.read(quarantined)

    def not_enrolled_status(self, problem: str = "") -> SyncStatus:
        return not_enrolled_status(self.store, problem)
