"""Hub configuration: defaults < hub.toml in HUB_HOME < HUB_* environment < command line."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from hwc_shared.settings import load_settings
from kiosk.domain.clock import DEFAULT_ZONE

CONFIG_FILE = "hub.toml"


class HubConfigError(ValueError):
    """The hub's configuration file or environment holds something it cannot use."""


@dataclass(frozen=True)
class HubConfig:
    home: Path
    host: str = "127.0.0.1"
    port: int = 8470
    # Empty: SQLite in the hub's home. Another backend is chosen by its URL
    # (postgresql://USER@HOST/DB; keep the password in PGPASSWORD or ~/.pgpass).
    db: str = ""
    db_pool_size: int = 10  # connections per hub process (PostgreSQL)
    # Empty: HUB_HOME/blobs. Several hub processes share one folder (shared storage).
    blobs: str = ""
    # Empty: blob bytes in that folder. s3://BUCKET/PREFIX: in an S3-compatible object
    # store instead (pip install 'hwc-kiosk[hub-s3]'), at blob_s3_endpoint (empty: AWS)
    # in blob_s3_region (empty: AWS_REGION, AWS_DEFAULT_REGION or the AWS profile's).
    # Credentials come only from the AWS environment variables or profile, never from here.
    blob_store: str = ""
    blob_s3_endpoint: str = ""
    blob_s3_region: str = ""
    # Empty: HUB_HOME/hub_signing_key.pem. Every process of one hub signs with one key.
    signing_key: str = ""
    site_name: str = "Reference hub"
    max_push_bytes: int = 16 * 1024 * 1024  # decompressed
    max_chunk_bytes: int = 4 * 1024 * 1024
    max_blob_bytes: int = 32 * 1024 * 1024
    pull_page_limit: int = 1000
    enroll_code_hours: int = 72
    # ICE servers for consults, comma-separated URLs (stun:host:3478, turn:host:3478?...).
    # TURN credentials are made per call from the secret shared with coturn
    # (use-auth-secret / static-auth-secret) and expire after turn_ttl_seconds.
    stun_urls: str = ""
    turn_urls: str = ""
    turn_secret: str = ""
    turn_ttl_seconds: int = 3600
    session_hours: int = 12  # a specialist's console login lasts this long
    # Prescriptions: the hub's time zone (issue times print with its offset), a formulary
    # CSV that overrides the one loaded into the database (empty: the database's, else
    # the starter list), and how many checks one address may make on /verify a minute.
    timezone: str = DEFAULT_ZONE
    formulary: str = ""
    verify_per_minute: int = 30

    @property
    def db_url(self) -> str:
        return self.db or f"sqlite:{self.home / 'hub.db'}"

    @property
    def blobs_dir(self) -> Path:
        return Path(self.blobs).expanduser() if self.blobs else self.home / "blobs"

    @property
    def signing_key_file(self) -> Path:
        if self.signing_key:
            return Path(self.signing_key).expanduser()
        return self.home / "hub_signing_key.pem"


def default_home() -> Path:
    return Path(platformdirs.user_data_dir("hwc-hub", appauthor=False))


def load(
    home: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> HubConfig:
    env = os.environ if environ is None else environ
    chosen = Path(home or env.get("HUB_HOME") or default_home()).expanduser()
    return load_settings(
        HubConfig, home=chosen, file_name=CONFIG_FILE, env_prefix="HUB_", environ=env,
        overrides=overrides, error=HubConfigError,
    )  # fmt: skip
