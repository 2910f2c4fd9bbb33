"""The engine: one asyncio loop on a background thread for network work (sync, signalling,
video, the hub client). Anything may hand it a coroutine; the answer is a
``concurrent.futures.Future``. The UI reaches it only through ``kiosk.ui.bridge``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
log = logging.getLogger("kiosk.app")


class Engine:
    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.loop.set_exception_handler(self._unhandled)
        self._thread = threading.Thread(target=self._run, name="engine", daemon=True)
        self._started = False

    def start(self) -> Engine:
        if not self._started:
            self._started = True
            self._thread.start()
        return self

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_forever()
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        if pending:
            self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.run_until_complete(self.loop.shutdown_asyncgens())
        self.loop.close()

    def submit(self, coro: Coroutine[Any, Any, T]) -> Future[T]:
        """Run ``coro`` on the engine loop; safe to call from any thread."""
        if not self._started:
            self.start()
        return asyncio.run_coroutine_threadsafe(coro, self.loop)

    @property
    def in_engine_thread(self) -> bool:
        return threading.current_thread() is self._thread

    def stop(self, timeout: float = 10) -> None:
        if self._started and self._thread.is_alive():
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout)

    def _unhandled(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        error = context.get("exception")
        log.error("engine: %s", context.get("message", "unhandled error"), exc_info=error)
