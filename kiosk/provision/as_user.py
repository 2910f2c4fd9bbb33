"""The parts of provisioning that touch the kiosk's data, done as the kiosk user with the
newly installed ``kiosk`` command, so that every file in KIOSK_HOME stays the user's own
(SQLite run as root would leave files the kiosk cannot open).

The enrollment code goes to ``kiosk enroll`` on standard input: it never appears in a
process list, a log or kiosk.toml.
"""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Sequence
from pathlib import Path

from kiosk.backup.status import PASSPHRASE_FILE
from kiosk.config import CONFIG_FILE, ENROLLMENT_FILE
from kiosk.provision.files import CHANGED, UNCHANGED, Owner, ensure_dir, put
from kiosk.provision.layout import Account
from kiosk.provision.plan import Provisioning, ProvisioningError
from kiosk.sync import pending

ENROLLED, KEPT, NO_CODE = "enrolled", "kept for the first start", "no code given"


class KioskUser:
    """Runs a version's ``kiosk`` command as the kiosk user, with a clean environment."""

    def __init__(self, account: Account, kiosk: Path, home: Path) -> None:
        self.account = account
        self.kiosk = kiosk
        self.home = home

    @property
    def owner(self) -> Owner:
        return Owner(self.account.uid, self.account.gid)

    def argv(self, args: Sequence[str]) -> list[str]:
        argv = [str(self.kiosk), *args, "--home", str(self.home)]
        if self.account.uid == os.getuid():
            return argv
        return ["runuser", "-u", self.account.name, "--", *argv]

    def run(
        self, args: Sequence[str], input_bytes: bytes | None = None, stdout: int | None = None
    ) -> subprocess.CompletedProcess[bytes]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
        env.update(HOME=str(self.account.dir), USER=self.account.name, LC_ALL="C.UTF-8")
        return subprocess.run(  # noqa: S603  (our own kiosk command, fixed arguments)
            self.argv(args),
            input=input_bytes,
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            cwd="/",
            check=False,
        )

    def checked(self, args: Sequence[str], input_bytes: bytes | None = None) -> str:
        done = self.run(args, input_bytes)
        if done.returncode != 0:
            message = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
            raise ProvisioningError(f"kiosk {args[0]} failed: {message}")
        return done.stdout.decode("utf-8", "replace")


def write_config(
    user: KioskUser, plan: Provisioning, chosen: dict[str, str] | None = None
) -> list[str]:
    """KIOSK_HOME (0700) with kiosk.toml and, if given, the backup passphrase (0600)."""
    home, owner = user.home, user.owner
    results = [ensure_dir(home, 0o700, owner, own=True)]
    passphrase_file = None
    if plan.backup_passphrase:
        passphrase_file = home / PASSPHRASE_FILE
        results.append(put(passphrase_file, (plan.backup_passphrase + "\n").encode(), 0o600, owner))
    toml = plan.kiosk_toml(passphrase_file, chosen).encode("utf-8")
    results.append(put(home / CONFIG_FILE, toml, 0o600, owner))
    return results


def migrate(user: KioskUser) -> str:
    """Create the database on a fresh terminal, or bring it up to this version. An
    up-to-date one is only looked at: running the installer again while the CHO has
    the kiosk open must work (migrating takes the kiosk lock)."""
    looked = user.run(["db", "check", "--json"])
    try:
        health = json.loads(looked.stdout)
        current = health["exists"] and not health["pending"] and not health["unknown"]
    except (ValueError, KeyError, TypeError):
        current = False
    encrypted = user.checked(["db", "encrypt", "--upgrade"])  # an older kiosk's clear data
    changed = "database encrypted now" in encrypted
    if current:
        return CHANGED if changed else UNCHANGED
    out = user.checked(["db", "migrate"])
    return UNCHANGED if "none new" in out and not changed else CHANGED


def assign_devices(user: KioskUser, devices: dict[str, str]) -> list[str]:
    results = []
    for key, driver in sorted(devices.items()):
        out = user.checked(["devices", "assign", key, driver])
        results.append(UNCHANGED if "(unchanged)" in out else CHANGED)
    return results


def enrolled_spoke(home: Path) -> str | None:
    try:
        return str(json.loads((home / ENROLLMENT_FILE).read_text("utf-8"))["spoke_id"])
    except (OSError, ValueError, KeyError):
        return None


def enroll(user: KioskUser, plan: Provisioning) -> tuple[str, str]:
    """Enroll now if the hub answers, else keep the code for the first start. Returns the
    outcome and whether anything changed."""
    spoke = enrolled_spoke(user.home)
    if spoke is not None:
        if spoke != plan.spoke_id:
            raise ProvisioningError(
                f"this kiosk is enrolled for spoke {spoke}, not {plan.spoke_id}; "
                "fix the provisioning file, or move enrollment.json away to enroll again"
            )
        return ENROLLED, UNCHANGED
    if not plan.code:
        return NO_CODE, UNCHANGED
    before = pending.load(user.home)
    args = ["enroll", "--hub", plan.hub_url, "--code-file", "-", "--spoke", plan.spoke_id]
    args += ["--later-if-offline"] + (["--label", plan.label] if plan.label else [])
    user.checked(args, plan.code.encode("utf-8"))
    if enrolled_spoke(user.home) is not None:
        return ENROLLED, CHANGED
    kept = pending.load(user.home)
    return KEPT, (UNCHANGED if kept == before else CHANGED)
