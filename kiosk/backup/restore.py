"""Restoring a backup: prove it whole first, change the kiosk's data only at the end.

Every file is unpacked into a staging folder beside the home while it is hashed; the
manifest must name exactly those files with those sizes and hashes, each blob must be
named by its own SHA-256, and the database must pass SQLite's integrity check and carry
no migration this version does not know. Only then is an older database migrated
forward (in staging), the current home moved aside whole, and the staging folder put in
its place. The kiosk must be closed: the restore holds the kiosk lock throughout.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tarfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from hwc_shared.files import PRIVATE_FILE, private_dir
from kiosk.backup.archive import BackupError, check_owner
from kiosk.backup.crypto import MAGIC, DecryptingReader, is_encrypted
from kiosk.backup.manifest import DATABASE, MAX_BYTES, NAME, FileEntry, Manifest, ManifestError
from kiosk.backup.status import PASSPHRASE_FILE
from kiosk.config import ENROLLMENT_FILE
from kiosk.store import keys, lock, migrations
from kiosk.store.blobs import MAGIC as MAGIC_BLOB
from kiosk.store.blobs import BlobFiles
from kiosk.store.blobs import is_sealed as is_sealed_blob
from kiosk.store.database import connect, raw_connect_readonly

Progress = Callable[[int], None]
PIECE = 1 << 20


class PassphraseNeeded(BackupError):  # noqa: N818  (what the user must give, not a bug)
    """The backup is encrypted and no passphrase was given."""


@dataclass
class Staged:
    manifest: Manifest
    folder: Path
    pending_migrations: list[str] = field(default_factory=list)


@dataclass
class Restored:
    manifest: Manifest
    previous: Path | None  # where the data that was there before now lies
    migrated: list[str]


def _buffered(source: BinaryIO) -> io.BufferedReader:
    if isinstance(source, io.BufferedReader):
        return source
    return io.BufferedReader(source)  # type: ignore[arg-type]


def is_sealed(source: BinaryIO) -> bool:
    """Whether the backup is encrypted; only peeks, so ``source`` can still be read whole
    (pass the same buffered reader on)."""
    return is_encrypted(_buffered(source).peek(len(MAGIC))[: len(MAGIC)])


def open_backup(source: BinaryIO, passphrase: str | None) -> BinaryIO:
    """The plain tar stream of a backup, unsealing it when it is encrypted."""
    buffered = _buffered(source)
    if is_sealed(buffered):
        if not passphrase:
            raise PassphraseNeeded("this backup is encrypted: give its passphrase")
        return DecryptingReader(buffered, passphrase)  # type: ignore[return-value]
    return buffered


def _safe_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if path.is_absolute() or not path.parts or ".." in path.parts or "\\" in name:
        raise ManifestError(f"the backup holds an unsafe path: {name!r}")
    blob_shape = len(path.parts) == 3 and path.parts[1] == path.name[:2] and len(path.name) == 64
    if path.parts[0] == "blobs" and not blob_shape:
        raise ManifestError(f"the backup holds a misplaced blob: {name!r}")
    return path


def _unpack(tar: tarfile.TarFile, staging: Path, progress: Progress | None) -> tuple[
    dict[str, FileEntry], bytes | None
]:  # fmt: skip
    found: dict[str, FileEntry] = {}
    manifest_raw: bytes | None = None
    done = 0
    for member in tar:
        if not member.isreg():
            raise ManifestError(f"the backup holds something that is not a file: {member.name!r}")
        source = tar.extractfile(member)
        assert source is not None
        if member.name == NAME:
            if member.size > MAX_BYTES:
                raise ManifestError("the backup's manifest is far too large")
            manifest_raw = source.read()
            continue
        relative = _safe_name(member.name)
        if member.name in found:
            raise ManifestError(f"the backup holds {member.name!r} twice")
        target = staging.joinpath(*relative.parts)
        private_dir(target.parent)
        digest = hashlib.sha256()
        with target.open("xb") as out:
            target.chmod(PRIVATE_FILE)
            while piece := source.read(PIECE):
                digest.update(piece)
                out.write(piece)
                done += len(piece)
                if progress is not None:
                    progress(done)
        found[member.name] = FileEntry(target.stat().st_size, digest.hexdigest())
    return found, manifest_raw


def _check_database(path: Path) -> list[str]:
    """Integrity, and the migrations still to apply; refuses a newer schema."""
    db = raw_connect_readonly(path)
    try:
        result = [r[0] for r in db.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise ManifestError(f"the backup's database is damaged: {'; '.join(result[:3])}")
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied = (
            [r[0] for r in db.execute("SELECT name FROM _migrations")]
            if "_migrations" in tables
            else []
        )
    finally:
        db.close()
    known = [m.name for m in migrations.MIGRATIONS]
    newer = [name for name in applied if name not in known]
    if newer:
        raise ManifestError(
            f"the backup was made by a newer kiosk (migrations {', '.join(newer)}); "
            "install that version or newer to restore it"
        )
    return [name for name in known if name not in applied]


def stage(
    source: BinaryIO,
    staging: Path,
    passphrase: str | None,
    progress: Progress | None = None,
    recovery_key: str | None = None,
) -> Staged:
    """Unpack and verify into ``staging`` (created here, owner-only). Raises
    :class:`ManifestError` or :class:`kiosk.backup.crypto.BackupLocked` if anything is off,
    :class:`kiosk.store.keys.KeysUnavailableError` when the backup of an encrypted kiosk comes
    from another terminal and no ``recovery_key`` opens it."""
    private_dir(staging)
    stream = open_backup(source, passphrase)
    try:
        with tarfile.open(fileobj=stream, mode="r|*") as tar:
            found, raw = _unpack(tar, staging, progress)
    except (tarfile.TarError, EOFError, OSError) as error:
        if isinstance(error, FileExistsError):
            raise ManifestError(f"the backup holds a file twice: {error.filename}") from None
        raise ManifestError(f"the backup file is damaged or cut short: {error}") from None
    if raw is None:
        raise ManifestError("the backup has no manifest (it is cut short or not a kiosk backup)")
    manifest = Manifest.from_json(raw)
    if set(found) != set(manifest.files):
        extra = sorted(set(found) - set(manifest.files))[:3]
        missing = sorted(set(manifest.files) - set(found))[:3]
        raise ManifestError(f"the backup's files do not match its manifest ({extra or missing})")
    for name, entry in manifest.files.items():
        if found[name] != entry:
            raise ManifestError(f"{name} in the backup is damaged (its SHA-256 does not match)")
        sealed = _is_sealed_file(staging / name) if name.startswith("blobs/") else False
        if name.startswith("blobs/") and not sealed and PurePosixPath(name).name != entry.sha256:
            raise ManifestError(f"{name} in the backup is not the blob its name says")
    if recovery_key and (staging / keys.KEYRING).exists():
        keys.recover(staging, recovery_key)  # wrapped anew for this terminal's machine key
    _check_sealed_blobs(staging, manifest)
    database = staging / DATABASE
    pending = _check_database(database) if database.exists() else []
    return Staged(manifest, staging, pending)


def _is_sealed_file(path: Path) -> bool:
    with path.open("rb") as file:
        return is_sealed_blob(file.read(len(MAGIC_BLOB)))


def _check_sealed_blobs(staging: Path, manifest: Manifest) -> None:
    """An encrypted photo is checked by opening it: its plaintext must hash to its name."""
    files = BlobFiles(staging / "blobs")
    for name in manifest.files:
        if not name.startswith("blobs/") or not _is_sealed_file(staging / name):
            continue
        sha256 = PurePosixPath(name).name
        if hashlib.sha256(files.read(sha256)).hexdigest() != sha256:
            raise ManifestError(f"{name} in the backup is not the blob its name says")


def enrolled_spoke(home: Path) -> str | None:
    try:
        data = json.loads((home / ENROLLMENT_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return str(data.get("spoke_id") or "") or None


def restore(
    home: Path,
    source: BinaryIO,
    passphrase: str | None = None,
    migrate: bool = True,
    other_spoke: bool = False,
    progress: Progress | None = None,
    recovery_key: str | None = None,
) -> Restored:
    """Replace the data in ``home`` with the backup read from ``source``.

    Raises :class:`kiosk.store.lock.KioskRunning` while the kiosk is open, and
    :class:`BackupError` (or its kin) when the backup is not whole; in every failure the
    home is left as it was."""
    check_owner(home)
    if not home.parent.is_dir():
        raise BackupError(f"{home.parent} does not exist")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    staging = home.parent / f".{home.name}.restore-{stamp}"
    fresh = not home.exists()
    with lock.app_lock(home):
        try:
            staged = stage(source, staging, passphrase, progress, recovery_key)
            theirs, ours = staged.manifest.spoke_id, enrolled_spoke(home)
            if ours and theirs and theirs != ours and not other_spoke:
                raise BackupError(
                    f"this backup is of spoke {theirs}, and this kiosk is enrolled for spoke "
                    f"{ours}; give --other-spoke to restore it anyway"
                )
            migrated: list[str] = []
            if migrate and staged.pending_migrations:
                db = connect(staging / DATABASE)
                try:
                    migrated = migrations.migrate(db)
                finally:
                    db.close()
            previous = _swap(home, staging, stamp)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            if fresh and home.exists() and _only_locks(home):
                shutil.rmtree(home, ignore_errors=True)  # it held nothing but our lock
            raise
    return Restored(staged.manifest, previous, migrated)


def _only_locks(home: Path) -> bool:
    return not {p.name for p in home.iterdir()} - {lock.APP_LOCK, lock.MAINTENANCE_LOCK}


def _swap(home: Path, staging: Path, stamp: str) -> Path | None:
    """Move the home aside whole and staging into its place; the logs, which belong to
    this terminal rather than to the backup, follow into the new home."""
    if _only_locks(home):  # a fresh terminal: nothing to keep aside
        shutil.rmtree(home)
        staging.rename(home)
        return None
    previous = home.parent / f"{home.name}.before-restore-{stamp}"
    home.rename(previous)
    try:
        staging.rename(home)
    except OSError:
        previous.rename(home)
        raise
    if (previous / "logs").is_dir():
        (previous / "logs").rename(home / "logs")
    # So does the backup key, never inside a backup: without it this terminal could no
    # longer open the backups it made before (kiosk.backup.key).
    if (previous / PASSPHRASE_FILE).is_file() and not (home / PASSPHRASE_FILE).exists():
        shutil.copy2(previous / PASSPHRASE_FILE, home / PASSPHRASE_FILE)
    return previous
