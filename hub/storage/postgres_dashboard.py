"""The dashboard's part of the PostgreSQL storage: officers, their sessions, kiosk health
and the figures (queries in :mod:`hub.storage.postgres_figures`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from hub.storage import figures, rollup, rollup_figures
from hub.storage import postgres_figures as queries
from hub.storage.aggregates import Figures, Officers
from hub.storage.base import StorageError
from hub.storage.models import FigureFilter, HealthReport, Officer, OfficerSession, Scope

T = TypeVar("T")


class PostgresDashboard(Officers, Figures):
    if TYPE_CHECKING:  # provided by PostgresStorage

        @property
        def pool(self) -> Any: ...

        async def _write(self, fn: Callable[[Any], Awaitable[T]]) -> T: ...

    async def figures(self, table: str, f: FigureFilter, now: datetime) -> list[dict[str, Any]]:
        async with self.pool.acquire() as c, c.transaction(readonly=True):
            # Percentiles sort every waiting time of the range: in memory, not on disk.
            await c.execute(f"SET LOCAL work_mem = '{queries.WORK_MEM}'")
            # Compiling a query costs half a second; these run once and are quick without.
            await c.execute("SET LOCAL jit = off")
            if (planned := rollup_figures.plan(rollup.POSTGRES, table, f)) is not None:
                sql, args, make = planned  # a long range: the monthly rollups
                return make(await c.fetch(sql, *args))
            rows: list[dict[str, Any]] = await figures.table_query(queries, table, f, now)(c)
            return rows

    async def places(self, scope: Scope | None) -> dict[str, list[Any]]:
        async with self.pool.acquire() as c:
            return await queries.places(c, scope)

    async def add_officer(self, officer: Officer, password_hash: str) -> None:
        async with self.pool.acquire() as c:
            if not await queries.add_officer(c, officer, password_hash):
                raise StorageError(f"officer {officer.username!r} already exists")

    async def officers(self) -> list[Officer]:
        async with self.pool.acquire() as c:
            return await queries.officers(c)

    async def officer_login(self, username: str) -> tuple[Officer, str] | None:
        async with self.pool.acquire() as c:
            return await queries.officer_login(c, username)

    async def add_officer_session(
        self, token_hash: str, session: OfficerSession, now: datetime
    ) -> None:
        await self._write(lambda c: queries.add_officer_session(c, token_hash, session, now))

    async def officer_session(
        self, token_hash: str, now: datetime
    ) -> tuple[OfficerSession, Officer] | None:
        async with self.pool.acquire() as c:
            return await queries.officer_session(c, token_hash, now)

    async def end_officer_session(self, token_hash: str) -> None:
        await self.pool.execute("DELETE FROM officer_sessions WHERE token_hash = $1", token_hash)

    async def note_health(
        self, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
    ) -> None:
        await self._write(lambda c: queries.note_health(c, spoke_id, kiosk_id, report, now))

    async def note_audio_only(self, spoke_id: str, encounter_id: str, now: datetime) -> None:
        await self._write(lambda c: queries.note_audio_only(c, spoke_id, encounter_id, now))
