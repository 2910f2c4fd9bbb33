"""``kiosk backup``, ``kiosk restore`` and ``kiosk housekeeping``: the kiosk's data kept
safe and its disk kept clear, from the terminal (district IT, install.sh --upgrade).

Counts, paths and versions only: patient data stays out of the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

from hwc_shared.files import PRIVATE_FILE
from kiosk.backup.archive import BackupError, check_owner, write_backup
from kiosk.backup.crypto import BackupLocked
from kiosk.backup.folder import backup_to_folder
from kiosk.backup.key import backup_passphrase, read_passphrase
from kiosk.backup.manifest import Manifest, ManifestError
from kiosk.backup.restore import PassphraseNeeded, is_sealed, restore, stage
from kiosk.commands.common import (
    KIOSK_OPEN,
    home_option,
    load_config,
    print_json,
    progress_bar,
)
from kiosk.store.keys import KeysUnavailableError
from kiosk.store.lock import KioskRunning
from kiosk.store.space import is_storage_full


def _passphrase(args: argparse.Namespace, confirm: bool, home: Path | None = None) -> str | None:
    """Given on the command line, asked for (``--encrypt``), or, for a new backup
    (``home``), the configured or the kiosk's own key unless ``--plain``."""
    if args.passphrase_file:
        return read_passphrase(args.passphrase_file)
    if not getattr(args, "encrypt", False):
        if home is None or getattr(args, "plain", False):
            return None
        return backup_passphrase(home, load_config(args).backup_passphrase_file)
    first = getpass.getpass("Passphrase for the backup: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise ValueError("the two passphrases are not the same")
    if not first:
        raise ValueError("an empty passphrase protects nothing")
    return first


def _bar(label: str) -> Any:
    return progress_bar(label, megabytes=True) if sys.stderr.isatty() else None


def _to_file(home: Path, spoke_id: str, target: str, passphrase: str | None) -> Manifest:
    if target == "-":
        if sys.stdout.isatty():
            raise BackupError("a backup is not for the terminal: redirect it to a file")
        manifest = write_backup(home, spoke_id, sys.stdout.buffer, passphrase, _bar("backup"))
        sys.stdout.buffer.flush()
        return manifest
    path = Path(target)
    if path.exists():
        raise BackupError(f"{path} already exists; choose another name")
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out:
            manifest = write_backup(home, spoke_id, out, passphrase, _bar("backup"))
            out.flush()
            os.fsync(out.fileno())
        partial.replace(path)
    except BaseException as error:
        partial.unlink(missing_ok=True)
        if is_storage_full(error):
            raise BackupError(
                f"the disk holding {path} is full: no backup was written there (the half-"
                "written file was removed) and the kiosk's data is untouched. Free space "
                "on it or choose another place"
            ) from error
        raise
    return manifest


def _backup(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    # Messages go to stderr: with --out - the backup itself is on stdout.
    try:
        if args.show_key:
            print(backup_passphrase(cfg.home, cfg.backup_passphrase_file))
            return 0
        if args.out:
            passphrase = _passphrase(args, True, cfg.home)
            manifest = _to_file(cfg.home, cfg.spoke_id, args.out, passphrase)
        else:
            folder = args.folder or cfg.backup_folder
            check_owner(cfg.home)
            status = backup_to_folder(
                cfg.home, cfg.spoke_id, Path(folder).expanduser() if folder else None,
                args.keep or cfg.backup_keep, datetime.now(UTC),
                args.passphrase_file or cfg.backup_passphrase_file, _bar("backup"),
                plain=args.plain,
            )  # fmt: skip
            print(f"kiosk backup: {status.detail}", file=sys.stderr)
            return 0 if status.ok else 1
    except (BackupError, OSError, ValueError) as error:
        print(f"kiosk backup: {error}", file=sys.stderr)
        return 1
    where = "standard output" if args.out == "-" else args.out
    print(
        f"kiosk backup: {len(manifest.files)} files, {manifest.total_bytes / 2**20:.1f} MB "
        f"to {where}" + ("" if args.plain else " (encrypted)"),
        file=sys.stderr,
    )
    if manifest.missing_blobs:
        print(
            f"kiosk backup: warning: {len(manifest.missing_blobs)} photo files the database "
            "names were not on disk (see 'kiosk db check')",
            file=sys.stderr,
        )
    return 0


def _open_source(name: str) -> BinaryIO:
    return sys.stdin.buffer if name == "-" else Path(name).open("rb")


def _unsealed(args: argparse.Namespace, source: BinaryIO) -> str | None:
    """The passphrase to use: given, asked for when the backup turns out to need one."""
    passphrase = _passphrase(args, False)
    if passphrase is None and is_sealed(source):  # this kiosk's own backup?
        passphrase = backup_passphrase(
            load_config(args).home, load_config(args).backup_passphrase_file, make=False
        )
    if passphrase is None and is_sealed(source):
        if not sys.stdin.isatty() or args.file == "-":
            raise PassphraseNeeded("this backup is encrypted: give --passphrase-file")
        passphrase = getpass.getpass("This backup is encrypted. Passphrase: ")
    return passphrase


def _summary(manifest: Manifest, pending: list[str]) -> dict[str, Any]:
    return {
        "kiosk_version": manifest.kiosk_version,
        "created_at": manifest.created_at,
        "spoke_id": manifest.spoke_id,
        "files": len(manifest.files),
        "bytes": manifest.total_bytes,
        "migrations": manifest.migrations,
        "migrations_to_apply": pending,
        "counts": manifest.counts,
    }


def _check(args: argparse.Namespace, home: Path) -> int:
    with _open_source(args.file) as source:
        passphrase = _unsealed(args, source)
        scratch = Path(tempfile.mkdtemp(prefix=".kiosk-backup-check-", dir=home.parent))
        try:
            staged = stage(source, scratch / "data", passphrase, None, args.recovery_key)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    summary = _summary(staged.manifest, staged.pending_migrations)
    if args.json:
        print_json({"ok": True, **summary})
    else:
        print(f"backup whole: {summary['files']} files, {summary['bytes'] / 2**20:.1f} MB")
        for key in ("spoke_id", "created_at", "kiosk_version", "counts", "migrations_to_apply"):
            print(f"{key:<20}{summary[key]}")
    return 0


def _restore(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    home = cfg.home
    try:
        if args.check:
            return _check(args, home)
        with _open_source(args.file) as source:
            passphrase = _unsealed(args, source)
            done = restore(
                home, source, passphrase, migrate=not args.no_migrate,
                other_spoke=args.other_spoke, progress=_restore_progress(),
                recovery_key=args.recovery_key,
            )  # fmt: skip
    except KioskRunning as error:
        print(f"kiosk restore: {error}", file=sys.stderr)
        return KIOSK_OPEN
    except (
        BackupError,
        BackupLocked,
        ManifestError,
        KeysUnavailableError,
        OSError,
        ValueError,
    ) as error:
        print(f"kiosk restore: nothing was changed: {error}", file=sys.stderr)
        return 1
    m = done.manifest
    print(f"restored the backup of spoke {m.spoke_id} made {m.created_at}")
    print(f"made by kiosk {m.kiosk_version}")
    print(f"counts: {m.counts}")
    if done.migrated:
        print(f"database brought up to date: {', '.join(done.migrated)}")
    if done.previous is not None:
        print(f"the data that was here is kept at {done.previous}")
    return 0


def _restore_progress() -> Any:
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def show(done: int) -> None:
        tenth = done * 10 // 2**20
        if tenth != shown[0]:
            shown[0] = tenth
            sys.stderr.write(f"\rrestore: {done / 2**20:.1f} MB checked and unpacked")
            sys.stderr.flush()

    return show


def _housekeeping(args: argparse.Namespace) -> int:
    from kiosk.store.blobs import BlobFiles
    from kiosk.store.housekeeping import trim_originals
    from kiosk.store.lock import MaintenanceBusy
    from kiosk.store.store import Store

    cfg = load_config(args)
    if not cfg.db_path.exists():
        print("kiosk housekeeping: no kiosk database here yet", file=sys.stderr)
        return 1
    days = cfg.trim_originals_after_days if args.days is None else args.days
    with Store(cfg.db_path) as store:
        try:
            report = trim_originals(
                store, BlobFiles(cfg.blobs_dir), cfg.home, days, datetime.now(UTC), args.dry_run
            )
        except MaintenanceBusy as error:
            print(f"kiosk housekeeping: {error}; try again later", file=sys.stderr)
            return 1
    verb = "would remove" if args.dry_run else "removed"
    print(
        f"photo originals older than {days} days and already at the hub: {verb} "
        f"{report.trimmed} ({report.bytes_freed / 2**20:.1f} MB); kept until sent: {report.waiting}"
    )
    return 0


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup", parents=[home_option()], help="back up this kiosk's data (while it runs)"
    )
    where = backup.add_mutually_exclusive_group()
    where.add_argument("--out", help="write to this file ('-': standard output)")
    where.add_argument("--folder", help="into this folder, keeping the last N (default: settings)")
    backup.add_argument("--keep", type=int, help="with --folder: how many to keep")
    sealed = backup.add_mutually_exclusive_group()
    sealed.add_argument("--encrypt", action="store_true", help="ask for a passphrase")
    sealed.add_argument("--passphrase-file", help="encrypt with the passphrase in this file")
    sealed.add_argument(
        "--plain", action="store_true", help="do not encrypt (backups are encrypted by default)"
    )
    sealed.add_argument(
        "--show-key", action="store_true", help="print the key that seals this kiosk's backups"
    )
    backup.set_defaults(handler=_backup)

    restore_parser = subparsers.add_parser(
        "restore", parents=[home_option()], help="restore a backup (the kiosk must be closed)"
    )
    restore_parser.add_argument("file", help="the backup file ('-': standard input)")
    restore_parser.add_argument("--check", action="store_true", help="only check it is whole")
    restore_parser.add_argument("--json", action="store_true", help="with --check")
    restore_parser.add_argument("--passphrase-file", help="the passphrase of an encrypted backup")
    restore_parser.add_argument(
        "--no-migrate", action="store_true", help="keep the database exactly as backed up"
    )
    restore_parser.add_argument(
        "--other-spoke", action="store_true", help="restore a backup made for another spoke"
    )
    restore_parser.add_argument(
        "--recovery-key",
        help="district IT's recovery key of the kiosk the backup is from, to restore the "
        "backup of an encrypted kiosk onto another terminal",
    )
    restore_parser.set_defaults(handler=_restore, encrypt=False, plain=False)

    house = subparsers.add_parser(
        "housekeeping", parents=[home_option()], help="remove photo originals the hub has"
    )
    house.add_argument("--days", type=int, help="older than this (default: settings)")
    house.add_argument("--dry-run", action="store_true", help="only say what would go")
    house.set_defaults(handler=_housekeeping)
