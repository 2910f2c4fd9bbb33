"""The Figures contract: every dashboard table on every backend, the places of a scope,
and the facts kiosks report for the figures (health, prints, audio only)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from hub.storage.aggregates import Figures
from hub.storage.base import HubStorage
from hub.storage.figures import TABLES
from hub.storage.models import DeviceProblem, FigureFilter, HealthReport, Scope
from tests.hub.contract.coverage import covers
from tests.hub.dashtools import NOW, consult, day, small_state

NOVEMBER = FigureFilter(start=date(2026, 11, 1), end=date(2026, 11, 30))
WAITS = ("median_wait_min", "p90_wait_min")


@covers(Figures.figures)
async def test_every_table_answers_for_an_empty_hub(storage: HubStorage) -> None:
    for table in TABLES:
        rows = await storage.figures(table, NOVEMBER, NOW)
        none = {**dict.fromkeys(("consults", "answered", "audio_only", "store_forward",
                                 "prescribed", "printed"), 0), **dict.fromkeys(WAITS)}  # fmt: skip
        assert rows == ([none] if table == "shares" else []), table
    with pytest.raises(ValueError, match="no dashboard table"):
        await storage.figures("patients", NOVEMBER, NOW)


@covers(Figures.figures)
async def test_counts_and_waits_by_day_place_and_specialist(storage: HubStorage) -> None:
    await small_state(storage)
    for n, wait in enumerate((10, 20, 30)):
        await consult(storage, "hwc-bassi", "cardiology", day(3), wait_min=wait, by="dr.mehta",
                      prescribe=n == 0)  # fmt: skip
    await consult(storage, "hwc-gaya", "general_medicine", day(4))  # still waiting
    series = await storage.figures("series", NOVEMBER, NOW)
    assert series == [{"period": "2026-11-03", "consults": 3, "answered": 3},
                      {"period": "2026-11-04", "consults": 1, "answered": 0}]  # fmt: skip
    [bassi, gaya] = await storage.figures("by_spoke", NOVEMBER, NOW)
    assert (bassi["spoke_id"], bassi["spoke"], bassi["district"], bassi["state"]) == (
        "hwc-bassi", "HWC Bassi", "Jaipur", "Rajasthan")  # fmt: skip
    assert (bassi["consults"], bassi["answered"], bassi["median_wait_min"],
            bassi["p90_wait_min"]) == (3, 3, 20.0, 28.0)  # fmt: skip
    assert (gaya["consults"], gaya["answered"], gaya["median_wait_min"]) == (1, 0, None)
    [mehta] = await storage.figures("by_specialist", NOVEMBER, NOW)
    assert {k: mehta[k] for k in ("username", "specialty", "hub_site", "consults", "finished")} \
        == {"username": "dr.mehta", "specialty": "cardiology", "hub_site": "SMS Jaipur",
            "consults": 3, "finished": 3}  # fmt: skip
    [shares] = await storage.figures("shares", NOVEMBER, NOW)
    assert (shares["consults"], shares["answered"], shares["prescribed"]) == (4, 3, 1)
    idle = await storage.figures("idle_spokes", NOVEMBER, NOW)
    assert [x["spoke_id"] for x in idle] == ["hwc-ajmer", "hwc-chomu", "hwc-sanganer"]
    jaipur = FigureFilter(start=NOVEMBER.start, end=NOVEMBER.end, scope=Scope("district", "Jaipur"))
    assert [x["consults"] for x in await storage.figures("by_state", jaipur, NOW)] == [3]


@covers(Figures.figures)
async def test_a_long_range_from_the_rollups_counts_as_the_months_do(storage: HubStorage) -> None:
    await small_state(storage)
    for month, days in ((9, (2, 28)), (10, (15,)), (11, (3, 4, 30))):
        for d in days:
            when = day(d).replace(month=month)
            await consult(storage, "hwc-chomu", "general_medicine", when, wait_min=12, by="dr.asha")
    months = [FigureFilter(start=date(2026, m, 1), end=date(2026, m + 1, 1) - timedelta(days=1))
              for m in (9, 10, 11)]  # fmt: skip
    whole = FigureFilter(start=date(2026, 9, 1), end=date(2026, 11, 30))
    for table in ("by_district", "by_specialty", "by_hub", "by_spoke", "by_specialist", "shares"):
        direct = [sum(x["consults"] for x in await storage.figures(table, m, NOW)) for m in months]
        assert direct == [2, 1, 3], table
        rolled = await storage.figures(table, whole, NOW)
        assert sum(x["consults"] for x in rolled) == 6, table
    by_month = await storage.figures("series", FigureFilter(
        start=whole.start, end=whole.end, period="month"), NOW)  # fmt: skip
    assert [(x["period"], x["consults"]) for x in by_month] == [
        ("2026-09-01", 2), ("2026-10-01", 1), ("2026-11-01", 3)]  # fmt: skip


@covers(Figures.places)
async def test_places_are_the_districts_and_hubs_inside_a_scope(storage: HubStorage) -> None:
    assert await storage.places(None) == {"districts": [], "hubs": []}
    await small_state(storage)
    everything = await storage.places(None)
    assert everything["districts"] == [["Bihar", "Gaya"], ["Rajasthan", "Ajmer"],
                                       ["Rajasthan", "Jaipur"]]  # fmt: skip
    assert everything["hubs"] == ["DH Ajmer", "DH Gaya", "DH Jaipur", "SMS Jaipur"]
    jaipur = await storage.places(Scope("district", "Jaipur"))
    assert jaipur == {"districts": [["Rajasthan", "Jaipur"]], "hubs": ["DH Jaipur", "SMS Jaipur"]}
    # SMS Jaipur takes cardiology from Jaipur's spokes only.
    assert await storage.places(Scope("hub", "SMS Jaipur")) == {
        "districts": [["Rajasthan", "Jaipur"]], "hubs": ["SMS Jaipur"]}  # fmt: skip


@covers(Figures.note_health)
async def test_health_keeps_the_newest_report_and_counts_own_prints_once(
    storage: HubStorage,
) -> None:
    await small_state(storage)
    for spoke in ("hwc-bassi", "hwc-gaya"):
        await storage.add_enroll_code(spoke, f"code-{spoke}", NOW, NOW + timedelta(hours=1))
        await storage.redeem_enroll_code(f"code-{spoke}", f"k-{spoke}", f"t-{spoke}", "", NOW)
        await storage.kiosk_for_token(f"t-{spoke}", NOW - timedelta(days=30))  # long silent
    encounter = await consult(storage, "hwc-bassi", "cardiology", day(3), wait_min=5,
                              by="dr.mehta", prescribe=True)  # fmt: skip
    [rx] = await storage.prescriptions_for(encounter)
    printer = DeviceProblem("printer", "out_of_paper", "no paper")
    old = HealthReport(NOW - timedelta(hours=2), 40, 1, (printer,))
    await storage.note_health("hwc-bassi", "k-hwc-bassi", old, NOW - timedelta(hours=2))
    prints = ((rx.id, NOW), (rx.id, NOW), ("rx-of-nobody", NOW))
    new = HealthReport(NOW, 7, 2, (printer,), prints)
    await storage.note_health("hwc-bassi", "k-hwc-bassi", new, NOW)
    await storage.note_health(
        "hwc-gaya", "k-hwc-gaya", HealthReport(NOW, 0, 0, (), ((rx.id, NOW),)), NOW
    )
    [trouble] = await storage.figures("troubles", NOVEMBER, NOW)
    assert trouble["kiosk_id"] == "k-hwc-bassi"
    assert trouble["problems"] == [
        {"device": "printer", "state": "out_of_paper", "message": "no paper"}
    ]
    silent = {x["spoke_id"]: x for x in await storage.figures("silent_spokes", NOVEMBER, NOW)}
    assert (silent["hwc-bassi"]["backlog_ops"], silent["hwc-bassi"]["quarantined"]) == (7, 2)
    [shares] = await storage.figures("shares", NOVEMBER, NOW)
    assert shares["printed"] == 1  # once, and only for the spoke's own prescription


@covers(Figures.note_audio_only)
async def test_audio_only_counts_once_for_the_spokes_own_consult(storage: HubStorage) -> None:
    await small_state(storage)
    encounter = await consult(storage, "hwc-bassi", "cardiology", day(3), wait_min=5, by="dr.mehta")
    await storage.note_audio_only("hwc-gaya", encounter, NOW)  # not Gaya's consult
    [shares] = await storage.figures("shares", NOVEMBER, NOW)
    assert shares["audio_only"] == 0
    await storage.note_audio_only("hwc-bassi", encounter, NOW)
    await storage.note_audio_only("hwc-bassi", encounter, NOW + timedelta(minutes=1))
    [shares] = await storage.figures("shares", NOVEMBER, NOW)
    assert shares["audio_only"] == 1
