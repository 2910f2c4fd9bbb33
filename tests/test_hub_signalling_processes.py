"""PostgreSQL only: a kiosk's signalling socket on hub process A and a specialist's
console on hub process B, as a proxy without sticky sessions spreads them. Presence,
ringing, taking a case, the call's set-up both ways, "something waits" and the end of
the consult cross between the processes; what the hub refuses to relay stays refused."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp

from tests.conftest import FakeClock
from tests.consulttools import console, large_sdp, next_of, queued_case
from tests.hubpair import hub_pair, state_hub
from tests.hubprocess import HubProcess
from tests.hubtools import make_kiosk

TURN = {"turn_urls": "turn:turn.example.org:3478", "turn_secret": "shared-with-coturn"}


def test_kiosk_on_one_process_and_specialist_on_another(
    tmp_path: Path, clock: FakeClock, postgres_db: str
) -> None:
    with hub_pair(tmp_path, postgres_db, **TURN) as (a, b):
        asyncio.run(_scenario(tmp_path, clock, postgres_db, a, b))


def _socket(session: aiohttp.ClientSession, hub: HubProcess, token: str) -> Any:
    return session.ws_connect(f"{hub.url}/api/v1/signal",
                              headers={"Authorization": f"Bearer {token}"})  # fmt: skip


async def _scenario(
    tmp_path: Path, clock: FakeClock, db_url: str, a: HubProcess, b: HubProcess
) -> None:
    state = await state_hub(db_url)
    one = make_kiosk(tmp_path / "k1", "spoke-a", clock, await state.enroll(a.url, "spoke-a"))
    two = make_kiosk(tmp_path / "k2", "spoke-a", clock, await state.enroll(b.url, "spoke-a"))
    stranger_token = await state.enroll(b.url, "spoke-b")
    case, other_case = queued_case(one), queued_case(one, name="Radha")
    assert (await one.sync(a.url)).clean
    asha, ravi = console(b.url), console(a.url)  # Dr. Asha on B, Dr. Ravi on A
    try:
        async with aiohttp.ClientSession() as session, asha.session, ravi.session:
            assert await asha.login("dr.asha") == 200 and await ravi.login("dr.ravi") == 200
            async with _socket(session, a, one.token) as kiosk, \
                    _socket(session, b, stranger_token) as stranger:  # fmt: skip
                strangers = _all_of(stranger)
                assert (await next_of(kiosk, "hub_status"))["online"] == []
                async with asha.socket() as desk, ravi.socket() as bystander:
                    await next_of(desk, "welcome")
                    await next_of(bystander, "welcome")
                    await _call_across(case, other_case, kiosk, desk, bystander, asha, ravi)
                    # Another spoke's kiosk, on B beside Dr. Asha, cannot speak in the call.
                    await stranger.send_json({"type": "offer", "encounter_id": case,
                                              "sdp": "v=0"})  # fmt: skip
                    # Something waits: a push of the spoke's other kiosk through B.
                    two.encounter(two.patient("Kamla Bai"), vitals=1)
                    assert (await two.sync(b.url)).clean
                    await next_of(kiosk, "sync")
                    # The consult ends on B; the kiosk on A hears it.
                    status, _ = await asha.call("POST", f"/cases/{case}/release?finished=1")
                    assert status == 200
                    finished = await next_of(kiosk, "consult_finished")
                    assert finished["encounter_id"] == case
                # Both consoles closed (on B and on A): the kiosk offers nobody now.
                status = await next_of(kiosk, "hub_status")
                while status["online"]:
                    status = await next_of(kiosk, "hub_status")
                # The other spoke's kiosk heard none of the call; its offer was refused.
                await asyncio.sleep(0.3)
                kinds = {m["type"] for m in strangers}
                assert kinds <= {"welcome", "hub_status", "error"}, kinds
                assert [m["error"] for m in strangers if m["type"] == "error"] == ["no_call"]
    finally:
        one.close()
        two.close()
        await state.close()


async def _call_across(
    case: str, other_case: str, kiosk: Any, desk: Any, bystander: Any, asha: Any, ravi: Any
) -> None:
    # Presence: Dr. Asha's console opened on B; the kiosk on A may ring the hub now.
    status = await next_of(kiosk, "hub_status")
    while status["online"] != ["general_medicine"]:
        status = await next_of(kiosk, "hub_status")
    # The kiosk rings on A; the consoles on B and A hear the queue moved.
    await kiosk.send_json({"type": "ring", "encounter_id": case})
    await next_of(kiosk, "ringing")
    await next_of(desk, "queue")
    # Dr. Ravi takes the other case on A: Dr. Asha on B sees it taken and cannot take it.
    assert (await ravi.call("POST", f"/cases/{other_case}/take"))[0] == 200
    await next_of(desk, "queue")
    _, body = await asha.call("GET", "/queue")
    taken = {e["encounter_id"]: e["taken_by"] for e in body["queue"]}
    assert taken == {case: None, other_case: "dr.ravi"}
    assert (await asha.call("POST", f"/cases/{other_case}/take"))[0] == 409
    # Dr. Asha takes the calling case on B; Dr. Ravi on A finds it taken.
    assert (await asha.call("POST", f"/cases/{case}/take"))[0] == 200
    assert (await ravi.call("POST", f"/cases/{case}/take"))[0] == 409
    # The call: B to A...
    await desk.send_json({"type": "call", "encounter_id": case, "call_id": "c1"})
    call = await next_of(kiosk, "call")
    assert call["specialist"] == {"name": "Dr. Asha", "specialty": "general_medicine"}
    turn = call["ice_servers"][0]
    assert turn["username"].endswith(":spoke-spoke-a") and turn["credential"]  # made on A
    # ...A to B: the answer, an offer larger than one notification, candidates...
    await kiosk.send_json({"type": "accept", "encounter_id": case, "call_id": "c1"})
    assert (await next_of(desk, "accept"))["kiosk_id"]
    sdp = large_sdp(300)
    await kiosk.send_json({"type": "offer", "encounter_id": case, "call_id": "c1",
                           "offer_id": 1, "sdp": sdp, "secret": "dropped"})  # fmt: skip
    offer = await next_of(desk, "offer")
    assert offer["sdp"] == sdp and offer["offer_id"] == 1 and "secret" not in offer
    candidate = {"candidate": "candidate:1 1 udp 2130706431 10.0.0.7 40000 typ host",
                 "sdpMid": "0", "sdpMLineIndex": 0}  # fmt: skip
    await kiosk.send_json({"type": "candidate", "encounter_id": case, "candidate": candidate})
    assert (await next_of(desk, "candidate"))["candidate"] == candidate
    # ...and B to A again.
    answer = large_sdp(36)
    await desk.send_json({"type": "answer", "encounter_id": case, "call_id": "c1",
                          "offer_id": 1, "sdp": answer})  # fmt: skip
    assert (await next_of(kiosk, "answer"))["sdp"] == answer
    await desk.send_json({"type": "candidate", "encounter_id": case, "candidate": candidate})
    assert (await next_of(kiosk, "candidate"))["candidate"] == candidate
    # Dr. Ravi on A holds no part in this consult.
    await bystander.send_json({"type": "hangup", "encounter_id": case})
    assert (await next_of(bystander, "error"))["error"] == "not_yours"
    await kiosk.send_json({"type": "hangup", "encounter_id": case, "call_id": "c1"})
    assert (await next_of(desk, "hangup"))["call_id"] == "c1"


def _all_of(ws: Any) -> list[dict[str, Any]]:
    """Everything this socket receives, as it comes."""
    got: list[dict[str, Any]] = []

    async def read() -> None:
        async for frame in ws:
            got.append(frame.json())

    asyncio.get_running_loop().create_task(read())
    return got
