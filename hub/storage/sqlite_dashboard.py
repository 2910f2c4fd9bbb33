"""The dashboard's part of the SQLite storage: officers, their sessions, kiosk health and
the figures, each on the storage thread (queries in :mod:`hub.storage.sqlite_figures`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from hub.storage import figures, rollup, rollup_figures
from hub.storage import sqlite_figures as queries
from hub.storage.aggregates import Figures, Officers
from hub.storage.base import StorageError
from hub.storage.models import FigureFilter, HealthReport, Officer, OfficerSession, Scope

T = TypeVar("T")


class SqliteDashboard(Officers, Figures):
    if TYPE_CHECKING:  # provided by SqliteStorage

        async def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...

        async def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...

    async def figures(self, table: str, f: FigureFilter, now: datetime) -> list[dict[str, Any]]:
        def read(c: sqlite3.Connection) -> list[dict[str, Any]]:
            if (planned := rollup_figures.plan(rollup.SQLITE, table, f)) is not None:
                sql, args, make = planned  # a long range: the monthly rollups
                return make(c.execute(sql, args).fetchall())
            rows: list[dict[str, Any]] = figures.table_query(queries, table, f, now)(c)
            return rows

        return await self._call(read)

    async def places(self, scope: Scope | None) -> dict[str, list[Any]]:
        return await self._call(lambda c: queries.places(c, scope))

    async def add_officer(self, officer: Officer, password_hash: str) -> None:
        def write(c: sqlite3.Connection) -> None:
            sql = "SELECT 1 FROM officers WHERE username = ?"
            if c.execute(sql, [officer.username]).fetchone():
                raise StorageError(f"officer {officer.username!r} already exists")
            queries.add_officer(c, officer, password_hash)

        await self._write(write)

    async def officers(self) -> list[Officer]:
        return await self._call(queries.officers)

    async def officer_login(self, username: str) -> tuple[Officer, str] | None:
        return await self._call(lambda c: queries.officer_login(c, username))

    async def add_officer_session(
        self, token_hash: str, session: OfficerSession, now: datetime
    ) -> None:
        await self._write(lambda c: queries.add_officer_session(c, token_hash, session, now))

    async def officer_session(
        self, token_hash: str, now: datetime
    ) -> tuple[OfficerSession, Officer] | None:
        return await self._call(lambda c: queries.officer_session(c, token_hash, now))

    async def end_officer_session(self, token_hash: str) -> None:
        sql = "DELETE FROM officer_sessions WHERE token_hash = ?"
        await self._write(lambda c: c.execute(sql, [token_hash]))

    async def note_health(
        self, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
    ) -> None:
        await self._write(lambda c: queries.note_health(c, spoke_id, kiosk_id, report, now))

    async def note_audio_only(self, spoke_id: str, encounter_id: str, now: datetime) -> None:
        await self._write(lambda c: queries.note_audio_only(c, spoke_id, encounter_id, now))
