"""What the hub's API asks of its storage. The API code talks only to this interface;
each backend (SQLite now, PostgreSQL for a state) implements it whole.

Every method that changes data is one transaction: it happens entirely or not at all.
"""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kiosk.sync.wire import Answer, Change, Op


class StorageError(Exception):
    """The storage refused an admin action (unknown spoke, duplicate name...): plain words."""


@dataclass(frozen=True)
class Spoke:
    id: str
    name: str
    district: str
    state: str
    created_at: datetime


@dataclass(frozen=True)
class Kiosk:
    id: str
    spoke_id: str
    label: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class Specialist:
    username: str
    name: str
    specialty: str
    registration_no: str
    hub_site: str


@dataclass(frozen=True)
class Mapping:
    spoke_id: str
    specialty: str
    hub_site: str


@dataclass(frozen=True)
class PullPage:
    changes: list[Change]
    cursor: int  # where the next pull starts; only ever grows
    more: bool


@dataclass(frozen=True)
class BlobClaim:
    """What the hub knows of a blob that an attachment of this spoke names."""

    sha256: str
    size: int
    mime: str
    complete: bool


@dataclass(frozen=True)
class BadOp:
    """An op that failed the wire schema; ``ref`` (entity:id) when it could be read, so
    that ops depending on it are deferred rather than rejected for a missing record."""

    ref: str | None
    reason: str


STATS_KEYS = ("spokes", "patients", "encounters", "observations", "blobs", "prescriptions")


class HubStorage(abc.ABC):
    """Everything the hub keeps, apart from blob bytes (see :mod:`hub.blobstore`)."""

    # -- life cycle ------------------------------------------------------------------
    @abc.abstractmethod
    async def open(self) -> None:
        """Connect and apply pending schema migrations."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise if the database cannot answer."""

    # -- administration ----------------------------------------------------------------
    @abc.abstractmethod
    async def add_spoke(
        self, spoke_id: str, name: str, district: str, state: str, now: datetime
    ) -> Spoke: ...

    @abc.abstractmethod
    async def spokes(self) -> list[Spoke]: ...

    @abc.abstractmethod
    async def add_enroll_code(
        self, spoke_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None: ...

    @abc.abstractmethod
    async def redeem_enroll_code(
        self, code_hash: str, kiosk_id: str, token_hash: str, label: str, now: datetime
    ) -> Spoke | None:
        """Trade an unused, unexpired code for a new kiosk; None if the code is no good."""

    @abc.abstractmethod
    async def kiosk_for_token(self, token_hash: str, now: datetime) -> Kiosk | None:
        """The kiosk holding this token (revoked ones too), noting that it was seen."""

    @abc.abstractmethod
    async def kiosks(self, spoke_id: str | None = None) -> list[Kiosk]: ...

    @abc.abstractmethod
    async def revoke_kiosk(self, kiosk_id: str, now: datetime) -> bool: ...

    @abc.abstractmethod
    async def add_specialist(self, specialist: Specialist, password_hash: str) -> None: ...

    @abc.abstractmethod
    async def specialists(self) -> list[Specialist]: ...

    @abc.abstractmethod
    async def map_spoke(self, mapping: Mapping) -> None: ...

    @abc.abstractmethod
    async def mappings(self, spoke_id: str | None = None) -> list[Mapping]: ...

    @abc.abstractmethod
    async def stats(self) -> dict[str, int]:
        """Counts under exactly the names in ``STATS_KEYS``."""

    # -- sync ----------------------------------------------------------------------------
    @abc.abstractmethod
    async def push(
        self, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
    ) -> list[Answer]:
        """Apply a batch in order and answer each op. A :class:`BadOp` is answered
        'rejected' with its reason. Ops already
        answered (same op id) get their first answer again and change nothing."""

    @abc.abstractmethod
    async def pull(self, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage: ...

    @abc.abstractmethod
    async def blob_claim(self, spoke_id: str, sha256: str) -> BlobClaim | None:
        """The blob if an attachment of this spoke names it; None otherwise."""

    @abc.abstractmethod
    async def blob_complete(self, sha256: str, now: datetime) -> None: ...

    @abc.abstractmethod
    async def entity_ids(self, spoke_id: str, entity: str) -> list[str]:
        """Every id the hub holds of one entity for a spoke (audits and tests)."""

    def describe(self) -> dict[str, Any]:
        """For the health answer: which backend, never credentials."""
        return {"backend": type(self).__name__}
