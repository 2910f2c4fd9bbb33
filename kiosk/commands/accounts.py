"""``kiosk accounts``: district IT lists and adds CHO accounts at the terminal."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.common import home_option, load_config, open_clinic, print_json
from kiosk.domain.accounts import Role
from kiosk.domain.errors import ValidationError


def _read_pin(args: argparse.Namespace) -> str:
    if args.pin_file:
        return Path(args.pin_file).read_text(encoding="utf-8").strip()
    first = getpass.getpass("PIN for the new account: ")
    if getpass.getpass("The same PIN again: ") != first:
        raise ValidationError("pin", "The two PINs are not the same.")
    return first


def _add(args: argparse.Namespace) -> int:
    clinic = open_clinic(load_config(args))
    try:
        cho = clinic.accounts.create(
            args.username, args.name, _read_pin(args), role=Role(args.role), language=args.language
        )
    except ValidationError as error:
        print(f"kiosk accounts add: {error.message}", file=sys.stderr)
        return 2
    finally:
        clinic.close()
    print(f"added {cho.username} ({cho.role.value})")
    return 0


def _list(args: argparse.Namespace) -> int:
    clinic = open_clinic(load_config(args))
    try:
        chos = clinic.accounts.list()
    finally:
        clinic.close()
    if args.json:
        print_json(
            [
                {"id": c.id, "username": c.username, "full_name": c.full_name, "role": c.role.value}
                for c in chos
            ]
        )
    else:
        for c in chos:
            print(f"{c.username:<16} {c.role.value:<6} {c.full_name}")
    return 0


def register(subparsers: Any) -> None:
    accounts = subparsers.add_parser("accounts", help="CHO accounts")
    sub = accounts.add_subparsers(dest="accounts_command", required=True, metavar="ACTION")
    add = sub.add_parser("add", parents=[home_option()], help="add a CHO account")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name as shown at sign-in")
    add.add_argument("--role", choices=[r.value for r in Role], default=Role.CHO.value)
    add.add_argument("--language", choices=("hi", "en"), default="hi")
    add.add_argument("--pin-file", help="read the PIN from this file instead of a prompt")
    add.set_defaults(handler=_add)
    listing = sub.add_parser("list", parents=[home_option()], help="who can sign in")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_list)
