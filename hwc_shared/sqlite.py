"""The SQLite kit both sides use: how a connection is set up for clinical data, one
all-or-nothing write, and named migrations applied once each, in order.

The kiosk opens its database through SQLCipher and wraps it in sqlite-utils; the hub uses
the standard library's module. Both speak DB-API, which is all this kit needs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS_TABLE = "_migrations"

T = TypeVar("T")


def tune(conn: Any, *, readonly: bool = False) -> None:
    """WAL with FULL sync (a committed record survives a power cut), foreign keys on, and
    a wait of ten seconds for another writer's lock rather than an error."""
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    if readonly:
        conn.execute("PRAGMA query_only = ON")


@contextmanager
def immediate(conn: Any) -> Iterator[None]:
    """One all-or-nothing write. ``BEGIN IMMEDIATE`` takes the write lock up front, so a
    second process never fails half-way through with SQLITE_BUSY on lock upgrade."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        try:
            conn.execute("COMMIT")
        except BaseException:
            # A COMMIT that fails (SQLITE_FULL while the WAL grows) leaves the transaction
            # open; the next write would then join it. Undo it whole instead.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def statements(sql: str) -> list[str]:
    """Split a script into statements; SQLite itself says where one ends (triggers too)."""
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buf.strip()[:60]}")
    return out


@dataclass(frozen=True)
class Migration(Generic[T]):
    """One named step of a schema; ``apply`` receives what the side works with (the
    kiosk's sqlite-utils Database, the hub's connection)."""

    name: str
    apply: Callable[[T], None]


def script(sql: str) -> Callable[[Any], None]:
    """A migration step that runs an SQL script, statement by statement."""

    def run(target: Any) -> None:
        for statement in statements(sql):
            target.execute(statement)

    return run


class NewerSchemaError(RuntimeError):
    """The database records migrations this program does not know: a newer version wrote
    it, and running older code on it would be unsafe."""


def unknown(done: Collection[str], names: Sequence[str]) -> list[str]:
    """Names recorded in the database that this program does not know."""
    return sorted(set(done) - set(names))


def to_apply(done: Collection[str], names: Sequence[str], newer: str) -> list[str]:
    """The names still to run, in order; raises :class:`NewerSchemaError` with the text
    ``newer`` (its ``{names}`` filled in) when the database is ahead of this program.
    The hub's PostgreSQL schema uses this too, with its own asynchronous runner."""
    if ahead := unknown(done, names):
        raise NewerSchemaError(newer.format(names=", ".join(ahead)))
    return [name for name in names if name not in done]


def applied(conn: Any, table: str = MIGRATIONS_TABLE) -> list[str]:
    """The names recorded, in the order they ran (none before the first migration)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
    ).fetchone()
    if found is None:
        return []
    return [r[0] for r in conn.execute(f"SELECT name FROM {table} ORDER BY rowid")]


def migrate(
    conn: Any,
    target: T,
    migrations: Sequence[Migration[T]],
    *,
    newer: str,
    table: str = MIGRATIONS_TABLE,
    at_column: str = "applied_at",
) -> list[str]:
    """Apply every pending migration, each in its own transaction with its record row;
    return the names applied now. ``conn`` is the DB-API connection under ``target``."""
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {table} (name TEXT PRIMARY KEY, {at_column} TEXT NOT NULL)"
    )
    steps = {m.name: m for m in migrations}
    ran: list[str] = []
    for name in to_apply(set(applied(conn, table)), list(steps), newer):
        migration = steps[name]
        with immediate(conn):
            migration.apply(target)
            conn.execute(
                f"INSERT INTO {table} (name, {at_column}) VALUES (?, ?)",
                [migration.name, datetime.now(UTC).isoformat()],
            )
        ran.append(migration.name)
    return ran
