"""Content-addressed files (photos, scanned reports) under ``KIOSK_HOME/blobs``.

A blob is named by the SHA-256 of its bytes, so storing the same photo twice stores it
once and the hub can check what it received. Photos keep their original for the
clinic and a smaller upload copy for the hub; each is a blob of its own.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.store.files import write_private
from kiosk.store.rows import iso
from kiosk.store.space import PHOTO, full_disk_as


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    mime: str
    size: int


class BlobFiles:
    """The files themselves; rows about them live in the ``blobs`` table."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes, mime: str) -> BlobRef:
        """Write ``data`` durably (temp file, fsync, rename) unless it is already there."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            with full_disk_as(PHOTO, self.root):
                write_private(target, data)
        return BlobRef(digest, mime, len(data))

    def read(self, sha256: str) -> bytes:
        return self.path(sha256).read_bytes()


def record_blob(db: Database, ref: BlobRef, now: datetime, upload: bool) -> None:
    """Note a blob in the database (inside the transaction that attaches it).
    ``upload`` marks the copies that go to the hub; originals stay on the kiosk."""
    db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, mime, size, created_at, needs_upload) "
        "VALUES (?, ?, ?, ?, ?)",
        [ref.sha256, ref.mime, ref.size, iso(now), int(upload)],
    )
