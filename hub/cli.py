"""The ``kiosk-hub`` command: ``serve`` and the admin commands in :mod:`hub.admin`."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from hub import admin
from hub import config as hub_config
from hub.storage.base import StorageError
from hwc_shared import __version__


def _home() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--home", default=None, help="hub data folder (default: $HUB_HOME)")
    parent.add_argument(
        "--db",
        default=None,
        metavar="URL",
        help="storage URL: sqlite:PATH or postgresql://USER@HOST:PORT/DB "
        "(default: the hub's config, else sqlite in the home)",
    )
    return parent


async def _serve(args: argparse.Namespace) -> int:
    from hub.server import serve_forever  # aiohttp's server only when serving

    cfg = hub_config.load(
        home=args.home, overrides={"host": args.host, "port": args.port, "db": args.db}
    )
    await serve_forever(cfg)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kiosk-hub", description="HWC reference hub server.")
    parser.add_argument("--version", action="version", version=f"kiosk-hub {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = sub.add_parser("serve", parents=[_home()], help="run the hub's HTTP API")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default 8470; 0 picks a free one)")
    serve.set_defaults(serve=True)
    admin.register(sub, _home())
    move = sub.add_parser(
        "migrate", help="move a SQLite hub into an empty PostgreSQL database (one transaction)"
    )
    move.add_argument("--from", dest="source", required=True, metavar="sqlite:PATH")
    move.add_argument("--to", dest="target", required=True, metavar="postgresql://...")
    move.set_defaults(migrate=True)
    return parser


async def _migrate(args: argparse.Namespace) -> int:
    from hub.storage import transfer

    await transfer.migrate(args.source, args.target, lambda line: print(line, flush=True))
    print("blob files are not in the database: give the new hub the same blob folder")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    try:
        if getattr(args, "serve", False):
            return asyncio.run(_serve(args))
        if getattr(args, "migrate", False):
            return asyncio.run(_migrate(args))
        code: int = asyncio.run(admin.run_action(args.action, args))
        return code
    except (StorageError, hub_config.HubConfigError, ValueError, OSError) as error:
        print(f"kiosk-hub: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
