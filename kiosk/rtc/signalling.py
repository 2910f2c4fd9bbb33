"""The kiosk's signalling socket to the hub (its token as on every request).

It stays connected while the kiosk runs, reconnecting with backoff when the link
drops, and hands every message to the consult service. The hub uses it to ring the
kiosk, to relay call setup, to say which specialties are online, and to say that
something waits to be pulled.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp

from hwc_shared.backoff import Backoff
from hwc_shared.wire import SIGNAL_PATH
from kiosk.sync.link import InsecureLink, LinkPolicy

log = logging.getLogger("kiosk.rtc")
Message = dict[str, Any]
HEARTBEAT = 10.0  # a dead link is noticed within two of these
BACKOFF_START = 1.0
BACKOFF_CAP = 30.0


def socket_url(hub_url: str) -> str:
    base = hub_url.rstrip("/")
    if base.startswith("https://"):
        return "wss://" + base.removeprefix("https://") + SIGNAL_PATH
    return "ws://" + base.removeprefix("http://") + SIGNAL_PATH


class SignalClient:
    def __init__(
        self,
        hub_url: str,
        token: str,
        on_message: Callable[[Message], Awaitable[None]],
        on_connected: Callable[[bool], Awaitable[None]] | None = None,
        connect_timeout: float = 15.0,
        link: LinkPolicy | None = None,
    ) -> None:
        self.hub_url = hub_url
        self.link = link or LinkPolicy()  # the same trust rules as sync (kiosk.sync.link)
        self.url = socket_url(hub_url)
        self.token = token
        self.on_message = on_message
        self.on_connected = on_connected
        self.connect_timeout = connect_timeout
        self.connected = False
        self.last_error = ""
        self._ws: aiohttp.ClientWebSocketResponse | None = None
        self._task: asyncio.Task[None] | None = None
        self._session: aiohttp.ClientSession | None = None
        self.welcome: Message = {}

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        backoff = Backoff(base=BACKOFF_START, cap=BACKOFF_CAP)
        # A cut link swallows the connection attempt: without a connect timeout it would
        # wait for TCP to give up (minutes).
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=self.connect_timeout)
        try:
            self.link.check(self.hub_url)
            context = self.link.ssl_context
        except InsecureLink as error:
            self.last_error = str(error)
            log.warning("signalling not started: %s", error)
            return
        self._session = aiohttp.ClientSession(
            headers={"User-Agent": "hwc-kiosk"},
            timeout=timeout,
            connector=aiohttp.TCPConnector(ssl=context),
        )
        while True:
            try:
                await self._connect_once()
                backoff.reset()
                delay = backoff.fail()  # the hub closed a good connection: back soon
            except (aiohttp.ClientError, OSError, TimeoutError) as error:
                self.last_error = type(error).__name__
                if isinstance(error, aiohttp.WSServerHandshakeError) and error.status in (401, 403):
                    delay = backoff.give_up_for_now()  # enrollment trouble
                else:
                    delay = backoff.fail()
            await asyncio.sleep(delay)

    async def _connect_once(self) -> None:
        assert self._session is not None
        timeout = aiohttp.ClientWSTimeout(ws_receive=None, ws_close=5.0)
        async with self._session.ws_connect(
            self.url,
            headers={"Authorization": f"Bearer {self.token}"},
            heartbeat=HEARTBEAT,
            timeout=timeout,
            max_msg_size=256 * 1024,
        ) as ws:
            self._ws = ws
            self.connected = True
            log.info("signalling connected")
            if self.on_connected is not None:
                await self.on_connected(True)
            try:
                async for frame in ws:
                    if frame.type != aiohttp.WSMsgType.TEXT:
                        continue
                    try:
                        message = json.loads(frame.data)
                    except json.JSONDecodeError:
                        continue
                    if isinstance(message, dict):
                        if message.get("type") == "welcome":
                            self.welcome = message
                        await self._handle(message)
            finally:
                self._ws = None
                self.connected = False
                log.info("signalling disconnected")
                if self.on_connected is not None:
                    await self.on_connected(False)

    async def _handle(self, message: Message) -> None:
        try:
            await self.on_message(message)
        except Exception:  # a bug: keep the socket, leave the trace in the log
            log.exception("signalling message %r could not be handled", message.get("type"))

    async def send(self, message: Message) -> bool:
        """Send if connected; False when the socket is down (the caller decides)."""
        ws = self._ws
        if ws is None or ws.closed:
            return False
        try:
            await ws.send_json(message)
        except (ConnectionError, RuntimeError, aiohttp.ClientError):
            return False
        return True

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._ws is not None:
            await self._ws.close()
        if self._session is not None:
            await self._session.close()
