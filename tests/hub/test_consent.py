"""Consent at the hub: it arrives with the case exactly once, the specialist sees it in the
case view, and the hub refuses to take, call or sign for a case without a standing
teleconsultation consent, whatever the client checked."""

from __future__ import annotations

import asyncio
from pathlib import Path

from hwc_shared.wire import Op
from kiosk.domain.consent import ConsentForm, Purpose
from tests.conftest import FakeClock
from tests.consent_helpers import consented, queued_without_consent
from tests.consulttools import add_specialist, console, map_spoke, next_of, queued_case
from tests.hub.test_prescriptions import FORM, hub_and_kiosk
from tests.hubtools import held_ids, make_kiosk


def test_consent_reaches_the_hub_exactly_once_and_other_kiosks_of_the_spoke(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_case(kiosk)
            given = kiosk.store.read(lambda db: db.execute("SELECT * FROM consents").fetchall())
            assert len(given) == 1
            assert (await kiosk.sync(hub.url)).clean
            assert (await kiosk.sync(hub.url)).clean
            consent_ids = await held_ids(hub.storage, kiosk.spoke_id, "consent")
            assert consent_ids == [given[0][0]]
            # The same op again (its answer was lost on the way): answered, not doubled.
            record = (await hub.storage.consult_case(encounter)).consents[0]
            op = Op("11111111-2222-4333-8444-555555555555", "consent", record["id"], 1, record,
                    (f"encounter:{encounter}",))  # fmt: skip
            kiosk_id = (await hub.storage.kiosks(kiosk.spoke_id))[0].id
            for _ in range(2):
                answers = await hub.storage.push(kiosk.spoke_id, kiosk_id, [op], clock())
                assert answers[0].status == "accepted"
            page = await hub.storage.pull(kiosk.spoke_id, "another-kiosk", 0, 1000)
            assert [c.entity_id for c in page.changes if c.entity == "consent"] == [record["id"]]
            # A second kiosk of the spoke pulls the case with its consent, once.
            enrolled = await hub.enroll(kiosk.spoke_id)
            other = make_kiosk(tmp_path / "other", kiosk.spoke_id, clock, enrolled["token"])
            try:
                assert (await other.sync(hub.url)).clean
                assert (await other.sync(hub.url)).clean
                held = other.clinic.consents.for_encounter(encounter)
                assert [c.id for c in held] == [record["id"]]
            finally:
                other.close()

    asyncio.run(scenario())


def test_the_hub_refuses_a_consult_without_consent_or_after_withdrawal(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            bare = queued_without_consent(kiosk)
            assert (await kiosk.sync(hub.url)).clean
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                status, case = await c.call("GET", f"/cases/{bare}")
                assert status == 200 and case["consent"]["allowed"] is False
                # The kiosk may not ring the hub for it either.
                headers = {"Authorization": f"Bearer {kiosk.token}"}
                async with hub.session.ws_connect(f"{hub.url}/api/v1/signal",
                                                  headers=headers) as ws:  # fmt: skip
                    await ws.send_json({"type": "ring", "encounter_id": bare})
                    assert (await next_of(ws, "error"))["error"] == "no_consent"
                assert "no record of the patient's consent" in case["consent"]["problem"]
                status, body = await c.call("POST", f"/cases/{bare}/take")
                assert (status, body["error"]) == (409, "no_consent")
                state = await hub.storage.consult_state(bare)
                assert state is None or state.taken_by is None

                # Recorded on the kiosk and synced: now the case may be taken.
                consented(kiosk.clinic, bare, kiosk.cho_id)
                kiosk.clinic.consents.give(
                    bare, Purpose.ABDM_SHARING, ConsentForm("patient", method="verbal"),
                    kiosk.cho_id,
                )  # fmt: skip
                assert (await kiosk.sync(hub.url)).clean
                status, case = await c.call("GET", f"/cases/{bare}")
                shown = case["consent"]
                assert shown["allowed"] is True and shown["teleconsultation"]["method"] == "verbal"
                assert shown["teleconsultation"]["witness_name"] == "Asha Meena"
                assert shown["abdm_sharing"]["status"] == "given"
                assert (await c.call("POST", f"/cases/{bare}/take"))[0] == 200

                # Withdrawn after the case was taken: no call and no prescription.
                clock.advance(minutes=1)
                kiosk.clinic.consents.withdraw(bare, Purpose.TELECONSULTATION, kiosk.cho_id)
                assert (await kiosk.sync(hub.url)).clean
                status, body = await c.call("POST", f"/cases/{bare}/prescription", FORM)
                assert (status, body["error"]) == (409, "no_consent")
                assert "withdrew" in body["message"]
                assert await hub.storage.prescriptions_for(bare) == []
                async with c.socket() as ws:
                    await ws.send_json({"type": "call", "encounter_id": bare})
                    refused = await next_of(ws, "error")
                    assert refused["error"] == "no_consent"
                status, case = await c.call("GET", f"/cases/{bare}")
                assert case["consent"]["allowed"] is False

    asyncio.run(scenario())


def test_the_signed_prescription_carries_the_consent(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_case(kiosk)
            assert (await kiosk.sync(hub.url)).clean
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, signed = await c.call("POST", f"/cases/{encounter}/prescription", FORM)
                assert status == 201, signed
            summary = signed["prescription"]["consent"]
            held = kiosk.clinic.consents.for_encounter(encounter)[0]
            assert summary["id"] == held.id and summary["given_by"] == "patient"
            assert summary["method"] == "verbal" and summary["abdm_sharing"] == "no"
            assert summary["witness"] == "Asha Meena"
            assert summary["recorded_at"] == "2026-11-20T11:00:00+05:30"  # the hub's zone
            # The kiosk verifies and keeps it, consent and all.
            assert (await kiosk.sync(hub.url)).clean
            kept = kiosk.clinic.prescriptions.for_encounter(encounter)
            assert len(kept) == 1 and kept[0].prescription.consent is not None

    asyncio.run(scenario())


def test_a_withdrawal_must_name_a_consent_of_the_same_case(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            first = queued_case(kiosk)
            second = queued_case(kiosk, name="Kamla")
            assert (await kiosk.sync(hub.url)).clean
            given = (await hub.storage.consult_case(first)).consents[0]
            other = (await hub.storage.consult_case(second)).consents[0]
            kiosk_id = (await hub.storage.kiosks(kiosk.spoke_id))[0].id
            withdrawal = {**other, "id": "22222222-3333-4444-8555-666666666666",
                          "status": "withdrawn", "withdraws": given["id"]}  # fmt: skip
            op = Op("33333333-4444-4555-8666-777777777777", "consent", withdrawal["id"], 1,
                    withdrawal, (f"encounter:{second}",))  # fmt: skip
            [answer] = await hub.storage.push(kiosk.spoke_id, kiosk_id, [op], clock())
            assert answer.status == "rejected" and "withdraws" in answer.reason
            case = await hub.storage.consult_case(second)
            assert [c["status"] for c in case.consents] == ["given"]

    asyncio.run(scenario())
