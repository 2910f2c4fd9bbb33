"""Files that hold patient data are readable by their owner only."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def _make_missing(path: Path) -> None:
    """Create ``path`` and its missing parents owner-only. Only folders this call creates
    are touched (``mkdir(parents=True)`` would give them the umask's mode, and ``blobs/``
    would be readable by others); a folder that was there, such as /tmp, keeps its mode."""
    for folder in (*reversed(path.parents), path):
        if folder.is_dir():
            continue
        try:
            folder.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made meanwhile by another process: not ours to change
        folder.chmod(PRIVATE_DIR)  # mkdir's mode passes through the umask


def private_dir(path: Path) -> Path:
    """Make ``path`` a folder of the kiosk's own (KIOSK_HOME, blobs/, logs/): created if
    needed, and owner-only whether it was there or not."""
    _make_missing(path)
    path.chmod(PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create ``path`` empty if missing, owner-only, before anything writes to it.

    SQLite gives its -wal and -shm files the permissions of the database file, so
    creating the database this way covers them too.

    An existing file is never opened here. Closing any descriptor of a file drops every
    POSIX lock this process holds on it, and SQLite's locks are POSIX locks: opening and
    closing the database file beside a live connection (each new reader thread did) let
    another process take itself for the last user, checkpoint and delete the WAL under
    the writer ("database disk image is malformed").
    """
    _make_missing(path.parent)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    path.chmod(PRIVATE_FILE)
    return path


def write_private(path: Path, data: bytes) -> Path:
    """Replace ``path`` with ``data`` atomically (temp file, fsync, rename), owner-only
    from the first byte: for secrets such as tokens and keys."""
    _make_missing(path.parent)
    temp = path.with_name(path.name + ".tmp")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out:  # a loop over short writes, unlike os.write
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        temp.replace(path)
    except BaseException:
        temp.unlink(missing_ok=True)  # a full disk leaves no half-written file behind
        raise
    return path
