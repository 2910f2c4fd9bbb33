"""The Enrolment contract: spokes, their mappings, one-time codes and kiosks."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from hub.storage.aggregates import Consults, Enrolment
from hub.storage.base import LAST_SEEN_GRANULARITY_S, HubStorage, StorageError
from hub.storage.models import Mapping, Spoke
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers

HOUR = timedelta(hours=1)


@covers(Enrolment.add_spoke, Enrolment.spokes)
async def test_spokes_are_listed_by_id_and_an_id_is_taken_once(storage: HubStorage) -> None:
    assert await storage.spokes() == []
    added = await storage.add_spoke("spoke-b", "HWC Chomu", "Jaipur", "Rajasthan", r.NOW)
    assert added == Spoke("spoke-b", "HWC Chomu", "Jaipur", "Rajasthan", r.NOW)
    await storage.add_spoke("spoke-a", "HWC Bassi", "", "", r.later(1))
    with pytest.raises(StorageError, match="already exists"):
        await storage.add_spoke("spoke-a", "Another", "Gaya", "Bihar", r.NOW)
    assert await storage.spokes() == [
        Spoke("spoke-a", "HWC Bassi", "", "", r.later(1)), added
    ]  # fmt: skip


@covers(Enrolment.map_spoke, Consults.consult_queue)
async def test_a_mapping_sends_a_spokes_consults_to_one_site_and_can_be_moved(
    storage: HubStorage,
) -> None:
    with pytest.raises(StorageError, match="no spoke"):
        await storage.map_spoke(Mapping("nowhere", r.GM, r.SITE))
    await r.two_spokes(storage)
    case = await r.queued_case(storage)
    assert [e.encounter["id"] for e in await storage.consult_queue(r.SITE, r.GM)] == [
        case.encounter_id
    ]
    await storage.map_spoke(Mapping("spoke-a", r.GM, "SMS Jaipur"))
    await storage.map_spoke(Mapping("spoke-a", r.GM, "SMS Jaipur"))  # the same again: fine
    assert await storage.consult_queue(r.SITE, r.GM) == []
    assert len(await storage.consult_queue("SMS Jaipur", r.GM)) == 1
    assert await storage.consult_queue("SMS Jaipur", "cardiology") == []


@covers(Enrolment.add_enroll_code, Enrolment.redeem_enroll_code, Enrolment.kiosks)
async def test_a_code_enrols_one_kiosk_once_before_it_expires(storage: HubStorage) -> None:
    with pytest.raises(StorageError, match="no spoke"):
        await storage.add_enroll_code("nowhere", "code-0", r.NOW, r.NOW + HOUR)
    await r.two_spokes(storage)
    await storage.add_enroll_code("spoke-a", "code-1", r.NOW, r.NOW + HOUR)
    await storage.add_enroll_code("spoke-a", "code-2", r.NOW, r.NOW + HOUR)
    await storage.add_enroll_code("spoke-b", "code-3", r.NOW, r.NOW + HOUR)
    assert await storage.redeem_enroll_code("unknown", "k-0", "token-0", "", r.NOW) is None
    spoke = await storage.redeem_enroll_code("code-1", "k-1", "token-1", "front desk", r.NOW)
    assert spoke is not None and spoke.id == "spoke-a" and spoke.name == "HWC A"
    assert await storage.redeem_enroll_code("code-1", "k-9", "token-9", "", r.later(1)) is None
    late = r.NOW + HOUR
    assert await storage.redeem_enroll_code("code-2", "k-2", "token-2", "", late) is None
    spoke = await storage.redeem_enroll_code("code-3", "k-3", "token-3", "", r.later(2))
    assert spoke is not None and spoke.id == "spoke-b"
    assert [(k.id, k.label, k.active) for k in await storage.kiosks("spoke-a")] == [
        ("k-1", "front desk", True)
    ]
    assert [k.id for k in await storage.kiosks()] == ["k-1", "k-3"]  # as they were enrolled
    assert await storage.kiosks("nowhere") == []


@covers(Enrolment.redeem_enroll_code)
async def test_a_code_redeemed_twice_at_once_has_one_winner(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    await storage.add_enroll_code("spoke-a", "code-1", r.NOW, r.NOW + HOUR)
    won = await asyncio.gather(
        *(storage.redeem_enroll_code("code-1", f"k-{i}", f"t-{i}", "", r.NOW) for i in range(4))
    )
    assert sum(s is not None for s in won) == 1
    assert len(await storage.kiosks("spoke-a")) == 1


@covers(Enrolment.kiosk_for_token, Enrolment.revoke_kiosk)
async def test_a_token_finds_its_kiosk_notes_sightings_and_still_finds_it_revoked(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    await storage.add_enroll_code("spoke-a", "code-1", r.NOW, r.NOW + HOUR)
    await storage.redeem_enroll_code("code-1", "k-1", "token-1", "", r.NOW)
    assert await storage.kiosk_for_token("token-x", r.NOW) is None
    first = await storage.kiosk_for_token("token-1", r.NOW)
    assert first is not None and (first.id, first.spoke_id) == ("k-1", "spoke-a")
    assert first.last_seen_at is None  # as it was before this request
    soon = r.NOW + timedelta(seconds=LAST_SEEN_GRANULARITY_S / 2)
    seen = await storage.kiosk_for_token("token-1", soon)
    assert seen is not None and seen.last_seen_at == r.NOW
    after = r.NOW + timedelta(seconds=LAST_SEEN_GRANULARITY_S * 2)
    await storage.kiosk_for_token("token-1", soon)  # within the granularity: not written
    assert (await storage.kiosks())[0].last_seen_at == r.NOW
    await storage.kiosk_for_token("token-1", after)
    assert (await storage.kiosks())[0].last_seen_at == after
    assert await storage.revoke_kiosk("k-1", after)
    assert not await storage.revoke_kiosk("k-1", after)  # once
    assert not await storage.revoke_kiosk("k-404", after)
    revoked = await storage.kiosk_for_token("token-1", after)
    assert revoked is not None and not revoked.active and revoked.revoked_at == after
