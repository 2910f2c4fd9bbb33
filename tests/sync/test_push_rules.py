"""Which ops may go, and what the hub's answers do to the outbox (no network here)."""

from __future__ import annotations

import random

from hwc_shared.backoff import Backoff
from hwc_shared.wire import Answer
from kiosk.store.clinic import Clinic
from kiosk.sync import push
from tests.conftest import FakeClock
from tests.hubtools import Kiosk


def _kiosk(clinic: Clinic, tmp_path) -> Kiosk:  # type: ignore[no-untyped-def]
    from kiosk.store.blobs import BlobFiles

    cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False)
    return Kiosk(clinic, BlobFiles(tmp_path / "blobs"), "spoke-test", "", cho.id)


def test_a_quarantined_op_blocks_only_what_depends_on_it(clinic: Clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(clinic, tmp_path)
    first = kiosk.encounter(kiosk.patient("Geeta Meena"), vitals=2)
    kiosk.encounter(kiosk.patient("Radha Devi"), vitals=2)
    batch = clinic.store.read(lambda db: push.next_batch(db, 100))
    assert len(batch) == 8
    bad = next(p for p in batch if p.op.entity_id == first)
    answers = [Answer("rejected", "no") if p is bad else Answer("accepted") for p in batch[:3]]
    now = clinic.clock()
    tally = clinic.store.write(lambda db: push.apply_answers(db, batch[:3], answers, now))
    assert (tally.accepted, tally.rejected) == (2, 1)
    left = clinic.store.read(lambda db: push.next_batch(db, 100))
    # The first encounter's observations wait; the second patient's work goes.
    assert [p.op.entity for p in left] == ["patient", "encounter", "observation", "observation"]
    assert all(first not in p.op.depends_on[0] for p in left if p.op.depends_on)
    assert clinic.store.read(lambda db: push.next_batch(db, 2)) == left[:2]
    released = clinic.store.write(push.retry_quarantined)
    assert released == 1
    assert len(clinic.store.read(lambda db: push.next_batch(db, 100))) == 6  # all but two


def test_deferred_ops_stay_and_count_an_attempt(clinic: Clinic, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kiosk = _kiosk(clinic, tmp_path)
    kiosk.encounter(kiosk.patient(), vitals=1)
    batch = clinic.store.read(lambda db: push.next_batch(db, 100))
    answers = [Answer("accepted"), Answer("deferred"), Answer("deferred")]
    now = clinic.clock()
    tally = clinic.store.write(lambda db: push.apply_answers(db, batch, answers, now))
    assert tally.deferred == 2 and tally.settled == 1
    rows = clinic.store.read(lambda db: db.execute("SELECT state, attempts FROM outbox").fetchall())
    assert rows == [("pending", 1), ("pending", 1)]


def test_backoff_grows_with_jitter_and_resets(clock: FakeClock) -> None:
    backoff = Backoff(base=5, cap=60, rng=random.Random(3))
    waits = [backoff.fail() for _ in range(8)]
    steps = [5, 10, 20, 40, 60, 60, 60, 60]
    for wait, step in zip(waits, steps, strict=True):
        assert step / 2 <= wait <= step
    assert len(set(waits)) == len(waits)  # jittered, not in lock step
    backoff.reset()
    assert backoff.fail() <= 5
