"""The one way the UI reaches slow work: run it on a worker thread, get the answer back
on the UI thread as a queued Qt signal.

Each operation says what to do on success and on failure. Failures that are the
environment's fault (a full disk, a locked database) and invalid input are shown in
plain words; anything else is a bug: logged with its traceback and reported briefly.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger("kiosk.ui")

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class Bridge(QObject):
    finished = Signal(object, object, object, object)  # future, owner, on_success, on_failure
    idle = Signal()

    def __init__(self, workers: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ui-op")
        self.pending = 0
        self.on_unhandled: Failure = lambda error: None
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        work: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` off the UI thread. Callbacks are skipped if ``owner`` was deleted."""
        self.pending += 1
        future = self._pool.submit(work)
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
        self._pool.shutdown(wait=True, cancel_futures=True)
