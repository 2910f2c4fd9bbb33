"""The one way the UI reaches slow work: run it on a worker thread, get the answer back
on the UI thread as a queued Qt signal. What the event bus says reaches the screens
through ``Bridge.events`` (:mod:`kiosk.ui.bus_signals`): one typed signal per topic.

Each operation says what to do on success and on failure. Failures that are the
environment's fault (a full disk, a locked database) and invalid input are shown in
plain words; anything else is a bug: logged with its traceback and reported briefly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

from kiosk.engine import Engine
from kiosk.events import EventBus
from kiosk.ui.bus_signals import BusSignals

log = logging.getLogger("kiosk.ui")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Bridge(QObject):
    finished = Signal(object, object, object, object)  # future, owner, on_success, on_failure
    idle = Signal()

    def __init__(
        self,
        workers: int = 4,
        engine: Engine | None = None,
        bus: EventBus | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ui-op")
        self.engine = engine
        self.pending = 0
        self._closed = False
        self.on_unhandled: Failure = lambda error: None
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.events = BusSignals(bus, self)  # the bus's topics, each its own typed signal

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` off the UI thread. Callbacks are skipped if ``owner`` was deleted."""
        if self._closed:  # a late event after shutdown: there is nothing left to run it
            log.debug("operation after shutdown ignored")
            return
        self.pending += 1
        future = self._pool.submit(work)
        future.add_done_callback(
            lambda done: self.finished.emit(done, owner, on_success, on_failure)
        )

    def run_async(
        self,
        make: Callable[[], Coroutine[Any, Any, Any]],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run the coroutine ``make()`` on the engine loop; callbacks as for :meth:`run`."""
        assert self.engine is not None, "this bridge was built without an engine"
        if self._closed:
            log.debug("operation after shutdown ignored")
            return
        self.pending += 1
        future = self.engine.submit(make())
        future.add_done_callback(
            lambda done: self.finished.emit(done, owner, on_success, on_failure)
        )

    def _deliver(
        self,
        future: Future[Any],
        owner: QObject | None,
        on_success: Success | None,
        on_failure: Failure | None,
    ) -> None:
        self.pending -= 1
        try:
            if owner is not None and not shiboken6.isValid(owner):
                return
            if future.cancelled():  # dropped while the kiosk shuts down: nothing to report
                return
            error = future.exception()
            if error is None:
                if on_success is not None:
                    on_success(future.result())
            elif on_failure is not None:
                on_failure(error)
            else:
                log.error("operation failed", exc_info=error)
                self.on_unhandled(error)
        finally:
            if self.pending == 0:
                self.idle.emit()

    def shutdown(self) -> None:
        self._closed = True
        self.events.close()
        self._pool.shutdown(wait=True, cancel_futures=True)
