"""Screenshots of the programme dashboard in headless Chromium: the sign-in, a district
officer's whole page, and each chart on its own (``dashboard-*.png``).

Run with ``python -m tests.screenshots_dashboard docs/screenshots``. A real hub on
loopback (SQLite) holds a generated district's worth of consults
(:func:`tests.hub.dashtools.seed_demo`: 17 spokes, 45 days); the pictures are of the page
as an officer sees it.
"""

from __future__ import annotations

import asyncio
import base64
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from tests import chromium
from tests.hub.dashtools import OFFICER_PASSWORD, add_officer, seed_demo
from tests.hubtools import running_hub

CHARTS = ("series", "waits", "specialty", "places", "shares", "specialists")


async def _element(page: chromium.Page, testid: str, path: Path) -> None:
    box = await page.eval(
        f"(() => {{ const e = {page.by_id(testid)}; const r = e.getBoundingClientRect(); "
        "return {x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height}; })()"
    )
    shot = await page.send("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                           clip={**box, "scale": 1})  # fmt: skip
    path.write_bytes(base64.b64decode(shot["data"]))


async def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    today = datetime.now(ZoneInfo("Asia/Kolkata")).replace(hour=17, minute=0)
    with tempfile.TemporaryDirectory() as tmp:
        async with running_hub(Path(tmp) / "hub") as hub:
            seeded = await seed_demo(hub.storage, today)
            print(f"seeded {seeded}")
            await add_officer(
                hub.storage, "dpo.jaipur", "district:Jaipur", "Dr. R. Sharma, DPM Jaipur"
            )
            await add_officer(
                hub.storage, "spo.rajasthan", "state:Rajasthan", "Mission Director, NHM"
            )
            async with chromium.Browser(size=(1440, 900)) as browser:
                start = (today - timedelta(days=29)).date().isoformat()
                month = f"?from={start}&to={today.date().isoformat()}"
                page = await browser.new_page(f"{hub.url}/dashboard/{month}")
                await page.wait_for("window.hwcDashboard && window.hwcDashboard.ready")
                await page.type("login-username", "spo.rajasthan")
                await page.screenshot(out / "dashboard-sign-in.png")
                await page.type("login-password", OFFICER_PASSWORD)
                await page.click("login-submit")
                await page.wait_for("window.hwcDashboard.loads >= 1 && window.hwcDashboard.ready")
                await page.screenshot(out / "dashboard-state.png")
                for chart in CHARTS:
                    await _element(
                        page, f"chart-{chart}-card", out / f"dashboard-chart-{chart}.png"
                    )
                await _element(page, "table-idle_spokes", out / "dashboard-table-idle.png")
                await _element(page, "table-silent_spokes", out / "dashboard-table-silent.png")
                await _element(page, "table-troubles", out / "dashboard-table-troubles.png")
                await page.click("logout")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                await page.type("login-username", "dpo.jaipur")
                await page.type("login-password", OFFICER_PASSWORD)
                await page.click("login-submit")
                await page.wait_for("window.hwcDashboard.loads >= 1 && window.hwcDashboard.ready")
                await page.eval("document.getElementById('f-specialty').value = 'cardiology'")
                await page.click("apply")
                await page.wait_for("window.hwcDashboard.loads >= 2 && window.hwcDashboard.ready")
                await page.screenshot(out / "dashboard-district-cardiology.png")
                await page.close()
    for path in sorted(out.glob("dashboard-*.png")):
        print(path)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
