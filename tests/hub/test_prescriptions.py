"""Prescriptions end to end through a real hub and a real kiosk: the specialist signs in
the console's API, the kiosk is told at once, pulls, verifies against its pinned key and
keeps it; only the specialist holding the case may sign; a prescription changed in the
hub's database is refused by the kiosk and the refusal comes back to the hub."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from hub.cli import main as hub_main
from hwc_shared.seal import verify_qr
from hwc_shared.wire import push_path
from kiosk.domain.prescription_refusals import Refusal
from kiosk.rx.render import PaperSize, Printable, render_pdf
from tests import hubtools
from tests.conftest import FakeClock
from tests.consulttools import (
    QUALIFICATION,
    SITE,
    add_specialist,
    console,
    synced_case,
    taken_case,
)
from tests.hubtools import Hub, Kiosk
from tests.hubtools import hub_and_kiosk as _hub_and_kiosk

FORM: dict[str, Any] = {
    "diagnosis": "Acute febrile illness, likely viral",
    "medicines": [
        {
            "name": "Paracetamol",
            "form": "Tablet",
            "strength": "500 mg",
            "dose": "1 tablet",
            "frequency": "Three times a day",
            "duration": "3 days",
            "instructions": "After food",
        },
        {
            "name": "ORS",
            "form": "Sachet",
            "strength": "20.5 g",
            "dose": "1 litre",
            "frequency": "Sip through the day",
            "duration": "3 days",
            "instructions": "",
        },
    ],
    "investigations": ["Complete blood count", "Malaria rapid test"],
    "advice": "Rest, plenty of fluids. Come back at once if the fever goes above 103 °F.",
    "follow_up": "2026-11-23",
    "referral": "",
    "language": "hi",
}


@asynccontextmanager
async def hub_and_kiosk(tmp_path: Path, clock: FakeClock) -> AsyncIterator[tuple[Hub, Kiosk]]:
    """The helpers' hub and kiosk, the hub on the test's clock too (today is the day the
    follow-up dates below are checked against)."""
    async with _hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
        hub.running.context.clock = clock
        yield hub, kiosk


def test_signed_at_the_hub_delivered_live_verified_and_kept_by_the_kiosk(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            c = console(hub.url)
            headers = {"Authorization": f"Bearer {kiosk.token}"}
            async with (
                c.session,
                hub.session.ws_connect(f"{hub.url}/api/v1/signal", headers=headers) as ws,
            ):
                assert (await ws.receive_json(timeout=5))["type"] == "welcome"
                assert (await ws.receive_json(timeout=5))["type"] == "hub_status"
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, info = await c.call("GET", f"/cases/{encounter}/prescription")
                assert status == 200 and info["prescriptions"] == [] and info["problem"] == ""
                assert info["prescriber"] == {
                    "name": "Dr. Asha", "qualification": QUALIFICATION,
                    "registration_number": "RMC-1", "council": "", "hub": SITE,
                }  # fmt: skip
                status, signed = await c.call("POST", f"/cases/{encounter}/prescription", FORM)
                assert status == 201, signed
                # Live: the spoke hears that something waits for it.
                while (message := await ws.receive_json(timeout=5))["type"] != "sync":
                    assert message["type"] in ("hub_status",)
            rx = signed["prescription"]
            assert rx["specialist"]["qualification"] == QUALIFICATION
            assert rx["patient"] == {"name": "Sunita", "age_years": 40, "sex": "female",
                                     "abha_number": ""}  # fmt: skip
            assert rx["issued_at"] == "2026-11-20T11:00:00+05:30"  # the hub's time, IST
            assert {(v["kind"], v["value"], v["unit"]) for v in rx["vitals"]} == {
                ("pulse_rate", "82", "/min"), ("spo2", "97", "%"),
                ("body_temperature", "37.8", "°C"),
            }  # fmt: skip
            assert rx["medicines"][0]["name"] == "Paracetamol" and len(rx["medicines"]) == 2
            # The consult is finished: off the queue, and a second prescription is refused.
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                assert (await c.call("GET", "/queue"))[1]["queue"] == []
                status, body = await c.call("POST", f"/cases/{encounter}/prescription", FORM)
                assert (status, body["error"]) == (409, "finished")
            state = await hub.storage.consult_state(encounter)
            assert state is not None and state.ended_at is not None
            assert (await hub.stats())["prescriptions"] == 1

            # The kiosk pulls it, verifies it against the key it pinned, keeps it, and the
            # case's new status goes up in the same cycle.
            report = await kiosk.sync(hub.url)
            assert report.clean, report
            stored = kiosk.clinic.prescriptions.for_encounter(encounter)
            assert [s.prescription.id for s in stored] == [signed["id"]]
            assert kiosk.clinic.encounters.detail(encounter).encounter.status == "prescribed"
            assert stored[0].qr_text == signed["qr_text"]
            public = hub.running.context.signing_key.public_key()
            assert verify_qr(stored[0].qr_text, public).valid
            pdf = render_pdf(Printable(stored[0].prescription, stored[0].qr_text, "HWC A"),
                             PaperSize.A5, "hi")  # fmt: skip
            assert pdf.startswith(b"%PDF")
            held = await hub.storage.pull(kiosk.spoke_id, "another-kiosk", 0, 100)
            encounters = [ch.payload for ch in held.changes if ch.entity == "encounter"]
            assert encounters[-1]["status"] == "prescribed"
            # Pulled again from scratch (a replaced kiosk): the same prescription, once.
            again = await kiosk.sync(hub.url)
            assert again.clean and len(kiosk.clinic.prescriptions.for_encounter(encounter)) == 1

    asyncio.run(scenario())


def test_only_the_specialist_holding_the_case_may_prescribe(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            await add_specialist(hub, "dr.ravi")
            await add_specialist(hub, "dr.meera", site="Other Hospital")
            await add_specialist(hub, "dr.noor", qualification="")
            asha, ravi, meera, noor = (console(hub.url) for _ in range(4))
            async with asha.session, ravi.session, meera.session, noor.session:
                for c, who in ((asha, "dr.asha"), (ravi, "dr.ravi"), (meera, "dr.meera"),
                               (noor, "dr.noor")):  # fmt: skip
                    assert await c.login(who) == 200
                path = f"/cases/{encounter}/prescription"
                status, body = await asha.call("POST", path, FORM)  # not taken yet
                assert (status, body["error"]) == (409, "not_yours")
                assert (await asha.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, body = await ravi.call("POST", path, FORM)
                assert (status, body["error"]) == (409, "not_yours")
                assert (await meera.call("POST", path, FORM))[0] == 404  # another site's case
                assert (await asha.call("POST", path, FORM, csrf=False))[1]["error"] == "csrf"
                async with asha.session.post(
                    f"{hub.url}/console/api{path}", json=FORM,
                    headers={"X-CSRF-Token": asha.csrf, "Origin": "http://evil.example"},
                ) as r:  # fmt: skip
                    assert r.status == 403
                # No qualification on record: the specialist is told how to get one.
                assert (await asha.call("POST", f"/cases/{encounter}/release"))[0] == 200
                assert (await noor.call("POST", f"/cases/{encounter}/take"))[0] == 200
                status, info = await noor.call("GET", path)
                assert "kiosk-hub specialists set dr.noor" in info["problem"]
                status, body = await noor.call("POST", path, FORM)
                assert (status, body["error"]) == (409, "no_qualification")
                assert await hub.storage.prescriptions_for(encounter) == []
                page = await hub.storage.pull(kiosk.spoke_id, "k", 0, 100)
                assert all(ch.entity != "prescription" for ch in page.changes)
                assert await hub.storage.set_qualification("dr.noor", "MBBS, DCH")
                status, body = await noor.call("POST", path, FORM)
                assert status == 201
                assert body["prescription"]["specialist"]["qualification"] == "MBBS, DCH"

    asyncio.run(scenario())


def test_form_problems_are_named_field_by_field_and_nothing_is_signed(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter, c = await taken_case(hub, kiosk)
            async with c.session:
                path = f"/cases/{encounter}/prescription"
                bad = {**FORM, "diagnosis": "  ", "follow_up": "2026-11-19", "language": "xx",
                       "medicines": [{**FORM["medicines"][0], "dose": "", "frequency": ""},
                                     {"name": "", "form": "", "strength": "", "dose": "5 mL",
                                      "frequency": "Twice daily", "duration": "3 days",
                                      "instructions": ""}]}  # fmt: skip
                status, body = await c.call("POST", path, bad)
                assert (status, body["error"]) == (422, "invalid")
                problems = {p["field"]: p["message"] for p in body["problems"]}
                assert problems == {
                    "diagnosis": "Write a provisional diagnosis.",
                    "medicines.1.dose": "Medicine 1 (Paracetamol): say the dose.",
                    "medicines.1.frequency": "Medicine 1 (Paracetamol): say how often.",
                    "medicines.2.name": "Medicine 2: give its name.",
                    "follow_up": "The follow-up date is in the past.",
                    "language": "Choose a language for the paper.",
                }
                empty = {**FORM, "medicines": [], "advice": ""}
                status, body = await c.call("POST", path, empty)
                assert [p["field"] for p in body["problems"]] == ["medicines"]
                many = {**FORM, "medicines": FORM["medicines"][:1] * 13, "follow_up": "2028-01-01"}
                status, body = await c.call("POST", path, many)
                assert {p["field"] for p in body["problems"]} == {"medicines", "follow_up"}
                for wrong in ({**FORM, "medicines": "Paracetamol"}, {**FORM, "price": 3}, [1]):
                    status, body = await c.call("POST", path, wrong)
                    assert (status, body["error"]) == (400, "bad_request")
                assert await hub.storage.prescriptions_for(encounter) == []
                status, _ = await c.call("POST", path, FORM)  # the good form still signs
                assert status == 201

    asyncio.run(scenario())


async def _tamper(hub: hubtools.Hub, encounter: str, rx_id: str) -> None:
    """Change a signed prescription in the hub's database, as someone with access to it
    could: the read-only guard has to be taken down first."""
    [issued] = await hub.storage.prescriptions_for(encounter)
    envelope = json.loads(issued.envelope)
    envelope["prescription"]["medicines"][0]["dose"] = "3 tablets"
    changed = json.dumps(envelope)
    url = hubtools.HUB_DB
    if not url:
        conn = sqlite3.connect(hub.running.context.config.home / "hub.db")
        try:
            with pytest.raises(sqlite3.IntegrityError, match="read-only"), conn:
                conn.execute("UPDATE prescriptions SET payload = ? WHERE id = ?", [changed, rx_id])
            with conn:
                conn.execute("DROP TRIGGER prescriptions_no_update")
                conn.execute("UPDATE prescriptions SET payload = ? WHERE id = ?", [changed, rx_id])
        finally:
            conn.close()
        return
    import asyncpg

    pg = await asyncpg.connect(url)
    try:
        update = "UPDATE prescriptions SET payload = $1::json WHERE id = $2"
        with pytest.raises(asyncpg.RaiseError, match="read-only"):
            await pg.execute(update, changed, rx_id)
        await pg.execute("ALTER TABLE prescriptions DISABLE TRIGGER prescriptions_no_change")
        await pg.execute(update, changed, rx_id)
    finally:
        await pg.close()


def test_a_prescription_changed_at_the_hub_is_refused_and_the_refusal_comes_back(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    found: dict[str, Any] = {}

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter, c = await taken_case(hub, kiosk)
            async with c.session:
                status, signed = await c.call("POST", f"/cases/{encounter}/prescription", FORM)
                assert status == 201
            await _tamper(hub, encounter, signed["id"])
            c = console(hub.url)
            async with c.session:  # the console says so too, rather than show it
                assert await c.login() == 200
                status, body = await c.call("GET", f"/cases/{encounter}/prescription")
                assert (status, body["error"]) == (500, "damaged")
            report = await kiosk.sync(hub.url)
            assert report.clean, report  # the refusal went up in the same cycle
            refused = kiosk.clinic.prescriptions.refused()
            assert [(r.reason, r.prescription_id, r.encounter_id) for r in refused] == [
                (Refusal.BAD_SIGNATURE, signed["id"], encounter)
            ]
            assert kiosk.clinic.prescriptions.for_encounter(encounter) == []
            assert kiosk.clinic.encounters.detail(encounter).encounter.status != "prescribed"
            reports = await hub.storage.prescription_refusals(kiosk.spoke_id)
            assert [(r.reason, r.prescription_id, r.encounter_id) for r in reports] == [
                ("bad_signature", signed["id"], encounter)
            ]
            assert (await kiosk.sync(hub.url)).clean  # nothing doubles
            assert len(await hub.storage.prescription_refusals()) == 1
            found.update(rx_id=signed["id"], home=hub.running.context.config.home)

    asyncio.run(scenario())
    logged = {r.getMessage() for r in caplog.records}
    assert f"stored prescription {found['rx_id']} does not verify (bad_signature)" in logged
    assert any("refused prescription" in m for m in logged)
    caplog.clear()
    home = found["home"]
    url = hubtools.HUB_DB or f"sqlite:{home / 'hub.db'}"
    assert hub_main(["refusals", "list", "--home", str(home), "--db", url]) == 0
    out = capsys.readouterr().out
    assert found["rx_id"] in out and "bad_signature" in out


def test_refusal_reports_are_kept_once_and_bad_ones_rejected(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            report = {"prescription_id": "abc", "encounter_id": None, "reason": "unknown_key",
                      "detail": "signed with key 0011223344556677", "payload_sha256": "ab" * 32,
                      "received_at": "2026-11-20T05:30:00.000000+00:00"}  # fmt: skip

            def op(op_id: str, **changes: Any) -> dict[str, Any]:
                return {"op_id": op_id, "entity": "prescription_refusal", "version": 1,
                        "entity_id": "7:abababababababab", "payload": report} | changes  # fmt: skip

            ops = [op("00000000-0000-0000-0000-000000000001"),
                   op("00000000-0000-0000-0000-000000000002"),  # the same report, retried
                   op("00000000-0000-0000-0000-000000000003", entity_id="7"),
                   op("00000000-0000-0000-0000-000000000004",
                      payload={**report, "reason": "none of your business"})]  # fmt: skip
            status, body = await hub.call(
                "POST", push_path(kiosk.spoke_id), token=kiosk.token, body={"ops": ops}
            )
            assert status == 200
            assert [r["status"] for r in body["results"]] == [
                "accepted",
                "accepted",
                "rejected",
                "rejected",
            ]
            assert "reason" in body["results"][3]["reason"]
            kept = await hub.storage.prescription_refusals(kiosk.spoke_id)
            assert [(r.report_id, r.reason, r.encounter_id) for r in kept] == [
                ("7:abababababababab", "unknown_key", None)
            ]
            page = await hub.storage.pull(kiosk.spoke_id, "k", 0, 100)
            assert page.changes == []  # a report is not part of anyone's feed

    asyncio.run(scenario())
    # The hub's log names the kiosk and the prescription for its admins, nothing more.
    logged = [r.getMessage() for r in caplog.records if r.name == "hub.api"]
    assert logged == [f"kiosk {r} of spoke spoke-a refused prescription abc (unknown_key)"
                      for r in (logged[0].split()[1],) * 2]  # fmt: skip
    caplog.clear()


def test_a_kiosk_without_its_pinned_key_refuses_and_reports(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter, c = await taken_case(hub, kiosk)
            async with c.session:
                assert (await c.call("POST", f"/cases/{encounter}/prescription", FORM))[0] == 201
            (tmp_path / "kiosk" / "enrollment.json").unlink()  # a damaged installation
            assert (await kiosk.sync(hub.url)).clean
            assert [r.reason for r in kiosk.clinic.prescriptions.refused()] == [Refusal.NO_KEY]
            reports = await hub.storage.prescription_refusals(kiosk.spoke_id)
            assert [(r.reason, r.encounter_id) for r in reports] == [("no_key", encounter)]

    asyncio.run(scenario())
    assert any("refused prescription" in r.getMessage() for r in caplog.records)
    caplog.clear()
