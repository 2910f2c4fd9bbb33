"""``kiosk encounters list``: the cases in this kiosk, newest first."""

from __future__ import annotations

import argparse
from typing import Any

from kiosk.commands.common import home_option, load_config, open_clinic, print_json


def _list(args: argparse.Namespace) -> int:
    clinic = open_clinic(load_config(args))
    try:
        found = clinic.encounters.on_day() if args.today else clinic.encounters.recent(args.limit)
    finally:
        clinic.close()
    if args.json:
        print_json(
            [
                {
                    "id": e.id,
                    "patient_id": e.patient_id,
                    "status": e.status.value,
                    "specialty": e.specialty,
                    "created_at": e.created_at.isoformat(),
                }
                for e in found
            ]
        )
        return 0
    for e in found:
        # Ids and status only: patient names stay on screen, not in terminals and logs.
        print(f"{e.created_at:%Y-%m-%d %H:%M}  {e.status.value:<11} {e.id}  patient {e.patient_id}")
    if not found:
        print("no encounters")
    return 0


def register(subparsers: Any) -> None:
    encounters = subparsers.add_parser("encounters", help="list encounters")
    sub = encounters.add_subparsers(dest="encounters_command", required=True, metavar="ACTION")
    listing = sub.add_parser("list", parents=[home_option()], help="newest first")
    listing.add_argument("--json", action="store_true", help="a JSON array")
    listing.add_argument("--today", action="store_true", help="only today's (local time)")
    listing.add_argument("--limit", type=int, default=100)
    listing.set_defaults(handler=_list)
