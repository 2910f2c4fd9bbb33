"""PostgreSQL only: the signalling bus over LISTEN/NOTIFY. Each bus here has its own
connections, as each hub process has; they meet only in the database."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import pytest

from hub.signalbus import Message, Subscription
from hub.signalbus_postgres import PG_CHANNEL, PostgresSignalBus, pieces
from tests.consulttools import large_sdp
from tests.faultproxy import FaultProxy


def collect(sub: Subscription) -> list[Message]:
    """Everything the subscription receives from now on, as it comes."""
    got: list[Message] = []

    async def run() -> None:
        async for message in sub.messages():
            got.append(message)

    asyncio.get_running_loop().create_task(run())
    return got


async def until(condition: Callable[[], bool], what: str, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {seconds} s: {what}")
        await asyncio.sleep(0.02)


@asynccontextmanager
async def bus(url: str, **settings: Any) -> AsyncIterator[PostgresSignalBus]:
    pool = await asyncpg.create_pool(url, min_size=1, max_size=2)
    signals = PostgresSignalBus(url, pool, **settings)
    await signals.start()
    try:
        yield signals
    finally:
        await signals.close()
        await pool.close()


def test_messages_reach_other_processes_whole_in_order_and_only_their_channel(
    postgres_db: str,
) -> None:
    offer = {"type": "offer", "encounter_id": "e1", "sdp": large_sdp(500),
             "specialist": {"name": "डॉ. आशा मीणा"}}  # fmt: skip
    assert len(pieces("x", 1, "specialist:dr.asha", offer)) >= 4  # several notifications

    async def scenario() -> None:
        async with bus(postgres_db) as a, bus(postgres_db) as b:
            on_a, on_b = (
                collect(a.subscribe(["specialist:dr.asha"])),
                collect(b.subscribe(["specialist:dr.asha", "queue"])),
            )
            elsewhere = collect(b.subscribe(["specialist:dr.ravi"]))
            sent = [{"type": "accept", "n": 1}, offer, {"type": "candidate", "n": 3}]
            for message in sent:
                await a.publish("specialist:dr.asha", message)
            await b.publish("queue", {"type": "queue"})
            await until(lambda: len(on_b) == 4, "b hears a's three messages and its own")
            assert [m for m in on_b if m["type"] != "queue"] == sent  # whole, in order
            assert on_a == sent  # once each: a's own notifications come back and are skipped
            await asyncio.sleep(0.3)
            assert elsewhere == [] and len(on_a) == 3 and len(on_b) == 4

    asyncio.run(scenario())


def test_a_lost_listen_connection_is_made_again_and_sockets_catch_up(
    postgres_db: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        port = urlsplit(postgres_db).port
        assert port is not None
        async with FaultProxy(port) as proxy:
            parts = urlsplit(postgres_db)
            through = urlunsplit(parts._replace(netloc=f"postgres@127.0.0.1:{proxy.port}"))
            fast = {"ping_every": 0.3, "connect_timeout": 1.0, "backoff": (0.1, 0.4)}
            async with bus(postgres_db) as a, bus(through, **fast) as b:
                # b's LISTEN goes through the proxy; its sends through its own pool.
                kiosk = collect(b.subscribe(["spoke:spoke-a", "presence"]))
                console = collect(b.subscribe(["queue", "specialist:dr.asha"]))
                # The link goes silent: no error, no close. The ping notices.
                first_pid = b.listen_pid
                proxy.blackhole = True
                await until(lambda: not b.listening, "b notices the silence", 5)
                await a.publish("spoke:spoke-a", {"type": "call", "encounter_id": "lost"})
                await asyncio.sleep(0.5)  # reconnections fail while the link is dead
                proxy.blackhole = False
                await until(lambda: b.listening, "b listens again", 10)
                assert b.reconnections == 1 and b.listen_pid != first_pid
                # What b's sockets may have missed, they fetch again.
                await until(lambda: len(kiosk) == 2 and len(console) == 1, "catch-up hints")
                assert sorted(m["type"] for m in kiosk) == ["presence", "sync"]
                assert console == [{"type": "queue"}]
                await a.publish("specialist:dr.asha", {"type": "offer", "sdp": "v=0"})
                await until(lambda: len(console) == 2, "b hears a again")
                # The database ends the connection (a restart, an administrator).
                admin = await asyncpg.connect(postgres_db)
                await admin.execute("SELECT pg_terminate_backend($1)", b.listen_pid)
                await admin.close()
                await until(lambda: b.reconnections == 2 and b.listening, "b listens again")
                await a.publish("spoke:spoke-a", {"type": "sync", "origin": "k1"})
                await until(lambda: {"type": "sync", "origin": "k1"} in kiosk, "b hears a")
                assert all(m.get("encounter_id") != "lost" for m in kiosk)  # gone, not late

    asyncio.run(scenario())
    said = caplog.text
    assert "stopped answering" in said and "connection closed" in said and "listening again" in said
    caplog.clear()


def test_a_send_that_fails_loses_only_the_messages_for_other_processes(
    postgres_db: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="hub.signal")

    async def scenario() -> None:
        pool = await asyncpg.create_pool(postgres_db, min_size=1, max_size=1)
        signals = PostgresSignalBus(postgres_db, pool)
        await signals.start()
        try:
            here = collect(signals.subscribe(["queue"]))
            await pool.close()  # the database is out of reach for sending
            await signals.publish("queue", {"type": "queue"})  # neither waits nor raises
            await until(lambda: here == [{"type": "queue"}], "this process's socket hears it")
            await until(lambda: "were lost" in caplog.text, "the loss is logged")
        finally:
            await signals.close()

    asyncio.run(scenario())
    caplog.clear()


def test_notifications_from_other_programs_are_ignored(
    postgres_db: str, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        async with bus(postgres_db) as a:
            got = collect(a.subscribe(["queue"]))
            conn = await asyncpg.connect(postgres_db)
            try:
                for payload in ("hello", "x:1:0:1:not json", "x:1:5:2:", 'x:2:0:1:["queue",1]'):
                    await conn.execute("SELECT pg_notify($1, $2)", PG_CHANNEL, payload)
                await conn.execute("SELECT pg_notify($1, $2)", PG_CHANNEL,
                                   'x:3:0:1:["queue",{"type":"queue"}]')  # fmt: skip
            finally:
                await conn.close()
            await until(lambda: got == [{"type": "queue"}], "the one well-formed message")

    asyncio.run(scenario())
    assert caplog.text.count("not the hub's") == 2  # "x:1:5:2:" is a piece out of range
    caplog.clear()
