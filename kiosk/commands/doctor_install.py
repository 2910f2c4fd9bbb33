"""``kiosk doctor`` rows for a terminal installed from the bundle: which version is
installed where, whether the kiosk opens at sign-in, whether serial devices are allowed,
whether it is enrolled, and how old the last backup is. On a development checkout the
installation rows say so and pass."""

from __future__ import annotations

import grp
import json
import os
import pwd
import shlex
from pathlib import Path

from hwc_shared import __version__
from kiosk.backup.status import load_status
from kiosk.commands.doctor_result import FAIL, OK, WARN, CheckResult
from kiosk.config import KioskConfig
from kiosk.domain.clock import Clock, utc_now
from kiosk.provision.layout import InstallState, running_install
from kiosk.sync import pending

NOT_INSTALLED = "not an installed terminal (running from a development copy)"
clock: Clock = utc_now  # what "how old" is measured against (tests move it)
BACKUP_WARN_DAYS, BACKUP_FAIL_DAYS = 2, 7


def installation(cfg: KioskConfig) -> CheckResult:
    name = "installation"
    found = running_install()
    if found is None:
        return CheckResult(name, OK, NOT_INSTALLED)
    prefix, state = found
    current = prefix / "current"
    active = current.readlink().name if current.is_symlink() else "?"
    if active != __version__:
        return CheckResult(
            name,
            WARN,
            f"this is version {__version__}, but {current} points at {active}",
            "run the kiosk as 'kiosk' (the PATH link), or install.sh again",
        )
    return CheckResult(name, OK, f"version {__version__} in {prefix} for user {state.user}")


def _state() -> InstallState | None:
    found = running_install()
    return found[1] if found else None


def autostart(cfg: KioskConfig) -> CheckResult:
    name = "autostart"
    state = _state()
    if state is None:
        return CheckResult(name, OK, NOT_INSTALLED)
    entry = Path(state.desktop_files[0]) if state.desktop_files else None
    if entry is None or not entry.exists():
        return CheckResult(
            name,
            WARN,
            f"no autostart entry at {entry}: the kiosk will not open at sign-in",
            "run install.sh again",
        )
    lines = entry.read_text(encoding="utf-8").splitlines()
    command = next((line[5:] for line in lines if line.startswith("Exec=")), "")
    program = shlex.split(command)[0] if command else ""
    if not program or not os.access(program, os.X_OK):
        return CheckResult(
            name, FAIL, f"{entry} starts {program or 'nothing'}, which is not there",
            "run install.sh again",
        )  # fmt: skip
    return CheckResult(name, OK, f"opens at sign-in: {command}")


def serial_access(cfg: KioskConfig) -> CheckResult:
    name = "serial access"
    state = _state()
    group = state.serial_group if state else "dialout"
    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        return CheckResult(name, FAIL, f"there is no group {group}", "run install.sh again")
    user = pwd.getpwuid(os.getuid()).pw_name
    if gid not in os.getgroups() and os.getgid() != gid:
        try:
            configured = gid in os.getgrouplist(user, os.getgid())
        except (KeyError, OSError):
            configured = False
        if configured:
            return CheckResult(
                name, WARN, f"{user} was added to {group} after signing in",
                "sign out and in again (or restart) so that devices can be opened",
            )  # fmt: skip
        return CheckResult(
            name, WARN, f"{user} is not in the group {group}",
            f"sudo usermod -aG {group} {user}, then sign in again (install.sh does this)",
        )  # fmt: skip
    if state is not None and not Path(state.udev_rules).exists():
        return CheckResult(
            name, WARN, f"the udev rules {state.udev_rules} are missing", "run install.sh again"
        )
    return CheckResult(name, OK, f"member of {group}" + (", udev rules in place" if state else ""))


def enrollment(cfg: KioskConfig) -> CheckResult:
    name = "enrollment"
    path = cfg.home / "enrollment.json"
    try:
        enrolled = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        enrolled = None
    except (OSError, ValueError) as error:
        return CheckResult(name, FAIL, f"{path} is not readable: {error}", "enroll again")
    if enrolled is not None:
        spoke = str(enrolled.get("spoke_id", ""))
        if cfg.spoke_id != spoke:
            return CheckResult(
                name, FAIL, f"enrolled for spoke {spoke}, but kiosk.toml says {cfg.spoke_id}",
                "correct spoke_id in the provisioning file and run install.sh again",
            )  # fmt: skip
        return CheckResult(name, OK, f"spoke {spoke} at {enrolled.get('hub_url', '?')}")
    kept = pending.load(cfg.home)
    if kept is not None:
        return CheckResult(
            name, WARN, f"not yet: the code from installation waits for {kept.hub_url}",
            "the kiosk enrolls itself when it starts and reaches the hub (or: kiosk enroll "
            "--pending)",
        )  # fmt: skip
    return CheckResult(
        name, WARN, "not enrolled", "kiosk enroll --hub URL --code CODE (from district IT)"
    )


def last_backup(cfg: KioskConfig) -> CheckResult:
    name = "last backup"
    if not cfg.backup_folder:
        return CheckResult(
            name, WARN, "no backup folder is configured",
            "set backup_folder (a USB drive) in the provisioning file and run install.sh again",
        )  # fmt: skip
    status = load_status(cfg.home)
    last = status.last_success if status else None
    if last is None:
        detail = status.detail if status else "no backup made yet"
        return CheckResult(name, WARN, detail, "kiosk backup (or leave the kiosk open tonight)")
    days = (clock() - last).total_seconds() / 86400
    hours = days * 24
    age = f"{days:.1f} days" if days >= 1 else f"{hours:.0f} hours" if hours >= 1 else "minutes"
    age += " ago"
    verdict = OK if days < BACKUP_WARN_DAYS else WARN if days < BACKUP_FAIL_DAYS else FAIL
    if status is not None and not status.ok:
        return CheckResult(
            name, FAIL if verdict == FAIL else WARN, f"last good one {age}; then: {status.detail}",
            "plug in the backup drive, or free space on it; then: kiosk backup",
        )  # fmt: skip
    hint = "" if verdict == OK else "check the backup drive; then: kiosk backup"
    return CheckResult(name, verdict, f"{age}, {status.file if status else ''}", hint)
