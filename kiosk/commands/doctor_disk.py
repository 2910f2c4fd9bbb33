"""``kiosk doctor``'s look at how the kiosk's data sits on disk: is it on an encrypted
volume? A stolen terminal whose disk is in the clear gives away every record
(the kiosk encrypts its database and photos itself and keeps no printed PDFs,
docs/security.md; an encrypted volume would also cover logs and swap).

The answer comes from sysfs: the block device holding KIOSK_HOME, followed down through
device-mapper layers (LVM on LUKS, for instance) until a dm-crypt one (``dm/uuid``
starting ``CRYPT-``) is found or the layers end."""

from __future__ import annotations

import os
from pathlib import Path

from kiosk.commands.doctor_result import OK, WARN, CheckResult
from kiosk.config import KioskConfig
from kiosk.store.atrest_status import at_rest_status

SYS = Path("/sys")
NAME = "disk encryption"
HINT = "run kiosk db encrypt; full-disk encryption (LUKS) also covers swap: docs/security.md"


def _crypt_below(device: Path, seen: set[Path]) -> str | None:
    """The name of a dm-crypt device at or below ``device`` (a /sys/block-style folder)."""
    real = device.resolve()
    if real in seen:
        return None
    seen.add(real)
    uuid = real / "dm" / "uuid"
    if uuid.is_file() and uuid.read_text(encoding="ascii", errors="replace").startswith("CRYPT-"):
        return (real / "dm" / "name").read_text(encoding="ascii", errors="replace").strip()
    # A partition's parent is the disk; device-mapper layers name what they sit on.
    for below in sorted((real / "slaves").glob("*")) if (real / "slaves").is_dir() else []:
        found = _crypt_below(below, seen)
        if found is not None:
            return found
    return None


def encrypted_volume(home: Path, sys_root: Path = SYS, st_dev: int | None = None) -> str | None:
    """The dm-crypt volume holding ``home``, or None; raises LookupError when ``home`` is
    not on a block device sysfs knows (tmpfs, overlay, a network share)."""
    dev = home.stat().st_dev if st_dev is None else st_dev
    node = sys_root / "dev" / "block" / f"{os.major(dev)}:{os.minor(dev)}"
    if os.major(dev) == 0 or not node.exists():
        raise LookupError("not on a block device")
    return _crypt_below(node, set())


def disk_encryption(cfg: KioskConfig) -> CheckResult:
    home = cfg.home if cfg.home.exists() else cfg.home.parent
    try:
        volume = encrypted_volume(home)
    except LookupError:
        return CheckResult(
            NAME, WARN, f"{home} is not on a disk this check can see (tmpfs, overlay)", HINT
        )
    if volume is None:
        if at_rest_status(home).database_encrypted:
            return CheckResult(
                NAME,
                WARN,
                f"{home} is on an unencrypted disk: the database and photos are encrypted "
                "by the kiosk, logs and swap are not",
                "full-disk encryption (LUKS) would cover them too: docs/security.md",
            )
        return CheckResult(
            NAME,
            WARN,
            f"{home} is on an unencrypted disk: a stolen terminal gives away every record",
            HINT,
        )
    return CheckResult(NAME, OK, f"{home} is on the encrypted volume {volume}")
