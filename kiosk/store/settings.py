"""Settings of this kiosk (the camera to use, the driver chosen for each serial port):
small text values in the ``settings`` table. They belong to the terminal, not to the
clinical record, so they are audited but never sent to the hub."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.domain.clock import Clock, utc_now
from kiosk.store.audit import audit
from kiosk.store.store import Store


class Settings:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.store.read(
            lambda db: db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        )
        return str(row[0]) if row else default

    def with_prefix(self, prefix: str) -> dict[str, str]:
        rows = self.store.read(
            lambda db: db.execute(
                "SELECT key, value FROM settings WHERE substr(key, 1, ?) = ? ORDER BY key",
                [len(prefix), prefix],
            ).fetchall()
        )
        return {str(k)[len(prefix) :]: str(v) for k, v in rows}

    def set(self, key: str, value: str, by: str | None = None) -> None:
        now = self.clock()

        def write(db: Database) -> None:
            db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
            audit(db, actor=by, action="settings.change", now=now, entity="setting", entity_id=key)

        self.store.write(write)

    def clear(self, key: str, by: str | None = None) -> None:
        now = self.clock()

        def write(db: Database) -> None:
            db.execute("DELETE FROM settings WHERE key = ?", [key])
            audit(db, actor=by, action="settings.clear", now=now, entity="setting", entity_id=key)

        self.store.write(write)
