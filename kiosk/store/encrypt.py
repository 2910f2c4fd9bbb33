"""``kiosk db encrypt``: bring a kiosk whose data is in the clear under encryption at rest.

The clear database is copied with ``sqlcipher_export`` into a new encrypted file beside
it, the copy is checked (integrity, and the same rows in every table), and it replaces
the clear file in one rename; then every photo is re-written sealed, one rename each.
Interrupted at any point it can be run again: the keyring, once made, is kept; a copy
half made is made again; photos already sealed are left as they are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from hwc_shared.files import private_file
from kiosk.store.blobs import BlobFiles
from kiosk.store.database import open_raw
from kiosk.store.keys import (
    KeysUnavailableError,
    create_keyring,
    data_key,
    database_key,
    database_key_from,
    forget,
    policy,
    read_keyring,
)

DATABASE = "kiosk.db"
SQLITE_HEADER = b"SQLite format 3\x00"
PARTIAL = "kiosk.db.encrypting"


@dataclass
class Encrypted:
    database_done_now: bool
    photos_sealed_now: int
    photos_total: int


def _is_clear(path: Path) -> bool:
    with path.open("rb") as file:
        return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _counts(conn: object, schema: str = "main") -> dict[str, int]:
    execute = conn.execute  # type: ignore[attr-defined]
    tables = [
        r[0]
        for r in execute(f"SELECT name FROM {schema}.sqlite_master WHERE type='table'")
        if not r[0].startswith("sqlite_")
    ]
    return {t: int(execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0]) for t in tables}


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def encrypt_database(home: Path) -> bool:
    """Encrypt ``home``'s database; False when it already was. The caller holds the
    kiosk's lock: no other process has the database open."""
    db = home / DATABASE
    ring = read_keyring(home) or create_keyring(home, policy(home), database_encrypted=False)
    if ring.database_encrypted:
        _remove(home / PARTIAL)  # a copy left by a run stopped before the swap
        return False
    if db.exists() and db.stat().st_size > 0 and not _is_clear(db):
        # A run stopped after the rename: the file is already the encrypted copy.
        ring.data["database_encrypted"] = True
        ring.save()
        forget()
        return True
    forget()
    data = data_key(home, create=False)
    assert data is not None  # the keyring is there
    key = database_key_from(data)
    partial = home / PARTIAL
    _remove(partial)
    private_file(partial)  # owner-only from the first byte, as kiosk.db is
    clear = sqlcipher3.connect(str(db))  # no key: SQLCipher reads plain SQLite too
    try:
        clear.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        clear.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", [str(partial)])
        clear.execute("SELECT sqlcipher_export('encrypted')")
        version = clear.execute("PRAGMA main.user_version").fetchone()[0]
        clear.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        clear.execute("DETACH DATABASE encrypted")
        expected = _counts(clear)
        clear.execute("PRAGMA journal_mode = DELETE")  # leaves no -wal beside the clear file
    finally:
        clear.close()
    copy = open_raw(str(partial), key)
    try:
        check = [r[0] for r in copy.execute("PRAGMA integrity_check")]
        if check != ["ok"] or _counts(copy) != expected:
            raise KeysUnavailableError("the encrypted copy of the database did not check out")
    finally:
        copy.close()
    _fsync(partial)
    _remove(db.with_name(DATABASE + "-wal"))
    _remove(db.with_name(DATABASE + "-shm"))
    partial.replace(db)  # the one step: before it the clear file, after it the encrypted
    _fsync(home)
    ring.data["database_encrypted"] = True
    ring.save()
    forget()
    return True


def encrypt_photos(home: Path) -> tuple[int, int]:
    """Seal every photo still in the clear; (sealed now, photos in all)."""
    files = BlobFiles(home / "blobs")
    sealed = total = 0
    root = home / "blobs"
    if not root.is_dir():
        return 0, 0
    for folder in sorted(root.iterdir()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if len(path.name) != 64 or not path.is_file():
                continue  # a temp file of a write that never finished
            total += 1
            sealed += files.encrypt_in_place(path.name)
    return sealed, total


def encrypt_home(home: Path) -> Encrypted:
    done_now = encrypt_database(home)
    if database_key(home / DATABASE) is None:
        raise KeysUnavailableError("the database is still in the clear after encrypting it")
    sealed, total = encrypt_photos(home)
    return Encrypted(done_now, sealed, total)
