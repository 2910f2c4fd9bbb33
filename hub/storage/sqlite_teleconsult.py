"""The teleconsultation records on SQLite (:class:`hub.storage.aggregates.Teleconsult`): a mixin for
SqliteStorage, its functions run on the storage thread."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any, TypeVar

from hub.storage.aggregates import Teleconsult
from hub.storage.models import CallMedia, IssuedPrescription, next_media
from hub.storage.sqlite_schema import stamp

T = TypeVar("T")


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _media(c: sqlite3.Connection, encounter_id: str) -> CallMedia:
    row = c.execute(
        "SELECT call_connected_at, video_seconds, video_since FROM consults WHERE encounter_id = ?",
        [encounter_id],
    ).fetchone()
    if row is None:
        return CallMedia(None, 0.0, None)
    return CallMedia(_moment(row[0]), float(row[1]), _moment(row[2]))


def _note(c: sqlite3.Connection, encounter_id: str, spoke_id: str, state: str,
          now: datetime) -> bool:  # fmt: skip
    held = c.execute(
        "SELECT 1 FROM consults WHERE encounter_id = ? AND spoke_id = ? "
        "AND taken_by IS NOT NULL AND ended_at IS NULL",
        [encounter_id, spoke_id],
    ).fetchone()
    if held is None:
        return False
    media = next_media(_media(c, encounter_id), state, now)
    c.execute(
        "UPDATE consults SET call_connected_at = ?, video_seconds = ?, video_since = ? "
        "WHERE encounter_id = ?",
        [
            stamp(media.connected_at) if media.connected_at else None,
            media.video_seconds,
            stamp(media.video_since) if media.video_since else None,
            encounter_id,
        ],
    )
    return True


def _by(c: sqlite3.Connection, spoke_id: str, patient_id: str,
        username: str) -> list[IssuedPrescription]:  # fmt: skip
    rows = c.execute(
        "SELECT p.id, p.spoke_id, p.encounter_id, p.payload, p.signature, p.key_id, "
        "p.issued_by, p.created_at FROM prescriptions p JOIN records r "
        "ON r.entity = 'encounter' AND r.id = p.encounter_id "
        "WHERE p.spoke_id = ? AND p.issued_by = ? "
        "AND json_extract(r.payload, '$.patient_id') = ? ORDER BY p.created_at, p.id",
        [spoke_id, username, patient_id],
    ).fetchall()
    return [
        IssuedPrescription(r[0], r[1], r[2], r[3], r[4], r[5], r[6], datetime.fromisoformat(r[7]))
        for r in rows
    ]


class SqliteTeleconsult(Teleconsult):
    _call: Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]
    _write: Callable[[Callable[[sqlite3.Connection], Any]], Awaitable[Any]]

    async def set_council(self, username: str, council: str) -> bool:
        def run(c: sqlite3.Connection) -> bool:
            cur = c.execute(
                "UPDATE specialists SET council = ? WHERE username = ?", [council, username]
            )
            return cur.rowcount == 1

        return bool(await self._write(run))

    async def council(self, username: str) -> str | None:
        def run(c: sqlite3.Connection) -> str | None:
            row = c.execute("SELECT council FROM specialists WHERE username = ?", [username])
            found = row.fetchone()
            return str(found[0]) if found else None

        result: str | None = await self._call(run)
        return result

    async def note_call_media(
        self, encounter_id: str, spoke_id: str, state: str, now: datetime
    ) -> bool:
        return bool(await self._write(lambda c: _note(c, encounter_id, spoke_id, state, now)))

    async def call_media(self, encounter_id: str) -> CallMedia:
        result: CallMedia = await self._call(lambda c: _media(c, encounter_id))
        return result

    async def prescriptions_by(
        self, spoke_id: str, patient_id: str, username: str
    ) -> list[IssuedPrescription]:
        result: list[IssuedPrescription] = await self._call(
            lambda c: _by(c, spoke_id, patient_id, username)
        )
        return result
