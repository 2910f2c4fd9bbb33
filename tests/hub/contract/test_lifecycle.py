"""The Lifecycle contract: open, close, ping, describe and the admin's counts."""

from __future__ import annotations

import pytest

from hub.storage.aggregates import Blobs, Lifecycle
from hub.storage.base import STATS_KEYS, HubStorage
from tests.hub.contract import records as r
from tests.hub.contract.conftest import same_database
from tests.hub.contract.coverage import covers


@covers(Lifecycle.open, Lifecycle.close)
async def test_a_second_opening_of_a_migrated_database_keeps_what_is_there(
    storage: HubStorage,
) -> None:
    await storage.add_spoke("spoke-a", "HWC A", "Jaipur", "Rajasthan", r.NOW)
    other = same_database(storage)
    await other.open()  # the migrations ran already: nothing to do, nothing lost
    try:
        assert [s.id for s in await other.spokes()] == ["spoke-a"]
        await other.add_spoke("spoke-b", "HWC B", "Ajmer", "Rajasthan", r.NOW)
    finally:
        await other.close()
    # What the closed one wrote was committed; the closed one answers no more.
    assert [s.id for s in await storage.spokes()] == ["spoke-a", "spoke-b"]
    with pytest.raises((AssertionError, RuntimeError)):
        await other.spokes()


@covers(Lifecycle.ping)
async def test_ping_answers_while_open_and_raises_once_closed(storage: HubStorage) -> None:
    await storage.ping()
    other = same_database(storage)
    await other.open()
    await other.ping()
    await other.close()
    with pytest.raises((AssertionError, RuntimeError)):
        await other.ping()


@covers(Lifecycle.describe)
async def test_describe_names_the_backend_and_never_its_address(storage: HubStorage) -> None:
    described = storage.describe()
    assert described["backend"] in ("sqlite", "postgresql")
    text = repr(described)
    for secret in (str(getattr(storage, "path", "")), str(getattr(storage, "url", ""))):
        if secret:
            assert secret not in text


@covers(Lifecycle.stats, Blobs.blob_complete)
async def test_stats_count_spokes_records_complete_blobs_and_prescriptions(
    storage: HubStorage,
) -> None:
    assert await storage.stats() == dict.fromkeys(STATS_KEYS, 0)
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    photo = b"\xff\xd8 a photo of a rash"
    ops: r.Batch = [r.observation(case.encounter_id, case.patient_id, r.NOW),
           r.observation(case.encounter_id, case.patient_id, r.later(1)),
           r.attachment(case.patient_id, case.encounter_id, photo)]  # fmt: skip
    await storage.push("spoke-a", "kiosk-a", ops, r.NOW)
    counts = await storage.stats()
    assert list(counts) == list(STATS_KEYS)
    assert counts == {"spokes": 2, "patients": 1, "encounters": 1, "observations": 2,
                      "blobs": 0, "prescriptions": 0}  # fmt: skip
    await storage.blob_complete(r.photo(photo)[0], r.NOW)  # only complete blobs count
    await storage.take_consult(case.encounter_id, "dr.asha", r.NOW)
    await storage.add_prescription(r.prescription(case), r.later(5))
    counts = await storage.stats()
    assert (counts["blobs"], counts["prescriptions"]) == (1, 1)
