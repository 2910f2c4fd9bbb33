"""Consults made the way a hub gets them (patients and encounters pushed, cases taken and
finished, prescriptions signed), for the dashboard's storage, CLI and browser tests."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from hub import credentials
from hub.storage.base import HubStorage, IssuedPrescription, Mapping, Specialist
from hub.storage.figures import Officer, Scope
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage
from kiosk.sync.wire import Op

IST = "+05:30"
NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)
OFFICER_PASSWORD = "district figures 2026"


def _id() -> str:
    return str(uuid.uuid4())


@asynccontextmanager
async def opened(tmp_path: Path, url: str) -> AsyncIterator[HubStorage]:
    storage: HubStorage = (
        PostgresStorage(url, pool_size=2) if url else SqliteStorage(tmp_path / "hub.db")
    )
    await storage.open()
    try:
        yield storage
    finally:
        await storage.close()


async def small_state(storage: HubStorage) -> None:
    """Two districts of Rajasthan and one of Bihar; cardiology from Jaipur goes to SMS
    Jaipur, everything else to the district hospitals."""
    spokes = [("hwc-bassi", "HWC Bassi", "Jaipur", "Rajasthan"),
              ("hwc-chomu", "HWC Chomu", "Jaipur", "Rajasthan"),
              ("hwc-sanganer", "HWC Sanganer", "Jaipur", "Rajasthan"),
              ("hwc-ajmer", "HWC Pushkar", "Ajmer", "Rajasthan"),
              ("hwc-gaya", "HWC Bodh Gaya", "Gaya", "Bihar")]  # fmt: skip
    for ident, name, district, state in spokes:
        await storage.add_spoke(ident, name, district, state, NOW - timedelta(days=90))
        for specialty in ("general_medicine", "cardiology"):
            site = (
                "SMS Jaipur"
                if specialty == "cardiology" and district == "Jaipur"
                else (f"DH {district}")
            )
            await storage.map_spoke(Mapping(ident, specialty, site))
    for user, specialty, site in (("dr.mehta", "cardiology", "SMS Jaipur"),
                                  ("dr.asha", "general_medicine", "DH Jaipur"),
                                  ("dr.kumar", "general_medicine", "DH Gaya")):  # fmt: skip
        await storage.add_specialist(
            Specialist(user, f"Dr. {user[3:].title()}", specialty, "RMC-1", site, "MBBS"), "x"
        )


async def consult(
    storage: HubStorage, spoke: str, specialty: str, queued: datetime, *,
    wait_min: float | None = None, by: str = "", prescribe: bool = False,
    patient_name: str = "Sunita Devi",
) -> str:  # fmt: skip
    """A patient registered and a consult requested at ``queued`` (kiosk time in IST);
    taken by ``by`` after ``wait_min`` minutes and finished, with a prescription if asked."""
    patient, encounter = _id(), _id()
    at = queued.astimezone(UTC).isoformat()
    local = queued.isoformat()
    ops = [
        Op(_id(), "patient", patient, 1, {
            "id": patient, "name": patient_name, "sex": "female", "birth_date": "1980-01-01",
            "birth_date_estimated": 0, "phone": "9800000000", "abha_number": "91-1111-2222-3333",
            "abha_address": None, "village": "Bassi", "district": "Jaipur", "state": "Rajasthan",
            "guardian_name": "Ram Lal", "language": "hi", "created_at": at, "updated_at": at,
            "version": 1}),
        Op(_id(), "encounter", encounter, 1, {
            "id": encounter, "patient_id": patient, "spoke_id": spoke, "cho_id": _id(),
            "complaint": "chest pain on walking", "history": "", "specialty": specialty,
            "urgent": 0, "status": "queued", "created_at": at, "updated_at": at,
            "queued_at": local, "version": 1}),
    ]  # fmt: skip
    answers = await storage.push(spoke, "kiosk-" + spoke, list(ops), queued)
    assert all(a.status == "accepted" for a in answers), answers
    if wait_min is not None and by:
        taken = queued + timedelta(minutes=wait_min)
        await storage.take_consult(encounter, by, taken)
        if prescribe:
            rx = IssuedPrescription(_id(), spoke, encounter, "{}", "sig", "key", by, taken)
            await storage.add_prescription(rx, taken + timedelta(minutes=5))
        else:
            await storage.release_consult(encounter, by, True, taken + timedelta(minutes=5))
    return encounter


async def add_officer(storage: HubStorage, username: str, scope: str) -> None:
    await storage.add_officer(
        Officer(username, username.title(), Scope.parse(scope), NOW),
        credentials.hash_password(OFFICER_PASSWORD),
    )


def day(d: int, hour: int = 10) -> datetime:
    """A moment of November 2026 in India."""
    return datetime.fromisoformat(f"2026-11-{d:02d}T{hour:02d}:00:00{IST}")


def rows_by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {r[key]: r for r in rows}
