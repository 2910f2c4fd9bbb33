"""SQLCipher connections whose errors are the ``sqlite3`` module's own classes.

``sqlcipher3`` raises exceptions of its own (``sqlcipher3.dbapi2.OperationalError`` ...),
which are not ``sqlite3``'s. sqlite-utils is written for ``sqlite3``: it catches
``sqlite3.OperationalError`` to ignore a missing table (``drop(ignore=True)``), to add
missing columns (``insert(..., alter=True)``, ``update(..., alter=True)``), to find a
free index name, to halve a batch with too many variables, and to release its
savepoint after ``INSERT ... RETURNING`` in ``db.query``. On an encrypted kiosk each
of those would instead let the error through. These classes raise every SQLCipher
error from ``execute``, ``executemany``, ``executescript``, the ``fetch`` calls and
``commit`` as the ``sqlite3`` class of the same name, with the same message and error
code, so that code written for ``sqlite3`` behaves the same on both. (Errors met while
iterating a cursor row by row keep SQLCipher's class; kiosk.store.database's tuples
catch both.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

import sqlcipher3


def as_sqlite3(error: BaseException) -> BaseException:
    """The ``sqlite3`` exception of the same kind, message and SQLite error code."""
    kind = getattr(sqlite3, type(error).__name__, None)
    if not (isinstance(kind, type) and issubclass(kind, sqlite3.Error)):
        kind = sqlite3.DatabaseError
    same = kind(*error.args)
    for name in ("sqlite_errorcode", "sqlite_errorname"):
        if hasattr(error, name):
            setattr(same, name, getattr(error, name))
    return same


class CipherCursor(sqlcipher3.Cursor):  # type: ignore[misc]
    def execute(self, sql: str, parameters: Any = ()) -> CipherCursor:
        try:
            return super().execute(sql, parameters)  # type: ignore[no-any-return]
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> CipherCursor:
        try:
            return super().executemany(sql, seq_of_parameters)  # type: ignore[no-any-return]
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error

    def executescript(self, sql_script: str) -> CipherCursor:
        try:
            return super().executescript(sql_script)  # type: ignore[no-any-return]
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error

    def fetchmany(self, size: int | None = None) -> list[Any]:
        try:
            rows = super().fetchmany() if size is None else super().fetchmany(size)
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error
        return list(rows)

    def fetchall(self) -> list[Any]:
        try:
            return list(super().fetchall())
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error


class CipherConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """``sqlcipher3.connect(..., factory=CipherConnection)``."""

    def cursor(self, factory: Any = CipherCursor) -> Any:
        return super().cursor(factory)

    def execute(self, sql: str, parameters: Any = ()) -> CipherCursor:
        return self.cursor().execute(sql, parameters)  # type: ignore[no-any-return]

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any]) -> CipherCursor:
        return self.cursor().executemany(sql, seq_of_parameters)  # type: ignore[no-any-return]

    def executescript(self, sql_script: str) -> CipherCursor:
        return self.cursor().executescript(sql_script)  # type: ignore[no-any-return]

    def commit(self) -> None:
        try:
            super().commit()
        except sqlcipher3.Error as error:
            raise as_sqlite3(error) from error
