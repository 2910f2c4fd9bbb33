"""Many kiosks of one spoke push at once through several storages on one database (as
several hub processes would), while other kiosks pull as fast as they can. No pull may
ever skip a change that commits late: every puller ends up with every record, each at
its final version, and the spoke's sequence has no hole and no repeat."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from pathlib import Path

from hub.storage import open_storage
from hub.storage.base import HubStorage
from hwc_shared.wire import ACCEPTED
from tests.daywork import day_of_work

PUSHERS = 8
PULLERS = 4
PROCESSES = 3
SPOKES = ("spoke-a", "spoke-b", "spoke-c")  # one race after another: a late commit is rare


def test_no_pull_misses_a_change_committed_late(tmp_path: Path, hub_db: str) -> None:
    url = hub_db or f"sqlite:{tmp_path / 'hub.db'}"

    async def scenario() -> None:
        storages: list[HubStorage] = [open_storage(url, pool_size=4) for _ in range(PROCESSES)]
        for storage in storages:
            await storage.open()
        try:
            for spoke in SPOKES:
                now = datetime.now(UTC)
                await storages[0].add_spoke(spoke, "HWC", "Jaipur", "Rajasthan", now)
                await _race(storages, spoke)
        finally:
            for storage in storages:
                await storage.close()

    asyncio.run(scenario())


async def _race(storages: list[HubStorage], spoke: str) -> None:
    days = [
        day_of_work(spoke, seed=f"{spoke}{i}", encounters_count=12, photos=2, rounds=12)
        for i in range(PUSHERS)
    ]
    final: dict[tuple[str, str], int] = {}  # record -> version pushed last
    for day in days:
        for work in day:
            for op in work.ops:
                final[(op.entity, op.entity_id)] = op.version
    pushing = PUSHERS

    async def push(i: int) -> None:
        nonlocal pushing
        storage = storages[i % len(storages)]
        for work in days[i]:
            answers = await storage.push(spoke, f"pusher-{i}", list(work.ops), datetime.now(UTC))
            assert [a.status for a in answers] == [ACCEPTED] * len(work.ops)
            await asyncio.sleep(0)
        pushing -= 1

    async def pull(j: int) -> dict[tuple[str, str], int]:
        storage = storages[j % len(storages)]
        rng = random.Random(j)
        seen: dict[tuple[str, str], int] = {}
        cursor, pages = 0, 0
        while True:
            done = pushing == 0  # read before the pull: nothing commits after this page
            page = await storage.pull(spoke, f"puller-{j}", cursor, rng.randint(1, 9))
            pages += 1
            seqs = [c.seq for c in page.changes]
            assert seqs == sorted(seqs) and all(cursor < s <= page.cursor for s in seqs)
            for change in page.changes:
                seen[(change.entity, change.entity_id)] = change.version
            cursor = page.cursor
            if done and not page.more:
                assert pages > 10, "the pullers should pull while the pushers push"
                return seen
            await asyncio.sleep(0)

    results = await asyncio.gather(
        *(push(i) for i in range(PUSHERS)), *(pull(j) for j in range(PULLERS))
    )
    for seen in results[PUSHERS:]:
        assert isinstance(seen, dict)
        missing = set(final) - set(seen)
        assert not missing, f"a puller never received {len(missing)} records"
        assert seen == final  # and each at its last version
    everything = await storages[0].pull(spoke, "auditor", 0, 5000)
    changes = sum(len(work.ops) for day in days for work in day)
    assert everything.cursor == changes and not everything.more
