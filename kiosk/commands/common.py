"""What the subcommands share: loading the configuration and opening the clinic."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk import config
from kiosk.store.clinic import Clinic
from kiosk.store.space import StorageFullError

KIOSK_OPEN = 3  # exit status: the kiosk is open on this data; close it and try again
DISK_FULL = 4  # exit status: the disk is full; nothing was half-saved


def full_disk_words(error: StorageFullError) -> str:
    """The terminal's version of the screens' message: what was kept, what to do."""
    where = f" ({error.path})" if error.path is not None else ""
    free = f", {error.free // 2**20} MB free" if error.free is not None else ""
    return (
        f"The disk holding the kiosk's data is full{where}{free}. The last change was not "
        "saved and nothing was half-saved; everything saved before it is safe. Make room "
        "('kiosk housekeeping' removes photo originals already at the hub, 'kiosk doctor' "
        "shows the space left), then run the command again."
    )


def home_option() -> argparse.ArgumentParser:
    """``--home`` accepted after a subcommand too (``kiosk doctor --home DIR``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--home", default=argparse.SUPPRESS, help="data folder")
    return parent


def load_config(args: argparse.Namespace) -> config.KioskConfig:
    return config.load(home=getattr(args, "home", None))


def open_clinic(cfg: config.KioskConfig) -> Clinic:
    return Clinic.open(cfg.db_path, cfg.spoke_id, zone=cfg.timezone)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def progress_bar(label: str, megabytes: bool = False) -> Any:
    """A one-line progress bar on stderr for slow commands (counts, or bytes as MB)."""

    shown = [-1]

    def show(done: int, total: int) -> None:
        step = int(1000 * done / total) if total else 1000
        if step == shown[0]:
            return  # redraw only when the bar moves: callers may report every few KB
        shown[0] = step
        width = 30
        filled = min(int(width * done / total), width) if total else width
        amount = f"{done / 2**20:.1f}/{total / 2**20:.1f} MB" if megabytes else f"{done}/{total}"
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {amount}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
