"""The Consults contract: the queue, the case view, taking, releasing and ringing."""

from __future__ import annotations

import asyncio

import pytest

from hub.storage.aggregates import Consults
from hub.storage.base import HubStorage, StorageError
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(Consults.consult_queue)
async def test_the_queue_holds_a_sites_waiting_cases_urgent_first_then_oldest(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    old = await r.queued_case(storage, queued=r.NOW)
    new = await r.queued_case(storage, "spoke-b", queued=r.later(10))
    urgent = await r.queued_case(storage, queued=r.later(20), urgent=1)
    await r.queued_case(storage, specialty="cardiology")  # another specialty
    await r.queued_case(storage, specialty=None)  # no consult requested
    done = await r.queued_case(storage, queued=r.later(1))
    await storage.take_consult(done.encounter_id, "dr.asha", r.later(2))
    await storage.release_consult(done.encounter_id, "dr.asha", True, r.later(3))
    queue = await storage.consult_queue(r.SITE, r.GM)
    assert [e.encounter["id"] for e in queue] == [
        urgent.encounter_id, old.encounter_id, new.encounter_id
    ]  # fmt: skip
    entry = queue[2]
    assert (entry.spoke_id, entry.spoke_name) == ("spoke-b", "HWC B")
    assert entry.patient is not None and entry.patient["id"] == new.patient_id
    assert entry.state.taken_by is None
    assert await storage.consult_queue("SMS Jaipur", r.GM) == []


@covers(Consults.consult_case)
async def test_a_case_carries_its_vitals_photos_and_consents_in_order(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    second = r.observation(case.encounter_id, case.patient_id, r.later(2))
    first = r.observation(case.encounter_id, case.patient_id, r.later(1))
    photo = r.attachment(case.patient_id, case.encounter_id, b"a photo")
    given = r.consent(case.encounter_id, case.patient_id, r.later(3))
    answers = await storage.push("spoke-a", "kiosk-a", [second, first, photo, given], r.NOW)
    assert {a.status for a in answers} == {"accepted"}
    found = await storage.consult_case(case.encounter_id)
    assert found is not None
    assert found.hub_site == r.SITE
    assert found.entry.encounter["id"] == case.encounter_id
    assert [o["id"] for o in found.observations] == [first.entity_id, second.entity_id]
    assert [a["sha256"] for a in found.attachments] == [photo.payload["sha256"]]
    assert [k["id"] for k in found.consents] == [given.entity_id]
    assert await storage.consult_case(r.uid()) is None
    unrequested = await r.queued_case(storage, specialty=None)
    assert await storage.consult_case(unrequested.encounter_id) is None
    unmapped = await r.queued_case(storage, specialty="cardiology")
    cardiology = await storage.consult_case(unmapped.encounter_id)
    assert cardiology is not None and cardiology.hub_site is None


@covers(Consults.take_consult, Consults.consult_state)
async def test_a_case_is_taken_by_one_specialist_and_again_by_them_changes_nothing(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    assert await storage.consult_state(case.encounter_id) is None
    taken = await storage.take_consult(case.encounter_id, "dr.asha", r.later(1))
    assert (taken.taken_by, taken.taken_at, taken.spoke_id) == ("dr.asha", r.later(1), "spoke-a")
    again = await storage.take_consult(case.encounter_id, "dr.asha", r.later(2))
    assert again == taken
    with pytest.raises(StorageError, match="another specialist"):
        await storage.take_consult(case.encounter_id, "dr.ravi", r.later(2))
    assert await storage.consult_state(case.encounter_id) == taken
    with pytest.raises(StorageError, match="no consult was requested"):
        await storage.take_consult(r.uid(), "dr.asha", r.NOW)
    await storage.release_consult(case.encounter_id, "dr.asha", True, r.later(3))
    with pytest.raises(StorageError, match="finished"):
        await storage.take_consult(case.encounter_id, "dr.asha", r.later(4))


@covers(Consults.take_consult)
async def test_two_specialists_taking_at_once_leave_one_holder(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    results = await asyncio.gather(
        storage.take_consult(case.encounter_id, "dr.asha", r.later(1)),
        storage.take_consult(case.encounter_id, "dr.ravi", r.later(1)),
        return_exceptions=True,
    )
    refused = [x for x in results if isinstance(x, StorageError)]
    assert len(refused) == 1
    state = await storage.consult_state(case.encounter_id)
    assert state is not None and state.taken_by in ("dr.asha", "dr.ravi")


@covers(Consults.release_consult)
async def test_only_the_holder_releases_back_to_the_queue_or_finishes(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    with pytest.raises(StorageError, match="only the specialist"):
        await storage.release_consult(case.encounter_id, "dr.asha", False, r.NOW)
    await storage.take_consult(case.encounter_id, "dr.asha", r.later(1))
    with pytest.raises(StorageError, match="only the specialist"):
        await storage.release_consult(case.encounter_id, "dr.ravi", False, r.later(2))
    back = await storage.release_consult(case.encounter_id, "dr.asha", False, r.later(2))
    assert (back.taken_by, back.taken_at, back.ended_at) == (None, None, None)
    assert len(await storage.consult_queue(r.SITE, r.GM)) == 1
    await storage.take_consult(case.encounter_id, "dr.ravi", r.later(3))
    done = await storage.release_consult(case.encounter_id, "dr.ravi", True, r.later(4))
    assert (done.taken_by, done.ended_at) == ("dr.ravi", r.later(4))
    assert await storage.consult_queue(r.SITE, r.GM) == []


@covers(Consults.ring_consult)
async def test_a_kiosk_rings_only_for_its_own_open_consult(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    assert await storage.ring_consult("spoke-b", case.encounter_id, r.NOW) is None
    assert await storage.ring_consult("spoke-a", r.uid(), r.NOW) is None
    rung = await storage.ring_consult("spoke-a", case.encounter_id, r.later(1))
    assert rung is not None and rung.calling_at == r.later(1) and rung.taken_by is None
    [entry] = await storage.consult_queue(r.SITE, r.GM)
    assert entry.state.calling_at == r.later(1)
    taken = await storage.take_consult(case.encounter_id, "dr.asha", r.later(2))
    assert taken.calling_at is None  # answered
    await storage.release_consult(case.encounter_id, "dr.asha", True, r.later(3))
    after = await storage.ring_consult("spoke-a", case.encounter_id, r.later(4))
    assert after is not None and after.ended_at == r.later(3) and after.calling_at is None
