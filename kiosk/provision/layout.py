"""Where an installed kiosk lives, and the record the installer keeps of it.

::

    PREFIX/versions/VERSION/   one virtual environment per installed version
    PREFIX/current             -> versions/VERSION (switched in one rename on upgrade)
    PREFIX/bin/kiosk           -> ../current/bin/kiosk
    PREFIX/install.json        what was installed where (for upgrades, uninstall, doctor)

Every system location has an option (and an ``HWC_*`` environment variable in
install.sh) so that tests install into temporary folders.
"""

from __future__ import annotations

import json
import pwd
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kiosk.provision.files import put

STATE_FILE = "install.json"
DEFAULT_PREFIX = Path("/opt/hwc-kiosk")
DEFAULT_BIN_DIR = Path("/usr/local/bin")
DEFAULT_UDEV_DIR = Path("/etc/udev/rules.d")
DEFAULT_BACKUP_DIR = Path("/var/backups/hwc-kiosk")
UDEV_RULES = "70-hwc-kiosk-serial.rules"  # before 73-seat-late.rules, which reads uaccess
DESKTOP_FILE = "hwc-kiosk.desktop"


@dataclass(frozen=True)
class Account:
    name: str
    uid: int
    gid: int
    dir: Path

    @classmethod
    def named(cls, name: str) -> Account | None:
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            return None
        return cls(entry.pw_name, entry.pw_uid, entry.pw_gid, Path(entry.pw_dir))


@dataclass(frozen=True)
class Layout:
    prefix: Path
    bin_dir: Path
    udev_dir: Path
    autostart_dir: Path
    applications_dir: Path
    home: Path  # the kiosk user's KIOSK_HOME
    backup_dir: Path  # pre-upgrade backups, root's only

    @property
    def versions(self) -> Path:
        return self.prefix / "versions"

    @property
    def current(self) -> Path:
        return self.prefix / "current"

    @property
    def kiosk(self) -> Path:
        return self.prefix / "bin" / "kiosk"

    @property
    def state_file(self) -> Path:
        return self.prefix / STATE_FILE

    def version_dir(self, version: str) -> Path:
        return self.versions / version


def default_home(account: Account) -> Path:
    """platformdirs' choice for that user on Linux (``$XDG_DATA_HOME`` unset)."""
    return account.dir / ".local" / "share" / "hwc-kiosk"


@dataclass
class InstallState:
    """What the installer put where; no secrets (0644, for doctor as the kiosk user)."""

    version: str
    user: str
    home: str
    prefix: str
    bin_link: str
    udev_rules: str
    serial_group: str
    desktop_files: list[str] = field(default_factory=list)
    printer: str = ""
    printer_added: bool = False
    backup_dir: str = ""
    machine_key_file: str = ""  # the key file (or beside it machine.cred), not the key

    def save(self, prefix: Path) -> str:
        body = json.dumps(asdict(self), indent=1, sort_keys=True) + "\n"
        return put(prefix / STATE_FILE, body.encode("utf-8"), 0o644)

    @classmethod
    def load(cls, prefix: Path) -> InstallState | None:
        try:
            data = json.loads((prefix / STATE_FILE).read_text(encoding="utf-8"))
            return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})
        except (OSError, ValueError, TypeError):
            return None


def running_install() -> tuple[Path, InstallState] | None:
    """The installation this very program runs from (``PREFIX/versions/V/bin/python``),
    for ``kiosk doctor``; None when it runs from a development checkout."""
    here = Path(sys.prefix)
    if here.parent.name != "versions":
        return None
    prefix = here.parent.parent
    state = InstallState.load(prefix)
    return (prefix, state) if state is not None else None
