"""What the subcommands share: loading the configuration and opening the clinic."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from kiosk import config
from kiosk.store.clinic import Clinic


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


def progress_bar(label: str) -> Any:
    """A one-line progress bar on stderr for slow commands."""

    def show(done: int, total: int) -> None:
        width = 30
        filled = int(width * done / total) if total else width
        sys.stderr.write(f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show
