"""Backups into a folder such as a USB drive: one file per run, the last N kept, and a
status that says in plain words what is wrong when the drive is missing or full.

The status is kept for ``kiosk doctor`` and the home screen (see ``status``).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from kiosk.backup.archive import BackupError, Progress, included, write_backup
from kiosk.backup.status import (
    FAILED,
    FULL,
    MISSING,
    NO_FOLDER,
    UNWRITABLE,
    BackupStatus,
    load_status,
    save_status,
)

log = logging.getLogger("kiosk.store")
PREFIX = "hwc-kiosk-"
SUFFIX = ".tar.gz"
SEALED = ".enc"
HEADROOM = 16 << 20  # tar and gzip framing, and a little room to spare on the drive
STALE_PART = 86400.0  # seconds: a .part this old is no backup under way

FreeSpace = Callable[[Path], int]


def _safe(spoke_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", spoke_id) or "spoke"


def backup_name(spoke_id: str, now: datetime, sealed: bool) -> str:
    return f"{PREFIX}{_safe(spoke_id)}-{now:%Y%m%d-%H%M%S}{SUFFIX}{SEALED if sealed else ''}"


def _pattern(spoke_id: str, tail: str = "") -> re.Pattern[str]:
    stem = re.escape(PREFIX + _safe(spoke_id)) + r"-\d{8}-\d{6}" + re.escape(SUFFIX)
    return re.compile(stem + f"({re.escape(SEALED)})?" + re.escape(tail) + "$")


def ours(folder: Path, spoke_id: str) -> list[Path]:
    """This spoke's backups in ``folder``, oldest first (the names sort by time, UTC)."""
    pattern = _pattern(spoke_id)
    return sorted(p for p in folder.iterdir() if pattern.match(p.name) and p.is_file())


def prune(folder: Path, spoke_id: str, keep: int, now: datetime | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` of this spoke's backups, and its half-written
    ones a power cut left more than a day ago; other files stay."""
    found = ours(folder, spoke_id)
    gone = found[: max(len(found) - max(keep, 1), 0)]
    if now is not None:
        partial = _pattern(spoke_id, ".part")
        gone += [
            p for p in folder.iterdir()
            if partial.match(p.name) and now.timestamp() - p.stat().st_mtime > STALE_PART
        ]  # fmt: skip
    for path in gone:
        path.unlink()
    return gone


def needed_bytes(home: Path) -> int:
    return sum(p.stat().st_size for _, p in included(home)) + _db_size(home) + HEADROOM


def _db_size(home: Path) -> int:
    return sum(
        (home / name).stat().st_size
        for name in ("kiosk.db", "kiosk.db-wal")
        if (home / name).exists()
    )


def _free(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def backup_to_folder(
    home: Path,
    spoke_id: str,
    folder: Path | None,
    keep: int,
    now: datetime,
    passphrase_file: str = "",
    progress: Progress | None = None,
    free_space: FreeSpace = _free,
    plain: bool = False,
) -> BackupStatus:
    """One backup into ``folder``, sealed with the passphrase in ``passphrase_file``, or
    when none is named with the kiosk's own key (kiosk.backup.key); ``plain`` only when
    district IT asks for it. Never raises for what a CHO or district IT can fix (the
    status says it), and records the status in the home."""
    from kiosk.backup.key import backup_passphrase

    previous = load_status(home)
    try:
        passphrase = None if plain else backup_passphrase(home, passphrase_file)
    except (OSError, ValueError) as error:
        status = BackupStatus(
            False, FAILED, f"the backup passphrase file cannot be used: {error}",
            str(folder or ""), now.isoformat(),
        )  # fmt: skip
    else:
        status = _attempt(home, spoke_id, folder, keep, now, passphrase, progress, free_space)
    if not status.ok and previous is not None:
        status = BackupStatus(**{**asdict(status), "succeeded_at": previous.succeeded_at})
    if home.is_dir():
        try:
            save_status(home, status)
        except OSError as error:  # a full kiosk disk: the status stays in the log only
            log.warning("backup status not kept: %s", error.strerror)
    log.info("backup: %s", status.detail)
    return status


def _attempt(
    home: Path,
    spoke_id: str,
    folder: Path | None,
    keep: int,
    now: datetime,
    passphrase: str | None,
    progress: Progress | None,
    free_space: FreeSpace,
) -> BackupStatus:
    when = now.isoformat()

    def problem(code: str, detail: str) -> BackupStatus:
        return BackupStatus(False, code, detail, str(folder or ""), when)

    if folder is None:
        return problem(NO_FOLDER, "no backup folder is configured (backup_folder in kiosk.toml)")
    if not folder.is_dir():
        return problem(
            MISSING, f"the backup folder {folder} is not there: plug in the backup drive"
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        return problem(UNWRITABLE, f"the backup folder {folder} cannot be written to")
    need, free = needed_bytes(home), free_space(folder)
    if free < need:  # the oldest may make room for the new one, if that is enough
        found = ours(folder, spoke_id)
        spare = found[: max(len(found) - max(keep - 1, 1), 0)]
        if free + sum(p.stat().st_size for p in spare) >= need:
            for path in spare:
                path.unlink()
            free = free_space(folder)
    if free < need:
        return problem(
            FULL,
            f"the backup drive is full: {free / 2**20:.0f} MB free, about "
            f"{need / 2**20:.0f} MB needed; free space on it or use a larger one",
        )
    target = folder / backup_name(spoke_id, now, bool(passphrase))
    partial = target.with_name(target.name + ".part")
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            write_backup(home, spoke_id, out, passphrase, progress)
            out.flush()
            os.fsync(out.fileno())
        partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return problem(FULL, f"the backup drive {folder} filled up during the backup")
        return problem(FAILED, f"the backup could not be written to {folder}: {error.strerror}")
    except BackupError as error:
        partial.unlink(missing_ok=True)
        return problem(FAILED, str(error))
    prune(folder, spoke_id, keep, now)
    return BackupStatus(True, "", f"backed up to {target}", str(folder), when, when, str(target))
