"""The console in Hindi, in headless Chromium through a real hub and kiosk: the specialist
switches the language, the fixed labels of the sign-in, queue and case turn Hindi, the
choice outlives a reload, and the patient's own language is still shown."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests import chromium
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.consulttools import PASSWORD, add_specialist, map_spoke
from tests.hubtools import hub_and_kiosk

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


def test_the_specialist_works_in_hindi(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            patient = kiosk.patient("கமலா", language="ta")
            encounter = kiosk.encounter(patient)
            consented(kiosk.clinic, encounter, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(
                encounter, "general_medicine", False, kiosk.cho_id
            )
            assert (await kiosk.sync(hub.url)).clean
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/console/")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                assert await page.text("login-submit") == "Sign in"
                switch = page.by_id("console-language")
                await page.eval(
                    f"(() => {{ const s = {switch}; s.value = 'hi';"
                    " s.dispatchEvent(new Event('change')); })()"
                )
                await page.wait_for(f"{page.by_id('login-submit')}.textContent === 'साइन इन करें'")
                assert await page.eval("document.documentElement.lang") == "hi"

                # Remembered in this browser: a reload opens in Hindi.
                await page.eval("window.beforeReload = true")
                await page.goto(f"{hub.url}/console/")
                await page.wait_for("!window.beforeReload && document.readyState === 'complete'")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                assert await page.text("login-submit") == "साइन इन करें"
                assert await page.eval(f"{switch}.value") == "hi"

                await page.type("login-username", "dr.asha")
                await page.type("login-password", PASSWORD)
                await page.click("login-submit")
                row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
                await page.wait_for(row)
                assert "परामर्श कतार" in await page.eval("document.body.innerText")
                assert await page.text("queue-count") == "1 मरीज़ प्रतीक्षा में"
                take = f"{row}.querySelector('[data-testid=queue-take]')"
                assert await page.eval(f"{take}.textContent") == "लें"
                await page.eval(f"{take}.click()")
                await page.wait_for(f"!{page.by_id('case-view')}.hidden")
                assert await page.text("case-release") == "कतार में लौटाएँ"
                assert await page.text("call-start") == "स्पोक को कॉल करें"
                assert "सहमति दी: मरीज़ स्वयं, बोलकर हाँ कहा" in await page.text("consent-teleconsult")
                assert await page.text("live-state") == "ऑक्सीमीटर की प्रतीक्षा"
                sign = f"{page.by_id('rx-sign')}?.textContent"
                await page.wait_for(f"{sign} === 'हस्ताक्षर करके स्पोक को भेजें'")
                meta = await page.text("case-meta")
                assert "भाषा: तमिल (தமிழ்)" in meta  # the patient's language, still shown
                await page.screenshot(tmp_path / "console-case-hi.png")

                # Back to English on the open case, without a reload.
                await page.eval(
                    f"(() => {{ const s = {switch}; s.value = 'en';"
                    " s.dispatchEvent(new Event('change')); })()"
                )
                await page.wait_for(
                    f"{page.by_id('case-release')}.textContent === 'Return to queue'"
                )
                assert "speaks Tamil (தமிழ்)" in await page.text("case-meta")
                assert "Given by the patient: said yes aloud" in await page.text(
                    "consent-teleconsult"
                )
                assert await page.text("live-state") == "waiting for the oximeter"
                assert await page.eval(sign) == "Sign and send to the spoke"

    asyncio.run(scenario())
