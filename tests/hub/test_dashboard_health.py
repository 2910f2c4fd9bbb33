"""The kiosk's health report after a sync: its backlog, a device unplugged, a printer
that stopped, and the prescriptions it printed reach the hub's dashboard; a report sent
again counts nothing twice; a hub without the route does not fail the sync."""

from __future__ import annotations

import asyncio
from datetime import date
from pathlib import Path

import pytest
from aiohttp import web

from hub.api import health_routes
from hub.storage.models import FigureFilter
from hwc_shared.wire_health import check_health
from kiosk.devices.events import STATE, DeviceInfo, DeviceState, DeviceStatus
from kiosk.events import EventBus
from kiosk.sync import health
from kiosk.sync.client import HubClient
from tests.conftest import FakeClock
from tests.consulttools import console, synced_case
from tests.hub.test_prescriptions import FORM, hub_and_kiosk

PRINT = dict(printer="HWC_PDF", job_id="HWC_PDF-1", message="", size="a5", language="hi",
             pdf_path="/tmp/x.pdf")  # fmt: skip


def test_health_and_prints_reach_the_dashboard(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, signed = await c.call("POST", f"/cases/{encounter}/prescription", FORM)
                assert status == 201, signed
            assert (await kiosk.sync(hub.url)).clean
            rx_id = signed["id"]
            clinic = kiosk.clinic
            first = clinic.prescriptions.record_print(rx_id, kiosk.cho_id, state="queued", **PRINT)
            clinic.prescriptions.update_print(first.id, "done")
            clock.advance(minutes=2)
            again = clinic.prescriptions.record_print(rx_id, kiosk.cho_id, state="queued", **PRINT)
            clinic.prescriptions.update_print(again.id, "stopped", "the printer is out of paper")
            bus = EventBus()
            watch = health.DeviceWatch(bus)
            oximeter = DeviceInfo("usb-1", "/dev/ttyUSB0", "contec", "Contec CMS50D+", "oximeter")
            bus.publish(STATE, DeviceStatus(oximeter, DeviceState.STREAMING))
            bus.publish(STATE, DeviceStatus(oximeter, DeviceState.GONE, detail="unplugged"))
            body = kiosk.store.read(lambda db: health.build(db, clock(), watch.problems()))
            check_health(body)  # what the kiosk builds is what the hub takes
            assert [p["prescription_id"] for p in body["prints"]] == [rx_id]
            assert {(p["device"], p["state"]) for p in body["problems"]} == {
                ("printer", "stopped"), ("oximeter", "unplugged")}  # fmt: skip
            async with HubClient(hub.url, kiosk.token) as client:
                for _ in range(2):  # sent twice: counted once
                    await client.health_report(kiosk.spoke_id, body)
            f = FigureFilter(date(2026, 11, 1), date(2026, 11, 30))
            shares = (await hub.storage.figures("shares", f, clock()))[0]
            assert (shares["prescribed"], shares["printed"]) == (1, 1)
            troubles = await hub.storage.figures("troubles", f, clock())
            assert [p["state"] for p in troubles[0]["problems"]] == ["stopped", "unplugged"]
            # The cycle sends its own report (no device watch there: the printer only).
            assert (await kiosk.sync(hub.url)).clean
            troubles = await hub.storage.figures("troubles", f, clock())
            assert [p["device"] for p in troubles[0]["problems"]] == ["printer"]
            marked = kiosk.store.read(lambda db: health.state.get(db, health.REPORTED_AT))
            assert marked is not None
            watch.unsubscribe()

    asyncio.run(scenario())


def test_a_hub_without_the_route_does_not_fail_the_sync(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def missing(request: web.Request) -> web.Response:
        return web.json_response({"error": "http", "message": "Not Found"}, status=404)

    monkeypatch.setattr(health_routes, "health_report", missing)  # an older hub

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            kiosk.patient("Radha")
            assert (await kiosk.sync(hub.url)).clean
            assert kiosk.store.read(lambda db: health.state.get(db, health.REPORTED_AT)) is None

    asyncio.run(scenario())
