"""The kiosk's data key: one random key per kiosk that encrypts the database and photos.

The key is never on disk in the clear. ``keyring.json`` beside the database holds it
twice, wrapped (AES-256-GCM): once by the *machine key*, from the key source chosen in
the configuration, so the kiosk opens by itself after a power cut; and once by the
*recovery key*, which district IT keeps on paper, so the data can be read on another
terminal or after the machine key is lost. See docs/security.md for the threat model.

Key sources (``key_source``):
- ``tpm2``: the machine key is sealed by the terminal's TPM with ``systemd-creds``.
- ``file``: the machine key is a file readable by the kiosk's user only, outside the
  data folder (``/etc/hwc-kiosk/machine.key``); weaker, for terminals with no TPM.
- ``test``: a key from ``KIOSK_TEST_MACHINE_KEY`` (or a fixed one), for the tests.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hwc_shared.files import PRIVATE_FILE, _make_missing, write_private

KEYRING = "keyring.json"
DATABASE = "kiosk.db"
KEY_BYTES = 32
SOURCES = ("tpm2", "file", "test")
DEFAULT_MACHINE_KEY = Path("/etc/hwc-kiosk/machine.key")
TPM_CREDENTIAL = "hwc-kiosk-machine-key"
_TEST_KEY = bytes(range(32))  # the tests' machine key unless one is given
_WRAP_AAD = b"hwc-kiosk data key v1"
_RECOVERY_AAD = b"hwc-kiosk recovery key v1"


class KeysUnavailableError(Exception):
    """The kiosk's data cannot be opened with the keys at hand; the message says why in
    plain words and what district IT can do."""


@dataclass(frozen=True)
class Policy:
    """What the configuration says about encryption at rest for one data folder."""

    encrypt_new: bool
    source: str
    machine_key_file: Path


def policy(home: Path) -> Policy:
    """Read from the kiosk's configuration (kiosk.toml, KIOSK_* environment)."""
    from kiosk.config import load

    cfg = load(home)
    source = cfg.key_source
    if source not in SOURCES:
        raise KeysUnavailableError(
            f"the setting key_source is {source!r}; it must be one of {', '.join(SOURCES)}"
        )
    key_file = Path(cfg.machine_key_file) if cfg.machine_key_file else _default_key_file()
    return Policy(cfg.encrypt_at_rest, source, key_file)


def _default_key_file() -> Path:
    """/etc/hwc-kiosk/machine.key where it was made for the kiosk's user; otherwise that
    user's own configuration folder, still outside the data folder."""
    if DEFAULT_MACHINE_KEY.exists():
        return DEFAULT_MACHINE_KEY
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "hwc-kiosk" / "machine.key"


# --- machine keys ---------------------------------------------------------------------


def machine_key(pol: Policy, *, create: bool) -> bytes:
    """The machine key of this terminal; made on first use when ``create``."""
    if pol.source == "test":
        given = os.environ.get("KIOSK_TEST_MACHINE_KEY", "")
        return bytes.fromhex(given) if given else _TEST_KEY
    if pol.source == "file":
        return _file_key(pol.machine_key_file, create)
    return _tpm_key(tpm_credential(pol), create)


def tpm_credential(pol: Policy) -> Path:
    return pol.machine_key_file.with_suffix(".cred")


def usable_machine_key(pol: Policy) -> bytes:
    """This terminal's machine key for a recovery: the one there if it still opens, else a
    new one (a replaced TPM or a damaged key file, put aside as ``*.lost``)."""
    try:
        return machine_key(pol, create=True)
    except KeysUnavailableError:
        if pol.source == "test":
            raise
        old = pol.machine_key_file if pol.source == "file" else tpm_credential(pol)
        old.replace(old.with_name(old.name + ".lost"))
        return machine_key(pol, create=True)


def _file_key(path: Path, create: bool) -> bytes:
    if not path.exists():
        if not create:
            raise KeysUnavailableError(
                f"this terminal's machine key {path} is missing; restore the data with "
                "district IT's recovery key (kiosk keys recover --recovery-key ...)"
            )
        try:
            _make_missing(path.parent)
            write_private(path, secrets.token_bytes(KEY_BYTES))
        except OSError as error:
            raise KeysUnavailableError(
                f"the machine key {path} cannot be made ({error.strerror}); the installer "
                "makes it, or set machine_key_file to a folder the kiosk may write"
            ) from None
    if path.stat().st_mode & 0o077:
        raise KeysUnavailableError(f"the machine key {path} is readable by others; chmod 600 it")
    data = path.read_bytes()
    if len(data) != KEY_BYTES:
        raise KeysUnavailableError(f"the machine key {path} is damaged (not {KEY_BYTES} bytes)")
    return data


def _tpm_key(credential: Path, create: bool) -> bytes:
    """A key sealed by the TPM: ``systemd-creds encrypt --with-key=tpm2``. Decrypting
    needs this terminal's TPM, so the disk alone never gives it up."""
    if not credential.exists():
        if not create:
            raise KeysUnavailableError(
                f"this terminal's sealed machine key {credential} is missing; restore the "
                "data with district IT's recovery key"
            )
        key = secrets.token_bytes(KEY_BYTES)
        _make_missing(credential.parent)
        _systemd_creds(["encrypt", "--with-key=tpm2", f"--name={TPM_CREDENTIAL}", "-",
                        str(credential)], key)  # fmt: skip
        credential.chmod(PRIVATE_FILE)
        return key
    return _systemd_creds(["decrypt", f"--name={TPM_CREDENTIAL}", str(credential), "-"], None)


def _systemd_creds(args: list[str], data: bytes | None) -> bytes:
    try:
        done = subprocess.run(  # noqa: S603 (fixed arguments, no user input)
            ["systemd-creds", *args],  # noqa: S607 (found on PATH like the other tools)
            input=data,
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise KeysUnavailableError(
            f"the TPM cannot be asked for the machine key ({error})"
        ) from None
    if done.returncode != 0:
        said = done.stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
        if args[0] == "encrypt":
            raise KeysUnavailableError(f"the TPM could not seal a machine key: {said[0]}")
        raise KeysUnavailableError(
            "the TPM did not give the machine key back (a new TPM, or a changed terminal); "
            f"restore the data with district IT's recovery key ({said[0]})"
        )
    return done.stdout


# --- wrapping ---------------------------------------------------------------------------


def _seal(key: bytes, secret: bytes, aad: bytes) -> dict[str, str]:
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, secret, aad)
    return {"nonce": nonce.hex(), "sealed": sealed.hex()}


def _open(key: bytes, box: dict[str, str], aad: bytes) -> bytes:
    return AESGCM(key).decrypt(bytes.fromhex(box["nonce"]), bytes.fromhex(box["sealed"]), aad)


def format_recovery_key(raw: bytes) -> str:
    """32 bytes as 13 groups of 4 letters and digits (base32), to copy onto paper."""
    text = base64.b32encode(raw).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _letters(text: str) -> str:
    """What was typed, as base32 letters: case, spaces and dashes aside, and the digits
    0, 1 and 8 (never in a key) read as the letters O, I and B they are mistaken for."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans("018", "OIB"))


def parse_recovery_key(text: str) -> bytes:
    cleaned = _letters(text)
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise KeysUnavailableError(
            "that is not a recovery key: it has 13 groups of 4 letters/digits"
        )
    return raw


@dataclass
class Keyring:
    """The contents of ``keyring.json``."""

    path: Path
    data: dict[str, Any]

    @property
    def database_encrypted(self) -> bool:
        return bool(self.data.get("database_encrypted"))

    @property
    def source(self) -> str:
        return str(self.data.get("source", ""))

    def save(self) -> None:
        write_private(self.path, json.dumps(self.data, indent=1).encode())


def read_keyring(home: Path) -> Keyring | None:
    path = home / KEYRING
    try:
        return Keyring(path, json.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, UnicodeDecodeError):
        raise KeysUnavailableError(f"the kiosk's keyring {path} is damaged") from None


def create_keyring(home: Path, pol: Policy, *, database_encrypted: bool) -> Keyring:
    """A new data key and recovery key, both kept wrapped only. Two processes starting at
    once agree on one keyring: it is linked into place, never overwritten."""
    data_key = secrets.token_bytes(KEY_BYTES)
    recovery = secrets.token_bytes(KEY_BYTES)
    machine = machine_key(pol, create=True)
    ring = Keyring(
        home / KEYRING,
        {
            "version": 1,
            "source": pol.source,
            "database_encrypted": database_encrypted,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "by_machine": _seal(machine, data_key, _WRAP_AAD),
            "by_recovery": _seal(recovery, data_key, _WRAP_AAD),
            "recovery_by_machine": _seal(machine, recovery, _RECOVERY_AAD),
            "recovery_shown_at": None,
            "recovery_confirmed_at": None,
        },
    )
    temp = home / f".{KEYRING}.{os.getpid()}.{threading.get_ident()}.new"
    _make_missing(home)
    write_private(temp, json.dumps(ring.data, indent=1).encode())
    try:
        os.link(temp, ring.path)
    except FileExistsError:
        pass  # another process made it first: theirs is the kiosk's
    finally:
        temp.unlink(missing_ok=True)
    found = read_keyring(home)
    assert found is not None
    return found


def unwrap(ring: Keyring, pol: Policy) -> bytes:
    """The data key, unwrapped with this terminal's machine key."""
    if ring.source and ring.source != pol.source:
        raise KeysUnavailableError(
            f"the data was locked with the {ring.source} key source and this kiosk is set "
            f"to {pol.source}; set key_source back, or recover with the recovery key"
        )
    try:
        return _open(machine_key(pol, create=False), ring.data["by_machine"], _WRAP_AAD)
    except (InvalidTag, KeyError, ValueError):
        raise KeysUnavailableError(
            "this terminal's machine key does not open the kiosk's data (another terminal, "
            "or a lost or replaced machine key); district IT can open it with the recovery "
            "key: kiosk keys recover --recovery-key ..."
        ) from None


def recover(home: Path, recovery_text: str) -> None:
    """Open the data with the recovery key and wrap the data key anew for this terminal's
    machine key (a new terminal, a replaced TPM, a lost key file)."""
    ring = read_keyring(home)
    if ring is None:
        raise KeysUnavailableError(f"{home} holds no keyring: its data is not encrypted")
    recovery = parse_recovery_key(recovery_text)
    try:
        data_key = _open(recovery, ring.data["by_recovery"], _WRAP_AAD)
    except (InvalidTag, KeyError, ValueError):
        raise KeysUnavailableError("that recovery key is not this kiosk's") from None
    pol = policy(home)
    machine = usable_machine_key(pol)
    ring.data["source"] = pol.source
    ring.data["by_machine"] = _seal(machine, data_key, _WRAP_AAD)
    ring.data["recovery_by_machine"] = _seal(machine, recovery, _RECOVERY_AAD)
    ring.save()
    forget()


def recovery_key(home: Path, *, mark_shown: bool) -> str:
    """The recovery key, for an administrator on this terminal to give to district IT."""
    ring = read_keyring(home)
    if ring is None:
        raise KeysUnavailableError(f"{home} holds no keyring: its data is not encrypted")
    pol = policy(home)
    unwrap(ring, pol)  # the same plain words when the machine key is wrong
    raw = _open(machine_key(pol, create=False), ring.data["recovery_by_machine"], _RECOVERY_AAD)
    if mark_shown and not ring.data.get("recovery_shown_at"):
        ring.data["recovery_shown_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        ring.save()
    return format_recovery_key(raw)


def recovery_confirmed(home: Path) -> bool:
    """No recovery key waits to be written down: confirmed, waived, or none at all (data
    in the clear). Reads keyring.json only, no key, so the screen may ask it at once."""
    try:
        ring = read_keyring(home)
    except KeysUnavailableError:
        return True  # a damaged keyring: the kiosk's own checks say so, not this screen
    return ring is None or bool(ring.data.get("recovery_confirmed_at"))


def recovery_key_to_confirm(home: Path) -> str | None:
    """The recovery key while no administrator has yet confirmed, on the kiosk's screen,
    writing it down; None once one has, or when the data is not encrypted."""
    ring = read_keyring(home)
    if ring is None or ring.data.get("recovery_confirmed_at"):
        return None
    return recovery_key(home, mark_shown=True)


def last_group(recovery_text: str) -> str:
    return recovery_text.rsplit("-", 1)[-1]


def confirm_recovery_key(home: Path, typed: str) -> bool:
    """Record that the recovery key was written down, when ``typed`` is its last group
    (case, spaces and dashes aside): the screen is not shown again after that."""
    wanted = last_group(recovery_key(home, mark_shown=True))
    if _letters(typed) != wanted:
        return False
    waive_recovery_confirmation(home)
    return True


def waive_recovery_confirmation(home: Path) -> None:
    """Record the recovery key as written down without asking (a demo's made-up records)."""
    ring = read_keyring(home)
    if ring is not None and not ring.data.get("recovery_confirmed_at"):
        ring.data["recovery_confirmed_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        ring.save()


# --- the keys the store uses -------------------------------------------------------------

_cache: dict[tuple[Path, int, int], bytes] = {}
_cache_lock = threading.Lock()


def forget() -> None:
    """Drop the unwrapped keys this process holds (after a recovery or a migration)."""
    with _cache_lock:
        _cache.clear()


def data_key(home: Path, *, create: bool = True) -> bytes | None:
    """This kiosk's data key, or None when its data is kept in the clear (an older kiosk
    not yet migrated, or ``encrypt_at_rest = false``). A new kiosk gets its key here."""
    ring_path = home / KEYRING
    try:
        stat = ring_path.stat()
    except FileNotFoundError:
        stat = None
    if stat is not None:
        cache_key = (ring_path, stat.st_mtime_ns, stat.st_ino)
        with _cache_lock:
            if cache_key in _cache:
                return _cache[cache_key]
        ring = read_keyring(home)
        assert ring is not None
        key = unwrap(ring, policy(home))
        with _cache_lock:
            _cache[cache_key] = key
        return key
    if not create:
        return None
    db = home / DATABASE
    if (db.exists() and db.stat().st_size > 0) or not policy(home).encrypt_new:
        return None  # data in the clear stays readable until `kiosk db encrypt`
    create_keyring(home, policy(home), database_encrypted=True)
    return data_key(home, create=False)


def _derive(key: bytes, purpose: bytes) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None, info=purpose).derive(key)


def database_key_from(data: bytes) -> bytes:
    return _derive(data, b"hwc-kiosk database")


def database_key(db_path: Path) -> bytes | None:
    """The SQLCipher key of this database, None when it is in the clear."""
    home = db_path.parent
    key = data_key(home)
    if key is None:
        return None
    ring = read_keyring(home)
    if ring is None or not ring.database_encrypted:
        return None  # `kiosk db encrypt` made the key but has not swapped the file in yet
    return database_key_from(key)


def photo_key(home: Path) -> bytes | None:
    """The key photos are sealed with, None when they are kept in the clear."""
    key = data_key(home)
    return None if key is None else _derive(key, b"hwc-kiosk photos")
