"""PostgreSQL only: taking a case is atomic across hub processes. Each storage here has
its own connection pool, as each ``kiosk-hub serve`` process has, on one database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime

import pytest

from hub.storage import postgres_consults
from hub.storage.base import StorageError
from hub.storage.models import Mapping, Specialist
from hub.storage.postgres import PostgresStorage
from tests.daywork import day_of_work
from tests.hubtools import held_ids
from tests.pgtools import until_waiting_on_a_lock

SITE = "District Hospital Jaipur"


Two = tuple[PostgresStorage, PostgresStorage, list[str]]


@asynccontextmanager
async def two_processes(url: str, cases: int) -> AsyncIterator[Two]:
    """Two storages and ``cases`` consults waiting for Dr. Asha and Dr. Ravi's site."""
    a, b = PostgresStorage(url, pool_size=4), PostgresStorage(url, pool_size=4)
    await a.open()
    await b.open()
    try:
        now = datetime.now(UTC)
        await a.add_spoke("spoke-a", "HWC A", "Jaipur", "Rajasthan", now)
        await a.map_spoke(Mapping("spoke-a", "general_medicine", SITE))
        for user in ("dr.asha", "dr.ravi"):
            specialist = Specialist(user, user, "general_medicine", "RMC-1", SITE)
            await a.add_specialist(specialist, "not a real hash")
        day = day_of_work("spoke-a", encounters_count=cases, photos=0, rounds=1)
        await a.push("spoke-a", "kiosk-a", list(day[0].ops), now)
        yield a, b, await held_ids(a, "spoke-a", "encounter")
    finally:
        await a.close()
        await b.close()


def test_a_take_that_waited_for_another_process_finds_the_case_taken(postgres_db: str) -> None:
    async def scenario() -> None:
        async with two_processes(postgres_db, 1) as (a, b, [case]):
            now = datetime.now(UTC)
            assert await a.ring_consult("spoke-a", case, now)  # the consult's row exists
            async with a.pool.acquire() as first:
                tx = first.transaction()
                await tx.start()
                taken = await postgres_consults.take_consult(first, case, "dr.asha", now)
                assert taken.taken_by == "dr.asha"
                # Dr. Ravi, on the other process, read the case as free and waits for
                # the row until Dr. Asha's take commits; then he finds it taken.
                second = asyncio.create_task(b.take_consult(case, "dr.ravi", now))
                await until_waiting_on_a_lock(a.pool)
                await tx.commit()
            with pytest.raises(StorageError, match="another specialist"):
                await second
            state = await b.consult_state(case)
            assert state is not None and state.taken_by == "dr.asha" and state.calling_at is None

    asyncio.run(scenario())


def test_two_processes_racing_for_the_same_cases_each_case_has_one_taker(
    postgres_db: str,
) -> None:
    async def take(storage: PostgresStorage, case: str, user: str) -> str | None:
        try:
            return (await storage.take_consult(case, user, datetime.now(UTC))).taken_by
        except StorageError:
            return None

    async def scenario() -> None:
        async with two_processes(postgres_db, 24) as (a, b, cases):
            # No consult row exists yet: both processes create it at the same moment.
            results = await asyncio.gather(
                *(take(p, case, user) for case in cases
                  for p, user in ((a, "dr.asha"), (b, "dr.ravi")))
            )  # fmt: skip
            for i, case in enumerate(cases):
                asha, ravi = results[2 * i], results[2 * i + 1]
                winners = {w for w in (asha, ravi) if w is not None}
                assert len(winners) == 1, (case, asha, ravi)
                state = await a.consult_state(case)
                assert state is not None and state.taken_by == winners.pop()
            # Giving back and taking again across processes: only the holder may release.
            case = cases[0]
            holder = (await a.consult_state(case)).taken_by  # type: ignore[union-attr]
            other = "dr.ravi" if holder == "dr.asha" else "dr.asha"
            with pytest.raises(StorageError, match="only the specialist"):
                await b.release_consult(case, other, False, datetime.now(UTC))
            await b.release_consult(case, str(holder), False, datetime.now(UTC))
            assert (await a.take_consult(case, other, datetime.now(UTC))).taken_by == other

    asyncio.run(scenario())
