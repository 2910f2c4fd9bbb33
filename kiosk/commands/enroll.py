"""``kiosk enroll --hub URL --code CODE``: join a hub with the code district IT gave."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from kiosk.commands.common import home_option, load_config
from kiosk.store.files import private_dir


def _run(args: argparse.Namespace) -> int:
    # Network code loads only for the commands that need it.
    from kiosk.sync.client import HubError
    from kiosk.sync.enrollment import EnrollmentError, enroll

    cfg = load_config(args)
    private_dir(cfg.home)
    try:
        done = asyncio.run(enroll(args.hub, args.code, cfg.home, args.label))
    except (EnrollmentError, HubError) as error:
        print(f"kiosk enroll: {error}", file=sys.stderr)
        return 1
    print(f"enrolled as kiosk {done.kiosk_id} of spoke {done.spoke_id} ({done.spoke_name})")
    print(f"hub {done.hub_url}; its signing key {done.hub_key_fingerprint} is now pinned")
    return 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "enroll", parents=[home_option()], help="join a hub with a one-time code"
    )
    parser.add_argument("--hub", required=True, help="the hub's address, e.g. https://hub.example")
    parser.add_argument("--code", required=True, help="the one-time code from district IT")
    parser.add_argument("--label", help="a name for this kiosk at the hub (default: host name)")
    parser.set_defaults(handler=_run)
