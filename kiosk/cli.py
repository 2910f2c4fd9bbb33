"""The ``kiosk`` command: opens the UI, or runs one of the subcommands in kiosk.commands."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from hwc_shared import __version__
from kiosk.commands.common import DISK_FULL, full_disk_words
from kiosk.config import ConfigError
from kiosk.domain.languages import CODES
from kiosk.store.keys import KeysUnavailableError
from kiosk.store.space import StorageFullError

if TYPE_CHECKING:
    from kiosk.sync.runtime import HubStarter

KEYS_UNAVAILABLE = 5  # the data is encrypted and no key at hand opens it

# Each module adds its subcommands with ``register(subparsers)``.
COMMAND_MODULES = (
    "kiosk.commands.doctor",
    "kiosk.commands.demo",
    "kiosk.commands.encounters",
    "kiosk.commands.db",
    "kiosk.commands.accounts",
    "kiosk.commands.rx",
    "kiosk.commands.export",
    "kiosk.commands.devices",
    "kiosk.commands.enroll",
    "kiosk.commands.sync",
    "kiosk.commands.backup",
    "kiosk.commands.consult",
    "kiosk.commands.report",
    "kiosk.commands.keys",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="HWC Spoke Kiosk. With no command, opens the kiosk window.",
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--home", help="data folder (default: $KIOSK_HOME or the user data dir)")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open on a fresh demo home with demo patients and a demo login",
    )
    parser.add_argument("--lang", choices=CODES, help="interface language")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen (kiosk mode)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None, start_hub: HubStarter | None = None) -> int:
    """Run the ``kiosk`` command. ``start_hub`` is the demo's embedded hub, handed in by
    the program's entry point (``hwc_demo.cli``): the kiosk package never imports the hub."""
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from kiosk.app import run  # Qt is loaded only when a window is wanted

            return run(
                home=args.home, demo=args.demo, language=args.lang,
                fullscreen=args.fullscreen, start_hub=start_hub,
            )  # fmt: skip
        code: int = args.handler(args)
        return code
    except ConfigError as error:
        print(f"kiosk: configuration problem: {error}", file=sys.stderr)
        return 2
    except StorageFullError as error:
        print(f"kiosk: {full_disk_words(error)}", file=sys.stderr)
        return DISK_FULL
    except KeysUnavailableError as error:
        print(f"kiosk: the kiosk's data cannot be opened: {error}", file=sys.stderr)
        return KEYS_UNAVAILABLE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
