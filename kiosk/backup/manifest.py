"""The manifest at the end of every backup: what made it, which schema its database has,
and the size and SHA-256 of every file in it, so a restore can prove the backup whole
before it touches anything. Counts only, never patient data."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT = "hwc-kiosk-backup"
FORMAT_VERSION = 1
NAME = "manifest.json"
DATABASE = "kiosk.db"
MAX_BYTES = 64 << 20  # a manifest larger than this is not one of ours


class ManifestError(ValueError):
    """The manifest is missing, unreadable, or does not match the files."""


@dataclass(frozen=True)
class FileEntry:
    size: int
    sha256: str


@dataclass
class Manifest:
    kiosk_version: str
    created_at: str
    spoke_id: str
    migrations: list[str] = field(default_factory=list)
    files: dict[str, FileEntry] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    # Blobs the database expects on disk that were not there when the backup was made.
    missing_blobs: list[str] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.files.values())

    def to_json(self) -> bytes:
        body = {"format": FORMAT, "format_version": FORMAT_VERSION, **asdict(self)}
        return json.dumps(body, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            data: dict[str, Any] = json.loads(raw)
            if data.get("format") != FORMAT:
                raise ManifestError("this file is not a kiosk backup")
            if int(data["format_version"]) > FORMAT_VERSION:
                raise ManifestError(
                    "the backup was made by a newer kiosk; install that version to restore it"
                )
            files = {
                str(path): FileEntry(int(entry["size"]), str(entry["sha256"]))
                for path, entry in dict(data["files"]).items()
            }
            return cls(
                kiosk_version=str(data["kiosk_version"]),
                created_at=str(data["created_at"]),
                spoke_id=str(data["spoke_id"]),
                migrations=[str(m) for m in data["migrations"]],
                files=files,
                counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
                missing_blobs=[str(b) for b in data.get("missing_blobs", [])],
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            if isinstance(error, ManifestError):
                raise
            raise ManifestError(f"the backup's manifest is not readable: {error}") from None
