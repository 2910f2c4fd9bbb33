"""The programme dashboard in headless Chromium: an officer signs in and sees only their
scope, filters by place and specialty, downloads a table as CSV; a specialist cannot
open it, and neither account's cookie opens the other's pages."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import aiohttp
import pytest

from hub import credentials
from hub.storage.models import Specialist
from tests import chromium
from tests.hub.dashtools import OFFICER_PASSWORD, add_officer, consult, day, small_state
from tests.hubtools import running_hub

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)
NOVEMBER = "?from=2026-11-01&to=2026-11-30"
SPECIALIST_PASSWORD = "correct horse battery"


async def _seed(storage: object) -> None:
    s = storage
    await small_state(s)  # type: ignore[arg-type]
    for n, wait in enumerate((10, 20, 30, 40, 100)):
        await consult(s, "hwc-bassi", "cardiology", day(3 + n), wait_min=wait, by="dr.mehta")  # type: ignore[arg-type]
    await consult(s, "hwc-chomu", "general_medicine", day(5), wait_min=5, by="dr.asha")  # type: ignore[arg-type]
    await consult(s, "hwc-gaya", "general_medicine", day(12), wait_min=60, by="dr.kumar")  # type: ignore[arg-type]
    await s.add_specialist(  # type: ignore[attr-defined]
        Specialist("dr.nair", "Dr. Nair", "cardiology", "RMC-9", "SMS Jaipur", "MBBS"),
        credentials.hash_password(SPECIALIST_PASSWORD),
    )
    await add_officer(s, "dpo.jaipur", "district:Jaipur")  # type: ignore[arg-type]
    await add_officer(s, "spo.bihar", "state:Bihar")  # type: ignore[arg-type]


async def _sign_in(page: chromium.Page, username: str, password: str = OFFICER_PASSWORD) -> None:
    await page.wait_for("window.hwcDashboard && window.hwcDashboard.ready")
    await page.type("login-username", username)
    await page.type("login-password", password)
    await page.click("login-submit")


async def _rows(page: chromium.Page, table: str) -> list[list[str]]:
    return list(await page.eval(
        f"[...document.querySelectorAll('[data-testid=\"row-{table}\"]')]"
        ".map(r => [...r.children].map(c => c.textContent))"
    ))  # fmt: skip


async def _loaded(page: chromium.Page, loads: int) -> None:
    await page.wait_for(f"window.hwcDashboard.ready && window.hwcDashboard.loads >= {loads}")


def test_an_officer_sees_their_district_filters_and_downloads(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await _seed(hub.storage)
            async with chromium.Browser(size=(1440, 1000)) as browser:
                page = await browser.new_page(f"{hub.url}/dashboard/{NOVEMBER}")
                await page.wait_for("window.hwcDashboard && window.hwcDashboard.ready")
                assert await page.visible("login-view") and not await page.visible("dash-view")
                await _sign_in(page, "dpo.jaipur", "wrong password here")
                await page.wait_for(f"!{page.by_id('login-error')}.hidden")
                assert "wrong" in await page.text("login-error")
                await _sign_in(page, "dpo.jaipur")
                await _loaded(page, 1)
                assert await page.text("officer-scope") == "district: Jaipur"
                assert await page.text("tile-consults") == "6"
                # Which spokes of the district did no consult, and how long for a cardiologist.
                assert [r[1] for r in await _rows(page, "idle_spokes")] == ["hwc-sanganer"]
                waits = {r[0]: r for r in await _rows(page, "by_specialty")}
                assert waits["Heart (cardiology)"][3:] == ["30 min", "1 h 16 min"]
                assert {r[1] for r in await _rows(page, "by_spoke")} == {"hwc-bassi", "hwc-chomu"}
                options = await page.eval(
                    "[...document.querySelectorAll('#f-district option')].map(o => o.value)"
                )
                assert options == ["", "Jaipur"]  # nothing outside the scope is offered
                for chart in ("series", "waits", "specialty", "places", "shares", "specialists"):
                    assert await page.eval(f"!!Chart.getChart('chart-{chart}')"), chart
                # Filter: cardiology only.
                await page.eval("document.getElementById('f-specialty').value = 'cardiology'")
                await page.click("apply")
                await _loaded(page, 2)
                assert await page.text("tile-consults") == "5"
                assert [r[0] for r in await _rows(page, "by_specialty")] == ["Heart (cardiology)"]
                assert [r[1] for r in await _rows(page, "idle_spokes")] == [
                    "hwc-chomu", "hwc-sanganer"]  # fmt: skip
                # The CSV of a table: the same filter, the scope held by the hub.
                got = await page.eval(
                    "fetch(document.querySelector('[data-testid=\"csv-by_spoke\"]').href)"
                    ".then(async r => [r.status, r.headers.get('content-disposition'), "
                    "await r.text()])"
                )
                assert got[0] == 200 and got[1].startswith('attachment; filename="by_spoke_2026')
                rows = list(csv.DictReader(io.StringIO(got[2])))
                assert [(r["spoke_id"], r["consults"], r["median_wait_min"]) for r in rows] == [
                    ("hwc-bassi", "5", "30.0")]  # fmt: skip
                # Asking for another state by hand changes nothing: the scope is the hub's.
                sneaky = await page.eval(
                    "fetch('/dashboard/api/figures?from=2026-11-01&to=2026-11-30&state=Bihar')"
                    ".then(r => r.json())"
                )
                assert sneaky["tables"]["by_spoke"] == [] and sneaky["filter"]["scope"] == (
                    "district:Jaipur")  # fmt: skip
                assert "Sunita" not in json.dumps(sneaky)
                await page.click("logout")
                await page.wait_for(
                    f"{page.by_id('login-view')} && !{page.by_id('login-view')}.hidden"
                )
                await page.close()

    asyncio.run(scenario())


def test_a_state_officer_sees_only_their_state(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await _seed(hub.storage)
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/dashboard/{NOVEMBER}&period=week")
                await _sign_in(page, "spo.bihar")
                await _loaded(page, 1)
                assert await page.text("tile-consults") == "1"
                assert [r[1] for r in await _rows(page, "by_spoke")] == ["hwc-gaya"]
                weeks = [(r[0], r[1]) for r in await _rows(page, "series")]
                assert weeks == [(w, "1" if w == "2026-11-09" else "0") for w in (
                    "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23",
                    "2026-11-30")]  # Mondays; a week without a consult shows 0  # fmt: skip
                await page.close()

    asyncio.run(scenario())


def test_a_specialist_cannot_open_the_dashboard(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await _seed(hub.storage)
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/dashboard/")
                await _sign_in(page, "dr.nair", SPECIALIST_PASSWORD)
                await page.wait_for(f"!{page.by_id('login-error')}.hidden")
                assert await page.visible("login-view") and not await page.visible("dash-view")
                await page.close()
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(cookie_jar=jar) as s:
                login = {"username": "dr.nair", "password": SPECIALIST_PASSWORD}
                async with s.post(f"{hub.url}/console/api/login", json=login) as r:
                    assert r.status == 200
                    console_cookie = r.cookies["hwc_console"].value
                officer = {"username": "dpo.jaipur", "password": OFFICER_PASSWORD}
                async with s.post(f"{hub.url}/dashboard/api/login", json=officer) as r:
                    assert r.status == 200
                    officer_cookie = r.cookies["hwc_dashboard"].value
                    assert "Path=/dashboard" in r.headers["Set-Cookie"]
                    assert "HttpOnly" in r.headers["Set-Cookie"]
            # Each cookie, sent by hand under the other's name, opens nothing.
            async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as bare:
                headers = {"Cookie": f"hwc_dashboard={console_cookie}"}
                async with bare.get(f"{hub.url}/dashboard/api/figures", headers=headers) as r:
                    assert r.status == 401
                headers = {"Cookie": f"hwc_console={officer_cookie}"}
                async with bare.get(f"{hub.url}/console/api/queue", headers=headers) as r:
                    assert r.status == 401
                headers = {"Cookie": f"hwc_dashboard={officer_cookie}"}
                async with bare.get(f"{hub.url}/dashboard/api/figures", headers=headers) as r:
                    assert r.status == 200  # the officer's own cookie, the same way, does
            async with aiohttp.ClientSession(cookie_jar=jar) as s:
                # Signing out needs the CSRF token; the figures need a session.
                async with s.post(f"{hub.url}/dashboard/api/logout") as r:
                    assert r.status == 403
                async with s.get(f"{hub.url}/dashboard/api/tables/nothing.csv") as r:
                    assert r.status == 404
                async with s.get(f"{hub.url}/dashboard/api/figures?period=hour") as r:
                    assert r.status == 400 and (await r.json())["error"] == "bad_filter"
            anonymous = aiohttp.ClientSession()
            async with (
                anonymous,
                anonymous.get(f"{hub.url}/dashboard/api/tables/by_spoke.csv") as r,
            ):
                assert r.status == 401

    asyncio.run(scenario())


def test_wrong_passwords_lock_an_officer_out(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await add_officer(hub.storage, "dpo.jaipur", "district:Jaipur")
            async with aiohttp.ClientSession() as s:
                url = f"{hub.url}/dashboard/api/login"
                for _ in range(5):
                    async with s.post(url, json={"username": "dpo.jaipur",
                                                 "password": "not it at all"}) as r:  # fmt: skip
                        assert r.status == 401
                good = {"username": "dpo.jaipur", "password": OFFICER_PASSWORD}
                async with s.post(url, json=good) as r:
                    assert r.status == 429
                async with s.post(url, json=good, headers={"Origin": "http://evil.example"}) as r:
                    assert r.status == 403

    asyncio.run(scenario())


def test_a_question_too_long_for_the_database_is_said_in_plain_words(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await add_officer(hub.storage, "spo.bihar", "state:Bihar")

            async def too_long(*_args: object) -> list[dict[str, object]]:
                raise TimeoutError  # what the pool raises past its query timeout

            hub.storage.figures = too_long  # this hub's storage only
            jar = aiohttp.CookieJar(unsafe=True)
            async with aiohttp.ClientSession(cookie_jar=jar) as s:
                login = {"username": "spo.bihar", "password": OFFICER_PASSWORD}
                async with s.post(f"{hub.url}/dashboard/api/login", json=login) as r:
                    assert r.status == 200
                for path in ("figures", "tables/by_spoke.csv"):
                    async with s.get(f"{hub.url}/dashboard/api/{path}") as r:
                        body = await r.json()
                        assert (r.status, body["error"]) == (503, "too_long")
                        assert "fewer months" in body["message"]

    asyncio.run(scenario())
