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
from hub.storage.base import HubStorage
from hub.storage.models import (
    DeviceProblem,
    HealthReport,
    IssuedPrescription,
    Mapping,
    Officer,
    Scope,
    Specialist,
)
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage
from hwc_shared.wire import Op

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
    patient_name: str = "Sunita Devi", mode: str | None = None,
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
            "queued_at": local, "version": 1, **({"consult_mode": mode} if mode else {})}),
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


async def add_officer(storage: HubStorage, username: str, scope: str, name: str = "") -> None:
    await storage.add_officer(
        Officer(username, name or username.title(), Scope.parse(scope), NOW),
        credentials.hash_password(OFFICER_PASSWORD),
    )


def day(d: int, hour: int = 10) -> datetime:
    """A moment of November 2026 in India."""
    return datetime.fromisoformat(f"2026-11-{d:02d}T{hour:02d}:00:00{IST}")


def rows_by(rows: list[dict[str, Any]], key: str) -> dict[Any, dict[str, Any]]:
    return {r[key]: r for r in rows}


DEMO_DISTRICTS = (("Jaipur", "Rajasthan", ("Bassi", "Chomu", "Sanganer", "Phagi", "Dudu",
                                            "Kotputli", "Amer", "Shahpura")),
                  ("Ajmer", "Rajasthan", ("Pushkar", "Kishangarh", "Beawar", "Masuda", "Kekri")),
                  ("Alwar", "Rajasthan", ("Tijara", "Rajgarh", "Behror", "Thanagazi")))  # fmt: skip
DEMO_DOCTORS = (
    ("dr.mehta", "cardiology", "SMS Jaipur"),
    ("dr.saxena", "cardiology", "SMS Jaipur"),
    ("dr.asha", "general_medicine", "DH Jaipur"),
    ("dr.verma", "general_medicine", "DH Jaipur"),
    ("dr.rao", "paediatrics", "DH Jaipur"),
    ("dr.khan", "dermatology", "DH Jaipur"),
    ("dr.joshi", "general_medicine", "DH Ajmer"),
    ("dr.gupta", "obstetrics_gynaecology", "DH Ajmer"),
    ("dr.singh", "general_medicine", "DH Alwar"),
)
# Spokes that request nothing in the demo (so "no consult this month" has an answer).
DEMO_IDLE = ("hwc-phagi", "hwc-masuda")


async def seed_demo(storage: HubStorage, today: datetime, days: int = 45) -> dict[str, Any]:
    """A district's worth of a state: 17 spokes in three districts, nine specialists, about
    600 consults over ``days`` days before ``today`` (waits drawn from a fixed seed; the
    cardiologists are the busiest), two idle spokes, a spoke gone silent with a backlog and
    a kiosk whose printer is out of paper."""
    import random

    rng = random.Random(14)
    spokes = []
    for district, state, towns in DEMO_DISTRICTS:
        for town in towns:
            ident = f"hwc-{town.lower()}"
            await storage.add_spoke(
                ident, f"HWC {town}", district, state, today - timedelta(days=400)
            )
            spokes.append((ident, district))
            for specialty in ("general_medicine", "cardiology", "paediatrics", "dermatology",
                              "obstetrics_gynaecology"):  # fmt: skip
                site = "SMS Jaipur" if specialty == "cardiology" else (
                    f"DH {district}" if district != "Alwar" or specialty == "general_medicine"
                    else "DH Jaipur")  # fmt: skip
                await storage.map_spoke(Mapping(ident, specialty, site))
    for user, specialty, site in DEMO_DOCTORS:
        await storage.add_specialist(
            Specialist(user, f"Dr. {user[3:].title()}", specialty, "RMC-1", site, "MBBS"), "x"
        )
    doctors: dict[tuple[str, str], list[str]] = {}
    for user, specialty, site in DEMO_DOCTORS:
        doctors.setdefault((specialty, site), []).append(user)
    mean_wait = {"cardiology": 55, "general_medicine": 14, "paediatrics": 22, "dermatology": 35,
                 "obstetrics_gynaecology": 26}  # fmt: skip
    weights = [("general_medicine", 50), ("cardiology", 18), ("paediatrics", 14),
               ("dermatology", 10), ("obstetrics_gynaecology", 8)]  # fmt: skip
    made = 0
    printed: dict[str, list[tuple[str, datetime]]] = {}
    for ident, district in spokes:
        if ident in DEMO_IDLE:
            continue
        ops: list[Op] = []
        plans = []
        for back in range(days, -1, -1):
            for _ in range(rng.choice((0, 0, 1, 1, 1, 2))):
                specialty = rng.choices([w[0] for w in weights], [w[1] for w in weights])[0]
                at = (today - timedelta(days=back)).replace(
                    hour=rng.randint(9, 15), minute=rng.randint(0, 59), second=0, microsecond=0
                )
                patient, encounter = _id(), _id()
                stamp_ = at.isoformat()
                ops.append(Op(_id(), "patient", patient, 1, {
                    "id": patient, "name": "Demo Patient", "sex": rng.choice(["female", "male"]),
                    "birth_date": "1970-01-01", "birth_date_estimated": 1, "phone": None,
                    "abha_number": None, "abha_address": None, "village": "", "district": district,
                    "state": "Rajasthan", "guardian_name": "", "language": "hi",
                    "created_at": stamp_, "updated_at": stamp_, "version": 1}))  # fmt: skip
                ops.append(Op(_id(), "encounter", encounter, 1, {
                    "id": encounter, "patient_id": patient, "spoke_id": ident, "cho_id": _id(),
                    "complaint": "", "history": "", "specialty": specialty, "urgent": 0,
                    "status": "queued", "created_at": stamp_, "updated_at": stamp_,
                    "queued_at": stamp_, "version": 1}))  # fmt: skip
                plans.append((encounter, specialty, at, back))
        for start in range(0, len(ops), 4000):
            answers = await storage.push(ident, "kiosk-" + ident, ops[start : start + 4000], today)
            assert all(a.status == "accepted" for a in answers)
        for encounter, specialty, at, back in plans:
            site = "SMS Jaipur" if specialty == "cardiology" else (
                f"DH {district}" if district != "Alwar" or specialty == "general_medicine"
                else "DH Jaipur")  # fmt: skip
            who = doctors.get((specialty, site))
            if not who or (back == 0 and rng.random() < 0.5):
                continue  # nobody for it there, or still waiting today
            taken = at + timedelta(minutes=rng.expovariate(1 / mean_wait[specialty]) + 2)
            user = rng.choice(who)
            await storage.take_consult(encounter, user, taken)
            if rng.random() < 0.1:
                await storage.note_audio_only(ident, encounter, taken)
            if rng.random() < 0.7:
                rx = IssuedPrescription(_id(), ident, encounter, "{}", "sig", "key", user, taken)
                await storage.add_prescription(rx, taken + timedelta(minutes=8))
                if rng.random() < 0.85:
                    printed.setdefault(ident, []).append((rx.id, taken + timedelta(minutes=20)))
            else:
                await storage.release_consult(encounter, user, True, taken + timedelta(minutes=8))
            made += 1
    # Kiosks: every spoke has one, seen today, but Kotputli's went quiet 9 days ago.
    for ident, _ in spokes:
        await storage.add_enroll_code(ident, f"code-{ident}", today, today + timedelta(days=1))
        await storage.redeem_enroll_code(f"code-{ident}", f"kiosk-{ident}", f"token-{ident}",
                                         "front desk", today - timedelta(days=300))  # fmt: skip
        quiet = ident == "hwc-kotputli"
        seen = today - timedelta(days=9 if quiet else 0)
        await storage.kiosk_for_token(f"token-{ident}", seen)
        problems: tuple[DeviceProblem, ...] = ()
        if ident == "hwc-chomu":
            problems = (DeviceProblem("printer", "out_of_paper", "load paper in the printer"),)
        if ident == "hwc-beawar":
            unplugged = "Contec CMS50D+ unplugged"
            problems = (DeviceProblem("oximeter", "not_connected", unplugged),)
        health = HealthReport(seen, 37 if quiet else 0, 0, problems, tuple(printed.get(ident, ())))
        await storage.note_health(ident, f"kiosk-{ident}", health, seen)
    return {"spokes": len(spokes), "answered": made}
