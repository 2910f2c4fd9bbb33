"""``kiosk sync now`` and ``kiosk sync status``: the sync from a terminal, for district IT.

Ids, counts and reasons only: patient data stays out of the terminal.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from kiosk.commands.common import home_option, load_config, print_json
from kiosk.config import KioskConfig
from kiosk.store.store import Store


def _not_enrolled(cfg: KioskConfig) -> int:
    print(
        f"kiosk sync: this kiosk ({cfg.home}) is not enrolled; run 'kiosk enroll' first",
        file=sys.stderr,
    )
    return 2


def _now(args: argparse.Namespace) -> int:
    from kiosk.sync import enrollment
    from kiosk.sync.runtime import run_once

    cfg = load_config(args)
    enrolled = enrollment.load(cfg.home)
    if enrolled is None:
        return _not_enrolled(cfg)
    with Store(cfg.db_path) as store:
        report = asyncio.run(run_once(cfg, store, enrolled))
    if args.json:
        print_json(report.as_dict())
    else:
        print(f"pushed      {report.pushed}")
        print(f"accepted    {report.accepted}")
        print(f"rejected    {report.rejected}")
        print(f"conflicts   {report.conflicts}")
        print(f"pulled      {report.pulled}")
        print(f"blobs       {report.blobs}")
        print(f"pending     {report.pending}")
        print(f"quarantined {report.quarantined}")
        if report.error:
            print(f"problem     {report.error}")
    return 0 if report.clean else 1


async def _probe(cfg: KioskConfig, url: str) -> bool:
    from kiosk.sync.client import HubClient, HubError, Timeouts

    async with HubClient(url, timeouts=Timeouts(connect=5, read=5)) as client:
        try:
            await client.health()
        except HubError:
            return False
    return True


def _status(args: argparse.Namespace) -> int:
    from kiosk.store import outbox
    from kiosk.sync import enrollment, state
    from kiosk.sync.local import quarantined

    cfg = load_config(args)
    enrolled = enrollment.load(cfg.home)
    with Store(cfg.db_path) as store:
        counts = store.read(outbox.status)
        last = store.read(state.last_success)
        held = store.read(quarantined)
    url = (cfg.hub_url or enrolled.hub_url) if enrolled else ""
    online = asyncio.run(_probe(cfg, url)) if enrolled and not args.offline else None
    result = {
        "enrolled": enrolled is not None,
        "hub_url": url,
        "spoke_id": enrolled.spoke_id if enrolled else None,
        "online": online,
        "pending": counts.pending,
        "quarantined": counts.quarantined,
        "oldest_pending_at": counts.oldest_pending_at.isoformat()
        if counts.oldest_pending_at
        else None,
        "last_success_at": last.isoformat() if last else None,
        "synced": counts.pending == 0 and counts.quarantined == 0,
        "quarantine": [
            {"op_id": q.op_id, "entity": q.entity, "entity_id": q.entity_id, "reason": q.reason}
            for q in held
        ],
    }
    if args.json:
        print_json(result)
    else:
        for key in ("enrolled", "hub_url", "spoke_id", "online", "pending", "quarantined",
                    "oldest_pending_at", "last_success_at", "synced"):  # fmt: skip
            print(f"{key:<18}{result[key]}")
        for q in held:
            print(f"quarantined {q.entity} {q.entity_id}: {q.reason}")
    return 0


def register(subparsers: Any) -> None:
    sync = subparsers.add_parser("sync", help="send to and receive from the hub")
    sub = sync.add_subparsers(dest="sync_command", required=True, metavar="ACTION")
    now = sub.add_parser("now", parents=[home_option()], help="one full sync cycle")
    now.add_argument("--json", action="store_true")
    now.set_defaults(handler=_now)
    status = sub.add_parser("status", parents=[home_option()], help="what waits, what failed")
    status.add_argument("--json", action="store_true")
    status.add_argument("--offline", action="store_true", help="do not try to reach the hub")
    status.set_defaults(handler=_status)
