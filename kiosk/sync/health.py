"""The kiosk's health report to the hub, built after each sync cycle: what is waiting in
the outbox, devices that dropped out or went quiet, a printer that stopped or refused
the last job, and the prescriptions printed since the last report the hub took.

The hub keeps the newest report per kiosk for the programme dashboard. Nothing in it
names a patient (device kinds, states, counts, prescription ids). A hub too old to know
the route answers 404 and the kiosk carries on: the report never holds up a sync.
"""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from hwc_shared.wire_health import MAX_PRINTS, MAX_PROBLEMS
from kiosk.devices.events import STATE, DeviceState, DeviceStatus
from kiosk.events import EventBus
from kiosk.store import outbox
from kiosk.store.rows import iso
from kiosk.sync import state

REPORTED_AT = "health_reported_at"  # in sync_state: prints up to here reached the hub
PRINTED = ("queued", "printing", "done")  # a job the printer took
PRINTER_TROUBLE = ("stopped", "failed")
DEVICE_TROUBLE = {
    DeviceState.DISCONNECTED: "disconnected",
    DeviceState.STALE: "no_data",
    DeviceState.UNKNOWN: "not_recognised",
    DeviceState.GONE: "unplugged",
}


class DeviceWatch:
    """The newest state of every device the kiosk has seen, from the event bus."""

    def __init__(self, bus: EventBus) -> None:
        self._lock = threading.Lock()
        self._latest: dict[str, DeviceStatus] = {}
        self.unsubscribe = bus.subscribe(STATE, self._seen)

    def _seen(self, _topic: str, status: DeviceStatus) -> None:
        with self._lock:
            self._latest[status.device.key] = status

    def problems(self) -> list[dict[str, str]]:
        with self._lock:
            latest = list(self._latest.values())
        out = []
        for s in latest:
            trouble = DEVICE_TROUBLE.get(s.state)
            if trouble is not None:
                name = s.device.category or s.device.title or s.device.driver or "device"
                out.append({"device": name[:60], "state": trouble, "message": s.detail[:300]})
        return out


def _printer_problem(db: Database) -> list[dict[str, str]]:
    row = db.execute(
        "SELECT state, message, printer FROM prescription_prints "
        "ORDER BY updated_at DESC, id DESC LIMIT 1"
    ).fetchone()
    if row is None or row[0] not in PRINTER_TROUBLE:
        return []
    return [{"device": "printer", "state": row[0], "message": (row[1] or row[2] or "")[:300]}]


def build(db: Database, now: datetime, devices: list[dict[str, str]]) -> dict[str, Any]:
    """The report as the hub takes it (``hwc_shared.wire_health``)."""
    status = outbox.status(db)
    since = state.get(db, REPORTED_AT) or ""
    prints = db.execute(
        "SELECT prescription_id, min(requested_at) FROM prescription_prints "
        f"WHERE state IN ({','.join('?' * len(PRINTED))}) AND updated_at >= ? "
        "GROUP BY prescription_id ORDER BY 2 LIMIT ?",
        [*PRINTED, since, MAX_PRINTS],
    ).fetchall()
    return {
        "reported_at": iso(now),
        "pending_ops": status.pending,
        "quarantined": status.quarantined,
        "problems": (_printer_problem(db) + devices)[:MAX_PROBLEMS],
        "prints": [{"prescription_id": r[0], "printed_at": r[1]} for r in prints],
    }


def mark_reported(db: Database, report: dict[str, Any]) -> None:
    """Prints up to the report's moment reached the hub; the next report starts there
    (a print updated at that very moment is sent again, and the hub counts it once)."""
    state.put(db, REPORTED_AT, report["reported_at"])
