"""Helpers for consult tests: specialists, mappings, a queued case synced to the hub, and
the console's API driven over HTTP the way the page drives it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import aiohttp

from hub import credentials
from hub.storage.models import Mapping, Specialist
from tests.consent_helpers import consented
from tests.hubtools import Hub, Kiosk

PASSWORD = "correct horse battery"
SITE = "District Hospital Jaipur"


QUALIFICATION = "MBBS, MD (General Medicine)"


async def add_specialist(
    hub: Hub, username: str = "dr.asha", specialty: str = "general_medicine", site: str = SITE,
    qualification: str = QUALIFICATION,
) -> None:  # fmt: skip
    await hub.storage.add_specialist(
        Specialist(username, f"Dr. {username[3:].title()}", specialty, "RMC-1", site,
                   qualification),
        credentials.hash_password(PASSWORD),
    )  # fmt: skip


async def map_spoke(hub: Hub, spoke_id: str, specialty: str = "general_medicine",
                    site: str = SITE) -> None:  # fmt: skip
    await hub.storage.map_spoke(Mapping(spoke_id, specialty, site))


def queued_case(
    kiosk: Kiosk, specialty: str = "general_medicine", urgent: bool = False, name: str = "Sunita"
) -> str:
    patient = kiosk.patient(name)
    encounter = kiosk.encounter(patient)
    consented(kiosk.clinic, encounter, kiosk.cho_id)
    kiosk.clinic.encounters.request_consult(encounter, specialty, urgent, kiosk.cho_id)
    return encounter


async def synced_case(hub: Hub, kiosk: Kiosk) -> str:
    """Dr. Asha at the site the kiosk's spoke is mapped to, and a case of the kiosk
    queued for her and pushed to the hub; returns the encounter id."""
    await add_specialist(hub)
    await map_spoke(hub, kiosk.spoke_id)
    encounter = queued_case(kiosk)
    assert (await kiosk.sync(hub.url)).clean
    return encounter


async def taken_case(hub: Hub, kiosk: Kiosk) -> tuple[str, Console]:
    """A case synced to the hub and taken by Dr. Asha in a signed-in console (the caller
    closes its session); returns the encounter id and the console."""
    encounter = await synced_case(hub, kiosk)
    c = console(hub.url)
    assert await c.login() == 200
    assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
    return encounter, c


@dataclass
class Console:
    """A specialist's browser, as far as the hub can tell: a cookie jar and the CSRF token."""

    url: str
    session: aiohttp.ClientSession
    csrf: str = ""

    async def call(
        self, method: str, path: str, body: Any = None, csrf: bool = True
    ) -> tuple[int, Any]:
        headers = {"Origin": self.url}
        if csrf and method != "GET":
            headers["X-CSRF-Token"] = self.csrf
        async with self.session.request(
            method, f"{self.url}/console/api{path}", json=body, headers=headers
        ) as r:
            return r.status, await r.json(content_type=None)

    async def login(self, username: str = "dr.asha", password: str = PASSWORD) -> int:
        status, body = await self.call("POST", "/login", {"username": username,
                                                          "password": password})  # fmt: skip
        if status == 200:
            self.csrf = body["csrf"]
        return status

    def socket(self) -> Any:
        return self.session.ws_connect(
            f"{self.url}/console/api/signal?csrf={self.csrf}", headers={"Origin": self.url}
        )


def console(url: str) -> Console:
    return Console(url, aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)))


async def next_of(ws: Any, kind: str, seconds: float = 5.0) -> dict[str, Any]:
    """The next message of this type on a signalling socket, skipping others."""
    while True:
        message = await ws.receive_json(timeout=seconds)
        if message["type"] == kind:
            return message


def large_sdp(candidates: int = 150) -> str:
    """An SDP offer the shape of the kiosk's (audio, video, data channel) with many ICE
    candidates, as a kiosk with several interfaces and a TURN server makes: about 100
    bytes a candidate, far over one PostgreSQL notification at 150."""
    lines = ["v=0", "o=- 3912345678 3912345678 IN IP4 0.0.0.0", "s=-", "t=0 0",
             "a=group:BUNDLE 0 1 2", "a=msid-semantic:WMS *"]  # fmt: skip
    for mid, (kind, fmt) in enumerate((("audio", "96"), ("video", "97"), ("application", "x"))):
        lines += [f"m={kind} 9 UDP/TLS/RTP/SAVPF {fmt}", "c=IN IP4 0.0.0.0", f"a=mid:{mid}",
                  "a=ice-ufrag:Xq3b", "a=ice-pwd:Jf0yXbG8kq2mZ7uT1vR4sD", "a=setup:actpass",
                  "a=fingerprint:sha-256 " + ":".join(["AB"] * 32)]  # fmt: skip
        for n in range(candidates // 3):
            lines.append(f"a=candidate:{n:08x} 1 udp {2130706431 - n} 10.{mid}.{n // 250}."
                         f"{n % 250} {40000 + n} typ host")  # fmt: skip
    return "\r\n".join(lines) + "\r\n"
