"""The Sync contract: pushes answered op by op, replays, deferrals, conflicts, and a
spoke's feed in order, page by page, without the asking kiosk's echoes."""

from __future__ import annotations

from hub.storage.aggregates import Sync
from hub.storage.base import HubStorage
from hub.storage.models import BadOp
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(Sync.push)
async def test_a_replayed_op_gets_its_first_answer_and_changes_nothing(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    pid = r.uid()
    op = r.patient(pid)
    assert [a.status for a in await storage.push("spoke-a", "kiosk-a", [op], r.NOW)] == ["accepted"]
    clash = r.patient(pid, name="Someone Else")
    [conflict] = await storage.push("spoke-a", "kiosk-a", [clash], r.NOW)
    assert conflict.status == "conflict" and conflict.record is not None
    assert conflict.record["name"] == "Sunita Devi"  # the hub's record comes back
    again = await storage.push("spoke-a", "kiosk-a", [op, clash], r.later(1))
    assert [(a.status, a.record is not None) for a in again] == [
        ("accepted", False), ("conflict", True)
    ]  # fmt: skip
    page = await storage.pull("spoke-a", "kiosk-other", 0, 10)
    assert [c.entity_id for c in page.changes] == [pid] and page.cursor == 1


@covers(Sync.push)
async def test_a_bad_op_is_rejected_and_what_depends_on_it_is_deferred(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    pid, eid = r.uid(), r.uid()
    bad = BadOp(f"patient:{pid}", "name: must be text")
    ops: r.Batch = [bad, r.encounter(eid, pid, "spoke-a"), r.patient(r.uid())]
    answers = await storage.push("spoke-a", "kiosk-a", ops, r.NOW)
    assert [(a.status, a.reason) for a in answers] == [
        ("rejected", "name: must be text"),
        ("deferred", "waits for an op that was not accepted"),
        ("accepted", ""),
    ]
    # Later, with the patient in: the encounter goes through.
    retried: r.Batch = [r.patient(pid), r.encounter(eid, pid, "spoke-a")]
    answers = await storage.push("spoke-a", "kiosk-a", retried, r.NOW)
    assert [a.status for a in answers] == ["accepted", "accepted"]


@covers(Sync.push, Sync.pull)
async def test_a_spoke_holds_only_its_own_records(storage: HubStorage) -> None:
    await r.two_spokes(storage)
    case = await r.queued_case(storage, "spoke-a")
    [taken] = await storage.push("spoke-b", "kiosk-b", [r.patient(case.patient_id)], r.NOW)
    assert taken.status == "rejected" and "belongs to another spoke" in taken.reason
    elsewhere = r.encounter(r.uid(), case.patient_id, "spoke-a")
    [named] = await storage.push("spoke-b", "kiosk-b", [elsewhere], r.NOW)
    assert (named.status, named.reason) == ("rejected", "the encounter names another spoke")
    page = await storage.pull("spoke-b", "kiosk-b2", 0, 10)
    assert page.changes == [] and page.cursor == 0 and not page.more


@covers(Sync.pull)
async def test_the_feed_comes_in_order_in_pages_without_the_kiosks_own_echoes(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    pids = [r.uid() for _ in range(5)]
    await storage.push("spoke-a", "kiosk-a", [r.patient(p) for p in pids], r.NOW)
    first = await storage.pull("spoke-a", "kiosk-b", 0, 2)
    assert [c.entity_id for c in first.changes] == pids[:2]
    assert [c.seq for c in first.changes] == [1, 2] and first.cursor == 2 and first.more
    rest = await storage.pull("spoke-a", "kiosk-b", first.cursor, 10)
    assert [c.entity_id for c in rest.changes] == pids[2:] and not rest.more
    assert rest.cursor == 5
    assert rest.changes[0].payload["name"] == "Sunita Devi" and rest.changes[0].version == 1
    # The kiosk that pushed them does not get its own records back, but the cursor moves.
    own = await storage.pull("spoke-a", "kiosk-a", 0, 10)
    assert own.changes == [] and own.cursor == 5
    past = await storage.pull("spoke-a", "kiosk-b", 5, 10)
    assert past.changes == [] and past.cursor == 5 and not past.more


@covers(Sync.push, Sync.pull)
async def test_an_amendment_merges_the_fields_it_changed_and_goes_to_every_kiosk(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    pid = r.uid()
    await storage.push("spoke-a", "kiosk-a", [r.patient(pid)], r.NOW)
    amended = r.patient(pid, name="Sunita Meena", version=2, changed=["name"], when=r.later(1))
    [answer] = await storage.push("spoke-a", "kiosk-b", [amended], r.later(1))
    assert answer.status == "accepted"
    page = await storage.pull("spoke-a", "kiosk-a", 0, 10)
    assert [(c.seq, c.version, c.payload["name"]) for c in page.changes] == [(2, 2, "Sunita Meena")]
    assert "changed" not in page.changes[0].payload
