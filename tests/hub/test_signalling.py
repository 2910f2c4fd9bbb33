"""The signalling sockets: who may open them, what the hub relays, and to whom."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.conftest import FakeClock
from tests.consulttools import add_specialist, console, map_spoke, next_of, queued_case
from tests.hubtools import Hub, hub_and_kiosk, running_hub


async def kiosk_socket(hub: Hub, token: str) -> Any:
    return await hub.session.ws_connect(
        f"{hub.url}/api/v1/signal", headers={"Authorization": f"Bearer {token}"}
    )


def test_console_socket_needs_session_csrf_and_origin(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, _kiosk):
            await add_specialist(hub)
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                url = f"{hub.url}/console/api/signal"
                for query, origin in (("", hub.url), (f"?csrf={c.csrf}", "http://evil.example")):
                    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                        await c.session.ws_connect(url + query, headers={"Origin": origin})
                    assert refused.value.status == 403
                async with c.socket() as ws:
                    welcome = await ws.receive_json(timeout=5)
                    assert welcome["type"] == "welcome"
                    assert welcome["specialist"]["username"] == "dr.asha"
            async with aiohttp.ClientSession() as anonymous:
                with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                    await anonymous.ws_connect(f"{hub.url}/console/api/signal?csrf=x")
                assert refused.value.status == 401

    asyncio.run(scenario())


def test_call_messages_go_between_the_specialist_holding_a_case_and_its_spoke_only(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await add_specialist(hub, "dr.ravi")
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_case(kiosk)
            assert (await kiosk.sync(hub.url)).clean
            await hub.add_spoke("spoke-b")
            other = await hub.enroll("spoke-b")
            asha, ravi = console(hub.url), console(hub.url)
            async with asha.session, ravi.session:
                assert await asha.login() == 200 and await ravi.login("dr.ravi") == 200
                async with asha.socket() as specialist, ravi.socket() as bystander:
                    await next_of(specialist, "welcome")
                    await next_of(bystander, "welcome")
                    ws = await kiosk_socket(hub, kiosk.token)
                    stranger = await kiosk_socket(hub, other["token"])
                    status = await next_of(ws, "hub_status")
                    assert status["online"] == ["general_medicine"]
                    # Not taken yet: the specialist may not ring the spoke.
                    await specialist.send_json({"type": "call", "encounter_id": encounter})
                    assert (await next_of(specialist, "error"))["error"] == "not_yours"
                    # The kiosk rings; every console hears the queue moved.
                    await ws.send_json({"type": "ring", "encounter_id": encounter})
                    assert (await next_of(ws, "ringing"))["encounter_id"] == encounter
                    await next_of(bystander, "queue")
                    _, body = await ravi.call("GET", "/queue")
                    assert body["queue"][0]["calling"] is True
                    assert (await asha.call("POST", f"/cases/{encounter}/take"))[0] == 200
                    await specialist.send_json(
                        {"type": "call", "encounter_id": encounter, "call_id": "c1"}
                    )
                    call = await next_of(ws, "call")
                    assert call["specialist"]["name"] == "Dr. Asha" and call["call_id"] == "c1"
                    assert "ice_servers" in call
                    offer = {"type": "offer", "encounter_id": encounter, "call_id": "c1"}
                    await ws.send_json({**offer, "sdp": "v=0", "secret": "dropped"})
                    offer = await next_of(specialist, "offer")
                    assert offer["sdp"] == "v=0" and "secret" not in offer
                    # Another spoke's kiosk cannot speak in this consult...
                    await stranger.send_json({"type": "offer", "encounter_id": encounter,
                                              "sdp": "v=0"})  # fmt: skip
                    assert (await next_of(stranger, "error"))["error"] == "no_call"
                    # ...and the other specialist cannot either.
                    await bystander.send_json({"type": "hangup", "encounter_id": encounter})
                    assert (await next_of(bystander, "error"))["error"] == "not_yours"
                    await stranger.close()
                    await ws.close()

    asyncio.run(scenario())


def test_ice_servers_carry_time_limited_turn_credentials(tmp_path: Path) -> None:
    async def scenario() -> None:
        settings = {"stun_urls": "stun:turn.example.org:3478",
                    "turn_urls": "turn:turn.example.org:3478?transport=udp",
                    "turn_secret": "shared-with-coturn", "turn_ttl_seconds": 600}  # fmt: skip
        async with running_hub(tmp_path / "hub", **settings) as hub:
            await hub.add_spoke("spoke-a")
            enrolled = await hub.enroll("spoke-a")
            ws = await kiosk_socket(hub, enrolled["token"])
            servers = (await next_of(ws, "welcome"))["ice_servers"]
            await ws.close()
        assert servers[0] == {"urls": ["stun:turn.example.org:3478"]}
        turn = servers[1]
        expiry, who = turn["username"].split(":", 1)
        assert who == f"kiosk-{enrolled['kiosk_id']}"
        assert 500 < int(expiry) - int(time.time()) <= 600
        digest = hmac.new(b"shared-with-coturn", turn["username"].encode(), hashlib.sha1).digest()
        assert turn["credential"] == base64.b64encode(digest).decode()

    asyncio.run(scenario())


def test_a_link_gone_mid_write_closes_the_socket_quietly(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    """A rural link can vanish while the hub writes (a reply, a pong): the hub drops
    that socket without an error and the kiosk's next socket works."""
    real_send = aiohttp.web.WebSocketResponse.send_json

    async def send_json(self: aiohttp.web.WebSocketResponse, data: Any, **kw: Any) -> None:
        if data.get("error") == "no_case":
            raise aiohttp.ClientConnectionResetError("Cannot write to closing transport")
        await real_send(self, data, **kw)

    monkeypatch.setattr(aiohttp.web.WebSocketResponse, "send_json", send_json)

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            ws = await kiosk_socket(hub, kiosk.token)
            await next_of(ws, "hub_status")
            await ws.send_json({"type": "ring", "encounter_id": "no-such-case"})
            closed = await ws.receive(timeout=5)
            assert closed.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED)
            again = await kiosk_socket(hub, kiosk.token)
            assert (await next_of(again, "hub_status"))["type"] == "hub_status"
            await again.close()
            await ws.close()

    asyncio.run(scenario())
    assert not [r for r in caplog.records if r.name.startswith("hub")], caplog.text
