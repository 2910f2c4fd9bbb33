"""Headless Chromium driven over the DevTools protocol, for console tests and screenshots.

Debian's ``/usr/bin/chromium`` with a fake camera and microphone and a fresh profile;
nothing is downloaded. :class:`Page` evaluates JavaScript, clicks and types by
``data-testid``, waits for conditions, and takes screenshots.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--no-default-browser-check", "--autoplay-policy=no-user-gesture-required",
    "--disable-features=MediaRouter,OptimizationHints,Translate,WebRtcHideLocalIpsWithMdns",
    "--mute-audio",
    "--remote-debugging-port=0", "--remote-allow-origins=*",
]  # fmt: skip


def available() -> bool:
    return Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None


class CdpError(RuntimeError):
    pass


class Page:
    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self._ids = itertools.count(1)
        self._waiting: dict[int, asyncio.Future[Any]] = {}
        self.console: list[str] = []
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for frame in self.ws:
            message = json.loads(frame.data)
            if "id" in message and message["id"] in self._waiting:
                future = self._waiting.pop(message["id"])
                if "error" in message:
                    future.set_exception(CdpError(str(message["error"])))
                else:
                    future.set_result(message.get("result", {}))
            elif message.get("method") == "Runtime.consoleAPICalled":
                args = message["params"].get("args", [])
                self.console.append(" ".join(str(a.get("value", "")) for a in args))
            elif message.get("method") == "Runtime.exceptionThrown":
                details = message["params"]["exceptionDetails"]
                self.console.append("exception: " + json.dumps(details.get("exception", details)))

    async def send(self, method: str, **params: Any) -> Any:
        ident = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._waiting[ident] = future
        await self.ws.send_json({"id": ident, "method": method, "params": params})
        return await asyncio.wait_for(future, 30)

    async def eval(self, expression: str) -> Any:
        result = await self.send(
            "Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True
        )
        if "exceptionDetails" in result:
            raise CdpError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(self, expression: str, seconds: float = 20.0) -> Any:
        deadline = time.monotonic() + seconds
        while True:
            if await self.eval(f"Boolean({expression})"):
                return True
            if time.monotonic() > deadline:
                raise TimeoutError(f"not true within {seconds} s: {expression}\n{self.console}")
            await asyncio.sleep(0.2)

    async def goto(self, url: str) -> None:
        await self.send("Page.navigate", url=url)
        await self.wait_for("document.readyState === 'complete'")

    @staticmethod
    def by_id(testid: str) -> str:
        return f"document.querySelector('[data-testid=\"{testid}\"]')"

    async def click(self, testid: str) -> None:
        await self.wait_for(f"{self.by_id(testid)} && !{self.by_id(testid)}.disabled")
        await self.eval(f"{self.by_id(testid)}.click()")

    async def type(self, testid: str, text: str) -> None:
        await self.eval(f"{self.by_id(testid)}.value = {json.dumps(text)}")

    async def text(self, testid: str) -> str:
        return str(await self.eval(f"{self.by_id(testid)}?.textContent ?? ''"))

    async def visible(self, testid: str) -> bool:
        return bool(
            await self.eval(f"!!{self.by_id(testid)} && !{self.by_id(testid)}.closest('[hidden]')")
        )

    async def screenshot(self, path: Path) -> Path:
        shot = await self.send("Page.captureScreenshot", format="png")
        path.write_bytes(base64.b64decode(shot["data"]))
        return path

    async def close(self) -> None:
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._reader
        await self.ws.close()


class Browser:
    def __init__(
        self, extra_flags: list[str] | None = None, size: tuple[int, int] = (1366, 768)
    ) -> None:
        self.profile = Path(tempfile.mkdtemp(prefix="hwc-chromium-"))
        self.flags = [*FLAGS, *(extra_flags or []), f"--user-data-dir={self.profile}",
                      f"--window-size={size[0]},{size[1]}"]  # fmt: skip
        self.size = size
        self.process: subprocess.Popen[bytes] | None = None
        self.session: aiohttp.ClientSession | None = None
        self.port = 0

    async def start(self) -> Browser:
        self.process = subprocess.Popen(
            [CHROMIUM, *self.flags, "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise CdpError("chromium did not start")
            await asyncio.sleep(0.1)
        self.port = int(port_file.read_text().splitlines()[0])
        self.session = aiohttp.ClientSession()
        return self

    async def new_page(self, url: str = "about:blank") -> Page:
        assert self.session is not None
        async with self.session.put(f"http://127.0.0.1:{self.port}/json/new?about:blank") as r:
            target = await r.json()
        ws = await self.session.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        page = Page(ws)
        await page.send("Runtime.enable")
        await page.send("Page.enable")
        width, height = self.size
        await page.send("Emulation.setDeviceMetricsOverride", width=width, height=height,
                        deviceScaleFactor=1, mobile=False)  # fmt: skip
        if url != "about:blank":
            await page.goto(url)
        return page

    async def close(self) -> None:
        if self.session is not None:
            await self.session.close()
        if self.process is not None:
            self.process.terminate()
            try:
                await asyncio.to_thread(self.process.wait, 10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    async def __aenter__(self) -> Browser:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
