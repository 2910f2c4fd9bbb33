"""Small facts the sync keeps in the kiosk's database: the pull cursor, the last success."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from kiosk.store.rows import iso, parse_time

CURSOR = "pull_cursor"
LAST_SUCCESS = "last_success_at"


def get(db: Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM sync_state WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def put(db: Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO sync_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


def cursor(db: Database) -> int:
    return int(get(db, CURSOR) or 0)


def last_success(db: Database) -> datetime | None:
    text = get(db, LAST_SUCCESS)
    return parse_time(text) if text else None


def mark_success(db: Database, now: datetime) -> None:
    put(db, LAST_SUCCESS, iso(now))
