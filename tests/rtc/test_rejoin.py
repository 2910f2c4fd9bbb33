"""The kiosk keeps a consult going: an offer nobody answers is made again, and a
specialist who calls again during a call (a reloaded console) gets a fresh connection
in the same consult. A specialist scripted in Python, a real hub."""

from __future__ import annotations

import asyncio
from pathlib import Path

from kiosk.rtc.events import CallState
from tests.conftest import FakeClock
from tests.consulttools import synced_case
from tests.hubtools import hub_and_kiosk, make_kiosk
from tests.rtc.callkit import start_kiosk_call
from tests.rtc.specialist import ScriptedSpecialist


def test_an_unanswered_offer_is_made_again_and_a_second_call_rejoins(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            call = await start_kiosk_call(kiosk, hub.url, tmp_path / "media")
            call.service.connect_within = 2.0
            specialist = ScriptedSpecialist(hub.url)
            specialist.ignore_offers = 1
            try:
                await specialist.open_case(encounter)
                await specialist.ring()
                await call.wait_state(CallState.RINGING)
                await call.service.accept(kiosk.cho_id)
                await call.wait_state(CallState.RECONNECTING, 10)  # the first offer got nothing
                await call.wait_state(CallState.IN_CALL, 30)
                assert specialist.offers == 2
                rejoined = [m for m in specialist.heard if m["type"] == "offer"][-1]
                assert rejoined["rejoin"] is True and rejoined["encounter_id"] == encounter

                # The specialist's page is reloaded and calls again: a new connection.
                await specialist.ring("call-2")
                await call.wait(lambda: specialist.offers == 3, "a fresh offer", 20)
                await call.wait_state(CallState.IN_CALL, 30)
                assert call.service.call is not None
                assert call.service.call.call_id == "call-2"
                states = [s.state for s in call.statuses]
                assert states.count(CallState.RINGING) == 1  # rings again never re-alert
            finally:
                await specialist.close()
                await call.service.stop()

    asyncio.run(scenario())


def test_the_hub_saying_something_waits_triggers_a_pull(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            call = await start_kiosk_call(kiosk, hub.url, tmp_path / "media")
            second = make_kiosk(tmp_path / "other", kiosk.spoke_id, clock,
                                (await hub.enroll(kiosk.spoke_id))["token"])  # fmt: skip
            try:
                second.encounter(second.patient())
                assert (await second.sync(hub.url)).clean
                await call.wait(lambda: bool(call.syncs), "a sync trigger", 10)
                assert call.syncs == ["the hub has something for this kiosk"]
                assert (await kiosk.sync(hub.url)).pulled == 5  # the patient, the case, 3 vitals
            finally:
                second.close()
                await call.service.stop()

    asyncio.run(scenario())
