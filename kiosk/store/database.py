"""Opening the SQLite database with the settings clinical data needs.

A kiosk's database is encrypted with SQLCipher (kiosk/store/keys.py holds the key); one
made before encryption at rest, or with ``encrypt_at_rest = false``, is plain SQLite until
``kiosk db encrypt``. The kiosk's SQLCipher connections raise ``sqlite3``'s classes
(kiosk/store/cipher_connection.py: sqlite-utils catches those), except for errors met
while iterating a cursor row by row: catch the tuples below (``Error``,
``IntegrityError`` ...) to be sure of both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlite_utils import Database

from hwc_shared.files import private_file
from hwc_shared.sqlite import BUSY_TIMEOUT_MS, immediate, tune
from kiosk.store.cipher_connection import CipherConnection
from kiosk.store.keys import KEYRING, KeysUnavailableError, database_key

# The page cache of an encrypted connection, at most (it grows only as pages are read):
# SQLCipher decrypts and checks a page each time it comes from the file, where plain
# SQLite finds it in the system's file cache, so the default 8 MB made a search over a
# 100,000-patient register read and decrypt its index pages again and again
# (docs/security.md, "What it costs"). A register of a few thousand uses a few MB.
CIPHER_CACHE_KIB = 64 * 1024


Error = (sqlite3.Error, sqlcipher3.Error)
DatabaseError = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OperationalError = (sqlite3.OperationalError, sqlcipher3.OperationalError)
IntegrityError = (sqlite3.IntegrityError, sqlcipher3.IntegrityError)


def open_raw(target: str, key: bytes | None, **kwargs: Any) -> Any:
    """A DB-API connection to ``target`` (a path or a ``file:`` URI), unlocked with ``key``
    as a raw 256-bit key (no key derivation at every open: the key is random already)
    before any other statement; plain sqlite3 when ``key`` is None."""
    if key is None:
        return sqlite3.connect(target, **kwargs)
    conn = sqlcipher3.connect(target, factory=CipherConnection, **kwargs)
    conn.execute("PRAGMA cipher_log_level = NONE")  # its errors come to us as exceptions
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as error:
        conn.close()
        if "not a database" not in str(error):
            raise  # a full disk, an I/O error: not a question of keys
        raise KeysUnavailableError(
            "the kiosk's database does not open with its key (the keyring is not this "
            "database's, or the file is damaged); restore the last backup"
        ) from None
    return conn


def raw_connect(path: Path, **kwargs: Any) -> Any:
    """A DB-API connection to the kiosk database at ``path`` with its own key."""
    return open_raw(str(path), database_key(Path(path)), **kwargs)


def raw_connect_readonly(path: Path) -> Any:
    """A read-only DB-API connection (checks of a database, such as a restored one)."""
    return open_raw(f"file:{path}?mode=ro", database_key(Path(path)), uri=True)


def is_encrypted(path: Path) -> bool:
    return database_key(Path(path)) is not None


def connect(path: Path | str, *, readonly: bool = False) -> Database:
    """Open the database in WAL mode with FULL sync, so a committed case survives power loss."""
    memory = str(path) == ":memory:"
    if not memory:
        private_file(Path(path))
    key = None if memory else database_key(Path(path))
    conn = open_raw(str(path), key, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    if key is not None:
        conn.execute(f"PRAGMA cache_size = -{CIPHER_CACHE_KIB}")
    try:
        tune(conn, readonly=readonly)  # the first statement that reads the file
    except DatabaseError as error:
        conn.close()
        if key is None and "not a database" in str(error) and not memory:
            if not (Path(path).parent / KEYRING).exists():
                raise KeysUnavailableError(
                    f"the database is encrypted and its keyring ({KEYRING}) is gone: put "
                    "it back from a backup of this kiosk; without it the data cannot be read"
                ) from None
            raise KeysUnavailableError(
                "the database is encrypted but the keyring does not say so (kiosk db "
                "encrypt was stopped half-way): run kiosk db encrypt again to finish"
            ) from None
        raise
    return Database(conn)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One all-or-nothing write (:func:`hwc_shared.sqlite.immediate`); sqlite-utils calls
    inside nest as savepoints."""
    with immediate(db.conn):
        yield db
