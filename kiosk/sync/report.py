"""What a sync cycle did, what is shown while it runs, and the status the CHO sees."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

SYNC_STATUS = "sync.status"  # event bus topic: a SyncStatus
SYNC_PROGRESS = "sync.progress"  # event bus topic: a SyncProgress
DISK_FULL = "the kiosk's disk is full"  # how a sync error that met a full disk begins


@dataclass
class SyncReport:
    pushed: int = 0
    accepted: int = 0
    rejected: int = 0
    conflicts: int = 0
    pulled: int = 0
    blobs: int = 0
    blob_bytes: int = 0
    pending: int = 0
    quarantined: int = 0
    ok: bool = False
    error: str = ""
    refused: bool = False  # the hub refused this kiosk: enrollment needs district IT
    unreachable: bool = False  # no answer at all: the kiosk is offline
    disk_full: bool = False  # a pulled page found no room: rolled back, pulled again later

    @property
    def clean(self) -> bool:
        """Nothing left to do: the only result that lets ``kiosk sync now`` exit 0."""
        return self.ok and self.pending == 0 and self.quarantined == 0

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "clean": self.clean}


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push", "pull", "blobs"
    items_done: int
    items_total: int
    bytes_done: int
    bytes_total: int


@dataclass(frozen=True)
class QuarantineItem:
    op_id: str
    entity: str
    entity_id: str
    reason: str
    created_at: datetime
    attempts: int


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    online: bool | None  # None: no contact tried yet
    syncing: bool
    pending: int
    quarantined: int
    oldest_pending_at: datetime | None
    last_success_at: datetime | None
    last_error: str = ""
    next_try_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def synced(self) -> bool:
        """'Synced' only when the outbox is empty: nothing waiting, nothing refused."""
        return self.pending == 0 and self.quarantined == 0

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("oldest_pending_at", "last_success_at", "next_try_at"):
            value = out[key]
            out[key] = value.isoformat() if value is not None else None
        out["synced"] = self.synced
        out.pop("extra")
        return out
