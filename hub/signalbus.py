"""How signalling messages reach the sockets that should see them.

Every socket subscribes to a few named channels (``spoke:<id>``, ``specialist:<user>``,
``queue``, ``presence``); a handler publishes a message to a channel and every
subscriber's socket sends it on. The hub's handlers only ever talk to this interface:
one process uses :class:`LocalSignalBus`; several hub processes on one PostgreSQL
database share :class:`hub.signalbus_postgres.PostgresSignalBus` (LISTEN/NOTIFY), which
implements the same calls. Messages are small JSON objects; nothing here keeps them once
delivered.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
from collections.abc import AsyncIterator, Iterable
from typing import Any

Message = dict[str, Any]
QUEUE_LIMIT = 256  # a socket this far behind is dead; it is closed and reconnects


class Subscription:
    """Messages for one socket, in the order published. ``closed`` is set when the bus
    dropped it (too far behind, or the bus stopped)."""

    def __init__(self, channels: Iterable[str]) -> None:
        self.channels = frozenset(channels)
        self._queue: asyncio.Queue[Message | None] = asyncio.Queue(QUEUE_LIMIT)
        self.closed = False

    def deliver(self, message: Message) -> None:
        if self.closed:
            return
        try:
            self._queue.put_nowait(message)
        except asyncio.QueueFull:
            self.close()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            with contextlib.suppress(asyncio.QueueFull):
                self._queue.put_nowait(None)

    async def messages(self) -> AsyncIterator[Message]:
        while True:
            message = await self._queue.get()
            if message is None:
                return
            yield message


class SignalBus(abc.ABC):
    @abc.abstractmethod
    async def publish(self, channel: str, message: Message) -> None:
        """Deliver ``message`` to every current subscriber of ``channel``."""

    @abc.abstractmethod
    def subscribe(self, channels: Iterable[str]) -> Subscription: ...

    @abc.abstractmethod
    def unsubscribe(self, subscription: Subscription) -> None: ...

    @abc.abstractmethod
    async def close(self) -> None:
        """Stop delivering; subscribers see their subscription end."""

    def describe(self) -> dict[str, Any]:
        """For the health answer: how messages reach other hub processes."""
        return {"backend": "in-process"}


class LocalSignalBus(SignalBus):
    """Every socket in this process: a dictionary from channel to subscriptions."""

    def __init__(self) -> None:
        self._by_channel: dict[str, set[Subscription]] = {}

    async def publish(self, channel: str, message: Message) -> None:
        self.deliver(channel, message)

    def deliver(self, channel: str, message: Message) -> None:
        """To this process's subscribers of ``channel`` (a shared bus calls this with what
        other processes published)."""
        for subscription in list(self._by_channel.get(channel, ())):
            subscription.deliver(message)

    def channels(self) -> list[str]:
        """The channels someone in this process listens to."""
        return list(self._by_channel)

    def subscribe(self, channels: Iterable[str]) -> Subscription:
        subscription = Subscription(channels)
        for channel in subscription.channels:
            self._by_channel.setdefault(channel, set()).add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        for channel in subscription.channels:
            members = self._by_channel.get(channel)
            if members is not None:
                members.discard(subscription)
                if not members:
                    del self._by_channel[channel]
        subscription.close()

    async def close(self) -> None:
        for members in list(self._by_channel.values()):
            for subscription in list(members):
                self.unsubscribe(subscription)


def spoke_channel(spoke_id: str) -> str:
    return f"spoke:{spoke_id}"


async def tell_spoke(bus: SignalBus, spoke_id: str, origin: str | None = None) -> None:
    """Tell the spoke's kiosks that the hub holds something for them to pull (a record
    another kiosk pushed, a prescription); ``origin``, a kiosk that needs no telling."""
    message: Message = {"type": "sync"}
    if origin is not None:
        message["origin"] = origin
    await bus.publish(spoke_channel(spoke_id), message)


def specialist_channel(username: str) -> str:
    return f"specialist:{username}"


QUEUE_CHANNEL = "queue"  # a consult queue changed: consoles fetch theirs again
PRESENCE_CHANNEL = "presence"  # a specialist came or went: kiosks hear who is online


def catch_up(channel: str) -> Message | None:
    """What to tell a channel's sockets when messages to it may have been lost (a shared
    bus lost its connection for a while): the hints that make them fetch the state again.
    Call messages are not replayed: the kiosk offers again and the console follows."""
    if channel.startswith("spoke:"):
        return {"type": "sync"}
    if channel == QUEUE_CHANNEL:
        return {"type": "queue"}
    if channel == PRESENCE_CHANNEL:
        return {"type": "presence"}
    return None
