"""Content-addressed files (photos, scanned reports) under ``KIOSK_HOME/blobs``.

A blob is named by the SHA-256 of its bytes, so storing the same photo twice stores it
once and the hub can check what it received. Photos keep their original for the
clinic and a smaller upload copy for the hub; each is a blob of its own.

On an encrypted kiosk (kiosk/store/keys.py) each file is sealed with AES-256-GCM under the
kiosk's photo key, a fresh random nonce per file and the name as associated data (a file
moved under another name does not open). The name stays the SHA-256 of the plaintext, so
content addressing and the upload to the hub are unchanged: they read through :meth:`read`.
A file written before encryption (no ``MAGIC``) still reads until ``kiosk db encrypt``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlite_utils import Database

from hwc_shared.files import write_private
from kiosk.store.keys import KeysUnavailableError, photo_key
from kiosk.store.rows import iso
from kiosk.store.space import PHOTO, full_disk_as

MAGIC = b"HWCBLOB1"
NONCE_BYTES = 12


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    mime: str
    size: int


def seal(key: bytes, sha256: str, data: bytes) -> bytes:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return MAGIC + nonce + AESGCM(key).encrypt(nonce, data, sha256.encode())


def is_sealed(raw: bytes) -> bool:
    return raw.startswith(MAGIC)


class BlobFiles:
    """The files themselves; rows about them live in the ``blobs`` table."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._key: bytes | None = None
        self._key_known = False

    @property
    def key(self) -> bytes | None:
        """The photo key of the kiosk these files belong to (the folder above ``blobs``)."""
        if not self._key_known:
            self._key = photo_key(self.root.parent)
            self._key_known = True
        return self._key

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes, mime: str) -> BlobRef:
        """Write ``data`` durably (temp file, fsync, rename) unless it is already there."""
        digest = hashlib.sha256(data).hexdigest()
        target = self.path(digest)
        if not target.exists():
            key = self.key
            stored = data if key is None else seal(key, digest, data)
            with full_disk_as(PHOTO, self.root):
                write_private(target, stored)
        return BlobRef(digest, mime, len(data))

    def read(self, sha256: str) -> bytes:
        raw = self.path(sha256).read_bytes()
        if not is_sealed(raw):
            return raw
        key = self.key
        if key is None:
            raise KeysUnavailableError("a photo is encrypted but this kiosk has no key for it")
        nonce = raw[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            return AESGCM(key).decrypt(nonce, raw[len(MAGIC) + NONCE_BYTES :], sha256.encode())
        except InvalidTag:
            raise KeysUnavailableError(
                f"the photo {sha256[:12]} does not open with this kiosk's key (damaged, or "
                "from another kiosk)"
            ) from None

    def encrypt_in_place(self, sha256: str) -> bool:
        """Re-write one clear file sealed (``kiosk db encrypt``); False if it already was.
        The sealed file replaces the clear one in one rename."""
        key = self.key
        path = self.path(sha256)
        raw = path.read_bytes()
        if key is None or is_sealed(raw):
            return False
        with full_disk_as(PHOTO, self.root):
            write_private(path, seal(key, sha256, raw))
        return True

    def forget_key(self) -> None:
        self._key_known = False


def record_blob(db: Database, ref: BlobRef, now: datetime, upload: bool) -> None:
    """Note a blob in the database (inside the transaction that attaches it).
    ``upload`` marks the copies that go to the hub; originals stay on the kiosk."""
    db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, mime, size, created_at, needs_upload) "
        "VALUES (?, ?, ?, ?, ?)",
        [ref.sha256, ref.mime, ref.size, iso(now), int(upload)],
    )
