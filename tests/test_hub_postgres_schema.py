"""PostgreSQL only: the hub's schema migrations, named and recorded, applied once even
when several hub processes start at the same moment."""

from __future__ import annotations

import asyncio

import pytest

from hub.storage.postgres import PostgresStorage
from hub.storage.postgres_schema import MIGRATIONS


def test_processes_starting_together_apply_each_migration_once(postgres_db: str) -> None:
    async def scenario() -> None:
        hubs = [PostgresStorage(postgres_db, pool_size=1) for _ in range(4)]
        await asyncio.gather(*(hub.open() for hub in hubs))
        try:
            rows = await hubs[0].pool.fetch("SELECT name FROM _migrations ORDER BY name")
            assert [r[0] for r in rows] == [name for name, _ in MIGRATIONS]
        finally:
            for hub in hubs:
                await hub.close()

    asyncio.run(scenario())


def test_a_database_from_a_newer_hub_is_refused(postgres_db: str) -> None:
    async def scenario() -> None:
        hub = PostgresStorage(postgres_db, pool_size=1)
        await hub.open()
        await hub.pool.execute("INSERT INTO _migrations VALUES ('9999_from_the_future', now())")
        await hub.close()
        again = PostgresStorage(postgres_db, pool_size=1)
        with pytest.raises(RuntimeError, match="newer hub"):
            await again.open()
        await again.close()

    asyncio.run(scenario())
