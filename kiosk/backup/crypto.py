"""Backups for a USB drive that may be lost: encrypted with a passphrase, authenticated,
streamed in chunks so that gigabytes of photos never sit in memory.

The key comes from the passphrase through scrypt with a random salt. The stream is cut
into chunks, each sealed with AES-256-GCM under a nonce made of a random prefix, the
chunk's number and a flag for the last chunk (the STREAM construction): a changed,
reordered, dropped or cut-off chunk fails to open, and so does a wrong passphrase. The
header is authenticated with every chunk.

Layout: header (``MAGIC``, salt, scrypt log2 N, r, p, nonce prefix, chunk size), then
for each chunk a 4-byte big-endian length and the sealed bytes.
"""

from __future__ import annotations

import os
import struct
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"HWCBAK\x00\x01"
CHUNK = 1 << 20
_SALT = 16
_PREFIX = 7
_TAG = 16
_HEADER = struct.Struct(f">{len(MAGIC)}s{_SALT}sBBB{_PREFIX}sI")
_LENGTH = struct.Struct(">I")
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1  # 32 MiB of memory, a fraction of a second


class BackupLocked(Exception):  # noqa: N818  (a state of the file, not a bug)
    """The backup cannot be opened: wrong passphrase, or the file was changed or cut."""


def is_encrypted(head: bytes) -> bool:
    return head.startswith(MAGIC)


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> AESGCM:
    if not passphrase:
        raise ValueError("an empty passphrase protects nothing")
    if not 10 <= log2_n <= 20 or not 1 <= r <= 16 or not 1 <= p <= 4:
        raise BackupLocked("the backup's key settings are not ones this kiosk writes")
    derived = Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(passphrase.encode())
    return AESGCM(derived)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", index) + (b"\x01" if last else b"\x00")


class EncryptingWriter:
    """A write-only file object: what is written to it goes to ``out`` sealed.
    ``finish`` must be called to seal the last chunk; it does not close ``out``."""

    def __init__(self, out: BinaryIO, passphrase: str, chunk: int = CHUNK) -> None:
        salt, prefix = os.urandom(_SALT), os.urandom(_PREFIX)
        self.header = _HEADER.pack(MAGIC, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, prefix, chunk)
        self._aead = _key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
        self._prefix = prefix
        self._chunk = chunk
        self._out = out
        self._buffer = bytearray()
        self._index = 0
        out.write(self.header)

    def _seal(self, data: bytes, last: bool) -> None:
        if self._index >= 2**32 - 1:
            raise ValueError("the backup is too large for one stream")
        sealed = self._aead.encrypt(_nonce(self._prefix, self._index, last), data, self.header)
        self._out.write(_LENGTH.pack(len(sealed)) + sealed)
        self._index += 1

    def write(self, data: bytes) -> int:
        self._buffer += data
        while len(self._buffer) > self._chunk:  # keep at least one byte back for the last
            self._seal(bytes(self._buffer[: self._chunk]), last=False)
            del self._buffer[: self._chunk]
        return len(data)

    def flush(self) -> None:
        self._out.flush()

    def finish(self) -> None:
        self._seal(bytes(self._buffer), last=True)
        self._buffer.clear()
        self._out.flush()


def _read_exactly(source: BinaryIO, size: int) -> bytes:
    data = b""
    while len(data) < size:
        piece = source.read(size - len(data))
        if not piece:
            break
        data += piece
    return data


class DecryptingReader:
    """A read-only file object over a sealed stream. It raises :class:`BackupLocked` as
    soon as a chunk does not open, and at the end if the last chunk never came."""

    def __init__(self, source: BinaryIO, passphrase: str) -> None:
        header = _read_exactly(source, _HEADER.size)
        if len(header) < _HEADER.size or not is_encrypted(header):
            raise BackupLocked("this is not an encrypted kiosk backup")
        _, salt, log2_n, r, p, prefix, chunk = _HEADER.unpack(header)
        if not 1024 <= chunk <= 64 << 20:
            raise BackupLocked("the backup's chunk size is not one this kiosk writes")
        self._aead = _key(passphrase, salt, log2_n, r, p)
        self._header = header
        self._prefix = prefix
        self._chunk = chunk
        self._source = source
        self._index = 0
        self._plain = b""
        self._done = False

    def _next(self) -> None:
        raw_length = _read_exactly(self._source, _LENGTH.size)
        if len(raw_length) < _LENGTH.size:
            raise BackupLocked("the backup file is cut short (its last part is missing)")
        (length,) = _LENGTH.unpack(raw_length)
        if not _TAG <= length <= self._chunk + _TAG:
            raise BackupLocked("the backup file is damaged (a part has an impossible size)")
        sealed = _read_exactly(self._source, length)
        if len(sealed) < length:
            raise BackupLocked("the backup file is cut short (its last part is missing)")
        for last in (False, True):
            try:
                nonce = _nonce(self._prefix, self._index, last)
                self._plain = self._aead.decrypt(nonce, sealed, self._header)
            except InvalidTag:
                continue
            self._index += 1
            self._done = last
            if last and self._source.read(1):
                raise BackupLocked("the backup file has bytes after its end")
            return
        if self._index == 0:
            raise BackupLocked("wrong passphrase, or the backup file is damaged")
        raise BackupLocked("the backup file is damaged (a part does not check out)")

    def read(self, size: int = -1) -> bytes:
        while not self._done and (size < 0 or len(self._plain) < size):
            before = self._plain
            self._next()
            self._plain = before + self._plain
        if size < 0:
            out, self._plain = self._plain, b""
        else:
            out, self._plain = self._plain[:size], self._plain[size:]
        return out
