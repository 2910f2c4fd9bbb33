"""The prescription storage methods, on each backend: signing in one transaction with
the consult and the spoke's feed, read-only rows, refusal reports from pushes, the
qualification and the formulary. These call the storage directly, so they run on
PostgreSQL too while its consult methods are still to come."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hub.storage.base import FINISHED, NOT_YOURS, HubStorage, StorageError
from hub.storage.models import FormularyEntry, IssuedPrescription, Specialist, StoredFormulary
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage
from hub.storage.transfer import TABLES
from hwc_shared import wire

NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)
ENCOUNTER = "e0000000-0000-0000-0000-000000000001"
# The consult table as both backends name it; PostgreSQL gets it with the consult
# methods (another branch), so a test database without it gets it here.
CONSULTS_PG = """
CREATE TABLE IF NOT EXISTS consults (
    encounter_id text PRIMARY KEY, spoke_id text NOT NULL REFERENCES spokes(id),
    taken_by text REFERENCES specialists(username), taken_at timestamptz,
    ended_at timestamptz, calling_at timestamptz)
"""


def _postgres(url: str) -> PostgresStorage:
    cls: Any = PostgresStorage
    if cls.__abstractmethods__:  # the consult methods are not on this branch yet
        cls = type("PostgresStorageUnderTest", (PostgresStorage,), {})
        cls.__abstractmethods__ = frozenset()
    storage: PostgresStorage = cls(url, pool_size=2)
    return storage


@asynccontextmanager
async def opened(tmp_path: Path, url: str) -> AsyncIterator[HubStorage]:
    storage: HubStorage = _postgres(url) if url else SqliteStorage(tmp_path / "hub.db")
    await storage.open()
    try:
        if url:
            await storage.pool.execute(CONSULTS_PG)  # type: ignore[attr-defined]
        await storage.add_spoke("spoke-a", "HWC A", "Jaipur", "Rajasthan", NOW)
        await storage.add_spoke("spoke-b", "HWC B", "Jaipur", "Rajasthan", NOW)
        for user in ("dr.asha", "dr.ravi"):
            await storage.add_specialist(
                Specialist(user, user, "general_medicine", "RMC-1", "Site", "MBBS"), "x"
            )
        yield storage
    finally:
        await storage.close()


async def _sql(storage: HubStorage, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """One statement with ``?`` placeholders, on whichever backend."""
    if isinstance(storage, SqliteStorage):
        return await storage._write(lambda c: [tuple(r) for r in c.execute(sql, args)])
    pieces = sql.split("?")
    numbered = pieces[0] + "".join(f"${i}{p}" for i, p in enumerate(pieces[1:], 1))
    pool: Any = storage.pool  # type: ignore[attr-defined]
    return [tuple(r) for r in await pool.fetch(numbered, *args)]


def _moment(storage: HubStorage, moment: datetime) -> Any:
    return moment.isoformat() if isinstance(storage, SqliteStorage) else moment


def _rx(rx_id: str, by: str = "dr.asha", spoke: str = "spoke-a") -> IssuedPrescription:
    envelope = json.dumps({"format": "hwc-rx/1", "key_id": "00" * 8, "signature": "sig",
                           "prescription": {"id": rx_id, "note": "भोजन के बाद"}},
                          ensure_ascii=False)  # fmt: skip
    return IssuedPrescription(rx_id, spoke, ENCOUNTER, envelope, "sig", "00" * 8, by, NOW)


def _patient_op(op_id: str) -> wire.Op:
    payload = {"id": "0000aaaa-0000-0000-0000-000000000001", "name": "Sunita", "sex": "female",
               "birth_date": "1986-07-01", "birth_date_estimated": 1, "phone": None,
               "abha_number": None, "abha_address": None, "village": "Bassi", "district": "",
               "state": "", "guardian_name": "", "language": "hi",
               "created_at": "2026-11-20T05:00:00+00:00", "updated_at": "2026-11-20T05:00:00+00:00",
               "version": 1}  # fmt: skip
    return wire.parse_op({"op_id": op_id, "entity": "patient", "entity_id": payload["id"],
                          "version": 1, "payload": payload})  # fmt: skip


def _refusal_op(op_id: str, report_id: str, reason: str = "bad_signature") -> wire.Op:
    return wire.parse_op({
        "op_id": op_id, "entity": "prescription_refusal", "entity_id": report_id, "version": 1,
        "payload": {"prescription_id": "rx-1", "encounter_id": ENCOUNTER, "reason": reason,
                    "detail": "", "payload_sha256": "cd" * 32,
                    "received_at": "2026-11-20T06:00:00.000000+00:00"},
    })  # fmt: skip


def test_signing_keeps_the_row_feeds_the_spoke_and_finishes_the_consult(
    tmp_path: Path, hub_db: str
) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as storage:
            await storage.push("spoke-a", "kiosk-1", [_patient_op("0000000f-0001")], NOW)
            with pytest.raises(StorageError, match=NOT_YOURS):  # no consult row yet
                await storage.add_prescription(_rx("rx-1"), NOW)
            await _sql(storage, "INSERT INTO consults (encounter_id, spoke_id, taken_by, "
                       "taken_at) VALUES (?, ?, ?, ?)",
                       ENCOUNTER, "spoke-a", "dr.asha", _moment(storage, NOW))  # fmt: skip
            for wrong in (_rx("rx-1", by="dr.ravi"), _rx("rx-1", spoke="spoke-b")):
                with pytest.raises(StorageError, match=NOT_YOURS):
                    await storage.add_prescription(wrong, NOW)
            assert await storage.prescriptions_for(ENCOUNTER) == []
            later = NOW + timedelta(minutes=9)
            await storage.add_prescription(_rx("rx-1"), later)
            assert await storage.prescriptions_for(ENCOUNTER) == [_rx("rx-1")]
            state = await storage.consult_state(ENCOUNTER) if hub_db == "" else None
            ended = await _sql(storage, "SELECT ended_at FROM consults")
            assert ended[0][0] in (later, later.isoformat(timespec="microseconds"))
            assert state is None or state.ended_at == later
            with pytest.raises(StorageError, match=FINISHED):
                await storage.add_prescription(_rx("rx-2"), later)
            # In the spoke's feed after the patient, carrying the envelope's exact text.
            page = await storage.pull("spoke-a", "kiosk-1", 0, 10)
            assert [(c.seq, c.entity) for c in page.changes] == [(2, "prescription")]
            assert page.changes[0].payload == {"id": "rx-1", "envelope": _rx("rx-1").envelope}
            assert (await storage.pull("spoke-b", "kiosk-9", 0, 10)).changes == []
            assert (await storage.stats())["prescriptions"] == 1

    asyncio.run(scenario())


def test_a_signed_prescription_cannot_be_changed_or_deleted(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as storage:
            await _sql(storage, "INSERT INTO consults (encounter_id, spoke_id, taken_by) "
                       "VALUES (?, ?, ?)", ENCOUNTER, "spoke-a", "dr.asha")  # fmt: skip
            await storage.add_prescription(_rx("rx-1"), NOW)
            for sql in ("UPDATE prescriptions SET signature = 'forged'",
                        "DELETE FROM prescriptions"):  # fmt: skip
                with pytest.raises(Exception, match="read-only"):
                    await _sql(storage, sql)
            assert await storage.prescriptions_for(ENCOUNTER) == [_rx("rx-1")]

    asyncio.run(scenario())


def test_refusal_reports_from_pushes_are_kept_once_per_kiosk(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as storage:
            report = "1:" + "ab" * 8
            first = [
                _refusal_op("0000000a-0001", report),
                _refusal_op("0000000a-0002", report),
            ]  # fmt: skip  (the same, retried)
            answers = await storage.push("spoke-a", "kiosk-1", first, NOW)
            assert [a.status for a in answers] == ["accepted", "accepted"]
            replay = await storage.push("spoke-a", "kiosk-1", first[:1], NOW)
            assert [a.status for a in replay] == ["accepted"]
            later = NOW + timedelta(hours=1)
            other = _refusal_op("0000000b-0001", report, "unknown_key")
            await storage.push("spoke-a", "kiosk-2", [other], later)
            elsewhere = _refusal_op("0000000c-0001", "4:" + "ef" * 8)
            await storage.push("spoke-b", "kiosk-3", [elsewhere], NOW)
            mine = await storage.prescription_refusals("spoke-a")
            assert [(r.kiosk_id, r.reason, r.received_at) for r in mine] == [
                ("kiosk-2", "unknown_key", later), ("kiosk-1", "bad_signature", NOW)
            ]  # fmt: skip
            assert mine[1].encounter_id == ENCOUNTER and mine[1].refused_at.startswith("2026")
            assert len(await storage.prescription_refusals()) == 3
            assert len(await storage.prescription_refusals(limit=1)) == 1
            assert (await storage.pull("spoke-a", "k", 0, 10)).changes == []

    asyncio.run(scenario())


def test_qualification_and_formulary(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as storage:
            assert await storage.qualification("dr.asha") == "MBBS"
            assert await storage.set_qualification("dr.asha", "MBBS, MD (General Medicine)")
            assert await storage.qualification("dr.asha") == "MBBS, MD (General Medicine)"
            assert not await storage.set_qualification("nobody", "MBBS")
            assert await storage.qualification("nobody") is None
            assert await storage.formulary() is None
            entries = [FormularyEntry("Paracetamol", "Tablet", "500 mg", instructions="खाने के बाद"),
                       FormularyEntry("ORS", "Powder", "20.5 g", "1 sachet")]  # fmt: skip
            await storage.replace_formulary(StoredFormulary(entries, "/srv/a.csv", NOW))
            await storage.replace_formulary(StoredFormulary(entries[:1], "/srv/b.csv", NOW))
            assert await storage.formulary() == StoredFormulary(entries[:1], "/srv/b.csv", NOW)

    asyncio.run(scenario())


def test_the_migration_copies_every_column_of_the_new_tables(tmp_path: Path, hub_db: str) -> None:
    """``kiosk-hub migrate`` copies the columns TABLES names: they must be the schema's."""

    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as storage:
            for table in TABLES:
                if table.name not in ("specialists", "prescriptions", "prescription_refusals",
                                      "formulary", "consults"):  # fmt: skip
                    continue
                if isinstance(storage, SqliteStorage):
                    rows = await _sql(storage, f"PRAGMA table_info({table.name})")
                    columns = {r[1] for r in rows}
                else:
                    rows = await _sql(storage, "SELECT column_name FROM information_schema."
                                      "columns WHERE table_name = ?", table.name)  # fmt: skip
                    columns = {r[0] for r in rows}
                assert columns == set(table.columns), table.name

    asyncio.run(scenario())
