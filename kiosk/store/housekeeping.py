"""Storage housekeeping: photo originals the hub no longer needs leave the disk after a
while, so that years of wound photos do not fill a small kiosk disk.

Only originals go, and only when every attachment that keeps one is older than the
configured age and fully at the hub: its record has left the outbox (accepted) and its
upload copy has been uploaded. The upload copy always stays, and it is what the screens
show. A blob that is anybody's upload copy, or still waits to be uploaded, is never
touched. The row is marked first and the file removed after, so a crash in between
leaves a marked file that the next run removes, never a row whose file vanished unmarked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlite_utils import Database

from kiosk.store import lock
from kiosk.store.blobs import BlobFiles
from kiosk.store.rows import iso
from kiosk.store.space import PHOTO, StorageFullError, free_bytes
from kiosk.store.store import Store

log = logging.getLogger("kiosk.store")

# Attachments holding this original that are not yet both old enough and at the hub.
_HELD = """
SELECT 1 FROM attachments a JOIN blobs u ON u.sha256 = a.upload_sha256
WHERE a.original_sha256 = b.sha256
  AND (a.created_at >= :cutoff OR u.uploaded_at IS NULL
       OR EXISTS (SELECT 1 FROM outbox o WHERE o.entity = 'attachment' AND o.entity_id = a.id))
"""

_ORIGINALS = """
FROM blobs b
WHERE b.trimmed_at IS NULL
  AND (b.needs_upload = 0 OR b.uploaded_at IS NOT NULL)
  AND EXISTS (SELECT 1 FROM attachments a WHERE a.original_sha256 = b.sha256)
  AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.upload_sha256 = b.sha256)
"""

_TRIMMABLE = f"SELECT b.sha256, b.size {_ORIGINALS} AND NOT EXISTS ({_HELD})"
_WAITING = f"""
SELECT count(*) {_ORIGINALS} AND EXISTS ({_HELD})
  AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.original_sha256 = b.sha256
                  AND a.created_at >= :cutoff)
"""


@dataclass(frozen=True)
class TrimReport:
    trimmed: int  # originals removed now
    bytes_freed: int
    waiting: int  # old enough, but not yet at the hub: kept until they are
    dry_run: bool = False


def trimmable(db: Database, cutoff: datetime) -> list[tuple[str, int]]:
    return [(str(r[0]), int(r[1])) for r in db.execute(_TRIMMABLE, {"cutoff": iso(cutoff)})]


def _mark(db: Database, cutoff: datetime, now: datetime) -> list[tuple[str, int]]:
    """Inside the write transaction, so the choice and the mark cannot drift apart."""
    chosen = trimmable(db, cutoff)
    db.conn.executemany(
        "UPDATE blobs SET trimmed_at = ? WHERE sha256 = ?", [(iso(now), s) for s, _ in chosen]
    )
    return chosen


def _marked(db: Database) -> list[str]:
    return [str(r[0]) for r in db.execute("SELECT sha256 FROM blobs WHERE trimmed_at IS NOT NULL")]


def trim_originals(
    store: Store,
    files: BlobFiles,
    home: Path,
    older_than_days: int,
    now: datetime,
    dry_run: bool = False,
) -> TrimReport:
    """Remove the originals that qualify (see the module's doc); ``older_than_days`` of 0
    or less turns trimming off. Raises :class:`kiosk.store.lock.MaintenanceBusy` while a
    backup is being written."""
    if older_than_days <= 0:
        return TrimReport(0, 0, 0, dry_run)
    return _trim(store, files, home, now - timedelta(days=older_than_days), now, dry_run)


def _trim(
    store: Store, files: BlobFiles, home: Path, cutoff: datetime, now: datetime, dry_run: bool
) -> TrimReport:
    limit = {"cutoff": iso(cutoff)}
    waiting = int(store.read(lambda db: db.execute(_WAITING, limit).fetchone()[0]))
    if dry_run:
        chosen = store.read(lambda db: trimmable(db, cutoff))
        return TrimReport(len(chosen), sum(size for _, size in chosen), waiting, True)
    with lock.maintenance(home, exclusive=True):
        chosen = store.write(lambda db: _mark(db, cutoff, now))
        freed = 0
        sizes = dict(chosen)
        for sha256 in store.read(_marked):
            path = files.path(sha256)
            if path.exists():
                path.unlink()
                freed += sizes.get(sha256, 0)
    if chosen:
        log.info("trimmed %d photo originals (%d bytes)", len(chosen), freed)
    return TrimReport(len(chosen), freed, waiting)


@dataclass(frozen=True)
class PhotoReserve:
    """Room kept free for clinical records: a new photo must leave ``min_free`` bytes.

    When it would not, the synced photo originals go first, whatever their age (their
    upload copy is at the hub and stays here); only if that is not enough is the photo
    refused, with the case itself untouched."""

    store: Store
    files: BlobFiles
    home: Path
    min_free: int

    def make_room(self, needed: int, now: datetime) -> None:
        """Raise :class:`StorageFullError` (``refused``) when ``needed`` bytes of photo
        would eat into the reserve even after trimming synced originals."""
        if free_bytes(self.files.root) - needed >= self.min_free:
            return
        try:
            report = _trim(self.store, self.files, self.home, now, now, dry_run=False)
        except lock.MaintenanceBusy:  # a backup is being written: trim next time
            report = None
        if report is not None and report.trimmed:
            log.warning("low disk space: trimmed %d synced photo originals", report.trimmed)
        free = free_bytes(self.files.root)
        if free - needed < self.min_free:
            raise StorageFullError(PHOTO, self.home, free, refused=True)


def photo_reserve(store: Store, home: Path, blobs: Path, min_free_mib: int) -> PhotoReserve:
    """The reserve from the ``photos_min_free_mib`` setting (0 turns it off)."""
    return PhotoReserve(store, BlobFiles(blobs), home, max(min_free_mib, 0) * 2**20)
