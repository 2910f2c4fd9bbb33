"""Opening the SQLite database with the settings clinical data needs."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from kiosk.store.files import private_file

BUSY_TIMEOUT_MS = 10_000


def connect(path: Path | str, *, readonly: bool = False) -> Database:
    """Open the database in WAL mode with FULL sync, so a committed case survives power loss."""
    if str(path) != ":memory:":
        private_file(Path(path))
    conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        conn.execute("PRAGMA query_only = ON")
    return Database(conn)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write. ``BEGIN IMMEDIATE`` takes the write lock up front, so a
    second process never fails half-way through with SQLITE_BUSY on lock upgrade;
    sqlite-utils calls inside nest as savepoints."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        try:
            db.conn.execute("COMMIT")
        except BaseException:
            # A COMMIT that fails (SQLITE_FULL while the WAL grows) leaves the transaction
            # open; the next write would then join it. Undo it whole instead.
            if db.conn.in_transaction:
                db.conn.execute("ROLLBACK")
            raise
