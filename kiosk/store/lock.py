"""Locks on a kiosk home, so that work which must not overlap does not.

The running kiosk holds ``kiosk.lock`` for as long as its window is open; a restore or a
database migration takes the same lock, so neither can pull the data from under an open
kiosk, and a second kiosk cannot open on the same data. Backups and the trimming of photo
originals share ``maintenance.lock``: any number of backups at once, trimming alone, so a
backup never lists a file that trimming is about to remove.

``flock`` locks belong to the open file and vanish with the process, so a crash never
leaves a kiosk locked out.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from hwc_shared.files import PRIVATE_FILE, private_dir

APP_LOCK = "kiosk.lock"
MAINTENANCE_LOCK = "maintenance.lock"


class KioskRunning(Exception):  # noqa: N818  (a state of the terminal, not a bug)
    """The kiosk is open on this home (or a restore or migration is under way)."""

    def __init__(self, home: Path, pid: int | None) -> None:
        who = f" (process {pid})" if pid else ""
        super().__init__(f"the kiosk is open on {home}{who}; close it first")
        self.home = home
        self.pid = pid


class MaintenanceBusy(Exception):  # noqa: N818
    """A backup or a trim is under way and the other has to wait for it."""


class HomeLock:
    """A non-blocking ``flock`` on one file in a kiosk home; ``release`` or exit to drop it."""

    def __init__(self, path: Path, shared: bool = False) -> None:
        self.path = path
        self.shared = shared
        self._fd: int | None = None

    def try_acquire(self) -> bool:
        private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE)
        mode = fcntl.LOCK_SH if self.shared else fcntl.LOCK_EX
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def write_pid(self) -> None:
        assert self._fd is not None
        os.ftruncate(self._fd, 0)
        os.pwrite(self._fd, f"{os.getpid()}\n".encode(), 0)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the file drops the lock
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


def _pid_in(path: Path) -> int | None:
    try:
        return int(path.read_text(encoding="ascii").strip() or 0) or None
    except (OSError, ValueError):
        return None


def acquire_app_lock(home: Path, record_pid: bool = False) -> HomeLock:
    """Take the kiosk lock for this process (the window, a restore, a migration). The
    window records its process id in the file, for the message others get."""
    lock = HomeLock(home / APP_LOCK)
    if not lock.try_acquire():
        raise KioskRunning(home, _pid_in(home / APP_LOCK))
    if record_pid:
        lock.write_pid()
    return lock


@contextlib.contextmanager
def app_lock(home: Path) -> Iterator[HomeLock]:
    """The kiosk lock for a short job (restore, migration); leaves the file's content."""
    lock = acquire_app_lock(home)
    try:
        yield lock
    finally:
        lock.release()


def running_pid(home: Path) -> int | None:
    """The process holding the kiosk lock on ``home``, 0 if it cannot be told, or None when
    nothing holds it. Only looks: creates nothing when the home or lock file is missing."""
    path = home / APP_LOCK
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return _pid_in(path) or 0
    finally:
        os.close(fd)
    return None


@contextlib.contextmanager
def maintenance(home: Path, exclusive: bool) -> Iterator[None]:
    """Backups take it shared, trimming exclusively; whoever comes second gets
    :class:`MaintenanceBusy` rather than waiting (a nightly job simply tries later)."""
    lock = HomeLock(home / MAINTENANCE_LOCK, shared=not exclusive)
    if not lock.try_acquire():
        raise MaintenanceBusy("a backup or a trim of photo originals is under way")
    try:
        yield
    finally:
        lock.release()
