"""Logging: one named logger per subsystem, a private log file, and a crash log for bugs.

Ordinary logs never carry patient data (names, phone numbers, clinical values): log ids.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from hwc_shared.files import private_dir, private_file

SUBSYSTEMS = ("app", "ui", "store", "devices", "sync", "rtc", "rx", "fhir", "cli")
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_fault_file: IO[str] | None = None


def logger(subsystem: str) -> logging.Logger:
    assert subsystem in SUBSYSTEMS, subsystem
    return logging.getLogger(f"kiosk.{subsystem}")


def setup(logs_dir: Path, level: int = logging.INFO) -> None:
    """Log to ``logs/kiosk.log`` (rotated, owner-only) and route crashes to ``crash.log``."""
    global _fault_file
    private_dir(logs_dir)
    log_file = private_file(logs_dir / "kiosk.log")
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    root = logging.getLogger("kiosk")
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    crash_file = private_file(logs_dir / "crash.log")
    if _fault_file is None:
        _fault_file = crash_file.open("a", encoding="utf-8")
        faulthandler.enable(_fault_file)
    sys.excepthook = _crash_hook(crash_file)


def _crash_hook(crash_file: Path):  # type: ignore[no-untyped-def]
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(kind, error, tb))
        with crash_file.open("a", encoding="utf-8") as out:
            out.write(text + "\n")
        logging.getLogger("kiosk.app").critical("unhandled %s; see crash.log", kind.__name__)
        sys.__excepthook__(kind, error, tb)

    return hook
