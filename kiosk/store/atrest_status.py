"""Whether a kiosk's data is encrypted at rest, for ``kiosk doctor`` and ``kiosk keys``."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from kiosk.store import keys
from kiosk.store.blobs import MAGIC

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class AtRestStatus:
    database_encrypted: bool
    photos_sealed: int
    photos_clear: int
    key_source: str
    recovery_shown: bool
    problem: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def sentence(self) -> str:
        if self.problem:
            return f"the data cannot be opened: {self.problem}"
        db = (
            "database encrypted (SQLCipher)" if self.database_encrypted else "database IN THE CLEAR"
        )
        photos = f"{self.photos_sealed} photos encrypted"
        if self.photos_clear:
            photos += f", {self.photos_clear} IN THE CLEAR"
        source = f"key source {self.key_source}" if self.key_source else "no key"
        todo = "" if self.database_encrypted and not self.photos_clear else "; run kiosk db encrypt"
        shown = (
            ""
            if self.recovery_shown or not self.key_source
            else ("; recovery key not yet given to district IT (kiosk keys recovery --show)")
        )
        return f"{db}, {photos}, {source}{todo}{shown}"


def _photo_files(home: Path) -> list[Path]:
    root = home / "blobs"
    if not root.is_dir():
        return []
    return [p for p in root.glob("??/*") if len(p.name) == 64 and p.is_file()]


def at_rest_status(home: Path) -> AtRestStatus:
    """Read from the keyring and the files' first bytes only: the database file is never
    opened here (hwc_shared.files: closing a descriptor drops SQLite's locks)."""
    sealed = clear = 0
    for path in _photo_files(home):
        with path.open("rb") as file:
            if file.read(len(MAGIC)) == MAGIC:
                sealed += 1
            else:
                clear += 1
    try:
        ring = keys.read_keyring(home)
        if ring is not None:
            keys.data_key(home, create=False)  # does this terminal's machine key open it?
    except keys.KeysUnavailableError as error:
        return AtRestStatus(False, sealed, clear, "", False, str(error))
    if ring is None:
        return AtRestStatus(False, sealed, clear, "", False)
    return AtRestStatus(
        ring.database_encrypted,
        sealed,
        clear,
        ring.source,
        bool(ring.data.get("recovery_shown_at")),
    )
