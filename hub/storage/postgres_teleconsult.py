"""The teleconsultation records on PostgreSQL (:class:`hub.storage.aggregates.Teleconsult`): a mixin
for PostgresStorage. A call report locks the consult's row first, as a take does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from hub.storage.aggregates import Teleconsult
from hub.storage.models import CallMedia, IssuedPrescription, next_media


def _media_of(row: Any) -> CallMedia:
    if row is None:
        return CallMedia(None, 0.0, None)
    return CallMedia(row[0], float(row[1]), row[2])


class PostgresTeleconsult(Teleconsult):
    pool: Any
    _write: Callable[[Callable[[Any], Awaitable[Any]]], Awaitable[Any]]

    async def set_council(self, username: str, council: str) -> bool:
        done = await self.pool.fetchval(
            "UPDATE specialists SET council = $1 WHERE username = $2 RETURNING 1",
            council, username,
        )  # fmt: skip
        return done is not None

    async def council(self, username: str) -> str | None:
        found = await self.pool.fetchval(
            "SELECT council FROM specialists WHERE username = $1", username
        )
        return None if found is None else str(found)

    async def note_call_media(
        self, encounter_id: str, spoke_id: str, state: str, now: datetime
    ) -> bool:
        async def run(c: Any) -> bool:
            row = await c.fetchrow(
                "SELECT call_connected_at, video_seconds, video_since FROM consults "
                "WHERE encounter_id = $1 AND spoke_id = $2 AND taken_by IS NOT NULL "
                "AND ended_at IS NULL FOR UPDATE",
                encounter_id, spoke_id,
            )  # fmt: skip
            if row is None:
                return False
            media = next_media(_media_of(row), state, now)
            await c.execute(
                "UPDATE consults SET call_connected_at = $1, video_seconds = $2, "
                "video_since = $3 WHERE encounter_id = $4",
                media.connected_at, media.video_seconds, media.video_since, encounter_id,
            )  # fmt: skip
            return True

        return bool(await self._write(run))

    async def call_media(self, encounter_id: str) -> CallMedia:
        row = await self.pool.fetchrow(
            "SELECT call_connected_at, video_seconds, video_since FROM consults "
            "WHERE encounter_id = $1",
            encounter_id,
        )
        return _media_of(row)

    async def prescriptions_by(
        self, spoke_id: str, patient_id: str, username: str
    ) -> list[IssuedPrescription]:
        rows = await self.pool.fetch(
            "SELECT p.id, p.spoke_id, p.encounter_id, p.payload::text, p.signature, p.key_id, "
            "p.issued_by, p.created_at FROM prescriptions p JOIN records r "
            "ON r.entity = 'encounter' AND r.id = p.encounter_id "
            "WHERE p.spoke_id = $1 AND p.issued_by = $2 AND r.payload->>'patient_id' = $3 "
            "ORDER BY p.created_at, p.id",
            spoke_id, username, patient_id,
        )  # fmt: skip
        return [IssuedPrescription(*r) for r in rows]
