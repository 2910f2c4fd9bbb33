"""A TCP proxy that makes a rural link out of loopback: delay, a bandwidth cap, a reset
after some bytes, and a silent blackhole. Used by the sync tests and benchmarks; it
only ever connects to the target it was given (a hub on 127.0.0.1).

Settings may change while it runs (``proxy.blackhole = True``), as a link does.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import time


class FaultProxy:
    def __init__(
        self,
        target_port: int,
        *,
        target_host: str = "127.0.0.1",
        delay: float = 0.0,
        rate_bps: float | None = None,
        reset_after: int | None = None,
        blackhole: bool = False,
    ) -> None:
        self.target = (target_host, target_port)
        self.delay = delay  # one way, seconds
        self.rate_bps = rate_bps  # bits per second, each direction
        self.reset_after = reset_after  # upstream bytes before the link is cut (once)
        self.blackhole = blackhole  # accept, then pass nothing either way
        self.bytes_up = 0
        self.bytes_down = 0
        self.resets = 0
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> FaultProxy:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._server is not None:
            await self._server.wait_closed()

    async def __aenter__(self) -> FaultProxy:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            up_reader, up_writer = await asyncio.open_connection(*self.target)
        except OSError:
            _abort(writer)
            self._tasks.discard(task)
            return
        try:
            await asyncio.gather(
                self._pump(reader, up_writer, upstream=True, peer=writer),
                self._pump(up_reader, writer, upstream=False, peer=up_writer),
            )
        except (ConnectionError, asyncio.CancelledError):
            pass
        finally:
            for w in (writer, up_writer):
                _abort(w)
            self._tasks.discard(task)

    async def _pump(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        *,
        upstream: bool,
        peer: asyncio.StreamWriter,
    ) -> None:
        while True:
            data = await reader.read(4096)
            if not data:
                with contextlib.suppress(OSError):
                    writer.write_eof()
                return
            if self.blackhole:
                continue  # swallowed: the sender sees no error, just silence
            if upstream and self.reset_after is not None:
                room = self.reset_after - self.bytes_up
                if len(data) >= room:
                    writer.write(data[: max(room, 0)])
                    with contextlib.suppress(ConnectionError):
                        await writer.drain()
                    self.bytes_up += max(room, 0)
                    self.reset_after = None
                    self.resets += 1
                    _abort(writer)
                    _abort(peer)
                    raise ConnectionResetError("link cut by the proxy")
            started = time.monotonic()
            if self.delay:
                await asyncio.sleep(self.delay)
            writer.write(data)
            await writer.drain()
            if upstream:
                self.bytes_up += len(data)
            else:
                self.bytes_down += len(data)
            if self.rate_bps:
                spare = len(data) * 8 / self.rate_bps - (time.monotonic() - started - self.delay)
                if spare > 0:
                    await asyncio.sleep(spare)


def _abort(writer: asyncio.StreamWriter) -> None:
    """Close with an RST, as a dropped mobile link looks to the other side."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
