"""The ``storage`` of a contract test: a new, empty database on each backend.

A contract test is an ``async def``: it runs on an event loop of its own, with the storage
opened before and closed after on that same loop (asyncpg's pool belongs to the loop
that made it). The tests call the storage directly, never through HTTP.
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path
from typing import Any

import pytest

from hub.storage.base import HubStorage
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage


@pytest.fixture(autouse=True)
def _each_backend() -> None:
    """Replaces the hub tests' own: here only the ``storage`` fixture picks a backend, so
    a test without one (the coverage check) runs once."""


@pytest.fixture
def storage(hub_db: str, tmp_path: Path) -> HubStorage:
    """An empty storage of each backend (SQLite, then PostgreSQL), not yet opened."""
    if hub_db:
        return PostgresStorage(hub_db, pool_size=2)
    return SqliteStorage(tmp_path / "hub.db")


def same_database(storage: HubStorage) -> HubStorage:
    """A second storage object on the same database, as another hub process would have."""
    if isinstance(storage, PostgresStorage):
        return PostgresStorage(storage.url, pool_size=2)
    assert isinstance(storage, SqliteStorage)
    return SqliteStorage(storage.path)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    args: dict[str, Any] = {
        name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames
    }
    storage: HubStorage = args["storage"]

    async def run() -> None:
        await storage.open()
        try:
            await pyfuncitem.obj(**args)
        finally:
            await storage.close()

    asyncio.run(run())
    return True
