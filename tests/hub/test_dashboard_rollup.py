"""The monthly rollups give a long range the same counts as the direct queries on
``consult_facts``, and waits within the histogram's half-minute bins, on each backend;
which ranges use them; the histogram's percentiles."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from hub.storage import rollup
from hub.storage.figures import percentile
from hub.storage.models import FigureFilter, Scope
from tests.hub.dashtools import NOW, consult, opened, small_state

IST = "+05:30"
LONG = FigureFilter(start=date(2026, 7, 17), end=date(2026, 11, 20))  # 3 whole months
ROLLED = ("series", "by_spoke", "by_district", "by_state", "by_specialty", "by_hub",
          "by_specialist", "shares")  # fmt: skip
WAITS = ("median_wait_min", "p90_wait_min")


async def _months_of_consults(s: Any) -> None:
    """Consults from mid-July to November: taken, waiting, prescribed, given back."""
    rng = random.Random(14)
    spokes = ("hwc-bassi", "hwc-chomu", "hwc-sanganer", "hwc-ajmer", "hwc-gaya")
    doctors = {"cardiology": "dr.mehta", "general_medicine": "dr.asha"}
    start = datetime.fromisoformat(f"2026-07-10T09:00:00{IST}")
    for n in range(70):
        spoke = spokes[n % 5]
        specialty = "cardiology" if n % 3 == 0 else "general_medicine"
        by = "dr.kumar" if spoke == "hwc-gaya" else doctors[specialty]
        queued = start + timedelta(days=rng.randint(0, 132), minutes=rng.randint(0, 400))
        taken = n % 7 != 0  # some still waiting
        wait = rng.choice((0.5, 3, 12.2, 45, 90, 200, 700, 2000))  # under 48 h + rng.random()
        await consult(s, spoke, specialty, queued, wait_min=wait if taken else None,
                      by=by if taken else "", prescribe=n % 4 == 0)  # fmt: skip


def _same(direct: list[dict[str, Any]], rolled: list[dict[str, Any]], table: str) -> None:
    assert len(rolled) == len(direct), table
    for d, r in zip(direct, rolled, strict=True):
        assert {k: v for k, v in r.items() if k not in WAITS} == {
            k: v for k, v in d.items() if k not in WAITS}, table  # fmt: skip
        for w in WAITS if table != "series" else ():
            if table == "by_spoke":
                assert r[w] is None  # a spoke's waits are not rolled up
            elif d[w] is None:
                assert r[w] is None, table
            else:
                # Each wait sits within half its bin (30 s below 3 h, 7.5 min below 12 h,
                # 30 min beyond); an interpolated figure mixes two ranks' errors.
                tolerance = 1.8 if d[w] < 40 else 16 if d[w] < 720 else 31
                assert abs(r[w] - d[w]) <= tolerance, (table, w, d, r)


@pytest.mark.parametrize(
    "f",
    [
        LONG,
        FigureFilter(LONG.start, LONG.end, period="month"),
        FigureFilter(LONG.start, LONG.end, scope=Scope("state", "Rajasthan")),
        FigureFilter(LONG.start, LONG.end, district="Jaipur", specialty="cardiology"),
        FigureFilter(LONG.start, LONG.end, scope=Scope("hub", "SMS Jaipur")),
        FigureFilter(date(2026, 8, 1), date(2026, 9, 30), period="month"),  # no ends
    ],
)
def test_rollup_answers_as_the_direct_queries(
    tmp_path: Path, hub_db: str, monkeypatch: pytest.MonkeyPatch, f: FigureFilter
) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await _months_of_consults(s)
            assert rollup.whole_months(f) is not None
            rolled = {t: await s.figures(t, f, NOW) for t in ROLLED}
            monkeypatch.setattr(rollup, "MIN_WHOLE_MONTHS", 1000)  # the direct queries
            assert rollup.whole_months(f) is None
            direct = {t: await s.figures(t, f, NOW) for t in ROLLED}
            assert sum(r["consults"] for r in direct["by_state"]) > 5
            for t in ROLLED:
                _same(direct[t], rolled[t], t)

    asyncio.run(scenario())


def test_ranges_that_use_the_rollups() -> None:
    def months(a: str, b: str, **kw: Any) -> tuple[date, date] | None:
        return rollup.whole_months(FigureFilter(date.fromisoformat(a), date.fromisoformat(b), **kw))

    assert months("2026-11-01", "2026-11-20") is None  # this month: the direct query
    assert months("2026-10-02", "2026-11-30") is None  # one whole month
    assert months("2026-10-01", "2026-11-30") == (date(2026, 10, 1), date(2026, 11, 1))
    assert months("2025-12-04", "2026-12-03") == (date(2026, 1, 1), date(2026, 11, 1))
    assert months("2025-11-30", "2026-01-31") == (date(2025, 12, 1), date(2026, 1, 1))
    assert months("2026-01-01", "2026-12-31", spoke="hwc-bassi") is None


def test_percentiles_from_the_histogram() -> None:
    waits_s = [30, 75, 600, 610, 1500, 5000, 11000, 50000, 200000]
    histogram: dict[int, int] = {}
    for w in waits_s:
        b = rollup.bin_of(w)
        histogram[b] = histogram.get(b, 0) + 1
    got = rollup.waits(histogram)
    middles = sorted(rollup.bin_middle_s(rollup.bin_of(w)) for w in waits_s)
    median, p90 = percentile(middles, 0.5), percentile(middles, 0.9)
    assert median is not None and p90 is not None
    assert got["median_wait_min"] == round(median / 60, 1)
    assert got["p90_wait_min"] == round(p90 / 60, 1)
    assert rollup.waits({252: 3})["p90_wait_min"] == 2880.0  # beyond 48 h: counted as 48 h
    assert rollup.waits({}) == {"median_wait_min": None, "p90_wait_min": None}
    for w in (0, 59, 60, 10799, 10800, 43199, 43200, 172799):  # each wait in its own bin
        b = rollup.bin_of(w)
        half = {True: 30, False: 450 if b < 216 else 1800}[b < 180]
        assert abs(rollup.bin_middle_s(b) - w) <= half


def test_the_triggers_keep_what_a_rebuild_finds(tmp_path: Path, hub_db: str) -> None:
    """What the triggers kept through pushes, takes, give-backs and prescriptions is what
    migration 0008's fill (and the bench's rebuild) makes from consult_facts."""

    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await _months_of_consults(s)
        for r in rollup.ROLLUPS:
            cols = ", ".join(("month", *r.keys, *r.measures))
            kept = f"SELECT {cols} FROM {r.name} WHERE consults != 0 ORDER BY {cols}"
            if hub_db:
                c = await asyncpg.connect(hub_db)
                try:
                    before = [tuple(x) for x in await c.fetch(kept)]
                    await c.execute(f"DELETE FROM {r.name}")
                    await c.execute(rollup.rebuild_sql(rollup.POSTGRES, r))
                    after = [tuple(x) for x in await c.fetch(kept)]
                finally:
                    await c.close()
            else:
                db = sqlite3.connect(tmp_path / "hub.db")
                try:
                    before = db.execute(kept).fetchall()
                    db.execute(f"DELETE FROM {r.name}")
                    db.execute(rollup.rebuild_sql(rollup.SQLITE, r))
                    after = db.execute(kept).fetchall()
                finally:
                    db.close()
            assert len(before) > 10, r.name
            assert after == before, r.name

    asyncio.run(scenario())
