"""The Prescriptions contract: signing in one transaction with the consult and the feed,
refusal reports, the qualification printed on the paper, and the formulary."""

from __future__ import annotations

import pytest

from hub.storage.aggregates import Prescriptions
from hub.storage.base import FINISHED, NOT_YOURS, HubStorage, StorageError
from hub.storage.models import FormularyEntry, StoredFormulary
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(Prescriptions.set_qualification, Prescriptions.qualification)
async def test_the_qualification_is_kept_per_specialist(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    await storage.add_specialist(r.specialist("dr.new", qualification=""), "hash")
    assert await storage.qualification("dr.asha") == "MBBS, MD"
    assert await storage.qualification("dr.new") == ""
    assert await storage.set_qualification("dr.new", "MBBS, DCH")
    assert await storage.qualification("dr.new") == "MBBS, DCH"
    assert not await storage.set_qualification("dr.nobody", "MBBS")
    assert await storage.qualification("dr.nobody") is None


@covers(Prescriptions.add_prescription, Prescriptions.prescriptions_for)
async def test_only_the_holder_of_an_open_case_signs_and_the_spoke_pulls_it(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    rx = r.prescription(case, when=r.later(9))
    with pytest.raises(StorageError, match=NOT_YOURS):  # nobody took the case
        await storage.add_prescription(rx, r.later(9))
    await storage.take_consult(case.encounter_id, "dr.asha", r.later(1))
    elsewhere = r.Case("spoke-b", case.patient_id, case.encounter_id)
    for wrong in (r.prescription(case, by="dr.ravi"), r.prescription(elsewhere)):
        with pytest.raises(StorageError, match=NOT_YOURS):
            await storage.add_prescription(wrong, r.later(9))
    assert await storage.prescriptions_for(case.encounter_id) == []  # nothing kept
    await storage.add_prescription(rx, r.later(9))
    assert await storage.prescriptions_for(case.encounter_id) == [rx]
    assert await storage.prescriptions_for(r.uid()) == []
    state = await storage.consult_state(case.encounter_id)
    assert state is not None and state.ended_at == r.later(9)  # the consult is finished
    with pytest.raises(StorageError, match=FINISHED):
        await storage.add_prescription(r.prescription(case), r.later(10))
    page = await storage.pull("spoke-a", "kiosk-spoke-a", 0, 10)  # its records: echoes
    assert [(c.entity, c.entity_id) for c in page.changes] == [("prescription", rx.id)]
    assert page.changes[0].payload == {"id": rx.id, "envelope": rx.envelope}
    assert (await storage.pull("spoke-b", "kiosk-b", 0, 10)).changes == []


@covers(Prescriptions.prescription_refusals)
async def test_refusal_reports_are_kept_once_per_kiosk_newest_first(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    report = "1:" + "ab" * 8
    first: r.Batch = [r.refusal(report), r.refusal(report)]  # the same report, retried
    answers = await storage.push("spoke-a", "kiosk-1", first, r.NOW)
    assert [a.status for a in answers] == ["accepted", "accepted"]
    await storage.push("spoke-a", "kiosk-2", [r.refusal(report, reason="unknown_key")], r.later(60))
    await storage.push("spoke-b", "kiosk-3", [r.refusal("4:" + "ef" * 8)], r.NOW)
    mine = await storage.prescription_refusals("spoke-a")
    assert [(x.kiosk_id, x.reason, x.received_at) for x in mine] == [
        ("kiosk-2", "unknown_key", r.later(60)), ("kiosk-1", "bad_signature", r.NOW)
    ]  # fmt: skip
    assert mine[1].report_id == report and mine[1].detail == "the seal does not match"
    assert len(await storage.prescription_refusals()) == 3
    assert len(await storage.prescription_refusals(limit=1)) == 1
    assert await storage.prescription_refusals("spoke-c") == []
    assert (await storage.pull("spoke-a", "k", 0, 10)).changes == []  # no place in the feed


@covers(Prescriptions.replace_formulary, Prescriptions.formulary)
async def test_the_formulary_is_replaced_whole(storage: HubStorage) -> None:
    assert await storage.formulary() is None
    first = StoredFormulary(
        [FormularyEntry("Paracetamol", "Tablet", "500 mg", instructions="खाने के बाद", list="O"),
         FormularyEntry("ORS", "Sachet", "20.5 g", dose="1 sachet", list="O")],
        "/srv/formulary.csv", r.NOW,
    )  # fmt: skip
    await storage.replace_formulary(first)
    assert await storage.formulary() == first
    second = StoredFormulary([FormularyEntry("Amoxicillin", "Capsule", "500 mg", list="A")],
                             "/srv/new.csv", r.later(60))  # fmt: skip
    await storage.replace_formulary(second)
    assert await storage.formulary() == second
