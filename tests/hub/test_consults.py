"""The consult queue, the console's sign-in and its protections, through the real hub."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp
import pytest

from hub.api import console_auth
from hub.api.console_auth import LOCK
from tests.conftest import FakeClock
from tests.consulttools import add_specialist, console, map_spoke, queued_case, synced_case
from tests.hubtools import hub_and_kiosk, make_kiosk


def test_login_sets_a_strict_http_only_cookie_and_refuses_wrong_passwords(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, _kiosk):
            await add_specialist(hub)
            c = console(hub.url)
            async with c.session:
                assert await c.login(password="wrong password!") == 401
                assert await c.login(username="nobody") == 401
                status, _ = await c.call("GET", "/queue")
                assert status == 401
                async with c.session.post(
                    f"{hub.url}/console/api/login",
                    json={"username": "dr.asha", "password": "correct horse battery"},
                ) as r:
                    cookie = r.headers["Set-Cookie"]
                    assert r.status == 200
                assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
                assert "Path=/console" in cookie and "Secure" not in cookie  # plain HTTP
                # Behind a reverse proxy that ended TLS, the cookie is for HTTPS only.
                async with c.session.post(
                    f"{hub.url}/console/api/login",
                    json={"username": "dr.asha", "password": "correct horse battery"},
                    headers={"X-Forwarded-Proto": "https"},
                ) as r:
                    assert r.status == 200 and "Secure" in r.headers["Set-Cookie"]

    asyncio.run(scenario())


def test_changes_need_the_csrf_token_and_the_hubs_origin(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                status, body = await c.call("POST", f"/cases/{encounter}/take", csrf=False)
                assert (status, body["error"]) == (403, "csrf")
                async with c.session.post(
                    f"{hub.url}/console/api/cases/{encounter}/take",
                    headers={"X-CSRF-Token": c.csrf, "Origin": "http://evil.example"},
                ) as r:
                    assert r.status == 403
                async with c.session.post(
                    f"{hub.url}/console/api/login",
                    json={"username": "dr.asha", "password": "correct horse battery"},
                    headers={"Origin": "http://evil.example"},
                ) as r:
                    assert r.status == 403
                status, _ = await c.call("POST", f"/cases/{encounter}/take")
                assert status == 200

    asyncio.run(scenario())


def test_queue_is_per_site_and_specialty_urgent_first_and_shows_taken_cases(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub, "dr.asha")
            await add_specialist(hub, "dr.ravi")
            await add_specialist(hub, "dr.meera", site="Other Hospital")
            await add_specialist(hub, "dr.kiran", specialty="paediatrics")
            await map_spoke(hub, kiosk.spoke_id)
            await map_spoke(hub, kiosk.spoke_id, "paediatrics")
            first = queued_case(kiosk, name="First")
            clock.advance(minutes=5)
            urgent = queued_case(kiosk, urgent=True, name="Urgent")
            child = queued_case(kiosk, specialty="paediatrics", name="Child")
            draft = kiosk.encounter(kiosk.patient("Draft"))
            assert (await kiosk.sync(hub.url)).clean
            asha, ravi, meera, kiran = (console(hub.url) for _ in range(4))
            async with asha.session, ravi.session, meera.session, kiran.session:
                for c, name in ((asha, "dr.asha"), (ravi, "dr.ravi"), (meera, "dr.meera"),
                                (kiran, "dr.kiran")):  # fmt: skip
                    assert await c.login(name) == 200
                _, body = await asha.call("GET", "/queue")
                ids = [e["encounter_id"] for e in body["queue"]]
                assert ids == [urgent, first]
                assert draft not in ids and child not in ids
                entry = body["queue"][1]
                assert entry["spoke_name"] == "HWC spoke-a" and entry["waiting_seconds"] >= 0
                assert entry["patient"]["name"] == "First"
                _, body = await kiran.call("GET", "/queue")
                assert [e["encounter_id"] for e in body["queue"]] == [child]
                _, body = await meera.call("GET", "/queue")
                assert body["queue"] == []
                status, _ = await meera.call("GET", f"/cases/{first}")
                assert status == 404  # another site's case does not exist for her
                assert (await asha.call("POST", f"/cases/{first}/take"))[0] == 200
                status, body = await ravi.call("POST", f"/cases/{first}/take")
                assert (status, body["error"]) == (409, "taken")
                _, body = await ravi.call("GET", "/queue")
                taken = next(e for e in body["queue"] if e["encounter_id"] == first)
                assert taken["taken_by"] == "dr.asha" and not taken["taken_by_me"]
                assert (await ravi.call("POST", f"/cases/{first}/release"))[0] == 409
                assert (await asha.call("POST", f"/cases/{first}/release?finished=1"))[0] == 200
                _, body = await ravi.call("GET", "/queue")
                assert [e["encounter_id"] for e in body["queue"]] == [urgent]

    asyncio.run(scenario())


@pytest.mark.usefixtures("blob_store")  # the folder and an S3 bucket
def test_case_view_has_vitals_and_photos_served_with_the_session_only(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        from tests.hubtools import attach_photo, photo_bytes

        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_case(kiosk)
            patient = kiosk.clinic.encounters.detail(encounter).patient.id
            data = photo_bytes(3000)
            sha = attach_photo(kiosk, patient, encounter, data)
            assert (await kiosk.sync(hub.url)).clean
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                status, body = await c.call("GET", f"/cases/{encounter}")
                assert status == 200
                assert body["complaint"] == "Fever for 3 days"
                assert {v["kind"] for v in body["vitals"]} == {"pulse_rate", "spo2",
                                                               "body_temperature"}  # fmt: skip
                photo = body["photos"][0]
                assert photo["available"] and photo["sha256"] == sha
                async with c.session.get(hub.url + photo["url"]) as r:
                    assert r.status == 200 and await r.read() == data
                async with hub.session.get(hub.url + photo["url"]) as r:
                    assert r.status == 401  # no session cookie

    asyncio.run(scenario())


def test_kiosk_socket_needs_its_token_and_hears_other_kiosks_pushes(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, a):
            second = await hub.enroll(a.spoke_id)
            b = make_kiosk(tmp_path / "b", a.spoke_id, clock, second["token"])
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await hub.session.ws_connect(f"{hub.url}/api/v1/signal")
            assert refused.value.status == 401
            headers = {"Authorization": f"Bearer {second['token']}"}
            async with hub.session.ws_connect(f"{hub.url}/api/v1/signal", headers=headers) as ws:
                welcome = await ws.receive_json(timeout=5)
                assert welcome["type"] == "welcome" and welcome["spoke_id"] == a.spoke_id
                assert (await ws.receive_json(timeout=5))["type"] == "hub_status"
                a.encounter(a.patient())
                assert (await a.sync(hub.url)).clean
                assert (await ws.receive_json(timeout=5))["type"] == "sync"
            b.close()

    asyncio.run(scenario())


def test_five_wrong_passwords_lock_the_name_for_five_minutes(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(console_auth, "FAILURE_DELAY", 0.0)

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, _kiosk):
            await add_specialist(hub)
            c = console(hub.url)
            async with c.session:
                for _ in range(5):
                    assert await c.login(password="wrong password!") == 401
                assert await c.login() == 429  # the right password, locked all the same
                assert await c.login(username="DR.ASHA ") == 429  # the same name
            storage, now = hub.storage, datetime.now(UTC)
            assert await storage.login_failures("dr.asha", now) == 5
            # Five minutes after the last wrong password the name counts from nothing;
            # names whose count expired are forgotten when another name fails.
            later = now + timedelta(minutes=5, seconds=1)
            assert await storage.login_failures("dr.asha", later) == 0
            assert await storage.note_login_failure("dr.ravi", later, later + LOCK) == 1
            assert await storage.note_login_failure("dr.ravi", later, later + LOCK) == 2
            assert await storage.note_login_failure("dr.asha", later, later + LOCK) == 1
            await storage.forget_login_failures("dr.ravi")
            assert await storage.login_failures("dr.ravi", later) == 0
            c = console(hub.url)
            async with c.session:
                assert await c.login(username="x" * 201) == 400

    asyncio.run(scenario())
