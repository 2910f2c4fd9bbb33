"""The PostgreSQL hub storage (asyncpg): for a state, with several hub processes.

Every hub process keeps a small connection pool to the one database; everything that
must be shared between processes (records, change counters, op answers, enrollment,
blob claims) lives there. A method that writes runs in one transaction on one pooled
connection (:meth:`PostgresStorage._write`), and is retried whole when PostgreSQL
reports a deadlock or a serialization failure, or another spoke raced us to a record id.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from hub.storage import postgres_consults as consults
from hub.storage import postgres_prescriptions as prescriptions
from hub.storage import postgres_sync
from hub.storage.base import (
    STATS_RECORDS,
    STATS_TOTALS,
    HubStorage,
    StorageError,
    sighting_due,
    stats_counts,
)
from hub.storage.models import (
    BadOp,
    BlobClaim,
    ConsultCase,
    ConsultState,
    IssuedPrescription,
    Kiosk,
    Mapping,
    PullPage,
    QueueEntry,
    RefusalReport,
    Specialist,
    SpecialistSession,
    Spoke,
    StoredFormulary,
)
from hub.storage.postgres_dashboard import PostgresDashboard
from hub.storage.postgres_schema import migrate
from hub.storage.postgres_teleconsult import PostgresTeleconsult
from hub.storage.urls import redact
from hwc_shared.wire import Answer, Op

T = TypeVar("T")
log = logging.getLogger("hub.storage")
RETRIES = 5


def _driver() -> Any:
    try:
        import asyncpg
    except ImportError:  # pragma: no cover - depends on the installation
        raise StorageError(
            "the PostgreSQL backend needs asyncpg: pip install 'hwc-kiosk[postgres]'"
        ) from None
    return asyncpg


async def _keep_session(conn: Any) -> None:
    """What a connection needs on its way back to the pool, beyond the rollback of any
    open transaction that asyncpg always does: nothing. The hub sets no session state
    (no LISTEN, session advisory locks, cursors or SET) on pooled connections, and
    asyncpg's default reset would cost a round trip per use."""


class PostgresStorage(PostgresTeleconsult, PostgresDashboard, HubStorage):
    def __init__(self, url: str, pool_size: int = 10) -> None:
        self.url = url
        self.pool_size = pool_size
        self._pool: Any = None

    # -- plumbing --------------------------------------------------------------------------
    @property
    def pool(self) -> Any:
        assert self._pool is not None, "the hub storage is not open"
        return self._pool

    async def _write(self, fn: Callable[[Any], Awaitable[T]]) -> T:
        """Run ``fn(connection)`` in one transaction, again from the start on a transient
        conflict (nothing of a rolled-back try remains)."""
        asyncpg = _driver()
        transient = (
            asyncpg.exceptions.DeadlockDetectedError,
            asyncpg.exceptions.SerializationError,
            postgres_sync.RecordRaceError,
        )
        for attempt in range(RETRIES):
            try:
                async with self.pool.acquire() as conn, conn.transaction():
                    return await fn(conn)
            except transient:
                if attempt == RETRIES - 1:
                    raise
                log.info("hub storage: transient conflict, trying the transaction again")
                await asyncio.sleep(0.01 * (attempt + 1))
        raise AssertionError("unreachable")

    async def open(self) -> None:
        asyncpg = _driver()
        try:
            self._pool = await asyncpg.create_pool(
                self.url,
                min_size=1,
                max_size=self.pool_size,
                command_timeout=60,
                reset=_keep_session,
            )
        except (OSError, asyncpg.PostgresError) as error:
            raise StorageError(
                f"cannot open the hub database {redact(self.url)}: {error}"
            ) from None
        async with self.pool.acquire() as conn:
            ran = await migrate(conn)
        if ran:
            log.info("hub database migrated: %s", ", ".join(ran))

    async def close(self) -> None:
        if self._pool is not None:
            await self._pool.close()
            self._pool = None

    async def ping(self) -> None:
        await self.pool.fetchval("SELECT 1")

    def describe(self) -> dict[str, Any]:
        return {"backend": "postgresql"}

    @property
    def driver_error(self) -> type[Exception]:
        """The driver's base error, for callers that turn it into plain words."""
        error: type[Exception] = _driver().PostgresError
        return error

    # -- administration ----------------------------------------------------------------------
    async def add_spoke(
        self, spoke_id: str, name: str, district: str, state: str, now: datetime
    ) -> Spoke:
        added = await self.pool.fetchval(
            "INSERT INTO spokes (id, name, district, state, created_at) VALUES ($1,$2,$3,$4,$5) "
            "ON CONFLICT (id) DO NOTHING RETURNING id",
            spoke_id, name, district, state, now,
        )  # fmt: skip
        if added is None:
            raise StorageError(f"spoke {spoke_id!r} already exists")
        return Spoke(spoke_id, name, district, state, now)

    async def spokes(self) -> list[Spoke]:
        rows = await self.pool.fetch(
            "SELECT id, name, district, state, created_at FROM spokes ORDER BY id"
        )
        return [Spoke(*r) for r in rows]

    async def add_enroll_code(
        self, spoke_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None:
        added = await self.pool.fetchval(
            "INSERT INTO enroll_codes (code_hash, spoke_id, created_at, expires_at) "
            "SELECT $1, id, $3, $4 FROM spokes WHERE id = $2 RETURNING 1",
            code_hash, spoke_id, now, expires_at,
        )  # fmt: skip
        if added is None:
            raise StorageError(f"no spoke {spoke_id!r}; add it first")

    async def redeem_enroll_code(
        self, code_hash: str, kiosk_id: str, token_hash: str, label: str, now: datetime
    ) -> Spoke | None:
        async def write(c: Any) -> Spoke | None:
            # The UPDATE's row lock gives a code redeemed twice at once exactly one winner.
            spoke_id = await c.fetchval(
                "UPDATE enroll_codes SET used_at = $1, kiosk_id = $2 "
                "WHERE code_hash = $3 AND used_at IS NULL AND expires_at > $1 RETURNING spoke_id",
                now, kiosk_id, code_hash,
            )  # fmt: skip
            if spoke_id is None:
                return None
            await c.execute(
                "INSERT INTO kiosks (id, spoke_id, token_hash, label, enrolled_at) "
                "VALUES ($1,$2,$3,$4,$5)",
                kiosk_id, spoke_id, token_hash, label, now,
            )  # fmt: skip
            r = await c.fetchrow(
                "SELECT id, name, district, state, created_at FROM spokes WHERE id = $1", spoke_id
            )
            return Spoke(*r)

        return await self._write(write)

    _KIOSK_COLUMNS = "id, spoke_id, label, enrolled_at, revoked_at, last_seen_at"

    async def kiosk_for_token(self, token_hash: str, now: datetime) -> Kiosk | None:
        r = await self.pool.fetchrow(
            f"SELECT {self._KIOSK_COLUMNS} FROM kiosks WHERE token_hash = $1", token_hash
        )
        if r is None:
            return None
        kiosk = Kiosk(*r)
        if sighting_due(kiosk.last_seen_at, now):
            await self.pool.execute("UPDATE kiosks SET last_seen_at = $1 WHERE id = $2", now, r[0])
        return kiosk

    async def kiosks(self, spoke_id: str | None = None) -> list[Kiosk]:
        rows = await self.pool.fetch(
            f"SELECT {self._KIOSK_COLUMNS} FROM kiosks "
            "WHERE $1::text IS NULL OR spoke_id = $1 ORDER BY enrolled_at",
            spoke_id,
        )
        return [Kiosk(*r) for r in rows]

    async def revoke_kiosk(self, kiosk_id: str, now: datetime) -> bool:
        done = await self.pool.fetchval(
            "UPDATE kiosks SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL RETURNING 1",
            now, kiosk_id,
        )  # fmt: skip
        return done is not None

    async def add_specialist(self, specialist: Specialist, password_hash: str) -> None:
        s = specialist
        added = await self.pool.fetchval(
            "INSERT INTO specialists (username, name, specialty, registration_no, hub_site, "
            "password_hash, qualification) VALUES ($1,$2,$3,$4,$5,$6,$7) "
            "ON CONFLICT DO NOTHING RETURNING 1",
            s.username, s.name, s.specialty, s.registration_no, s.hub_site, password_hash,
            s.qualification,
        )  # fmt: skip
        if added is None:
            raise StorageError(f"specialist {s.username!r} already exists")

    async def map_spoke(self, mapping: Mapping) -> None:
        m = mapping
        done = await self.pool.fetchval(
            "INSERT INTO spoke_mappings (spoke_id, specialty, hub_site) "
            "SELECT id, $2, $3 FROM spokes WHERE id = $1 ON CONFLICT (spoke_id, specialty) "
            "DO UPDATE SET hub_site = excluded.hub_site RETURNING 1",
            m.spoke_id, m.specialty, m.hub_site,
        )  # fmt: skip
        if done is None:
            raise StorageError(f"no spoke {m.spoke_id!r}; add it first")

    async def stats(self) -> dict[str, int]:
        async with self.pool.acquire() as c, c.transaction(readonly=True):
            totals = {k: await c.fetchval(sql) for k, sql in STATS_TOTALS.items()}
            return stats_counts(totals, await c.fetch(STATS_RECORDS))

    # -- specialists, sessions, consults (queries in postgres_consults) ----------------------
    async def specialist_login(self, username: str) -> tuple[Specialist, str] | None:
        return await consults.specialist_login(self.pool, username)

    async def add_session(self, token_hash: str, session: SpecialistSession, now: datetime) -> None:
        await self._write(lambda c: consults.add_session(c, token_hash, session, now))

    async def session_for_token(
        self, token_hash: str, now: datetime
    ) -> tuple[SpecialistSession, Specialist] | None:
        return await consults.session_for_token(self.pool, token_hash, now)

    async def end_session(self, token_hash: str) -> None:
        await self.pool.execute("DELETE FROM specialist_sessions WHERE token_hash = $1", token_hash)

    async def specialist_seen(self, username: str, now: datetime) -> None:
        await consults.specialist_seen(self.pool, username, now)

    async def online_specialties(self, spoke_id: str, since: datetime) -> list[str]:
        return await consults.online_specialties(self.pool, spoke_id, since)

    async def consult_queue(self, hub_site: str, specialty: str) -> list[QueueEntry]:
        return await consults.consult_queue(self.pool, hub_site, specialty)

    async def consult_case(self, encounter_id: str) -> ConsultCase | None:
        # One snapshot for the case and its vitals and photos.
        async with (
            self.pool.acquire() as c,
            c.transaction(isolation="repeatable_read", readonly=True),
        ):
            return await consults.consult_case(c, encounter_id)

    async def take_consult(self, encounter_id: str, username: str, now: datetime) -> ConsultState:
        return await self._write(lambda c: consults.take_consult(c, encounter_id, username, now))

    async def release_consult(
        self, encounter_id: str, username: str, finished: bool, now: datetime
    ) -> ConsultState:
        return await self._write(
            lambda c: consults.release_consult(c, encounter_id, username, finished, now)
        )

    async def ring_consult(
        self, spoke_id: str, encounter_id: str, now: datetime
    ) -> ConsultState | None:
        return await self._write(lambda c: consults.ring_consult(c, spoke_id, encounter_id, now))

    async def consult_state(self, encounter_id: str) -> ConsultState | None:
        return await consults.consult_state(self.pool, encounter_id)

    async def login_failures(self, username: str, now: datetime) -> int:
        return await consults.login_failures(self.pool, username, now)

    async def note_login_failure(self, username: str, now: datetime, expires_at: datetime) -> int:
        return await self._write(
            lambda c: consults.note_login_failure(c, username, now, expires_at)
        )

    async def forget_login_failures(self, username: str) -> None:
        await self.pool.execute("DELETE FROM login_failures WHERE username = $1", username)

    # -- prescriptions (queries in postgres_prescriptions) -------------------------------------
    async def set_qualification(self, username: str, qualification: str) -> bool:
        return await prescriptions.set_qualification(self.pool, username, qualification)

    async def qualification(self, username: str) -> str | None:
        return await prescriptions.qualification(self.pool, username)

    async def add_prescription(self, rx: IssuedPrescription, now: datetime) -> None:
        await self._write(lambda c: prescriptions.add_prescription(c, rx, now))

    async def prescriptions_for(self, encounter_id: str) -> list[IssuedPrescription]:
        return await prescriptions.prescriptions_for(self.pool, encounter_id)

    async def prescription_refusals(
        self, spoke_id: str | None = None, limit: int = 100
    ) -> list[RefusalReport]:
        return await prescriptions.prescription_refusals(self.pool, spoke_id, limit)

    async def replace_formulary(self, formulary: StoredFormulary) -> None:
        await prescriptions.replace_formulary(self.pool, formulary)

    async def formulary(self) -> StoredFormulary | None:
        return await prescriptions.formulary(self.pool)

    # -- sync --------------------------------------------------------------------------------
    async def push(
        self, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
    ) -> list[Answer]:
        return await self._write(lambda c: postgres_sync.push(c, spoke_id, kiosk_id, ops, now))

    async def pull(self, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
        async with self.pool.acquire() as c:
            return await postgres_sync.pull(c, spoke_id, kiosk_id, since, limit)

    async def blob_claim(self, spoke_id: str, sha256: str) -> BlobClaim | None:
        r = await self.pool.fetchrow(
            "SELECT b.sha256, b.size, b.mime, b.complete FROM blob_claims k "
            "JOIN blobs b ON b.sha256 = k.sha256 WHERE k.spoke_id = $1 AND k.sha256 = $2",
            spoke_id,
            sha256,
        )
        return BlobClaim(*r) if r else None

    async def blob_complete(self, sha256: str, now: datetime) -> None:
        await self.pool.execute(
            "UPDATE blobs SET complete = true, completed_at = $1 WHERE sha256 = $2 "
            "AND NOT complete",
            now,
            sha256,
        )
