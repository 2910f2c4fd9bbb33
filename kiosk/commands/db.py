"""``kiosk db check``: is the database whole, and is its schema the one this version expects?"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

from hwc_shared.files import private_dir
from kiosk.commands.common import KIOSK_OPEN, home_option, load_config, print_json
from kiosk.store import migrations
from kiosk.store.atrest_status import at_rest_status
from kiosk.store.database import DatabaseError, connect
from kiosk.store.encrypt import encrypt_home
from kiosk.store.lock import KioskRunning, app_lock
from kiosk.store.printed import remove_printed_copies
from kiosk.store.store import Store


@dataclass
class DatabaseHealth:
    path: str
    exists: bool
    integrity: str = "not checked"
    foreign_key_problems: int = 0
    applied: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (
            self.exists
            and self.integrity == "ok"
            and not self.foreign_key_problems
            and not self.pending
            and not self.unknown
        )


def check_database(path: Any) -> DatabaseHealth:
    health = DatabaseHealth(path=str(path), exists=path.exists())
    if not health.exists:
        return health
    try:
        db = connect(path, readonly=True)
    except DatabaseError as error:
        health.integrity = f"damaged: {error}"
        return health
    try:
        rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
        health.integrity = "ok" if rows == ["ok"] else "; ".join(rows[:5])
        health.foreign_key_problems = len(db.execute("PRAGMA foreign_key_check").fetchall())
        health.applied = migrations.applied(db)
        health.pending = migrations.pending(db)
        health.unknown = migrations.unknown(db)
    except DatabaseError as error:
        # SQLCipher checks every page it reads: a damaged page is an error, not a row.
        health.integrity = f"damaged: {error}"
    finally:
        db.close()
    return health


def _check(args: argparse.Namespace) -> int:
    health = check_database(load_config(args).db_path)
    if args.json:
        print_json({**asdict(health), "ok": health.ok})
    else:
        print(f"database:     {health.path}")
        if not health.exists:
            print("problem:      it does not exist yet (the kiosk creates it at first start)")
        else:
            print(f"integrity:    {health.integrity}")
            print(f"foreign keys: {health.foreign_key_problems} problem(s)")
            print(
                f"migrations:   {len(health.applied)} applied, {len(health.pending)} pending"
                + (f", {len(health.unknown)} from a newer version" if health.unknown else "")
            )
            print("result:       " + ("ok" if health.ok else "PROBLEM"))
    return 0 if health.ok else 1


def _migrate(args: argparse.Namespace) -> int:
    """Bring the database up to this version's schema (install.sh --upgrade runs this);
    creates an empty one on a fresh terminal. Refuses while the kiosk is open."""
    cfg = load_config(args)
    private_dir(cfg.home)
    try:
        with app_lock(cfg.home):
            before = check_database(cfg.db_path)
            if before.unknown:
                print(
                    f"kiosk db migrate: {cfg.db_path} was written by a newer kiosk "
                    f"({', '.join(before.unknown)}); install that version",
                    file=sys.stderr,
                )
                return 1
            Store(cfg.db_path).close()  # opening the store applies what is pending
    except KioskRunning as error:
        print(f"kiosk db migrate: {error}", file=sys.stderr)
        return KIOSK_OPEN
    after = check_database(cfg.db_path)
    done = [name for name in after.applied if name not in before.applied]
    news = f"new: {', '.join(done)}" if done else "none new"
    print(f"migrations: {len(after.applied)} applied, {news}")
    from kiosk.commands.keys import show_recovery_once

    show_recovery_once(cfg.home)  # at install: the one time it is shown unasked
    return 0 if after.ok else 1


def _encrypt(args: argparse.Namespace) -> int:
    """Encrypt a kiosk whose data is in the clear (an older kiosk; install.sh --upgrade runs
    this). Refuses while the kiosk is open; stopped half-way, run it again."""
    from kiosk.commands.keys import show_recovery_once

    cfg = load_config(args)
    removed = remove_printed_copies(cfg.home) if cfg.home.is_dir() else 0
    if removed:
        print(f"printed copies in the clear removed: {removed} PDFs (printing keeps none now)")
    if args.upgrade and not cfg.encrypt_at_rest:
        print("data encryption: encrypt_at_rest is off, the data stays as it is")
        return 0
    if args.upgrade and cfg.db_path.exists():
        status = at_rest_status(cfg.home)
        if status.database_encrypted and not status.photos_clear and not status.problem:
            print("data encryption: already encrypted")  # no lock taken: the kiosk may be open
            return 0
    if not cfg.db_path.exists():
        if args.upgrade:
            return 0  # a fresh terminal: the database is made encrypted
        print(f"kiosk db encrypt: {cfg.db_path} does not exist yet", file=sys.stderr)
        return 1
    try:
        with app_lock(cfg.home):
            done = encrypt_home(cfg.home)
    except KioskRunning as error:
        print(f"kiosk db encrypt: {error}", file=sys.stderr)
        return KIOSK_OPEN
    db = "database encrypted now" if done.database_done_now else "database was encrypted already"
    print(f"{db}; photos: {done.photos_sealed_now} encrypted now, {done.photos_total} in all")
    show_recovery_once(cfg.home)
    return 0


def register(subparsers: Any) -> None:
    db = subparsers.add_parser("db", help="database maintenance")
    sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    check = sub.add_parser("check", parents=[home_option()], help="integrity and migrations")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_check)
    migrate = sub.add_parser(
        "migrate", parents=[home_option()], help="bring the schema up to this version"
    )
    migrate.set_defaults(handler=_migrate)
    encrypt = sub.add_parser(
        "encrypt", parents=[home_option()], help="encrypt a database and photos kept in the clear"
    )
    encrypt.add_argument(
        "--upgrade",
        action="store_true",
        help="as the installer runs it: only when encrypt_at_rest is on and there is data",
    )
    encrypt.set_defaults(handler=_encrypt)
