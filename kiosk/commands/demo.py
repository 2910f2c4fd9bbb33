"""``kiosk demo-data``: realistic synthetic patients and encounters, for demos and benchmarks."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kiosk import demo_data
from kiosk.commands.common import (
    DISK_FULL,
    full_disk_words,
    home_option,
    load_config,
    open_clinic,
    progress_bar,
)
from kiosk.domain.accounts import Role
from kiosk.store import keys
from kiosk.store.clinic import Clinic
from kiosk.store.space import StorageFullError

DEMO_USERNAME = "demo"
DEMO_PIN = "2580"
DEMO_FULL_NAME = "Demo CHO"


def demo_cho_id(clinic: Clinic) -> str:
    """Who the synthetic records are by: the demo account (PIN 2580), created only on a
    kiosk with no accounts at all; on a kiosk in use, its first account. A kiosk given
    the demo account is a demo: its recovery key opens made-up records, so its
    administrator is not asked to write it down (kiosk/ui/recovery_key.py)."""
    chos = clinic.accounts.list()
    for cho in chos:
        if cho.username == DEMO_USERNAME:
            return cho.id
    if chos:
        return chos[0].id
    cho = clinic.accounts.create(
        DEMO_USERNAME, DEMO_FULL_NAME, DEMO_PIN, role=Role.ADMIN, check_pin=False
    )
    keys.waive_recovery_confirmation(clinic.store.path.parent)
    return cho.id


def _run(args: argparse.Namespace) -> int:
    if args.patients < 0 or args.encounters < 0:
        print("kiosk demo-data: counts cannot be negative", file=sys.stderr)
        return 2
    if args.encounters and not args.patients:
        print("kiosk demo-data: encounters need patients (give --patients too)", file=sys.stderr)
        return 2
    cfg = load_config(args)
    clinic = open_clinic(cfg)
    bar = progress_bar("demo data") if sys.stderr.isatty() else None
    saved = [0]

    def progress(done: int, total: int) -> None:
        saved[0] = done
        if bar is not None:
            bar(done, total)

    try:
        made = demo_data.generate(
            clinic.store,
            spoke_id=cfg.spoke_id,
            cho_id=demo_cho_id(clinic),
            patient_count=args.patients,
            encounter_count=args.encounters,
            seed=args.seed,
            progress=progress,
        )
    except StorageFullError as error:
        if bar is not None:
            sys.stderr.write("\n")
        print(
            f"kiosk demo-data: {saved[0]} of {args.patients + args.encounters} patients and "
            f"cases were saved, each batch whole. {full_disk_words(error)}",
            file=sys.stderr,
        )
        return DISK_FULL
    finally:
        clinic.close()
    print(
        f"made {made.patients} patients, {made.encounters} encounters, "
        f"{made.observations} observations in {cfg.home}"
    )
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo-data", parents=[home_option()], help="add synthetic patients and encounters"
    )
    parser.add_argument("--patients", type=int, default=50)
    parser.add_argument("--encounters", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7, help="same seed, same people")
    parser.set_defaults(handler=_run)
