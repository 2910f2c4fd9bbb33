"""``kiosk-hub officers`` (the dashboard's read-only accounts) and ``kiosk-hub report``
(the dashboard's figures on the command line, as JSON or CSV, for another system)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hub import credentials, report
from hub.admin_input import read_new_password
from hub.api.context import HubContext
from hub.storage.base import StorageError
from hub.storage.figures import TABLES
from hub.storage.models import Officer, Scope
from kiosk.domain.clock import utc_now


def _scope(text: str) -> Scope:
    try:
        return Scope.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


async def officers_add(ctx: HubContext, args: argparse.Namespace) -> int:

    username = args.username.strip().lower()
    if not username or len(username) > 200:
        raise StorageError("a username has 1 to 200 characters")
    officer = Officer(username, args.name, args.scope, utc_now())
    await ctx.storage.add_officer(
        officer, credentials.hash_password(read_new_password(args.password_file))
    )
    print(f"added programme officer {username} ({args.scope}); dashboard at /dashboard/")
    return 0


async def officers_list(ctx: HubContext, args: argparse.Namespace) -> int:
    found = await ctx.storage.officers()
    for o in found:
        print(f"{o.username}\t{o.name}\t{o.scope}")
    if not found:
        print("no programme officers")
    return 0


async def report_command(ctx: HubContext, args: argparse.Namespace) -> int:
    today = utc_now().astimezone(ZoneInfo(ctx.config.timezone)).date()
    query: dict[str, Any] = {
        "from": args.from_day, "to": args.to_day, "state": args.state,
        "district": args.district, "spoke": args.spoke, "hub": args.hub,
        "specialty": args.specialty, "period": args.period, "silent_days": args.silent_days,
    }  # fmt: skip
    try:
        f = report.parse_filter({k: v for k, v in query.items() if v}, today, None)
    except report.FilterError as error:
        raise StorageError(str(error)) from None
    now = utc_now()
    if args.csv:
        names = TABLES if args.table == "all" else (args.table,)
        folder = Path(args.csv)
        if len(names) > 1:
            folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            rows = await report.table(ctx.storage, name, f, now)
            text = report.to_csv(name, rows)
            if args.csv == "-" and len(names) == 1:
                sys.stdout.write(text)
                continue
            target = folder / f"{name}.csv" if len(names) > 1 else folder
            target.write_text(text, encoding="utf-8")
            print(f"{name}: {len(rows)} rows -> {target}")
        return 0
    if args.table == "all":
        tables = await report.all_tables(ctx.storage, f, now)
    else:
        tables = {args.table: await report.table(ctx.storage, args.table, f, now)}
    print(json.dumps({"filter": report.filter_json(f), "tables": tables}, indent=2,
                     ensure_ascii=False))  # fmt: skip
    return 0


def register(sub: Any, home: argparse.ArgumentParser) -> None:
    officers = sub.add_parser("officers", help="programme officers (the dashboard, read only)")
    o_sub = officers.add_subparsers(dest="officers_command", required=True, metavar="ACTION")
    add = o_sub.add_parser("add", parents=[home], help="add a programme officer")
    add.add_argument("username")
    add.add_argument("--name", required=True)
    add.add_argument(
        "--scope", required=True, type=_scope,
        help="what they see: state:NAME, district:NAME or hub:SITE",
    )  # fmt: skip
    add.add_argument("--password-file", help="read the password from this file, not a prompt")
    add.set_defaults(action=officers_add)
    o_sub.add_parser("list", parents=[home], help="list programme officers").set_defaults(
        action=officers_list
    )

    rep = sub.add_parser("report", parents=[home], help="the dashboard's figures (JSON or CSV)")
    rep.add_argument("--from", dest="from_day", help="first day YYYY-MM-DD (this month's 1st)")
    rep.add_argument("--to", dest="to_day", help="last day YYYY-MM-DD (today)")
    for name in ("state", "district", "spoke", "hub", "specialty"):
        rep.add_argument(f"--{name}")
    rep.add_argument("--period", choices=("day", "week", "month"), default="day")
    rep.add_argument("--silent-days", type=int, default=7, help="spokes not seen for N days")
    rep.add_argument("--table", choices=("all", *TABLES), default="all")
    rep.add_argument(
        "--csv", help="write CSV: a file for one table ('-' for stdout), a folder for all"
    )
    rep.set_defaults(action=report_command)
