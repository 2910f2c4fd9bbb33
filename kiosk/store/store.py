"""One writer thread for every write; readers on connections of their own.

Every write is a function of the database run inside ``BEGIN IMMEDIATE ... COMMIT`` on
the single writer thread, so writes never interleave and a failed one leaves nothing
behind. Reads run on the calling thread with a read-only connection of that thread.
Callers may block (CLI, worker threads); the UI thread never calls in here directly.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from kiosk.store.database import connect, transaction
from kiosk.store.migrations import migrate
from kiosk.store.space import RECORD, full_disk_as

T = TypeVar("T")


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        with full_disk_as(RECORD, path.parent):
            bootstrap = connect(path)
            try:
                self.migrations_applied = migrate(bootstrap)
            finally:
                bootstrap.close()
        self._local = threading.local()
        self._readers: list[Database] = []
        self._readers_lock = threading.Lock()
        self._writer_db: Database | None = None
        self._writer_thread: threading.Thread | None = None
        self._writer = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix="store-writer", initializer=self._open_writer
        )
        self._closed = False

    def _open_writer(self) -> None:
        self._writer_db = connect(self.path)
        self._writer_thread = threading.current_thread()

    def _run_write(self, fn: Callable[[Database], T]) -> T:
        """A full disk comes out as :class:`kiosk.store.space.StorageFullError`, after the
        whole transaction was rolled back."""
        db = self._writer_db
        assert db is not None
        if db.conn.in_transaction:  # a write inside a write: part of the same transaction
            with db.atomic():
                return fn(db)
        with full_disk_as(RECORD, self.path.parent), transaction(db):
            return fn(db)

    def submit_write(self, fn: Callable[[Database], T]) -> Future[T]:
        """Queue ``fn`` to run in one transaction on the writer thread."""
        if self._closed:
            raise RuntimeError("the store is closed")
        return self._writer.submit(self._run_write, fn)

    def write(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn`` in one write transaction and wait for its result."""
        if threading.current_thread() is self._writer_thread:
            return self._run_write(fn)
        return self.submit_write(fn).result()

    def read(self, fn: Callable[[Database], T]) -> T:
        """Run ``fn`` on this thread's own read-only connection."""
        db: Database | None = getattr(self._local, "db", None)
        if db is None:
            db = connect(self.path, readonly=True)
            self._local.db = db
            with self._readers_lock:
                self._readers.append(db)
        return fn(db)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._writer.submit(self._close_writer).result()
        self._writer.shutdown(wait=True)
        with self._readers_lock:
            for db in self._readers:
                db.close()
            self._readers.clear()

    def _close_writer(self) -> None:
        if self._writer_db is not None:
            self._writer_db.close()
            self._writer_db = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
