"""The signalling bus of several hub processes on one database: PostgreSQL LISTEN/NOTIFY.

Each ``kiosk-hub serve`` process keeps its own sockets' subscriptions in a
:class:`~hub.signalbus.LocalSignalBus`. What a process publishes reaches its own
subscribers at once and goes to the other processes as a NOTIFY on one PostgreSQL
channel; every process LISTENs on a connection of its own (not a pooled one: LISTEN
belongs to a session, and a pooled connection serves whoever takes it next) and hands
what arrives to its subscribers. A process skips its own notifications.

Why it is built this way:

- One PostgreSQL channel for every message, each process keeping what its sockets want,
  rather than a LISTEN per spoke: a process serves thousands of sockets that come and go,
  a LISTEN or UNLISTEN per socket would cost a round trip each, and all of them would
  have to be made again after every reconnection. The traffic is small: a hint per
  accepted push, and call set-up messages.
- A NOTIFY payload must stay under 8000 bytes. The SDP the call tests relay measure about
  4 KB (the kiosk's aiortc offers 3.8 KB of SDP, Chromium's answers 2.1 to 3.8 KB), but a
  kiosk with more interfaces and TURN candidates makes larger ones, and the sockets take
  messages up to 64 KiB. So a message is cut into pieces of at most :data:`PIECE`
  characters, all sent by one statement: one transaction, whose notifications reach
  every listener together and in order, or not at all. No table to clean up, and no
  read per message on the receiving side.
- One task per process sends, in batches (whatever waits, in one statement), with
  ``synchronous_commit`` off for that transaction: a notification need not survive a
  crash, and PostgreSQL serialises the commits of transactions that NOTIFY, so waiting
  for a disk flush there would cap the whole state's signalling at the disk's flush rate.
  Publishers (a push, a specialist's click) never wait for the database; messages of one
  process leave in the order they were published.
- A LISTEN connection that drops (database restart, network cut, terminated backend) is
  noticed when it closes, or by a ping when it merely goes silent. The bus connects
  again with growing pauses, LISTENs again, and tells its sockets what they may have
  missed meanwhile (:func:`hub.signalbus.catch_up`: kiosks pull and hear who is online,
  consoles reload their queue).

What is relayed, and to whom, is decided before publishing (``hub/api/signalling.py``),
as with one process. Payloads carry ids, hints and call set-up (SDP, candidates, the
specialist's name); credentials never: the process holding the kiosk's socket adds the
TURN credentials to a call itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import secrets
import time
from collections.abc import Iterable
from typing import Any

import asyncpg

from hub.signalbus import LocalSignalBus, Message, SignalBus, Subscription, catch_up
from hub.storage.base import StorageError
from hub.storage.urls import redact
from hwc_shared.backoff import Backoff

log = logging.getLogger("hub.signal")
PG_CHANNEL = "hwc_hub_signals"
APPLICATION_NAME = "hwc-hub signals"  # in pg_stat_activity
PIECE = 7800  # characters of message per NOTIFY: ASCII-only JSON, so bytes; header aside
MAX_PIECES = 64  # 500 KB: far above what a 64 KiB socket message can become
BATCH = 200  # notifications per statement
MAX_WAITING = 10_000  # messages waiting to be sent; beyond, the database is gone
PARTIAL_SECONDS = 30.0  # pieces of a message that never completed are dropped after this
_NOTIFY = (
    "SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, p) "
    "FROM unnest($2::text[]) AS p"
)
_DOWN = (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError)


def pieces(sender: str, serial: int, channel: str, message: Message) -> list[str]:
    """The NOTIFY payloads of one message: ``sender:serial:index:count:text``."""
    text = json.dumps([channel, message], separators=(",", ":"), ensure_ascii=True)
    parts = [text[i : i + PIECE] for i in range(0, len(text), PIECE)]
    return [f"{sender}:{serial}:{i}:{len(parts)}:{part}" for i, part in enumerate(parts)]


class PostgresSignalBus(SignalBus):
    def __init__(
        self,
        url: str,
        pool: Any,
        *,
        ping_every: float = 10.0,
        connect_timeout: float = 10.0,
        backoff: tuple[float, float] = (0.5, 30.0),
    ) -> None:
        self._url = url
        self._pool = pool  # the storage's pool: sending takes a connection briefly
        self._local = LocalSignalBus()
        self._id = secrets.token_hex(6)
        self._serial = itertools.count()
        self._outbox: asyncio.Queue[list[str]] = asyncio.Queue(MAX_WAITING)
        self._partial: dict[tuple[str, str], tuple[float, list[str]]] = {}
        self._ping_every = ping_every
        self._connect_timeout = connect_timeout
        self._backoff = backoff
        self._tasks: list[asyncio.Task[None]] = []
        self._listening = asyncio.Event()
        self._dropped = 0
        self.listen_pid: int | None = None  # the LISTEN connection's backend, when up
        self.reconnections = 0

    # -- life cycle ----------------------------------------------------------------------------
    async def start(self) -> None:
        """Start listening and sending; returns once the first LISTEN is in place, and
        raises :class:`StorageError` if it cannot be (as opening the storage would)."""
        loop = asyncio.get_running_loop()
        first: asyncio.Future[None] = loop.create_future()
        self._tasks = [
            loop.create_task(self._listen_forever(first)),
            loop.create_task(self._send_forever()),
        ]
        try:
            await first
        except BaseException:
            await self._stop_tasks()
            raise

    async def close(self) -> None:
        with contextlib.suppress(TimeoutError):  # what waits goes out first, briefly
            await asyncio.wait_for(self._outbox.join(), 2.0)
        await self._stop_tasks()
        await self._local.close()

    async def _stop_tasks(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    @property
    def listening(self) -> bool:
        return self._listening.is_set()

    async def until_listening(self) -> None:
        await self._listening.wait()

    def describe(self) -> dict[str, Any]:
        return {"backend": "postgresql", "listening": self.listening}

    # -- the SignalBus calls -------------------------------------------------------------------
    async def publish(self, channel: str, message: Message) -> None:
        self._local.deliver(channel, message)
        payloads = pieces(self._id, next(self._serial), channel, message)
        if len(payloads) > MAX_PIECES:
            log.warning("signals: a %r message too large to share was not sent on", channel)
            return
        try:
            self._outbox.put_nowait(payloads)
        except asyncio.QueueFull:
            if not self._dropped:
                log.warning("signals: the database does not take messages; dropping them")
            self._dropped += 1

    def subscribe(self, channels: Iterable[str]) -> Subscription:
        return self._local.subscribe(channels)

    def unsubscribe(self, subscription: Subscription) -> None:
        self._local.unsubscribe(subscription)

    # -- sending -------------------------------------------------------------------------------
    async def _send_forever(self) -> None:
        while True:
            batch = await self._outbox.get()
            taken = 1
            while len(batch) < BATCH and not self._outbox.empty():
                batch += self._outbox.get_nowait()
                taken += 1
            try:
                await self._pool.execute(_NOTIFY, PG_CHANNEL, batch)
                if self._dropped:
                    log.warning("signals: sending again; %d messages were dropped", self._dropped)
                    self._dropped = 0
            except _DOWN as error:
                log.warning(
                    "signals: %d messages for other hub processes were lost (%s)",
                    taken, type(error).__name__,
                )  # fmt: skip
            finally:
                for _ in range(taken):
                    self._outbox.task_done()

    # -- listening -----------------------------------------------------------------------------
    async def _listen_forever(self, first: asyncio.Future[None]) -> None:
        backoff = Backoff(base=self._backoff[0], cap=self._backoff[1], jitter=0)
        while True:
            try:
                conn = await self._connect()
            except _DOWN as error:
                delay = backoff.fail()
                if not first.done():
                    first.set_exception(StorageError(
                        f"cannot listen for signals on {redact(self._url)}: {error}"
                    ))  # fmt: skip
                    return
                log.warning("signals: cannot listen (%s); trying again in %.1f s",
                            type(error).__name__, delay)  # fmt: skip
                await asyncio.sleep(delay)
                continue
            backoff.reset()
            if first.done():
                self.reconnections += 1
                log.warning("signals: listening again; sockets fetch what they may have missed")
                self._catch_up()
            else:
                first.set_result(None)
            try:
                await self._watch(conn)
            finally:
                self._listening.clear()
                self.listen_pid = None
                self._partial.clear()  # the rest of a cut message will not come
                with contextlib.suppress(Exception):
                    await conn.close(timeout=2)

    async def _connect(self) -> Any:
        conn = await asyncpg.connect(
            self._url,
            timeout=self._connect_timeout,
            server_settings={"application_name": APPLICATION_NAME},
        )
        try:
            await conn.add_listener(PG_CHANNEL, self._on_notify)
        except BaseException:
            conn.terminate()
            raise
        self.listen_pid = conn.get_server_pid()
        self._listening.set()
        return conn

    async def _watch(self, conn: Any) -> None:
        """Return once the connection is gone: closed under us, or silent to a ping."""
        gone = asyncio.Event()
        conn.add_termination_listener(lambda _conn: gone.set())
        while True:
            try:
                await asyncio.wait_for(gone.wait(), self._ping_every)
            except TimeoutError:
                pass
            else:
                log.warning("signals: the LISTEN connection closed; connecting again")
                return
            try:
                await conn.fetchval("SELECT 1", timeout=max(1.0, self._ping_every / 2))
            except _DOWN as error:
                log.warning("signals: the database stopped answering (%s); connecting again",
                            type(error).__name__)  # fmt: skip
                return

    def _catch_up(self) -> None:
        for channel in self._local.channels():
            message = catch_up(channel)
            if message is not None:
                self._local.deliver(channel, message)

    def _on_notify(self, _conn: Any, _pid: int, _channel: str, payload: str) -> None:
        try:
            sender, serial, index, count, part = payload.split(":", 4)
            i, n = int(index), int(count)
        except ValueError:
            log.warning("signals: ignored a notification that is not the hub's")
            return
        if sender == self._id or not 0 <= i < n <= MAX_PIECES:
            return
        text = part if n == 1 else self._assemble((sender, serial), i, n, part)
        if text is None:
            return
        try:
            channel, message = json.loads(text)
        except (ValueError, TypeError):
            log.warning("signals: ignored a notification that is not the hub's")
            return
        if isinstance(channel, str) and isinstance(message, dict):
            self._local.deliver(channel, message)

    def _assemble(self, key: tuple[str, str], index: int, count: int, part: str) -> str | None:
        """The whole text once every piece of a message arrived; None until then."""
        now = time.monotonic()
        if key not in self._partial:
            for stale in [k for k, (t, _) in self._partial.items() if now - t > PARTIAL_SECONDS]:
                del self._partial[stale]
            self._partial[key] = (now, [""] * count)
        _, parts = self._partial[key]
        if len(parts) != count:
            return None
        parts[index] = part
        if any(not p for p in parts):
            return None
        del self._partial[key]
        return "".join(parts)
