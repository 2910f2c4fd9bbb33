"""The dashboard's figures from storage, on each backend: consults counted by period and
place, waiting times (median and 90th percentile), specialists, shares, spokes without a
consult, spokes gone silent with their backlog, kiosks in trouble, and officer scopes."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from hub import report
from hub.storage.base import HubStorage, StorageError
from hub.storage.figures import percentile
from hub.storage.models import DeviceProblem, FigureFilter, HealthReport, Scope
from tests.hub.dashtools import NOW, add_officer, consult, day, opened, rows_by, small_state

NOVEMBER = FigureFilter(start=date(2026, 11, 1), end=date(2026, 11, 30))


async def _november(s: HubStorage) -> dict[str, str]:
    ids = {}
    # Cardiology at Bassi: waits of 10, 20, 30, 40 and 100 minutes.
    for n, wait in enumerate((10, 20, 30, 40, 100)):
        ids[f"cardio{n}"] = await consult(
            s, "hwc-bassi", "cardiology", day(3 + n), wait_min=wait, by="dr.mehta",
            prescribe=n < 2,
        )  # fmt: skip
    await consult(s, "hwc-chomu", "general_medicine", day(5), wait_min=5, by="dr.asha")
    await consult(s, "hwc-chomu", "general_medicine", day(12))  # still waiting
    await consult(s, "hwc-gaya", "general_medicine", day(12), wait_min=60, by="dr.kumar")
    # October, outside the month: Sanganer's last consult.
    october = datetime.fromisoformat("2026-10-30T09:00:00+05:30")
    await consult(s, "hwc-sanganer", "cardiology", october, wait_min=15, by="dr.mehta")
    return ids


def test_counts_waits_and_shares_by_place_and_specialty(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await _november(s)
            by_spoke = rows_by(await s.figures("by_spoke", NOVEMBER, NOW), "spoke_id")
            assert {k: v["consults"] for k, v in by_spoke.items()} == {
                "hwc-bassi": 5, "hwc-chomu": 2, "hwc-gaya": 1}  # fmt: skip
            assert by_spoke["hwc-chomu"]["answered"] == 1
            assert by_spoke["hwc-bassi"]["district"] == "Jaipur"
            cardio = rows_by(await s.figures("by_specialty", NOVEMBER, NOW), "specialty")
            assert cardio["cardiology"]["consults"] == 5
            assert cardio["cardiology"]["median_wait_min"] == 30.0
            assert cardio["cardiology"]["p90_wait_min"] == 76.0  # 40 + 0.6 * (100 - 40)
            states = rows_by(await s.figures("by_state", NOVEMBER, NOW), "state")
            assert (states["Rajasthan"]["consults"], states["Bihar"]["consults"]) == (7, 1)
            districts = await s.figures("by_district", NOVEMBER, NOW)
            assert [(r["district"], r["consults"]) for r in districts] == [
                ("Jaipur", 7), ("Gaya", 1)]  # fmt: skip
            hubs = rows_by(await s.figures("by_hub", NOVEMBER, NOW), "hub_site")
            assert hubs["SMS Jaipur"]["consults"] == 5 and hubs["DH Jaipur"]["consults"] == 2
            doctors = rows_by(await s.figures("by_specialist", NOVEMBER, NOW), "username")
            assert doctors["dr.mehta"]["consults"] == 5 and doctors["dr.mehta"]["finished"] == 5
            assert doctors["dr.mehta"]["name"] == "Dr. Mehta"
            assert doctors["dr.asha"]["median_wait_min"] == 5.0
            shares = report.with_shares((await s.figures("shares", NOVEMBER, NOW))[0])
            assert (shares["consults"], shares["answered"], shares["prescribed"]) == (8, 7, 2)
            assert shares["store_forward"] == 0 and shares["printed_pct"] == 0.0
            # Narrowed to a district and a specialty.
            jaipur_cardio = FigureFilter(NOVEMBER.start, NOVEMBER.end, district="Jaipur",
                                         specialty="cardiology")  # fmt: skip
            series = await s.figures("series", jaipur_cardio, NOW)
            assert [(r["period"], r["consults"]) for r in series] == [
                (f"2026-11-0{d}", 1) for d in range(3, 8)]  # fmt: skip
            weeks = await s.figures("series", FigureFilter(
                NOVEMBER.start, NOVEMBER.end, period="week"), NOW)  # fmt: skip
            assert [(r["period"], r["consults"]) for r in weeks] == [
                ("2026-11-02", 6), ("2026-11-09", 2)]  # Mondays  # fmt: skip
            months = await s.figures("series", FigureFilter(
                date(2026, 10, 1), NOVEMBER.end, period="month"), NOW)  # fmt: skip
            assert [(r["period"], r["consults"]) for r in months] == [
                ("2026-10-01", 1), ("2026-11-01", 8)]  # fmt: skip

    asyncio.run(scenario())


def test_spokes_without_a_consult_and_an_officers_scope(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await _november(s)
            jaipur = FigureFilter(NOVEMBER.start, NOVEMBER.end, scope=Scope("district", "Jaipur"))
            idle = await s.figures("idle_spokes", jaipur, NOW)
            assert [(r["spoke_id"], r["last_consult_day"]) for r in idle] == [
                ("hwc-sanganer", "2026-10-30")]  # fmt: skip
            everywhere = await s.figures("idle_spokes", NOVEMBER, NOW)
            assert {r["spoke_id"] for r in everywhere} == {"hwc-sanganer", "hwc-ajmer"}
            # The scope holds whatever else the filter asks.
            sneaky = FigureFilter(NOVEMBER.start, NOVEMBER.end, scope=Scope("district", "Jaipur"),
                                  state="Bihar")  # fmt: skip
            assert await s.figures("by_spoke", sneaky, NOW) == []
            bihar = FigureFilter(NOVEMBER.start, NOVEMBER.end, scope=Scope("state", "Bihar"))
            assert [r["spoke_id"] for r in await s.figures("by_spoke", bihar, NOW)] == ["hwc-gaya"]
            sms = FigureFilter(NOVEMBER.start, NOVEMBER.end, scope=Scope("hub", "SMS Jaipur"))
            assert [r["specialty"] for r in await s.figures("by_specialty", sms, NOW)] == [
                "cardiology"]  # fmt: skip
            places = await s.places(Scope("state", "Rajasthan"))
            assert places["districts"] == [["Rajasthan", "Ajmer"], ["Rajasthan", "Jaipur"]]
            assert "DH Gaya" not in places["hubs"] and "SMS Jaipur" in places["hubs"]
            assert (await s.places(Scope("hub", "SMS Jaipur")))["hubs"] == ["SMS Jaipur"]

    asyncio.run(scenario())


def test_no_patient_detail_in_any_table(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await _november(s)
            tables = await report.all_tables(s, NOVEMBER, NOW)
            text = json.dumps(tables) + "".join(report.to_csv(n, r) for n, r in tables.items())
            for secret in ("Sunita", "91-1111-2222-3333", "9800000000", "Ram Lal", "chest pain"):
                assert secret not in text
            assert "hwc-bassi" in text  # the tables are not simply empty

    asyncio.run(scenario())


def test_silent_spokes_troubles_prints_and_audio_only(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            ids = await _november(s)
            for spoke in ("hwc-bassi", "hwc-chomu"):
                await s.add_enroll_code(spoke, f"code-{spoke}", NOW, NOW + timedelta(days=1))
                await s.redeem_enroll_code(f"code-{spoke}", f"kiosk-{spoke}", f"t-{spoke}",
                                           "front desk", NOW - timedelta(days=20))  # fmt: skip
            # Bassi's kiosk was seen today; Chomu's twelve days ago, with 40 ops waiting.
            await s.kiosk_for_token("t-hwc-bassi", NOW)
            await s.kiosk_for_token("t-hwc-chomu", NOW - timedelta(days=12))
            await s.note_health("hwc-chomu", "kiosk-hwc-chomu", HealthReport(
                NOW - timedelta(days=12), 40, 1), NOW - timedelta(days=12))  # fmt: skip
            rx = (await s.prescriptions_for(ids["cardio0"]))[0]
            unknown = "ffffffff-0000-0000-0000-000000000000"  # signed by no one here
            paper = DeviceProblem("printer", "out_of_paper", "load paper")
            report_ = HealthReport(
                NOW, 0, 0, (paper,), prints=((rx.id, NOW), (rx.id, NOW), (unknown, NOW))
            )
            await s.note_health("hwc-bassi", "kiosk-hwc-bassi", report_, NOW)
            await s.note_health("hwc-bassi", "kiosk-hwc-bassi", report_, NOW)  # sent again
            await s.note_audio_only("hwc-bassi", ids["cardio1"], NOW)
            await s.note_audio_only("hwc-chomu", ids["cardio2"], NOW)  # not Chomu's: ignored
            silent = await s.figures("silent_spokes", FigureFilter(
                NOVEMBER.start, NOVEMBER.end, district="Jaipur"), NOW)  # fmt: skip
            rows = rows_by(silent, "spoke_id")
            assert set(rows) == {"hwc-chomu", "hwc-sanganer"}  # Sanganer: no kiosk at all
            assert (rows["hwc-chomu"]["backlog_ops"], rows["hwc-chomu"]["quarantined"]) == (40, 1)
            assert rows["hwc-chomu"]["kiosks"] == 1 and rows["hwc-sanganer"]["kiosks"] == 0
            troubles = await s.figures("troubles", NOVEMBER, NOW)
            assert [(t["spoke_id"], t["problems"][0]["state"]) for t in troubles] == [
                ("hwc-bassi", "out_of_paper")]  # fmt: skip
            shares = report.with_shares((await s.figures("shares", NOVEMBER, NOW))[0])
            assert (shares["printed"], shares["prescribed"], shares["printed_pct"]) == (1, 2, 50.0)
            assert shares["audio_only"] == 1

    asyncio.run(scenario())


def test_officers_are_their_own_accounts(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await add_officer(s, "dpo.jaipur", "district:Jaipur")
            with pytest.raises(StorageError):
                await add_officer(s, "dpo.jaipur", "state:Rajasthan")
            found = await s.officer_login("dpo.jaipur")
            assert found is not None and found[0].scope == Scope("district", "Jaipur")
            assert await s.specialist_login("dpo.jaipur") is None
            assert [o.username for o in await s.officers()] == ["dpo.jaipur"]

    asyncio.run(scenario())


def test_periods_without_a_consult_are_zeros() -> None:
    f = FigureFilter(date(2026, 11, 28), date(2026, 12, 2))
    rows = report.with_empty_periods([{"period": "2026-11-30", "consults": 4, "answered": 3}], f)
    assert [(r["period"], r["consults"]) for r in rows] == [
        ("2026-11-28", 0), ("2026-11-29", 0), ("2026-11-30", 4), ("2026-12-01", 0),
        ("2026-12-02", 0)]  # fmt: skip
    weeks = FigureFilter(date(2026, 11, 4), date(2026, 11, 20), period="week")
    assert [r["period"] for r in report.with_empty_periods([], weeks)] == [
        "2026-11-02", "2026-11-09", "2026-11-16"]  # fmt: skip
    months = FigureFilter(date(2026, 10, 15), date(2027, 1, 2), period="month")
    assert [r["period"] for r in report.with_empty_periods([], months)] == [
        "2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01"]  # fmt: skip


def test_percentile_matches_postgres_interpolation() -> None:
    assert percentile([], 0.5) is None
    assert percentile([7], 0.9) == 7
    assert percentile([10, 20, 30, 40], 0.5) == 25
    assert percentile([10, 20, 30, 40, 100], 0.9) == 76


def test_scope_and_filter_words() -> None:
    assert Scope.parse("District:Jaipur") == Scope("district", "Jaipur")
    for bad in ("jaipur", "block:Bassi", "state:"):
        with pytest.raises(ValueError):
            Scope.parse(bad)
    today = date(2026, 11, 20)
    f = report.parse_filter({}, today, None)
    assert (f.start, f.end, f.period) == (date(2026, 11, 1), today, "day")
    for bad in ({"from": "2026-13-01"}, {"from": "2026-11-10", "to": "2026-11-01"},
                {"period": "hour"}, {"specialty": "astrology"}, {"silent_days": "0"},
                {"from": "2024-01-01"}):  # fmt: skip
        with pytest.raises(report.FilterError):
            report.parse_filter(bad, today, None)


def test_a_case_sent_for_review_counts_as_store_and_forward(tmp_path: Path, hub_db: str) -> None:
    async def scenario() -> None:
        async with opened(tmp_path, hub_db) as s:
            await small_state(s)
            await consult(s, "hwc-bassi", "dermatology", day(4), wait_min=90, by="dr.asha",
                          mode="text")  # fmt: skip
            await consult(s, "hwc-bassi", "cardiology", day(5), wait_min=10, by="dr.mehta",
                          mode="video")  # fmt: skip
            shares = report.with_shares((await s.figures("shares", NOVEMBER, NOW))[0])
            assert (shares["answered"], shares["store_forward"]) == (2, 1)
            assert shares["store_forward_pct"] == 50.0

    asyncio.run(scenario())
