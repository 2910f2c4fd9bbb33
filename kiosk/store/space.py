"""A full disk, in plain terms: one error type for every write path, and the free-space
watch that warns early and refuses new photos long before clinical records.

SQLite says "database or disk is full" (SQLITE_FULL) and the file system says ENOSPC or
EDQUOT; both become :class:`StorageFullError`, raised from the store layer, so the CLI
and the screens can say what was kept and what to do instead of showing a traceback. A
failed write transaction is rolled back whole (``kiosk.store.database.transaction``), so
"what was kept" is always "everything saved before this".

The order of sacrifice when space runs low: synced photo originals are trimmed first
(their upload copy is at the hub and stays here), then new photos are refused (below
``photos_min_free_mib``), and clinical records are refused only when the disk is truly
full: a case typed in must never lose its place to a picture.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

MIB = 2**20

# The defaults for the thresholds (settings disk_warn_free_mib, photos_min_free_mib).
WARN_FREE_MIB = 1024
PHOTOS_MIN_FREE_MIB = 256

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})

# What a write was doing when the disk filled: said back to the person in plain words.
RECORD = "record"
PHOTO = "photo"
SYNC = "sync"
BACKUP = "backup"


class StorageFullError(OSError):
    """The disk holding the kiosk's data (or a backup) has no room for this write.

    Nothing of this write was kept; everything saved before it is safe. ``what`` names
    the kind of write (``RECORD``, ``PHOTO``, ``SYNC``, ``BACKUP``); ``refused`` is true
    when the kiosk declined on purpose (photos below their reserve) rather than the disk
    being truly full."""

    def __init__(
        self, what: str, path: Path | None = None, free: int | None = None, refused: bool = False
    ) -> None:
        self.what = what
        self.path = path
        self.free = free
        self.refused = refused
        where = f" on {path}" if path is not None else ""
        free_text = f" ({free // MIB} MiB free)" if free is not None else ""
        reason = "kept back for clinical records" if refused else "full"
        super().__init__(errno.ENOSPC, f"the disk{where} is {reason}{free_text}")


# Plain SQLite's and SQLCipher's errors (kiosk.store.database).
_SQLITE_ERRORS = (sqlite3.Error, sqlcipher3.Error)

# SQLite reports some writes that met ENOSPC (a journal, a backup copy) as a plain
# "disk I/O error"; with this little left, that is the full disk speaking.
NEARLY_NOTHING = MIB


def is_storage_full(error: BaseException, path: Path | None = None) -> bool:
    """True for SQLite's SQLITE_FULL and the file system's ENOSPC/EDQUOT; with ``path``,
    also for SQLite's I/O error while the disk holding ``path`` is all but full."""
    if isinstance(error, StorageFullError):
        return True
    if isinstance(error, _SQLITE_ERRORS):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
            return True
        if "database or disk is full" in str(error):
            return True
        io_error = (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR) or (
            "disk I/O error" in str(error)
        )
        return io_error and path is not None and free_bytes(path) < NEARLY_NOTHING
    return isinstance(error, OSError) and error.errno in _FULL_ERRNOS


@contextmanager
def full_disk_as(what: str, path: Path | None = None) -> Iterator[None]:
    """Turn a full-disk failure inside the block into :class:`StorageFullError`."""
    try:
        yield
    except StorageFullError:
        raise
    except (*_SQLITE_ERRORS, OSError) as error:
        if not is_storage_full(error, path):
            raise
        raise StorageFullError(what, path, free_bytes(path) if path else None) from error


def free_bytes(path: Path) -> int:
    """Free bytes for an unprivileged writer on the file system holding ``path`` (the
    nearest folder that exists; the kiosk's data folder may not be made yet)."""
    probe = Path(path)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    stats = os.statvfs(probe)
    return stats.f_bavail * stats.f_frsize


@dataclass(frozen=True)
class SpaceStatus:
    """How full the disk of the kiosk's data is, against the two thresholds."""

    free: int
    total: int
    warn_below: int
    photos_below: int

    @property
    def low(self) -> bool:
        return self.free < self.warn_below

    @property
    def photos_refused(self) -> bool:
        return self.free < self.photos_below

    @property
    def free_mib(self) -> int:
        return self.free // MIB


def space_status(
    home: Path, warn_mib: int = WARN_FREE_MIB, photos_mib: int = PHOTOS_MIN_FREE_MIB
) -> SpaceStatus:
    probe = Path(home)
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    total = shutil.disk_usage(probe).total
    return SpaceStatus(free_bytes(probe), total, warn_mib * MIB, photos_mib * MIB)
