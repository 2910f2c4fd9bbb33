"""Admin commands for prescriptions: the formulary the console offers, and the refusals
kiosks reported (a forged or damaged prescription, or a hub key that changed)."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hub import formulary
from hub.storage.models import StoredFormulary

if TYPE_CHECKING:
    from hub.api.context import HubContext


async def formulary_load(ctx: HubContext, args: argparse.Namespace) -> int:
    """Check the whole file, then replace the database's list in one transaction."""
    path = Path(args.file).expanduser()
    entries = formulary.read_file(path)
    await ctx.storage.replace_formulary(StoredFormulary(entries, str(path.resolve()), ctx.clock()))
    print(f"loaded {len(entries)} medicines from {path}; the console offers them now")
    if ctx.config.formulary:
        print(f"note: the hub's 'formulary' setting names {ctx.config.formulary}, "
              "which the console offers instead while it is set")  # fmt: skip
    return 0


async def formulary_check(ctx: HubContext, args: argparse.Namespace) -> int:
    entries = formulary.read_file(Path(args.file).expanduser())
    print(f"{args.file}: {len(entries)} medicines, no problems")
    return 0


async def formulary_show(ctx: HubContext, args: argparse.Namespace) -> int:
    """The list the console offers, as CSV (so it can be edited and loaded again)."""
    file_entries = None
    if ctx.config.formulary:
        file_entries = tuple(formulary.read_file(Path(ctx.config.formulary).expanduser()))
    served = await formulary.served(ctx.storage, file_entries, ctx.config.formulary)
    print(f"# {len(served.entries)} medicines from {served.source}", file=sys.stderr)
    writer = csv.DictWriter(sys.stdout, fieldnames=formulary.COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(asdict(e) for e in served.entries)
    return 0


def _refusal(r: Any) -> dict[str, Any]:
    return {**asdict(r), "received_at": r.received_at.isoformat()}


async def refusals_list(ctx: HubContext, args: argparse.Namespace) -> int:
    rows = await ctx.storage.prescription_refusals(args.spoke, args.limit)
    if args.json:
        print(json.dumps([_refusal(r) for r in rows], indent=2))
        return 0
    for r in rows:
        print(f"{r.received_at:%Y-%m-%d %H:%M}\t{r.spoke_id}\tkiosk {r.kiosk_id}\t"
              f"prescription {r.prescription_id or '?'}\tcase {r.encounter_id or '?'}\t"
              f"{r.reason}\t{r.detail}")  # fmt: skip
    if not rows:
        print("no refused prescriptions")
    return 0


def register(sub: Any, home: argparse.ArgumentParser) -> None:
    form = sub.add_parser("formulary", help="the medicines the console offers")
    form_sub = form.add_subparsers(dest="formulary_command", required=True, metavar="ACTION")
    load = form_sub.add_parser("load", parents=[home], help="replace the list with a CSV file")
    load.add_argument("file")
    load.set_defaults(action=formulary_load)
    check = form_sub.add_parser("check", parents=[home], help="check a CSV file, load nothing")
    check.add_argument("file")
    check.set_defaults(action=formulary_check)
    form_sub.add_parser("show", parents=[home], help="print the list in use as CSV").set_defaults(
        action=formulary_show
    )

    refusals = sub.add_parser("refusals", help="prescriptions kiosks refused")
    ref_sub = refusals.add_subparsers(dest="refusals_command", required=True, metavar="ACTION")
    listing = ref_sub.add_parser("list", parents=[home], help="newest first")
    listing.add_argument("--spoke")
    listing.add_argument("--limit", type=int, default=100)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(action=refusals_list)
