"""The Teleconsult contract: the council beside the registration number, the call's
video time as the kiosk reports it, and a patient's earlier prescriptions."""

from __future__ import annotations

from hub.storage.aggregates import Teleconsult
from hub.storage.base import HubStorage
from hub.storage.models import CallMedia
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(Teleconsult.set_council, Teleconsult.council)
async def test_the_council_is_kept_per_specialist(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    assert await storage.council("dr.asha") == ""
    assert await storage.set_council("dr.asha", "Rajasthan Medical Council")
    assert await storage.council("dr.asha") == "Rajasthan Medical Council"
    assert await storage.council("dr.ravi") == ""
    assert not await storage.set_council("dr.nobody", "Any Council")
    assert await storage.council("dr.nobody") is None


@covers(Teleconsult.note_call_media, Teleconsult.call_media)
async def test_video_time_adds_up_while_the_picture_runs_in_an_open_consult(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    nothing = CallMedia(None, 0.0, None)
    assert await storage.call_media(case.encounter_id) == nothing
    assert await storage.call_media(r.uid()) == nothing
    assert not await storage.note_call_media(case.encounter_id, "spoke-a", "video", r.NOW)
    await storage.take_consult(case.encounter_id, "dr.asha", r.NOW)
    assert not await storage.note_call_media(case.encounter_id, "spoke-b", "video", r.NOW)
    assert await storage.note_call_media(case.encounter_id, "spoke-a", "video", r.later(1))
    assert await storage.call_media(case.encounter_id) == CallMedia(r.later(1), 0.0, r.later(1))
    assert await storage.note_call_media(case.encounter_id, "spoke-a", "video", r.later(2))
    assert await storage.note_call_media(case.encounter_id, "spoke-a", "audio", r.later(3))
    assert await storage.call_media(case.encounter_id) == CallMedia(r.later(1), 120.0, None)
    assert await storage.note_call_media(case.encounter_id, "spoke-a", "video", r.later(4))
    assert await storage.note_call_media(case.encounter_id, "spoke-a", "ended", r.later(4.5))
    media = await storage.call_media(case.encounter_id)
    assert media == CallMedia(r.later(1), 150.0, None)
    assert media.video_until(r.later(60)) == 150.0  # ended: no more time runs
    await storage.release_consult(case.encounter_id, "dr.asha", True, r.later(5))
    assert not await storage.note_call_media(case.encounter_id, "spoke-a", "video", r.later(6))


@covers(Teleconsult.prescriptions_by)
async def test_earlier_prescriptions_are_the_specialists_own_for_this_patient(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    first = await r.queued_case(storage)
    other_patient = await r.queued_case(storage)
    again = r.Case("spoke-a", first.patient_id, r.uid())
    ops = [r.encounter(again.encounter_id, first.patient_id, "spoke-a", queued=r.later(60))]
    await storage.push("spoke-a", "kiosk-a", list(ops), r.later(60))
    issued = []
    for case, by, minute in ((first, "dr.asha", 10), (other_patient, "dr.asha", 20),
                             (again, "dr.ravi", 70)):  # fmt: skip
        await storage.take_consult(case.encounter_id, by, r.later(minute - 1))
        rx = r.prescription(case, by=by, when=r.later(minute))
        await storage.add_prescription(rx, r.later(minute))
        issued.append(rx)
    assert await storage.prescriptions_by("spoke-a", first.patient_id, "dr.asha") == [issued[0]]
    assert await storage.prescriptions_by("spoke-a", first.patient_id, "dr.ravi") == [issued[2]]
    assert await storage.prescriptions_by("spoke-b", first.patient_id, "dr.asha") == []
    assert await storage.prescriptions_by("spoke-a", r.uid(), "dr.asha") == []
