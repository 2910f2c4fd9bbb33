"""Push and pull through the real hub API: correctness, replays, merges and conflicts."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from hwc_shared.wire import push_path
from kiosk.domain.patient import PatientForm
from tests.conftest import FakeClock
from tests.hubtools import hub_and_kiosk, make_kiosk


def _ops(kiosk, entity: str | None = None) -> list[dict]:
    rows = kiosk.store.read(
        lambda db: db.execute(
            "SELECT op_id, entity, entity_id, version, payload, depends_on FROM outbox ORDER BY seq"
        ).fetchall()
    )
    return [
        {"op_id": r[0], "entity": r[1], "entity_id": r[2], "version": r[3],
         "payload": json.loads(r[4]), "depends_on": json.loads(r[5])}
        for r in rows if entity is None or r[1] == entity
    ]  # fmt: skip


def test_push_then_pull_reaches_the_other_kiosk_of_the_spoke(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            patient = a.patient()
            encounter = a.encounter(patient, vitals=3)
            report = await a.sync(hub.url)
            assert report.clean and report.accepted == 5 and report.pulled == 0
            assert a.outbox_count() == 0
            stats = await hub.stats()
            assert (stats["patients"], stats["encounters"], stats["observations"]) == (1, 1, 3)
            # A second kiosk of the same spoke pulls everything; the first gets no echo.
            b = make_kiosk(tmp_path / "b", "spoke-a", clock, (await hub.enroll("spoke-a"))["token"])
            try:
                pulled = await b.sync(hub.url)
                assert pulled.clean and pulled.pulled == 5
                assert b.ids("encounters") == {encounter}
                assert b.ids("observations") == a.ids("observations")
                assert b.outbox_count() == 0  # pulled records are not sent back
                assert (await a.sync(hub.url)).pulled == 0
            finally:
                b.close()

    asyncio.run(scenario())


def test_a_replayed_op_gets_its_first_answer_and_changes_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            a.encounter(a.patient(), vitals=2)
            ops = _ops(a)
            bad = {**ops[-1], "op_id": "0000aaaa-0000-0000-0000-000000000001",
                   "entity_id": "0000bbbb-0000-0000-0000-000000000001",
                   "payload": {**ops[-1]["payload"], "id": "0000bbbb-0000-0000-0000-000000000001",
                               "encounter_id": "0000cccc-0000-0000-0000-000000000001"},
                   "depends_on": []}  # fmt: skip
            batch = {"ops": [*ops, bad]}
            path = push_path("spoke-a")
            status, first = await hub.call("POST", path, token=a.token, body=batch, gzipped=True)
            assert status == 200
            statuses = [r["status"] for r in first["results"]]
            assert statuses == ["accepted"] * len(ops) + ["rejected"]
            assert "encounter is not known" in first["results"][-1]["reason"]
            before = await hub.stats()
            status, again = await hub.call("POST", path, token=a.token, body=batch)
            assert status == 200 and again == first
            assert await hub.stats() == before
            status, page = await hub.call(
                "GET", "/api/v1/spokes/spoke-a/pull?since=0", token=a.token
            )
            assert status == 200 and page["cursor"] == len(ops)  # one change per accepted op

    asyncio.run(scenario())


def test_demographics_merge_field_by_field(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            pid = a.patient("Kamla Bai", phone="9828012345")
            assert (await a.sync(hub.url)).clean
            b = make_kiosk(tmp_path / "b", "spoke-a", clock, (await hub.enroll("spoke-a"))["token"])
            try:
                await b.sync(hub.url)
                form = dict(name="Kamla Bai", sex="female", age_years="40", village="Bassi")
                # Both kiosks amend the same patient from version 1, different fields.
                a.clinic.patients.amend(
                    pid, PatientForm(**{**form, "phone": "9414000000"}), a.cho_id
                )
                b.clinic.patients.amend(
                    pid,
                    PatientForm(**{**form, "phone": "9828012345", "village": "Chaksu"}),
                    b.cho_id,
                )
                assert (await a.sync(hub.url)).clean
                assert (await b.sync(hub.url)).clean
                await a.sync(hub.url)
                for kiosk in (a, b):
                    merged = kiosk.clinic.patients.get(pid)
                    assert (merged.phone, merged.village) == ("9414000000", "Chaksu")
                    assert merged.version == 3
            finally:
                b.close()

    asyncio.run(scenario())


def test_conflicting_encounter_keeps_both_versions(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            enc = a.encounter(a.patient(), vitals=0)
            a.clinic.encounters.save_notes(enc, "Fever", "First history", a.cho_id)
            assert (await a.sync(hub.url)).clean
            # Another op makes a different version 2 of the same encounter.
            hub_version = await hub.storage.pull("spoke-a", "nobody", 0, 100)
            held = [c for c in hub_version.changes if c.entity == "encounter"][-1].payload
            a.store.write(
                lambda db: db.execute("UPDATE encounters SET version = 1 WHERE id = ?", [enc])
            )
            a.clinic.encounters.save_notes(enc, "Fever", "Another history", a.cho_id)
            report = await a.sync(hub.url)
            assert report.conflicts == 1 and report.clean
            local = a.clinic.encounters.detail(enc).encounter
            assert local.history == held["history"] == "First history"  # the hub's version
            kept = a.store.read(
                lambda db: db.execute("SELECT payload, reason FROM sync_conflicts").fetchall()
            )
            assert len(kept) == 1 and json.loads(kept[0][0])["history"] == "Another history"
            assert "version 2" in kept[0][1]

    asyncio.run(scenario())


def test_observations_are_append_only_at_the_hub(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            a.encounter(a.patient(), vitals=1)
            obs = _ops(a, "observation")[0]
            assert (await a.sync(hub.url)).clean
            changed = {**obs, "op_id": "1111aaaa-0000-0000-0000-000000000001",
                       "payload": {**obs["payload"], "value": 140.0}}  # fmt: skip
            other_id = "1111bbbb-0000-0000-0000-000000000002"
            missing = "1111cccc-0000-0000-0000-000000000009"
            orphan = {**obs, "op_id": "1111aaaa-0000-0000-0000-000000000002",
                      "entity_id": other_id,
                      "payload": {**obs["payload"], "id": other_id,
                                  "supersedes": missing}}  # fmt: skip
            status, body = await hub.call(
                "POST", push_path("spoke-a"), token=a.token, body={"ops": [changed, orphan]}
            )
            assert status == 200
            first, second = body["results"]
            assert first["status"] == "conflict" and first["record"]["value"] == 82.0
            assert second["status"] == "rejected" and "corrects one" in second["reason"]
            assert (await hub.stats())["observations"] == 1

    asyncio.run(scenario())


def test_pull_pages_follow_the_cursor(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            for _ in range(4):
                a.encounter(a.patient(), vitals=3)
            assert (await a.sync(hub.url)).clean
            other = (await hub.enroll("spoke-a"))["token"]
            seen, since, pages = [], 0, 0
            while True:
                status, page = await hub.call(
                    "GET", f"/api/v1/spokes/spoke-a/pull?since={since}&limit=5", token=other
                )
                assert status == 200
                seen += [c["seq"] for c in page["changes"]]
                pages += 1
                assert page["cursor"] >= since
                since = page["cursor"]
                if not page["more"]:
                    break
            assert seen == sorted(seen) and len(seen) == 20 and pages == 4
            for query in ("since=-1", "since=x", "limit=0", "limit=99999"):
                status, body = await hub.call(
                    "GET", f"/api/v1/spokes/spoke-a/pull?{query}", token=other
                )
                assert status == 400 and body["error"] == "bad_request"

    asyncio.run(scenario())
