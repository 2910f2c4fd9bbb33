"""``kiosk doctor``: what district IT runs first when a terminal misbehaves.

Each check returns ok, warn or fail with a hint in plain words. Checks never change
anything and never need Qt in this process (the Qt check runs in a child process).
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import urllib.error
import urllib.request
from dataclasses import asdict
from typing import Any

from kiosk.commands import (
    doctor_atrest,
    doctor_disk,
    doctor_install,
    doctor_languages,
    doctor_swap,
)
from kiosk.commands.common import home_option, load_config, print_json
from kiosk.commands.db import check_database
from kiosk.commands.doctor_result import FAIL, OK, WARN, Check, CheckResult
from kiosk.config import KioskConfig
from kiosk.store.space import space_status

_QT_PROBE = (
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "print(app.platformName())\n"
)


def qt_platform(cfg: KioskConfig) -> CheckResult:
    name = "qt platform"
    env_platform = os.environ.get("QT_QPA_PLATFORM", "")
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not has_display and env_platform not in ("offscreen", "minimal", "vnc"):
        return CheckResult(
            name, WARN, "no display in this session", "run the kiosk from the CHO's desktop session"
        )
    try:
        probe = subprocess.run(
            [sys.executable, "-c", _QT_PROBE],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return CheckResult(
            name,
            FAIL,
            "Qt did not start within 30 s",
            "check the display server and graphics drivers",
        )
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["unknown error"])[-1]
        return CheckResult(
            name,
            FAIL,
            f"Qt could not start: {last}",
            "reinstall the Qt system libraries: sudo installer/setup-system",
        )
    return CheckResult(name, OK, f"Qt starts on platform '{probe.stdout.strip()}'")


def data_folder(cfg: KioskConfig) -> CheckResult:
    name = "data folder"
    home = cfg.home
    if not home.exists():
        return CheckResult(
            name,
            WARN,
            f"{home} does not exist yet",
            "it is created, owner-only, when the kiosk first starts",
        )
    problems = []
    for path in [home, *(p for p in (cfg.db_path, cfg.logs_dir, cfg.blobs_dir) if p.exists())]:
        info = path.stat()
        if info.st_uid != os.getuid():
            problems.append(f"{path.name} belongs to another user")
        if stat.S_IMODE(info.st_mode) & 0o077:
            problems.append(f"{path.name} is readable by others ({stat.S_IMODE(info.st_mode):o})")
    if not os.access(home, os.W_OK):
        problems.append("not writable")
    if problems:
        return CheckResult(
            name,
            FAIL,
            f"{home}: " + "; ".join(problems),
            f"chmod -R go-rwx {home} and chown it to the kiosk user",
        )
    return CheckResult(name, OK, f"{home} (owner-only)")


def disk_space(cfg: KioskConfig) -> CheckResult:
    """Early warning against the settings disk_warn_free_mib and photos_min_free_mib."""
    name = "disk space"
    status = space_status(cfg.home, cfg.disk_warn_free_mib, cfg.photos_min_free_mib)
    detail = f"{status.free_mib} MB free of {status.total // 2**20} MB"
    hint = (
        "run 'kiosk housekeeping --days 1' to remove photo originals already at the hub, "
        "move old backups off this disk, or fit a larger disk"
    )
    if status.photos_refused:
        return CheckResult(
            name,
            FAIL,
            f"{detail}: below {cfg.photos_min_free_mib} MB, new photos are refused so that "
            "records can still be saved",
            hint,
        )
    if status.low:
        return CheckResult(
            name, WARN, f"{detail}: below the warning level of {cfg.disk_warn_free_mib} MB", hint
        )
    return CheckResult(name, OK, detail)


def database(cfg: KioskConfig) -> CheckResult:
    name = "database"
    health = check_database(cfg.db_path)
    if not health.exists:
        return CheckResult(name, WARN, "not created yet", "start the kiosk once")
    if health.ok:
        return CheckResult(name, OK, f"integrity ok, {len(health.applied)} migrations applied")
    if health.unknown:
        return CheckResult(
            name, FAIL, "written by a newer kiosk version", "install the newer version again"
        )
    if health.pending:
        return CheckResult(
            name,
            WARN,
            f"{len(health.pending)} migrations pending",
            "start the kiosk once to upgrade the database",
        )
    return CheckResult(
        name,
        FAIL,
        f"integrity: {health.integrity}",
        "restore the latest backup; keep this file for analysis",
    )


def serial_ports(cfg: KioskConfig) -> CheckResult:
    name = "serial ports"
    from serial.tools import list_ports

    ports = sorted(p.device for p in list_ports.comports())
    if not ports:
        return CheckResult(
            name, OK, "no serial devices attached", "plug in the vitals devices when needed"
        )
    denied = [p for p in ports if not os.access(p, os.R_OK | os.W_OK)]
    if denied:
        return CheckResult(
            name,
            FAIL,
            f"no access to {', '.join(denied)}",
            "add the kiosk user to the 'dialout' group, then log in again",
        )
    return CheckResult(name, OK, ", ".join(ports))


def printers(cfg: KioskConfig) -> CheckResult:
    name = "printers"
    if shutil.which("lpstat") is None:
        return CheckResult(
            name, WARN, "CUPS is not installed", "install cups to print prescriptions"
        )
    out = subprocess.run(
        ["lpstat", "-e"], capture_output=True, text=True, timeout=15, check=False
    ).stdout.split()
    if cfg.printer and cfg.printer not in out:
        return CheckResult(
            name,
            FAIL,
            f"configured printer '{cfg.printer}' is not in CUPS",
            "add it with lpadmin or choose another in settings",
        )
    if not out:
        return CheckResult(
            name,
            WARN,
            "no printers configured",
            "add the HWC printer in CUPS (prescriptions are kept as PDF meanwhile)",
        )
    return CheckResult(name, OK, ", ".join(out))


def hub(cfg: KioskConfig) -> CheckResult:
    name = "hub"
    if not cfg.hub_url:
        return CheckResult(
            name, WARN, "no hub configured", "enroll this kiosk with the code from district IT"
        )
    url = cfg.hub_url.rstrip("/") + "/api/v1/health"
    try:
        with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310  (configured URL)
            return CheckResult(name, OK, f"{cfg.hub_url} answers ({response.status})")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return CheckResult(
            name,
            FAIL,
            f"{cfg.hub_url} unreachable: {reason}",
            "check the network cable or SIM; work continues offline",
        )


CHECKS: list[Check] = [
    qt_platform,
    doctor_languages.script_fonts,
    doctor_languages.input_methods,
    data_folder,
    disk_space,
    doctor_disk.disk_encryption,
    doctor_atrest.data_encryption,
    doctor_swap.swap_encryption,
    database,
    serial_ports,
    printers,
    hub,
    # For district IT on a terminal installed from the bundle (kiosk/commands/doctor_install.py):
    doctor_install.installation,
    doctor_install.autostart,
    doctor_install.serial_access,
    doctor_install.enrollment,
    doctor_install.last_backup,
]


def run_checks(cfg: KioskConfig) -> list[CheckResult]:
    results = []
    for check in CHECKS:
        try:
            results.append(check(cfg))
        except Exception as error:  # a broken check must not hide the others
            results.append(
                CheckResult(
                    check.__name__.replace("_", " "), FAIL, f"the check itself failed: {error}"
                )
            )
    return results


def _run(args: argparse.Namespace) -> int:
    results = run_checks(load_config(args))
    if args.json:
        print_json([asdict(r) for r in results])
    else:
        for r in results:
            print(f"{r.status.upper():<5} {r.check:<16} {r.detail}")
            if r.hint and r.status != OK:
                print(f"{'':22}-> {r.hint}")
    return 1 if any(r.status == FAIL for r in results) else 0


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "doctor", parents=[home_option()], help="check this terminal and say what to fix"
    )
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(handler=_run)
