"""The admin commands of ``kiosk-hub``: spokes, enrollment codes, kiosks, specialists,
mappings and stats. Each opens the hub's storage, does one thing, and closes it."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from hub import admin_dashboard, admin_rx, credentials
from hub import config as hub_config
from hub.admin_input import read_new_password
from hub.api.context import HubContext
from hub.server import open_context
from hub.storage.base import STATS_KEYS, StorageError
from hub.storage.models import Mapping, Specialist
from kiosk.domain.clock import utc_now
from kiosk.domain.encounter import Specialty

Action = Callable[[HubContext, argparse.Namespace], Awaitable[int]]


async def spokes_add(ctx: HubContext, args: argparse.Namespace) -> int:
    spoke = await ctx.storage.add_spoke(
        args.id, args.name, args.district or "", args.state or "", utc_now()
    )
    print(f"added spoke {spoke.id} ({spoke.name})")
    return 0


async def spokes_list(ctx: HubContext, args: argparse.Namespace) -> int:
    for s in await ctx.storage.spokes():
        print(f"{s.id}\t{s.name}\t{s.district}\t{s.state}")
    return 0


async def enroll_code(ctx: HubContext, args: argparse.Namespace) -> int:
    code = credentials.new_enroll_code()
    now = utc_now()
    hours = args.hours or ctx.config.enroll_code_hours
    expires = now + timedelta(hours=hours)
    await ctx.storage.add_enroll_code(args.spoke, credentials.code_hash(code), now, expires)
    until = f"{expires:%Y-%m-%d %H:%M} UTC"
    print(f"one-time enrollment code for spoke {args.spoke}, valid until {until}:")
    print(code)  # the last line, alone, so scripts can take it
    return 0


async def kiosks_list(ctx: HubContext, args: argparse.Namespace) -> int:
    rows = await ctx.storage.kiosks(args.spoke)
    if args.json:
        print(json.dumps([
            {"id": k.id, "spoke": k.spoke_id, "label": k.label, "active": k.active,
             "enrolled_at": k.enrolled_at.isoformat(),
             "last_seen_at": k.last_seen_at.isoformat() if k.last_seen_at else None}
            for k in rows
        ], indent=2))  # fmt: skip
        return 0
    for k in rows:
        state = "active" if k.active else "revoked"
        seen = f"{k.last_seen_at:%Y-%m-%d %H:%M}" if k.last_seen_at else "never"
        print(f"{k.id}\t{k.spoke_id}\t{state}\tlast seen {seen}\t{k.label}")
    if not rows:
        print("no kiosks enrolled")
    return 0


async def kiosks_revoke(ctx: HubContext, args: argparse.Namespace) -> int:
    if await ctx.storage.revoke_kiosk(args.kiosk_id, utc_now()):
        print(f"revoked kiosk {args.kiosk_id}; its token no longer works")
        return 0
    print(f"kiosk-hub: no active kiosk {args.kiosk_id}", file=sys.stderr)
    return 1


async def specialists_add(ctx: HubContext, args: argparse.Namespace) -> int:
    qualification = " ".join((args.qualification or "").split())
    specialist = Specialist(
        args.username, args.name, args.specialty, args.registration_no, args.hub_site,
        qualification,
    )  # fmt: skip
    council = " ".join((args.council or "").split())
    await ctx.storage.add_specialist(
        specialist, credentials.hash_password(read_new_password(args.password_file))
    )
    if council:
        await ctx.storage.set_council(args.username, council)
    print(f"added specialist {args.username} ({args.specialty}, {args.hub_site})")
    if not council:
        print(
            f"note: prescriptions name no council beside {args.username}'s registration "
            f"number until one is recorded: kiosk-hub specialists set {args.username} "
            '--council "Rajasthan Medical Council"'
        )
    if not qualification:
        print(
            f"note: {args.username} cannot sign prescriptions until a qualification is "
            f'recorded: kiosk-hub specialists set {args.username} --qualification "..."'
        )
    return 0


async def specialists_set(ctx: HubContext, args: argparse.Namespace) -> int:
    if args.qualification is None and args.council is None:
        raise StorageError("say what to change: --qualification and/or --council")
    for what, value, store in (
        ("qualification", args.qualification, ctx.storage.set_qualification),
        ("council", args.council, ctx.storage.set_council),
    ):
        if value is None:
            continue
        text = " ".join(value.split())
        if not text:
            raise StorageError(f"the {what} is empty")
        if not await store(args.username, text):
            raise StorageError(f"no specialist {args.username!r}")
        print(f"{args.username}: prescriptions show {text!r}")
    return 0


async def map_spoke(ctx: HubContext, args: argparse.Namespace) -> int:
    await ctx.storage.map_spoke(Mapping(args.spoke, args.specialty, args.hub_site))
    print(f"spoke {args.spoke}: {args.specialty} consults go to {args.hub_site}")
    return 0


async def stats(ctx: HubContext, args: argparse.Namespace) -> int:
    counts = await ctx.storage.stats()
    if args.json:
        print(json.dumps({k: counts[k] for k in STATS_KEYS}))
    else:
        for key in STATS_KEYS:
            print(f"{key:<14}{counts[key]}")
    return 0


async def run_action(action: Action, args: argparse.Namespace) -> int:
    cfg = hub_config.load(home=args.home, overrides={"db": args.db})
    ctx = await open_context(cfg)
    try:
        return await action(ctx, args)
    finally:
        await ctx.storage.close()


def _specialty(text: str) -> str:
    try:
        return Specialty(text).value
    except ValueError:
        choices = ", ".join(s.value for s in Specialty)
        raise argparse.ArgumentTypeError(f"unknown specialty; choose from {choices}") from None


def register(sub: Any, home: argparse.ArgumentParser) -> None:
    spokes = sub.add_parser("spokes", help="health and wellness centres served by this hub")
    spokes_sub = spokes.add_subparsers(dest="spokes_command", required=True, metavar="ACTION")
    add = spokes_sub.add_parser("add", parents=[home], help="add a spoke")
    add.add_argument("id")
    add.add_argument("--name", required=True)
    add.add_argument("--district")
    add.add_argument("--state")
    add.set_defaults(action=spokes_add)
    spokes_sub.add_parser("list", parents=[home], help="list spokes").set_defaults(
        action=spokes_list
    )

    code = sub.add_parser("enroll-code", parents=[home], help="a one-time enrollment code")
    code.add_argument("spoke")
    code.add_argument("--hours", type=int, help="valid for this many hours")
    code.set_defaults(action=enroll_code)

    kiosks = sub.add_parser("kiosks", help="enrolled kiosks")
    kiosks_sub = kiosks.add_subparsers(dest="kiosks_command", required=True, metavar="ACTION")
    listing = kiosks_sub.add_parser("list", parents=[home], help="list kiosks")
    listing.add_argument("--spoke")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(action=kiosks_list)
    revoke = kiosks_sub.add_parser("revoke", parents=[home], help="revoke a kiosk's token")
    revoke.add_argument("kiosk_id")
    revoke.set_defaults(action=kiosks_revoke)

    specs = sub.add_parser("specialists", help="hub specialists")
    specs_sub = specs.add_subparsers(dest="specialists_command", required=True, metavar="ACTION")
    sadd = specs_sub.add_parser("add", parents=[home], help="add a specialist")
    sadd.add_argument("username")
    sadd.add_argument("--name", required=True)
    sadd.add_argument("--specialty", required=True, type=_specialty)
    sadd.add_argument("--registration-no", required=True)
    sadd.add_argument("--hub-site", required=True)
    sadd.add_argument("--qualification", help='printed on prescriptions: "MBBS, MD (...)"')
    sadd.add_argument("--council", help="the medical council that issued the registration "
                      'number, printed beside it: "Rajasthan Medical Council"')  # fmt: skip
    sadd.add_argument("--password-file", help="read the password from this file, not a prompt")
    sadd.set_defaults(action=specialists_add)
    sset = specs_sub.add_parser("set", parents=[home], help="change a specialist's details")
    sset.add_argument("username")
    sset.add_argument("--qualification", help="printed on prescriptions")
    sset.add_argument("--council", help="the council that issued the registration number")
    sset.set_defaults(action=specialists_set)

    mapping = sub.add_parser("map", parents=[home], help="send a spoke's consults to a hub site")
    mapping.add_argument("spoke")
    mapping.add_argument("--specialty", required=True, type=_specialty)
    mapping.add_argument("--hub-site", required=True)
    mapping.set_defaults(action=map_spoke)

    st = sub.add_parser("stats", parents=[home], help="counts of what the hub holds")
    st.add_argument("--json", action="store_true")
    st.set_defaults(action=stats)
    admin_rx.register(sub, home)
    admin_dashboard.register(sub, home)
