"""``kiosk-hub migrate``: a district's SQLite hub moves to PostgreSQL and its kiosks carry
on as if nothing happened; nothing lost, nothing doubled; a second run is refused."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from hub.cli import main as hub_main
from hub.storage.models import (
    DeviceProblem,
    FormularyEntry,
    HealthReport,
    Officer,
    OfficerSession,
    Scope,
    SpecialistSession,
    StoredFormulary,
)
from hub.storage.transfer import TABLES
from hwc_shared import wire
from hwc_shared.wire import push_path
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from kiosk.store.store import Store
from tests import hubtools
from tests.conftest import FakeClock
from tests.consulttools import add_specialist, map_spoke, queued_case
from tests.hubtools import attach_photo, hub_and_kiosk, make_kiosk, photo_bytes, running_hub
from tests.pgtools import query


def _outbox_batch(kiosk: hubtools.Kiosk) -> dict[str, Any]:
    rows = kiosk.store.read(
        lambda db: db.execute(
            "SELECT op_id, entity, entity_id, version, payload, depends_on FROM outbox ORDER BY seq"
        ).fetchall()
    )
    return {"ops": [{"op_id": r[0], "entity": r[1], "entity_id": r[2], "version": r[3],
                     "payload": json.loads(r[4]), "depends_on": json.loads(r[5])}
                    for r in rows]}  # fmt: skip


def _everything(db_url: str, home: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, as comparable text, in a stable order."""
    out = {}
    for table in TABLES:
        cols = ", ".join(table.columns)
        rows = query(db_url, home, f"SELECT {cols} FROM {table.name}")
        out[table.name] = sorted((tuple(_plain(v) for v in row) for row in rows), key=repr)
    return out


def _plain(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat(timespec="microseconds").replace("+00:00", "Z")
    if isinstance(value, str) and value.endswith("+00:00") and "T" in value:
        return value.replace("+00:00", "Z")
    if isinstance(value, bool):
        return int(value)
    return value


async def _consult_rows(hub: hubtools.Hub, kiosk: hubtools.Kiosk) -> None:
    """A case taken and rung, a console session, a specialist seen online and a wrong
    password."""
    await add_specialist(hub)
    await map_spoke(hub, "spoke-a")
    encounter = queued_case(kiosk)
    assert (await kiosk.sync(hub.url)).clean
    now = datetime.now(UTC)
    assert await hub.storage.ring_consult("spoke-a", encounter, now)
    await hub.storage.take_consult(encounter, "dr.asha", now)
    session = SpecialistSession("dr.asha", "csrf-token", now, now + timedelta(hours=8))
    await hub.storage.add_session("session-token-hash", session, now)
    await hub.storage.specialist_seen("dr.asha", now)
    await hub.storage.note_login_failure("dr.ravi", now, now + timedelta(minutes=5))
    # The dashboard's: a call gone audio-only, an officer signed in, a kiosk's health.
    await hub.storage.note_audio_only("spoke-a", encounter, now)
    officer = Officer("dpo.jaipur", "DPO Jaipur", Scope("district", "Jaipur"), now)
    await hub.storage.add_officer(officer, "password-hash")
    await hub.storage.add_officer_session(
        "officer-token-hash",
        OfficerSession("dpo.jaipur", "csrf", now, now + timedelta(hours=8)),
        now,
    )
    kiosk_id = (await hub.storage.kiosks("spoke-a"))[0].id
    problem = DeviceProblem("printer", "out_of_paper", "load paper")
    await hub.storage.note_health("spoke-a", kiosk_id, HealthReport(now, 3, 0, (problem,)), now)


async def _prescription_rows(hub: hubtools.Hub, kiosk_id: str) -> None:
    """A formulary and a kiosk's report of a prescription it refused."""
    now = datetime.now(UTC)
    entries = [FormularyEntry("Paracetamol", "Tablet", "500 mg", instructions="After food")]
    await hub.storage.replace_formulary(StoredFormulary(entries, "/srv/formulary.csv", now))
    refusal = wire.parse_op({
        "op_id": "9999dddd-0000-0000-0000-00000000000d", "entity": "prescription_refusal",
        "entity_id": "1:00112233445566ff", "version": 1,
        "payload": {"prescription_id": "rx-1", "encounter_id": None, "reason": "bad_signature",
                    "detail": "", "payload_sha256": "cd" * 32,
                    "received_at": "2026-11-20T06:00:00.000000+00:00"},
    })  # fmt: skip
    await hub.storage.push("spoke-a", kiosk_id, [refusal], now)


def _reopen(home: Path, clock: FakeClock, token: str) -> hubtools.Kiosk:
    """A kiosk made earlier in the test, opened again with its database and cursor."""
    clinic = Clinic(Store(home / "kiosk.db"), "spoke-a", clock=clock)
    cho = clinic.accounts.list()[0]
    return hubtools.Kiosk(clinic, BlobFiles(home / "blobs"), "spoke-a", token, cho.id)


def test_migrate_moves_everything_and_kiosks_carry_on(
    tmp_path: Path, clock: FakeClock, postgres_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "hub"
    before: dict[str, Any] = {}

    async def district() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            patient = a.patient()
            encounter = a.encounter(patient, vitals=3)
            attach_photo(a, patient, encounter, photo_bytes(40_000))
            batch = _outbox_batch(a)
            last, orphan = batch["ops"][-1], "9999bbbb-0000-0000-0000-00000000000b"
            batch["ops"].append({**last, "op_id": "9999aaaa-0000-0000-0000-00000000000a",
                                 "entity_id": orphan,
                                 "payload": {**last["payload"], "id": orphan,
                                             "patient_id": "9999cccc-0000-0000-0000-00000000000c",
                                             "encounter_id": None}})  # fmt: skip
            status, first = await hub.call("POST", push_path("spoke-a"), token=a.token, body=batch)
            assert status == 200 and first["results"][-1]["status"] == "rejected"
            assert (await a.sync(hub.url)).clean  # the photo
            await _consult_rows(hub, a)
            await _prescription_rows(hub, (await hub.storage.kiosks("spoke-a"))[0].id)
            b = await hub.enroll("spoke-a")
            revoked = await hub.enroll("spoke-a")
            kiosks = await hub.storage.kiosks("spoke-a")
            assert await hub.storage.revoke_kiosk(kiosks[-1].id, clock())
            before.update(batch=batch, answers=first, b=b["token"], revoked=revoked["token"],
                          code=await hub.code("spoke-a"), stats=await hub.stats(),
                          a_token=a.token)  # fmt: skip
            pulled = make_kiosk(tmp_path / "b", "spoke-a", clock, b["token"])
            try:
                # attachments are not pulled; the case's consent is
                assert (await pulled.sync(hub.url)).pulled == 11
            finally:
                pulled.close()

    asyncio.run(district())
    source = _everything("", home)
    assert all(
        source[t.name] for t in TABLES if t.name not in ("prescriptions", "prescription_prints")
    )
    facts = (
        "SELECT encounter_id, spoke_id, specialty, hub_site, taken_by, wait_s, audio_only "
        "FROM consult_facts"
    )
    source_facts = [tuple(_plain(v) for v in r) for r in query("", home, facts)]
    assert len(source_facts) == 1 and source_facts[0][-1] == 1
    rolled = (
        "SELECT state, district, hub_site, specialty, wait_bin, consults, answered, audio_only "
        "FROM consult_rollup WHERE consults != 0"
    )
    source_rolled = [tuple(_plain(v) for v in r) for r in query("", home, rolled)]
    assert len(source_rolled) == 1 and source_rolled[0][-3:] == (1, 1, 1)

    code = hub_main(["migrate", "--from", f"sqlite:{home / 'hub.db'}", "--to", postgres_db])
    out, err = capsys.readouterr()
    assert code == 0, err
    # the case's consent is one more record and one more op than before consent
    assert "records: 12 rows" in out and "ops: 15 rows" in out and "migrated" in out
    assert _everything(postgres_db, home) == source  # row for row, nothing more
    # The figures are rebuilt by the target's triggers from the rows copied.
    assert [tuple(_plain(v) for v in r) for r in query(postgres_db, home, facts)] == source_facts
    assert [tuple(_plain(v) for v in r) for r in query(postgres_db, home, rolled)] == source_rolled

    async def state() -> None:
        hubtools.HUB_DB = postgres_db
        try:
            async with running_hub(home) as hub:
                assert await hub.stats() == before["stats"]
                # A replayed batch gets its first answers, the rejection included.
                status, again = await hub.call(
                    "POST", push_path("spoke-a"), token=before["a_token"], body=before["batch"]
                )
                assert status == 200 and again == before["answers"]
                revoked = await hub.call(
                    "GET", "/api/v1/spokes/spoke-a/pull", token=before["revoked"]
                )
                assert revoked[0] == 401
                assert (await hub.call("POST", "/api/v1/enroll", body={"code": before["code"]}))[
                    0
                ] == 200
                # Kiosk b keeps its cursor; what kiosk a adds now reaches it, after the old seqs.
                b = _reopen(tmp_path / "b", clock, before["b"])
                a = _reopen(tmp_path / "kiosk", clock, before["a_token"])
                try:
                    a.encounter(a.patient("Radha Devi"), vitals=1)
                    assert (await a.sync(hub.url)).clean
                    report = await b.sync(hub.url)
                    assert report.clean and report.pulled == 3
                finally:
                    a.close()
                    b.close()
                # The counter carried on: no seq taken twice, none skipped (a page lists a
                # record once, at its first change: the consult request, seq 13, updated
                # the encounter of seq 8; the consent before it is seq 12).
                seqs = [c.seq for c in (await hub.storage.pull("spoke-a", "x", 0, 100)).changes]
                assert seqs == [*range(1, 13), *range(14, 17)]
        finally:
            hubtools.HUB_DB = ""

    asyncio.run(state())
    # Running it again is refused and changes nothing.
    moved = _everything(postgres_db, home)
    code = hub_main(["migrate", "--from", f"sqlite:{home / 'hub.db'}", "--to", postgres_db])
    out, err = capsys.readouterr()
    assert code == 1 and "already holds a hub" in err and "nothing was copied" in err
    assert _everything(postgres_db, home) == moved


def test_migrate_refuses_a_missing_source_or_a_sqlite_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert hub_main(["migrate", "--from", f"sqlite:{tmp_path / 'none.db'}",
                     "--to", "postgresql://x@127.0.0.1:1/x"]) == 1  # fmt: skip
    assert "no SQLite hub database" in capsys.readouterr().err
    assert hub_main(["migrate", "--from", "sqlite:x", "--to", "sqlite:y"]) == 1
    assert "copies into PostgreSQL" in capsys.readouterr().err
