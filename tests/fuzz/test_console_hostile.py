"""The console's pages against hostile records: a patient name and a complaint made of
script tags, an image whose error handler runs code, right-to-left overrides and text
far longer than any real one, pushed by a kiosk as a hostile client could. In headless
Chromium nothing of it may run, and the layout must hold (no sideways scrolling)."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

import pytest

from tests import chromium
from tests.conftest import FakeClock
from tests.consulttools import add_specialist, map_spoke, queued_case
from tests.hubtools import Kiosk, hub_and_kiosk

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)

HOSTILE_NAME = (
    "<script>window.__owned='script'</script><img src=x onerror=\"window.__owned='img'\">"
    "\u202eevil\u202c\u200f"
)
HOSTILE_COMPLAINT = (
    "<svg onload=\"window.__owned='svg'\"></svg>\u202eFever\u202c "
    + "x" * 3000  # one unbroken word, far wider than any screen
    + " <iframe src=\"javascript:window.top.__owned='iframe'\"></iframe>"
)
# The pictures go to the test's own folder; HWC_SHOTS=docs/screenshots keeps them for the
# README (a test run never changes the checkout by itself).
SHOTS_FOLDER = os.environ.get("HWC_SHOTS", "")


def _make_hostile(kiosk: Kiosk, encounter: str) -> None:
    """Rewrite the outbox as a hostile kiosk would send it: the kiosk's own checks
    (names are letters) are not the hub's to rely on."""

    def rewrite(db: object) -> None:
        rows = db.execute("SELECT seq, entity, payload FROM outbox").fetchall()  # type: ignore[attr-defined]
        for seq, entity, payload in rows:
            record = json.loads(payload)
            if entity == "patient":
                record["name"] = HOSTILE_NAME
            if entity == "encounter" and record.get("id") == encounter:
                record["complaint"] = HOSTILE_COMPLAINT
            db.execute(  # type: ignore[attr-defined]
                "UPDATE outbox SET payload = ? WHERE seq = ?", [json.dumps(record), seq]
            )

    kiosk.store.write(rewrite)


def test_hostile_names_and_complaints_do_not_run_and_the_layout_holds(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        shots = Path(SHOTS_FOLDER) if SHOTS_FOLDER else tmp_path
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_case(kiosk)
            _make_hostile(kiosk, encounter)
            report = await kiosk.sync(hub.url)
            assert report.clean, report.error
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/console/")
                await page.send("Emulation.setDeviceMetricsOverride", width=1366, height=768,
                                deviceScaleFactor=1, mobile=False)  # fmt: skip
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                await page.type("login-username", "dr.asha")
                await page.type("login-password", "correct horse battery")
                await page.click("login-submit")
                await page.wait_for(f"{page.by_id('queue-patient')}")
                shown = await page.text("queue-patient")
                assert "<script>" in shown and "onerror" in shown  # shown as text
                assert await page.eval("window.__owned === undefined")
                assert await page.eval(
                    "document.documentElement.scrollWidth <= window.innerWidth"
                ), "the queue scrolls sideways"
                await page.screenshot(shots / "console-hostile-queue.png")
                row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
                await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
                await page.wait_for(f"!{page.by_id('case-view')}.hidden")
                case = page
                assert "<svg" in await case.text("case-complaint")
                assert await case.text("case-patient") == HOSTILE_NAME
                assert await case.eval("window.__owned === undefined")
                assert await case.eval(
                    "document.querySelectorAll('iframe, svg[onload], img[onerror]').length"
                ) == 0  # fmt: skip
                assert await case.eval(
                    "document.documentElement.scrollWidth <= window.innerWidth"
                ), "the case page scrolls sideways"
                await case.screenshot(shots / "console-hostile-case.png")
                errors = [line for line in case.console if line.startswith("exception")]
                assert errors == []

    asyncio.run(scenario())
