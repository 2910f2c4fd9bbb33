"""The last backup's outcome, kept in ``KIOSK_HOME/backup-status.json`` for ``kiosk doctor``
and the home screen. Light on imports (the screens load it at start-up); never names a
patient."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from hwc_shared.files import write_private

STATUS_FILE = "backup-status.json"
# Where the installer keeps a backup passphrase from the provisioning file. Never in a
# backup: a plain backup would give away the key to the encrypted ones.
PASSPHRASE_FILE = "backup-passphrase"  # noqa: S105  (a file name; the secret is inside)
BACKUP_STATUS = "backup.status"  # event bus topic: a BackupStatus

# Problems, as codes the screens translate; ``detail`` carries the plain English.
NO_FOLDER, MISSING, FULL = "no-folder", "missing", "full"
UNWRITABLE, FAILED = "unwritable", "failed"


@dataclass(frozen=True)
class BackupStatus:
    ok: bool
    problem: str
    detail: str
    folder: str
    attempted_at: str | None = None
    succeeded_at: str | None = None
    file: str = ""

    @property
    def last_success(self) -> datetime | None:
        return datetime.fromisoformat(self.succeeded_at) if self.succeeded_at else None


def load_status(home: Path) -> BackupStatus | None:
    try:
        data = json.loads((home / STATUS_FILE).read_text(encoding="utf-8"))
        return BackupStatus(**{k: data[k] for k in BackupStatus.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_status(home: Path, status: BackupStatus) -> None:
    write_private(home / STATUS_FILE, json.dumps(asdict(status), indent=1).encode("utf-8"))
