"""Writing a backup of a kiosk home while the kiosk keeps working.

The database is copied with SQLite's online backup API in one step: a consistent picture
of one moment, taken under a read transaction that never blocks the writer (WAL mode).
Blob files are written before the rows that name them and never change afterwards, so
every blob the picture names is already on disk; the maintenance lock keeps trimming
away while the files are read. The rest of the home (kiosk.toml, enrollment.json, a
stored enrollment code, prescription PDFs) goes in as it is; logs and locks stay out.

The result is a gzipped tar (optionally sealed with a passphrase, see ``crypto``) whose
last member is the manifest.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import tarfile
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from hwc_shared import __version__
from hwc_shared.files import private_dir
from kiosk.backup.crypto import EncryptingWriter
from kiosk.backup.manifest import DATABASE, NAME, FileEntry, Manifest
from kiosk.backup.status import PASSPHRASE_FILE, STATUS_FILE
from kiosk.store import database, lock
from kiosk.store.database import open_raw
from kiosk.store.keys import database_key
from kiosk.store.space import free_bytes, is_storage_full

Progress = Callable[[int, int], None]
WORK_DIR = "backup-work"
# Never in a backup: the live database (its snapshot goes instead), locks, logs, our own
# scratch space, and files being written.
EXCLUDED_TOP = {
    DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", f"{DATABASE}-journal",
    lock.APP_LOCK, lock.MAINTENANCE_LOCK, "logs", WORK_DIR, STATUS_FILE, PASSPHRASE_FILE,
}  # fmt: skip
EXCLUDED_SUFFIXES = (".tmp", ".part")
COUNTED = ("patients", "encounters", "observations", "attachments", "prescriptions", "outbox")
GZIP_LEVEL = 4  # photos are JPEG already; the database still shrinks to about a third


class BackupError(Exception):
    """The backup could not be made; the message says why in plain words."""


def check_owner(home: Path) -> None:
    """Backups and restores run as the kiosk's own user: as root they would leave files
    (SQLite's -shm, restored folders) that the kiosk can no longer open."""
    place = home if home.exists() else home.parent
    if place.exists() and place.stat().st_uid != os.getuid():
        raise BackupError(
            f"{place} belongs to another user; run this as that user (sudo -u USER kiosk ...)"
        )


def included(home: Path) -> Iterator[tuple[str, Path]]:
    """The files of the home that go into a backup, as (name in the archive, path)."""
    for root, dirs, files in os.walk(home):
        here = Path(root)
        relative = here.relative_to(home)
        if relative == Path():
            dirs[:] = [d for d in dirs if d not in EXCLUDED_TOP]
        dirs.sort()
        for name in sorted(files):
            path = here / name
            if relative == Path() and name in EXCLUDED_TOP:
                continue
            if name.endswith(EXCLUDED_SUFFIXES) or path.is_symlink() or not path.is_file():
                continue
            yield (relative / name).as_posix(), path


def snapshot_database(db_path: Path, target: Path) -> Manifest:
    """Copy the live database to ``target`` in one step and describe the copy."""
    # The copy keeps the database's own key: it is as encrypted as the live file, and the
    # keyring beside it in the backup opens it (docs/security.md, backups).
    key = database_key(db_path)
    source = open_raw(str(db_path), key, timeout=30)
    copy = open_raw(str(target), key)
    try:
        source.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        migrations = (
            [r[0] for r in copy.execute("SELECT name FROM _migrations ORDER BY rowid")]
            if "_migrations" in tables
            else []
        )
        counts = {
            t: int(copy.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in COUNTED
            if t in tables
        }
        trimmed = "trimmed_at" in {r[1] for r in copy.execute("PRAGMA table_info(blobs)")}
        expected = (
            [r[0] for r in copy.execute(
                "SELECT sha256 FROM blobs" + (" WHERE trimmed_at IS NULL" if trimmed else "")
            )]
            if "blobs" in tables
            else []
        )  # fmt: skip
    finally:
        copy.close()
        source.close()
    manifest = Manifest(__version__, "", "", migrations=migrations, counts=counts)
    manifest.missing_blobs = expected  # narrowed to the absent ones once files are listed
    return manifest


class _Hashing:
    """A file being read into the archive: hashes and counts what passes through."""

    def __init__(self, file: BinaryIO, advance: Callable[[int], None]) -> None:
        self.file = file
        self.digest = hashlib.sha256()
        self.advance = advance

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.digest.update(data)
        self.advance(len(data))
        return data


def _add(tar: tarfile.TarFile, name: str, size: int, reader: _Hashing | None) -> None:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = 0o600
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, reader)


def write_backup(
    home: Path,
    spoke_id: str,
    out: BinaryIO,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Manifest:
    """Write a backup of ``home`` to ``out`` and return its manifest. ``out`` is not
    closed. Raises :class:`BackupError` for what the user can fix."""
    if not home.is_dir():
        raise BackupError(f"there is no kiosk data at {home}")
    check_owner(home)
    try:
        with lock.maintenance(home, exclusive=False):
            return _write(home, spoke_id, out, passphrase, progress)
    except lock.MaintenanceBusy as error:
        raise BackupError(f"{error}; try again in a minute") from None


def _write(
    home: Path, spoke_id: str, out: BinaryIO, passphrase: str | None, progress: Progress | None
) -> Manifest:
    work = private_dir(home / WORK_DIR)
    snapshot = work / f"snapshot-{os.getpid()}.db"
    snapshot.unlink(missing_ok=True)
    try:
        db_path = home / DATABASE
        try:
            manifest = (
                snapshot_database(db_path, snapshot)
                if db_path.exists()
                else Manifest(__version__, "", "")
            )
        except (*database.Error, OSError) as error:
            if not is_storage_full(error, home):
                raise
            raise BackupError(
                f"the kiosk's own disk has no room for the database snapshot a backup "
                f"needs ({free_bytes(home) / 2**20:.0f} MB free, about "
                f"{db_path.stat().st_size / 2**20:.0f} MB needed); the kiosk's data is "
                "untouched. Free space ('kiosk housekeeping', 'kiosk doctor') and try again"
            ) from error
        manifest.created_at = datetime.now(UTC).isoformat()
        manifest.spoke_id = spoke_id
        files = list(included(home))
        if db_path.exists():
            files.insert(0, (DATABASE, snapshot))
        present = {Path(name).name for name, _ in files if name.startswith("blobs/")}
        manifest.missing_blobs = sorted(set(manifest.missing_blobs) - present)
        sizes = {name: path.stat().st_size for name, path in files}
        total, done = sum(sizes.values()), 0

        def advance(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(done, total)

        sealed = EncryptingWriter(out, passphrase) if passphrase else None
        sink: BinaryIO = sealed if sealed is not None else out  # type: ignore[assignment]
        with (
            gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=GZIP_LEVEL, mtime=0) as packed,
            tarfile.open(fileobj=packed, mode="w|") as tar,
        ):
            for name, path in files:
                with path.open("rb") as file:
                    reader = _Hashing(file, advance)
                    _add(tar, name, sizes[name], reader)
                manifest.files[name] = FileEntry(sizes[name], reader.digest.hexdigest())
            body = manifest.to_json()
            _add(tar, NAME, len(body), _Hashing(io.BytesIO(body), lambda n: None))
        if sealed is not None:
            sealed.finish()
        if progress is not None:
            progress(total, total)
        return manifest
    finally:
        snapshot.unlink(missing_ok=True)
        with contextlib.suppress(OSError):  # another backup may still be using it
            work.rmdir()
