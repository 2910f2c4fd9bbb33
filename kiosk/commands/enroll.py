"""``kiosk enroll``: join a hub with the one-time code district IT gave.

The code can come from a file or standard input (``--code-file -``), so that it never
shows in the process list. With ``--later-if-offline`` a hub that cannot be reached is
not an error: the code is kept owner-only and the kiosk enrolls itself when it next
starts (``--pending`` tries the kept code at once).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from hwc_shared.files import private_dir
from kiosk.commands.common import home_option, load_config
from kiosk.sync import pending as pending_codes
from kiosk.sync.link import LinkPolicy


def _code(args: argparse.Namespace) -> str:
    if args.code:
        return str(args.code)
    text = sys.stdin.read() if args.code_file == "-" else Path(args.code_file).read_text("utf-8")
    return text.strip()


def _run(args: argparse.Namespace) -> int:
    # Network code loads only for the commands that need it.
    from kiosk.sync.client import HubError
    from kiosk.sync.enrollment import EnrollmentError, HubUnreachable, enroll

    cfg = load_config(args)
    private_dir(cfg.home)
    if args.pending:
        kept = pending_codes.load(cfg.home)
        if kept is None:
            print("kiosk enroll: no enrollment code is waiting here", file=sys.stderr)
            return 1
        hub, code, spoke, label = kept.hub_url, kept.code, kept.spoke_id, kept.label
    else:
        if not args.hub or not (args.code or args.code_file):
            print("kiosk enroll: give --hub and --code (or --code-file)", file=sys.stderr)
            return 2
        hub, code, spoke, label = args.hub, _code(args), args.spoke or "", args.label or ""
    try:
        link = LinkPolicy(cfg.hub_ca_file, cfg.allow_plain_http)
        done = asyncio.run(enroll(hub, code, cfg.home, label or None, spoke, link))
    except HubUnreachable as error:
        if not args.later_if_offline:
            print(f"kiosk enroll: {error}", file=sys.stderr)
            return 1
        pending_codes.save(cfg.home, pending_codes.PendingEnrollment(hub, code, spoke, label))
        print(f"kiosk enroll: {error}")
        print("the code is kept (owner-only); the kiosk enrolls itself when it next starts")
        return 0
    except (EnrollmentError, HubError) as error:
        print(f"kiosk enroll: {error}", file=sys.stderr)
        return 1
    pending_codes.clear(cfg.home)
    print(f"enrolled as kiosk {done.kiosk_id} of spoke {done.spoke_id} ({done.spoke_name})")
    print(f"hub {done.hub_url}; its signing key {done.hub_key_fingerprint} is now pinned")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "enroll", parents=[home_option()], help="join a hub with a one-time code"
    )
    parser.add_argument("--hub", help="the hub's address, e.g. https://hub.example")
    code = parser.add_mutually_exclusive_group()
    code.add_argument("--code", help="the one-time code from district IT")
    code.add_argument("--code-file", help="read the code from this file ('-': standard input)")
    code.add_argument("--pending", action="store_true", help="use the code kept from installation")
    parser.add_argument("--spoke", help="refuse a code issued for any other spoke")
    parser.add_argument("--label", help="a name for this kiosk at the hub (default: host name)")
    parser.add_argument(
        "--later-if-offline",
        action="store_true",
        help="if the hub cannot be reached, keep the code and enroll at the next start",
    )
    parser.set_defaults(handler=_run)
