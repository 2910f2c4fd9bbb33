"""Blob bytes on the hub: content-addressed files, filled by resumable appends.

Bytes of an unfinished upload go to ``partial/<sha256>`` as they arrive and are flushed
to disk, so a link cut in the middle of a chunk loses nothing that reached the hub: the
kiosk asks for the offset and sends the rest. An exclusive ``flock`` on the partial file
keeps two uploads of the same blob (even from two hub processes) from interleaving.
When the last byte is in, the SHA-256 decides: a match is moved into place, a mismatch
is thrown away so the next try starts clean.
"""

from __future__ import annotations

import asyncio
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Protocol

from hwc_shared.files import PRIVATE_FILE, private_dir


class OffsetMismatchError(Exception):
    def __init__(self, offset: int) -> None:
        super().__init__(f"the hub holds {offset} bytes")
        self.offset = offset


class TooLargeError(Exception):
    pass


class BlobBackend(Protocol):
    """What the blob routes need of a store of blob bytes: :class:`BlobStore`, the folder
    every hub process shares, or :class:`hub.blobstore_s3.S3BlobStore`, an S3-compatible
    object store. Every method is a coroutine because an object store answers over the
    network, and the hub's event loop must not wait for it."""

    async def check(self) -> None:
        """Raise :class:`~hub.config.HubConfigError` in plain words if the store cannot
        serve (checked once, when the hub starts to serve)."""
        ...

    async def has(self, sha256: str) -> bool:
        """The whole blob is stored."""
        ...

    async def offset(self, sha256: str) -> int:
        """Bytes held of an unfinished upload: 0 if none, -1 once the blob is whole."""
        ...

    async def append(
        self, sha256: str, offset: int, size: int, chunks: AsyncIterator[bytes]
    ) -> int: ...

    async def finish(self, sha256: str) -> bool: ...

    async def read(self, sha256: str) -> bytes:
        """A whole blob, for the console (photos are small upload copies)."""
        ...


class BlobStore:
    """Blobs in a folder (shared storage when several hub processes serve one hub)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        private_dir(root)
        private_dir(root / "partial")

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def _partial(self, sha256: str) -> Path:
        return self.root / "partial" / sha256

    async def check(self) -> None:
        """Nothing to check: the folder was made when the store opened."""

    async def has(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    async def offset(self, sha256: str) -> int:
        if self.path(sha256).exists():
            return -1
        try:
            return self._partial(sha256).stat().st_size
        except FileNotFoundError:
            return 0

    async def append(
        self, sha256: str, offset: int, size: int, chunks: AsyncIterator[bytes]
    ) -> int:
        """Append the stream at ``offset``; returns the bytes now held. Whatever arrived
        before a cut stays written. Raises :class:`OffsetMismatchError` or
        :class:`TooLargeError`."""
        fd = await asyncio.to_thread(self._lock, sha256)
        try:
            held = os.fstat(fd).st_size
            if held != offset:
                raise OffsetMismatchError(held)
            try:
                async for chunk in chunks:
                    if held + len(chunk) > size:
                        raise TooLargeError()
                    await asyncio.to_thread(os.write, fd, chunk)
                    held += len(chunk)
            finally:
                await asyncio.to_thread(os.fsync, fd)
            return held
        finally:
            os.close(fd)  # closing releases the lock

    def _lock(self, sha256: str) -> int:
        fd = os.open(self._partial(sha256), os.O_CREAT | os.O_WRONLY | os.O_APPEND, PRIVATE_FILE)
        fcntl.flock(fd, fcntl.LOCK_EX)
        return fd

    async def finish(self, sha256: str) -> bool:
        """Check the partial file's hash; move it into place if it matches."""
        return await asyncio.to_thread(self._finish, sha256)

    async def read(self, sha256: str) -> bytes:
        return await asyncio.to_thread(self.path(sha256).read_bytes)

    def _finish(self, sha256: str) -> bool:
        partial = self._partial(sha256)
        digest = hashlib.sha256()
        with partial.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
        if digest.hexdigest() != sha256:
            partial.unlink(missing_ok=True)
            return False
        target = self.path(sha256)
        private_dir(target.parent)
        partial.replace(target)
        return True
