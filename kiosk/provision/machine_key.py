"""The installer's choice of where the kiosk's machine key comes from, and the key itself.

A terminal with a TPM (``/dev/tpmrm0``, and sealing a key with it works) gets
``key_source = "tpm2"``: a disk taken out of the terminal does not open elsewhere.
Without one it gets ``"file"``: an owner-only key file in ``/etc/hwc-kiosk``, outside
the data folder, which protects a copy of the data folder or a backup drive but not a
whole stolen disk unless that disk is encrypted (docs/security.md). The key is made by
the kiosk's user with the new version's ``kiosk keys machine-key --create``, so it is
that user's own. A terminal whose data is already locked keeps the key source it has.
"""

from __future__ import annotations

import grp
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import CONFIG_FILE
from kiosk.provision import system
from kiosk.provision.as_user import KioskUser
from kiosk.provision.files import CHANGED, UNCHANGED, ensure_dir, remove
from kiosk.provision.plan import Provisioning, ProvisioningError
from kiosk.store import keys

DEFAULT_KEY_DIR = Path("/etc/hwc-kiosk")
MACHINE_KEY = "machine.key"


@dataclass(frozen=True)
class KeyChoice:
    """What kiosk.toml is to say; ``machine_key_file`` "" keeps the kiosk's default (an
    older install whose key is in the user's configuration folder)."""

    source: str
    machine_key_file: str

    def settings(self) -> dict[str, str]:
        found = {"key_source": self.source}
        if self.machine_key_file:
            found["machine_key_file"] = self.machine_key_file
        return found


def _configured_file(home: Path) -> str:
    try:
        with (home / CONFIG_FILE).open("rb") as file:
            return str(tomllib.load(file).get("machine_key_file", ""))
    except (OSError, tomllib.TOMLDecodeError):
        return ""


def _ask(user: KioskUser, source: str, key_file: str, create: bool) -> tuple[bool, str]:
    args = ["keys", "machine-key", "--source", source]
    args += (["--file", key_file] if key_file else []) + (["--create"] if create else [])
    done = user.run(args)
    said = (done.stdout if done.returncode == 0 else done.stderr or done.stdout).decode(
        "utf-8", "replace"
    )
    return done.returncode == 0, said.strip().splitlines()[-1] if said.strip() else ""


def _tpm_group(user: KioskUser, device: Path) -> str:
    """The kiosk's user in the group that may open the TPM device (``tss`` on Debian)."""
    gid = device.stat().st_gid
    if gid == 0 or user.account.uid == 0:
        return UNCHANGED
    try:
        group = grp.getgrgid(gid).gr_name
    except KeyError:
        return UNCHANGED
    if gid in os.getgrouplist(user.account.name, user.account.gid):
        return UNCHANGED
    return system.ensure_group(user.account, group)


def choose(
    user: KioskUser,
    plan: Provisioning,
    key_dir: Path,
    tpm_device: Path,
    say: Callable[[str], None],
) -> tuple[KeyChoice, list[str]]:
    """Pick the key source, make the machine key if missing, and say which and why."""
    asked = str(plan.kiosk.get("key_source", ""))
    asked_file = str(plan.kiosk.get("machine_key_file", ""))
    ring = keys.read_keyring(user.home)
    if ring is not None and ring.source:
        key_file = asked_file or _configured_file(user.home)
        opened, said = _ask(user, ring.source, key_file, create=False)
        if not opened:
            raise ProvisioningError(
                f"the kiosk's data is locked with the {ring.source} key source and its "
                f"machine key does not open it: {said}"
            )
        say(f"key source {ring.source} (the data is already locked with it): {said}")
        return KeyChoice(ring.source, key_file), [UNCHANGED]
    key_file = asked_file or str(key_dir / MACHINE_KEY)
    results = [ensure_dir(Path(key_file).parent, 0o700, user.owner, own=True)]
    tpm = tpm_device.exists()
    if asked:
        candidates = [asked]
    else:
        candidates = ["tpm2", "file"] if tpm else ["file"]
        if not tpm:
            say(f"no TPM on this terminal ({tpm_device} is missing)")
    if tpm and "tpm2" in candidates:
        results.append(_tpm_group(user, tpm_device))
    for source in candidates:
        made, said = _ask(user, source, key_file, create=True)
        if made:
            results.append(CHANGED if said.endswith("made now") else UNCHANGED)
            say(said)
            if source == "file":
                say(
                    "a key file protects a copied data folder or backup drive, but a whole "
                    "stolen disk only when the disk itself is encrypted (docs/security.md)"
                )
            return KeyChoice(source, key_file), results
        if source == asked:
            raise ProvisioningError(f"key_source {asked!r} from the provisioning file: {said}")
        if source == "file":
            raise ProvisioningError(f"the machine key could not be made: {said}")
        say(f"the TPM ({tpm_device}) did not seal a key ({said}); using a key file instead")
    raise AssertionError("the file key source always ends the loop")  # pragma: no cover


def remove_key(key_file: str) -> list[str]:
    """At a purge, with the data gone: the machine key the installer made (the file, or
    the TPM-sealed credential beside it, and any put aside as ``.lost``)."""
    if not key_file:
        return []
    path = Path(key_file)
    sealed = path.with_suffix(".cred")
    made = [
        path,
        sealed,
        path.with_name(path.name + ".lost"),
        sealed.with_name(sealed.name + ".lost"),
    ]
    results = [remove(p) for p in made if p.exists()]
    if path.parent.is_dir() and not any(path.parent.iterdir()):
        path.parent.rmdir()
        results.append(CHANGED)
    return results
