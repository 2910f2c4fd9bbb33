"""The key that seals this kiosk's backups by default.

A backup goes to a USB drive that may be lost, so it is encrypted unless district IT
asks otherwise (``kiosk backup --plain``). The passphrase is the one named by
``backup_passphrase_file`` (the installer writes the district's there from the
provisioning file); when none is named, the kiosk's own key in
``KIOSK_HOME/backup-passphrase``, made at the first backup: 120 random bits written as
six groups of five letters and digits, owner-only, never inside a backup.

District IT records it (``kiosk backup --show-key``) where it keeps the district's
other secrets. The kiosk itself finds it again to restore its own backups; a new
terminal needs it given (``kiosk restore FILE --passphrase-file F``). A backup whose key
is lost cannot be opened by anyone: that is the point, and why it must be recorded.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from hwc_shared.files import write_private
from kiosk.backup.status import PASSPHRASE_FILE

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 symbols, none that look alike
GROUPS, GROUP = 6, 5  # 30 symbols of 5 bits: 150 bits


def new_passphrase() -> str:
    return "-".join("".join(secrets.choice(ALPHABET) for _ in range(GROUP)) for _ in range(GROUPS))


def own_key_file(home: Path) -> Path:
    return home / PASSPHRASE_FILE


def read_passphrase(path_text: str) -> str | None:
    """The passphrase kept in a file (its first line), or None when none is configured."""
    if not path_text:
        return None
    lines = Path(path_text).expanduser().read_text(encoding="utf-8").splitlines()
    if not lines or not lines[0].strip():
        raise ValueError(f"{path_text} is empty")
    return lines[0].strip()


def backup_passphrase(home: Path, configured_file: str = "", make: bool = True) -> str | None:
    """The passphrase for this kiosk's backups: the configured file's, else the kiosk's
    own (made now when ``make`` and missing; None when not made)."""
    if configured_file:
        return read_passphrase(configured_file)
    path = own_key_file(home)
    if path.exists():
        return read_passphrase(str(path))
    if not make:
        return None
    passphrase = new_passphrase()
    write_private(path, (passphrase + "\n").encode("ascii"))
    return passphrase
