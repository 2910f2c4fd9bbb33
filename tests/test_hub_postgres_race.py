"""PostgreSQL only: two spokes racing to one record id. The spoke row locks do not order
pushes of different spokes, so the second writer finds the record only at its insert;
its push is then tried again whole and refused like any write into another spoke."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime

import pytest

from hub.storage import postgres_sync
from hub.storage.postgres import PostgresStorage
from hwc_shared.wire import ACCEPTED, REJECTED
from tests.daywork import day_of_work
from tests.hubtools import held_ids
from tests.pgtools import until_waiting_on_a_lock


def test_a_record_id_taken_by_another_spoke_mid_push_is_refused(
    postgres_db: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="hub.storage")

    async def scenario() -> None:
        storage = PostgresStorage(postgres_db, pool_size=4)
        await storage.open()
        try:
            now = datetime.now(UTC)
            for spoke in ("spoke-a", "spoke-b"):
                await storage.add_spoke(spoke, "HWC", "Jaipur", "Rajasthan", now)
            patient = next(op for op in day_of_work("spoke-a")[0].ops if op.entity == "patient")
            async with storage.pool.acquire() as first:
                tx = first.transaction()
                await tx.start()
                answers = await postgres_sync.push(first, "spoke-a", "kiosk-a", [patient], now)
                assert [a.status for a in answers] == [ACCEPTED]
                # Spoke B read no such record and now waits at its insert for A's commit.
                second = asyncio.create_task(storage.push("spoke-b", "kiosk-b", [patient], now))
                await until_waiting_on_a_lock(storage.pool)
                await tx.commit()
            answers = await second
            assert "trying the transaction again" in caplog.text  # it was a race, then a retry
            assert [a.status for a in answers] == [REJECTED]
            assert "belongs to another spoke" in answers[0].reason
            assert await held_ids(storage, "spoke-a", "patient") == [patient.entity_id]
            assert await held_ids(storage, "spoke-b", "patient") == []
            page = await storage.pull("spoke-b", "kiosk-x", 0, 10)
            assert page.changes == [] and page.cursor == 0
        finally:
            await storage.close()

    asyncio.run(scenario())
