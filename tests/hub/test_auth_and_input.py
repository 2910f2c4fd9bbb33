"""Every route but health needs a kiosk token; a kiosk reaches only its own spoke; bad
input gets a clear 4xx and changes nothing."""

from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

from hwc_shared.wire import push_path
from tests.conftest import FakeClock
from tests.hubtools import held_ids, hub_and_kiosk, running_hub

SPOKE_A = "/api/v1/spokes/spoke-a"


def test_health_is_public_and_names_the_signing_key(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            status, body = await hub.call("GET", "/api/v1/health")
            assert status == 200 and body["status"] == "ok"
            assert body["storage"] == {"backend": "postgresql" if hub_db else "sqlite"}
            # On PostgreSQL, sockets on every hub process of the database reach each other.
            shared = {"backend": "postgresql", "listening": True}
            assert body["signals"] == (shared if hub_db else {"backend": "in-process"})
            assert body["hub_key_fingerprint"].count(":") == 3
            key_file = tmp_path / "hub" / "hub_signing_key.pem"
            assert key_file.stat().st_mode & 0o777 == 0o600
            if not hub_db:
                assert (tmp_path / "hub" / "hub.db").stat().st_mode & 0o777 == 0o600

    asyncio.run(scenario())


def test_tokens_no_wrong_revoked_and_another_spoke(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            await hub.add_spoke("spoke-b")
            b_token = (await hub.enroll("spoke-b"))["token"]
            a.encounter(a.patient(), vitals=1)
            assert (await a.sync(hub.url)).clean
            pull = f"{SPOKE_A}/pull"
            assert (await hub.call("GET", pull))[0] == 401
            status, body = await hub.call("GET", pull, token="not-a-token")
            assert status == 401 and body["error"] == "bad_token"
            status, body = await hub.call("GET", pull, token=b_token)
            assert status == 403 and body["error"] == "other_spoke"
            status, _ = await hub.call("POST", f"{SPOKE_A}/push", token=b_token, body={"ops": []})
            assert status == 403
            # Spoke B writing an encounter that names spoke A: refused, nothing stored.
            op = a.store.read(lambda db: db.execute("SELECT payload FROM outbox").fetchall())
            assert op == []
            kiosks = await hub.storage.kiosks("spoke-a")
            assert await hub.storage.revoke_kiosk(kiosks[0].id, clock())
            status, body = await hub.call("GET", pull, token=a.token)
            assert status == 401 and body["error"] == "revoked"
            report = await a.sync(hub.url)
            assert not report.ok and report.refused

    asyncio.run(scenario())


def test_a_kiosk_cannot_write_into_another_spoke(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            await hub.add_spoke("spoke-b")
            b_token = (await hub.enroll("spoke-b"))["token"]
            a.encounter(a.patient(), vitals=1)
            ours = a.store.read(
                lambda db: db.execute(
                    "SELECT op_id, entity, entity_id, version, payload, depends_on FROM outbox "
                    "ORDER BY seq"
                ).fetchall()
            )
            batch = {"ops": [{"op_id": r[0], "entity": r[1], "entity_id": r[2], "version": r[3],
                              "payload": json.loads(r[4]), "depends_on": json.loads(r[5])}
                             for r in ours]}  # fmt: skip
            assert (await a.sync(hub.url)).clean
            before = await hub.stats()
            # Spoke B sends spoke A's records as if they were its own: all refused.
            status, body = await hub.call("POST", push_path("spoke-b"), token=b_token, body=batch)
            assert status == 200
            results = [r["status"] for r in body["results"]]
            assert results == ["rejected", "deferred", "deferred"]
            assert "belongs to another spoke" in body["results"][0]["reason"]
            # With new ids, an encounter that names spoke A is refused as well.
            fresh = [{**op, "op_id": op["op_id"][:-4] + "beef",
                      "entity_id": op["entity_id"][:-4] + "beef",
                      "payload": {**op["payload"], "id": op["entity_id"][:-4] + "beef"}}
                     for op in batch["ops"][:2]]  # fmt: skip
            fresh[1]["payload"]["patient_id"] = fresh[0]["entity_id"]
            status, body = await hub.call(
                "POST", push_path("spoke-b"), token=b_token, body={"ops": fresh}
            )
            assert [r["status"] for r in body["results"]] == ["accepted", "rejected"]
            assert body["results"][1]["reason"] == "the encounter names another spoke"
            assert await held_ids(hub.storage, "spoke-b", "encounter") == []
            after = await hub.stats()
            assert after == {**before, "patients": before["patients"] + 1}

    asyncio.run(scenario())


def test_enrollment_codes_are_one_time_and_expire(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await hub.add_spoke("spoke-a")
            code = await hub.code("spoke-a")
            status, body = await hub.call("POST", "/api/v1/enroll", body={"code": code.lower()})
            assert status == 200 and body["spoke"]["id"] == "spoke-a"
            assert len(body["hub"]["public_key"]) == 44
            status, body = await hub.call("POST", "/api/v1/enroll", body={"code": code})
            assert status == 403 and body["error"] == "bad_code"
            expired = await hub.code("spoke-a", hours=-1)
            assert (await hub.call("POST", "/api/v1/enroll", body={"code": expired}))[0] == 403
            assert (await hub.call("POST", "/api/v1/enroll", body={"nope": 1}))[0] == 400
            big = {"code": "ABCD-EFGH-JKLM", "label": "x" * 100_000}
            assert (await hub.call("POST", "/api/v1/enroll", body=big))[0] == 413
            kiosks = await hub.storage.kiosks()
            assert len(kiosks) == 1

    asyncio.run(scenario())


def test_bad_push_bodies_get_a_clear_4xx_and_change_nothing(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            url, token = push_path("spoke-a"), a.token
            before = await hub.stats()
            cases = [
                (dict(raw=b"{not json", headers={"Content-Type": "application/json"}), 400),
                (dict(body=[1, 2]), 400),
                (dict(body={"ops": []}), 400),
                (dict(body={"ops": [{}] * 5001}), 400),
                (dict(raw=b"ops", headers={"Content-Type": "text/plain"}), 415),
                (dict(body={"ops": [{"pad": "x" * (17 * 1024 * 1024)}]}), 413),
            ]
            for kwargs, expected in cases:
                status, body = await hub.call("POST", url, token=token, **kwargs)
                assert status == expected, (kwargs.keys(), body)
                assert body["error"] and body["message"]
            bomb = gzip.compress(b'{"ops": [' + b" " * (64 * 1024 * 1024) + b"]}")
            status, _ = await hub.call(
                "POST", url, token=token, raw=bomb,
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
            )  # fmt: skip
            assert status == 413
            assert await hub.stats() == before

    asyncio.run(scenario())


def test_an_invalid_op_is_rejected_and_holds_back_only_its_dependants(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            first = a.encounter(a.patient("Geeta Meena"), vitals=2)
            a.encounter(a.patient("Radha Devi"), vitals=2)
            # Spoil the first encounter's op as a buggy kiosk might have written it.
            a.store.write(
                lambda db: db.execute(
                    "UPDATE outbox SET payload = json_set(payload, '$.status', 'lost') "
                    "WHERE entity = 'encounter' AND entity_id = ?",
                    [first],
                )
            )
            report = await a.sync(hub.url)
            assert (report.accepted, report.rejected) == (5, 1)
            assert report.pending == 2 and report.quarantined == 1 and not report.clean
            held = a.store.read(
                lambda db: db.execute(
                    "SELECT state, last_error FROM outbox ORDER BY seq"
                ).fetchall()
            )
            assert held[0] == ("quarantined", "status is not one of the allowed values")
            assert [s for s, _ in held[1:]] == ["pending", "pending"]
            # Another cycle sends nothing that waits behind the quarantined op.
            again = await a.sync(hub.url)
            assert again.pushed == 0 and again.pending == 2

    asyncio.run(scenario())
