"""Configuration: defaults < enrollment < kiosk.toml in KIOSK_HOME < KIOSK_* environment <
command line. Enrollment (``enrollment.json``) supplies the hub URL and the spoke."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from hwc_shared.settings import load_settings
from kiosk.domain import languages
from kiosk.domain.clock import DEFAULT_ZONE

APP_NAME = "hwc-kiosk"
CONFIG_FILE = "kiosk.toml"


class ConfigError(ValueError):
    """The configuration file or environment holds something the kiosk cannot use."""


@dataclass(frozen=True)
class KioskConfig:
    home: Path
    spoke_id: str = "unassigned"
    spoke_name: str = ""
    district: str = ""
    state: str = ""
    language: str = "hi"  # the kiosk's language: screens at the sign-in, new patients' default
    # The languages offered on this kiosk (CHO sign-in, patients), e.g. "te, ta, hi, en";
    # empty: every language. The kiosk's own language is always among them.
    languages: str = ""
    timezone: str = DEFAULT_ZONE
    lock_after_seconds: int = 300
    hub_url: str = ""
    # The hub link (kiosk/sync/link.py): a PEM of the CA that signed the hub's certificate
    # when it is not one the system trusts; plain HTTP to a hub off this machine only
    # with allow_plain_http (demos and tests).
    hub_ca_file: str = ""
    allow_plain_http: bool = False
    printer: str = ""
    demo: bool = False
    sync_interval_seconds: int = 120
    sync_probe_seconds: int = 20
    sync_batch_ops: int = 500
    sync_chunk_kib: int = 256
    sync_connect_timeout: float = 15.0
    sync_read_timeout: float = 30.0
    # Nightly backup to a folder such as a USB drive ("" = none), the last N kept; at
    # backup_time (spoke's local time), or soon after start when the last one is a day old.
    backup_folder: str = ""
    backup_keep: int = 7
    backup_time: str = "20:00"
    backup_passphrase_file: str = ""
    # Photo originals already at the hub are removed after this many days (0: never).
    trim_originals_after_days: int = 90
    # Free space on the data folder's disk: warn below the first (kiosk doctor, the home
    # screen); refuse new photos below the second, so clinical records keep the rest.
    disk_warn_free_mib: int = 1024
    photos_min_free_mib: int = 256
    # Encryption at rest (kiosk/store/keys.py, docs/security.md): a new kiosk's database
    # and photos are encrypted; the data key is wrapped by the machine key of key_source
    # ("tpm2", "file" kept in machine_key_file, or "test") and by a recovery key.
    encrypt_at_rest: bool = True
    key_source: str = "file"
    machine_key_file: str = ""

    @property
    def enabled_languages(self) -> tuple[str, ...]:
        chosen = languages.parse_list(self.languages)
        return chosen if self.language in chosen else (self.language, *chosen)

    @property
    def db_path(self) -> Path:
        return self.home / "kiosk.db"

    @property
    def blobs_dir(self) -> Path:
        return self.home / "blobs"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    @property
    def config_file(self) -> Path:
        return self.home / CONFIG_FILE


def default_home() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


ENROLLMENT_FILE = "enrollment.json"
_ENROLLED_FIELDS = ("hub_url", "spoke_id", "spoke_name", "district", "state")


def _enrolled(home: Path) -> dict[str, Any]:
    """The hub and spoke that enrollment recorded (see kiosk.sync.enrollment)."""
    path = home / ENROLLMENT_FILE
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ConfigError(f"{path} is not readable: {error}") from None
    return {k: str(data[k]) for k in _ENROLLED_FIELDS if data.get(k)}


def load(
    home: Path | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> KioskConfig:
    env = os.environ if environ is None else environ
    chosen_home = Path(home or env.get("KIOSK_HOME") or default_home()).expanduser()
    cfg = load_settings(
        KioskConfig, home=chosen_home, file_name=CONFIG_FILE, env_prefix="KIOSK_",
        environ=env, overrides=overrides, error=ConfigError, start=_enrolled(chosen_home),
    )  # fmt: skip
    if not languages.known(cfg.language):
        raise ConfigError(
            f"setting 'language' must be one of {', '.join(languages.CODES)}, not {cfg.language!r}"
        )
    try:
        cfg.enabled_languages  # noqa: B018  (checks the list)
    except ValueError as error:
        raise ConfigError(f"setting 'languages': {error}") from None
    return cfg
