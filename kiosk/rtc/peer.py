"""A peer connection that owns the task in which it connects.

aiortc starts connecting (ICE, then DTLS, then SCTP) in a task of its own each time a
description is set, and keeps no reference to it. Closing the connection while that task
is still at work makes the task fail with ``InvalidStateError`` ("RTCIceTransport is
closed"), an exception nobody retrieves: asyncio then reports it at some later, random
moment. This subclass records each such task, and ``close()`` cancels and awaits them,
so that closing during set-up is as quiet as closing an established call.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from aiortc import RTCPeerConnection
from aiortc.exceptions import InvalidStateError


class OwnedPeerConnection(RTCPeerConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connecting: set[asyncio.Task[Any]] = set()
        self._closing = False

    async def _RTCPeerConnection__connect(self) -> None:  # noqa: N802 (aiortc's private name)
        task = asyncio.current_task()
        if task is not None:
            self._connecting.add(task)
        try:
            await super()._RTCPeerConnection__connect()  # type: ignore[misc]
        except InvalidStateError:
            if not self._closing:
                raise  # a real failure while the connection is open: let aiortc see it
        finally:
            if task is not None:
                self._connecting.discard(task)

    @property
    def connecting(self) -> bool:
        """Whether a connect task is still at work (for tests and diagnostics)."""
        return bool(self._connecting)

    async def close(self) -> None:
        self._closing = True
        pending = [t for t in self._connecting if t is not asyncio.current_task()]
        for task in pending:
            task.cancel()
        with contextlib.suppress(Exception):
            await super().close()
        await asyncio.gather(*pending, return_exceptions=True)
