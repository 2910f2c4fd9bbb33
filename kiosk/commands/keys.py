"""``kiosk keys``: the kiosk's encryption keys for an administrator and district IT.

``kiosk keys status`` says what is encrypted and with which key source; ``kiosk keys
recovery --show`` prints the recovery key to write down (docs/security.md); ``kiosk keys
recover --recovery-key ...`` opens the data on a new terminal, or after the machine key
was lost, and locks it to this terminal's machine key; ``kiosk keys machine-key
--create`` makes this terminal's machine key (the installer runs it as the kiosk's user).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.common import KIOSK_OPEN, home_option, load_config, print_json
from kiosk.store import keys
from kiosk.store.atrest_status import at_rest_status
from kiosk.store.lock import KioskRunning, app_lock


def recovery_notice(key: str) -> str:
    return (
        "RECOVERY KEY of this kiosk (write it down and give it to district IT; it opens\n"
        "this kiosk's data on another terminal or when this terminal's key is lost):\n"
        f"    {key}\n"
        "An administrator can show it again with: kiosk keys recovery --show"
    )


def show_recovery_once(home: Any) -> None:
    """At install and first start: print the recovery key if no one has seen it yet."""
    ring = keys.read_keyring(home)
    if ring is None or ring.data.get("recovery_shown_at"):
        return
    print(recovery_notice(keys.recovery_key(home, mark_shown=True)))


def _status(args: argparse.Namespace) -> int:
    status = at_rest_status(load_config(args).home)
    if args.json:
        print_json(status.as_dict())
    else:
        print(status.sentence())
    return 0 if status.database_encrypted and status.photos_clear == 0 else 1


def _recovery(args: argparse.Namespace) -> int:
    key = keys.recovery_key(load_config(args).home, mark_shown=args.show)
    print(recovery_notice(key) if args.show else f"{key[:4]}-… (--show prints all of it)")
    return 0


def _recover(args: argparse.Namespace) -> int:
    cfg = load_config(args)
    try:
        with app_lock(cfg.home):
            keys.recover(cfg.home, args.recovery_key)
    except KioskRunning as error:
        print(f"kiosk keys recover: {error}", file=sys.stderr)
        return KIOSK_OPEN
    print(f"the data in {cfg.home} opens again, now with this terminal's machine key")
    return 0


def _machine_key(args: argparse.Namespace) -> int:
    """Check (or with ``--create`` make) the machine key of a key source: the installer
    tries ``tpm2`` this way before it writes the choice into kiosk.toml."""
    pol = keys.policy(load_config(args).home)
    source = args.source or pol.source
    key_file = Path(args.file) if args.file else pol.machine_key_file
    pol = keys.Policy(pol.encrypt_new, source, key_file)
    where = keys.tpm_credential(pol) if source == "tpm2" else key_file
    existed = source == "test" or where.exists()
    keys.machine_key(pol, create=args.create)
    what = "sealed by this terminal's TPM" if source == "tpm2" else "in an owner-only file"
    print(f"key source {source}: machine key {where} ({what}), "
          f"{'already there' if existed else 'made now'}")  # fmt: skip
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("keys", help="encryption at rest: status and recovery")
    sub = parser.add_subparsers(dest="keys_command", required=True, metavar="ACTION")
    status = sub.add_parser("status", parents=[home_option()], help="what is encrypted")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    recovery = sub.add_parser(
        "recovery", parents=[home_option()], help="the recovery key, for district IT"
    )
    recovery.add_argument("--show", action="store_true", help="print the whole recovery key")
    recovery.set_defaults(handler=_recovery)
    recover = sub.add_parser(
        "recover",
        parents=[home_option()],
        help="open the data with the recovery key (new terminal, lost machine key)",
    )
    recover.add_argument("--recovery-key", required=True, help="the key district IT holds")
    recover.set_defaults(handler=_recover)
    machine = sub.add_parser(
        "machine-key", parents=[home_option()], help="check or make this terminal's machine key"
    )
    machine.add_argument("--source", choices=keys.SOURCES, help="default: key_source")
    machine.add_argument("--file", help="default: machine_key_file")
    machine.add_argument("--create", action="store_true", help="make it when it is missing")
    machine.set_defaults(handler=_machine_key)
