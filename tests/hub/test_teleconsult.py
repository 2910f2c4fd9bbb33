"""A lawful teleconsultation through the console's API, with a real kiosk's socket
reporting its call: the mode (text, audio, video) and type (first, follow-up) the hub
establishes, and every refusal of the medicine lists, at the check and at signing."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from hwc_shared.wire import check_payload
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.consulttools import Console, console, synced_case
from tests.hubtools import Hub
from tests.hubtools import hub_and_kiosk as _hub_and_kiosk

MED = {"dose": "1 tablet", "frequency": "Twice daily", "duration": "5 days", "instructions": ""}
PARACETAMOL = {"name": "Paracetamol", "form": "Tablet", "strength": "500 mg", **MED}
AMOXICILLIN = {"name": "Amoxicillin", "form": "Capsule", "strength": "500 mg", **MED}
ENALAPRIL = {"name": "Enalapril", "form": "Tablet", "strength": "5 mg", **MED}
TELMISARTAN = {"name": "Telmisartan", "form": "Tablet", "strength": "40 mg", **MED}
DIAZEPAM = {"name": "Diazepam", "form": "Tablet", "strength": "5 mg", **MED}
FORM: dict[str, Any] = {
    "diagnosis": "Acute bronchitis",
    "medicines": [PARACETAMOL],
    "investigations": [],
    "advice": "Fluids and rest.",
    "follow_up": "",
    "referral": "",
    "language": "en",
}


def form(*medicines: dict[str, str], **fields: Any) -> dict[str, Any]:
    return {**copy.deepcopy(FORM), "medicines": list(medicines), **fields}


async def wait_until(probe: Callable[[], Awaitable[bool]]) -> None:
    for _ in range(500):
        if await probe():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def report(hub: Hub, ws: Any, encounter: str, audio_only: bool) -> None:
    """The kiosk says its picture is video or audio only; waits until the hub noted it."""
    await ws.send_json({"type": "media", "encounter_id": encounter, "call_id": "call-1",
                        "audio_only": audio_only})  # fmt: skip

    async def noted() -> bool:
        media = await hub.storage.call_media(encounter)
        return media.connected_at is not None and (media.video_since is None) == audio_only

    await wait_until(noted)


async def problems(c: Console, encounter: str, body: dict[str, Any]) -> list[str]:
    status, answer = await c.call("POST", f"/cases/{encounter}/prescription", body)
    assert status == 422, answer
    return [f"{p['field']}: {p['message']}" for p in answer["problems"]]


async def checked(c: Console, encounter: str, *medicines: dict[str, str],
                  follows: str = "") -> dict[str, Any]:  # fmt: skip
    body = {"medicines": list(medicines), "follow_up_of": follows}
    status, answer = await c.call("POST", f"/cases/{encounter}/prescription/check", body)
    assert status == 200, answer
    return answer  # type: ignore[no-any-return]


def test_each_refusal_by_mode_type_and_list(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with _hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            encounter = await synced_case(hub, kiosk)
            c = console(hub.url)
            headers = {"Authorization": f"Bearer {kiosk.token}"}
            async with (
                c.session,
                hub.session.ws_connect(f"{hub.url}/api/v1/signal", headers=headers) as ws,
            ):
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, info = await c.call("GET", f"/cases/{encounter}/prescription")
                consult = info["consult"]
                assert (consult["mode"], consult["type"], consult["allowed"]) == (
                    "text", "first", ["O"]
                )  # fmt: skip
                assert consult["earlier"] == [] and consult["requested"] == "video"

                # No call yet: a text consult, List O only.
                answer = await checked(c, encounter, PARACETAMOL, AMOXICILLIN)
                assert [p["field"] for p in answer["problems"]] == ["medicines.2.name"]
                assert "may prescribe only List O" in answer["problems"][0]["message"]
                assert await problems(c, encounter, form(PARACETAMOL, AMOXICILLIN)) == [
                    "medicines.2.name: Amoxicillin is List A. A first text (store-and-forward) "
                    "consult may prescribe only List O medicines: call the patient by video, "
                    "or advise and refer."
                ]
                # Prohibited, whatever the mode: from the formulary, by brand, by salt.
                found = await problems(c, encounter, form(
                    DIAZEPAM, {**MED, "name": "ALPRAX 0.5mg"},
                    {**MED, "name": "Tramadol hydrochloride", "strength": "50 mg"},
                    {**MED, "name": "Codeine phosphate + Chlorphenamine syrup"},
                ))  # fmt: skip
                assert [p.split(":")[0] for p in found] == [f"medicines.{i}.name" for i in
                                                            range(1, 5)]  # fmt: skip
                assert "Diazepam is a psychotropic substance under the NDPS Act 1985" in found[0]
                assert "Alprazolam is a psychotropic substance" in found[1]
                assert "Tramadol is a psychotropic substance" in found[2]
                assert "Codeine is a narcotic drug under the NDPS Act 1985" in found[3]
                assert all("See the patient in person, or refer." in p for p in found)
                # A diagnosis before any medicine.
                assert await problems(c, encounter, form(PARACETAMOL, diagnosis="")) == [
                    "diagnosis: Write a provisional diagnosis."
                ]

                # The call connects but runs on audio only: still no List A.
                await report(hub, ws, encounter, audio_only=True)
                clock.advance(seconds=40)
                answer = await checked(c, encounter, AMOXICILLIN)
                assert answer["consult"]["mode"] == "audio"
                assert (
                    "List A needs a video consult; this one was audio"
                    in (answer["problems"][0]["message"])
                )
                # Video for 30 s is not enough; 30 s more makes it a video consult.
                await report(hub, ws, encounter, audio_only=False)
                clock.advance(seconds=30)
                assert (await checked(c, encounter))["consult"]["mode"] == "audio"
                clock.advance(seconds=30)
                answer = await checked(c, encounter, AMOXICILLIN, ENALAPRIL, DIAZEPAM)
                assert answer["consult"]["mode"] == "video"
                assert answer["consult"]["video_seconds"] == 60
                assert [p["field"] for p in answer["problems"]] == ["medicines.2.name",
                                                                    "medicines.3.name"]  # fmt: skip
                assert "Enalapril is List B (add-on in a follow-up). It may only be added in a " \
                       "follow-up for the same condition; this is a video first consult." in (
                           answer["problems"][0]["message"])  # fmt: skip
                # A follow-up of a prescription that is not this patient's is refused.
                status, body = await c.call("POST", f"/cases/{encounter}/prescription",
                                            form(PARACETAMOL, follow_up_of="0" * 32))  # fmt: skip
                assert status == 422 and body["problems"][0]["field"] == "follow_up_of"

                status, signed = await c.call(
                    "POST", f"/cases/{encounter}/prescription", form(PARACETAMOL, AMOXICILLIN)
                )
                assert status == 201, signed
                rx = signed["prescription"]
                assert rx["consult"] == {"mode": "video", "type": "first"}
                assert rx["diagnosis"] == "Acute bronchitis"

    asyncio.run(scenario())


async def _video_call(hub: Hub, ws: Any, encounter: str, clock: FakeClock) -> None:
    await report(hub, ws, encounter, audio_only=False)
    clock.advance(seconds=90)


def test_a_follow_up_with_the_same_doctor_within_six_months(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with _hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            first = await synced_case(hub, kiosk)
            patient = kiosk.clinic.encounters.detail(first).encounter.patient_id
            c = console(hub.url)
            headers = {"Authorization": f"Bearer {kiosk.token}"}
            async with (
                c.session,
                hub.session.ws_connect(f"{hub.url}/api/v1/signal", headers=headers) as ws,
            ):
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{first}/take"))[0] == 200
                await _video_call(hub, ws, first, clock)
                status, earlier = await c.call(
                    "POST", f"/cases/{first}/prescription", form(PARACETAMOL, AMOXICILLIN)
                )
                assert status == 201, earlier

                # Ten days later, the same patient: an audio call.
                clock.advance(days=10)
                second = kiosk.encounter(patient)
                consented(kiosk.clinic, second, kiosk.cho_id)
                kiosk.clinic.encounters.request_consult(second, "general_medicine", False,
                                                        kiosk.cho_id)  # fmt: skip
                assert (await kiosk.sync(hub.url)).clean
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{second}/take"))[0] == 200
                await report(hub, ws, second, audio_only=True)
                status, info = await c.call("GET", f"/cases/{second}/prescription")
                offered = info["consult"]["earlier"]
                assert [e["id"] for e in offered] == [earlier["id"]]
                assert offered[0]["medicines"] == ["Paracetamol", "Amoxicillin"]
                assert offered[0]["diagnosis"] == "Acute bronchitis"
                # As a first consult by audio: List O only.
                answer = await checked(c, second, AMOXICILLIN)
                assert answer["consult"]["type"] == "first"
                assert "List A needs a video consult" in answer["problems"][0]["message"]
                # As the follow-up: List A only as a repeat, List B as an add-on.
                answer = await checked(c, second, AMOXICILLIN, ENALAPRIL, TELMISARTAN,
                                       follows=earlier["id"])  # fmt: skip
                assert answer["consult"]["type"] == "follow_up"
                assert answer["consult"]["follows"] == earlier["id"]
                assert [p["field"] for p in answer["problems"]] == ["medicines.3.name"]
                assert "In an audio follow-up, List A medicines may only be repeated from the " \
                       "earlier prescription" in answer["problems"][0]["message"]  # fmt: skip
                status, signed = await c.call("POST", f"/cases/{second}/prescription",
                                              form(AMOXICILLIN, ENALAPRIL,
                                                   follow_up_of=earlier["id"]))  # fmt: skip
                assert status == 201, signed
                assert signed["prescription"]["consult"] == {"mode": "audio", "type": "follow_up"}

                # Seven months on, nothing is recent enough to follow up.
                clock.advance(days=200)
                third = kiosk.encounter(patient)
                consented(kiosk.clinic, third, kiosk.cho_id)
                kiosk.clinic.encounters.request_consult(third, "general_medicine", False,
                                                        kiosk.cho_id)  # fmt: skip
                assert (await kiosk.sync(hub.url)).clean
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{third}/take"))[0] == 200
                status, info = await c.call("GET", f"/cases/{third}/prescription")
                assert info["consult"]["earlier"] == []
                late = form(PARACETAMOL, follow_up_of=earlier["id"])
                status, body = await c.call("POST", f"/cases/{third}/prescription", late)
                assert status == 422 and "last six months" in body["problems"][0]["message"]

    asyncio.run(scenario())


def test_the_queue_shows_cases_sent_for_review(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with _hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await synced_case(hub, kiosk)
            patient = kiosk.patient("Kamla")
            review = kiosk.encounter(patient)
            consented(kiosk.clinic, review, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(review, "general_medicine", False,
                                                    kiosk.cho_id, "text")  # fmt: skip
            assert (await kiosk.sync(hub.url)).clean
            stored = await hub.storage.consult_case(review)
            assert stored is not None and stored.entry.encounter["consult_mode"] == "text"
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                _, queue = await c.call("GET", "/queue")
                modes = {e["patient"]["name"]: e["consult_mode"] for e in queue["queue"]}
                assert modes == {"Sunita": "video", "Kamla": "text"}
                _, case = await c.call("GET", f"/cases/{review}")
                assert case["consult_mode"] == "text"
            # An older kiosk's encounter (no consult_mode) reads as a call.
            held = await hub.storage.pull(kiosk.spoke_id, "another-kiosk", 0, 100)
            older = next(ch.payload for ch in held.changes if ch.entity == "encounter")
            older = {k: v for k, v in older.items() if k != "consult_mode"}
            assert check_payload("encounter", json.loads(json.dumps(older)))["consult_mode"] == (
                "video"
            )

    asyncio.run(scenario())
