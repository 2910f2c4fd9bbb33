"""The hub's Ed25519 signing key: made at first start, kept owner-only in HUB_HOME.

Kiosks pin its public half at enrollment and later refuse prescriptions that it did
not sign, so the private half never leaves the hub's home.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from hwc_shared.files import PRIVATE_FILE, write_private


def _load(path: Path) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} does not hold an Ed25519 private key")
    path.chmod(PRIVATE_FILE)
    return key


def load_or_create(path: Path) -> Ed25519PrivateKey:
    """Read the key, or make one and write it with owner-only permissions from the start.

    Several hub processes may share one key file and start at the same moment: the new
    key is written aside and linked into place only if no key is there yet, so exactly
    one key wins and every process signs with it.
    """
    if path.exists():
        return _load(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    aside = write_private(path.with_name(f"{path.name}.{os.getpid()}.new"), pem)
    try:
        os.link(aside, path)
    except FileExistsError:
        return _load(path)
    finally:
        aside.unlink()
    return key


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    return base64.b64encode(public_bytes(key)).decode("ascii")


def fingerprint(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """A short name for the key that a person can compare by eye."""
    digest = hashlib.sha256(public_bytes(key)).hexdigest()[:16]
    return ":".join(digest[i : i + 4] for i in range(0, 16, 4))
