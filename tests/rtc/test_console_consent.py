"""Consent in the specialist's console, in headless Chromium through a real hub and kiosk:
a case without consent cannot be taken (the page says why), the case view shows who
consented, how, before whom and when, and once the patient withdraws, signing is refused
by the hub and the page shows why."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.domain.consent import ConsentForm, Purpose
from tests import chromium
from tests.conftest import FakeClock
from tests.consent_helpers import queued_without_consent
from tests.consulttools import PASSWORD, add_specialist, map_spoke
from tests.hubtools import hub_and_kiosk
from tests.rtc.console_rx import mouse_click, type_into

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


def test_the_console_refuses_a_consult_without_consent(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            await add_specialist(hub)
            await map_spoke(hub, kiosk.spoke_id)
            encounter = queued_without_consent(kiosk)
            assert (await kiosk.sync(hub.url)).clean
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/console/")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                await page.type("login-username", "dr.asha")
                await page.type("login-password", PASSWORD)
                await page.click("login-submit")
                row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
                await page.wait_for(row)
                take = f"{row}.querySelector('[data-testid=queue-take]')"
                await page.eval(f"{take}.click()")
                await page.wait_for(f"!{page.by_id('queue-problem')}.hidden")
                assert "no record of the patient's consent" in await page.text("queue-problem")
                await page.screenshot(tmp_path / "consent-queue.png")
                assert await page.eval(f"{page.by_id('case-view')}.hidden") is True
                state = await hub.storage.consult_state(encounter)
                assert state is None or state.taken_by is None

                # The CHO records the patient's consent (and to share with ABDM); it syncs.
                kiosk.clinic.consents.give_all(
                    encounter, [Purpose.TELECONSULTATION, Purpose.ABDM_SHARING],
                    ConsentForm("patient", method="signature"), kiosk.cho_id,
                )  # fmt: skip
                assert (await kiosk.sync(hub.url)).clean
                await page.wait_for(take)
                await page.eval(f"{take}.click()")
                await page.wait_for(f"!{page.by_id('case-view')}.hidden")
                line = await page.text("consent-teleconsult")
                assert "Given by the patient: signature on the printed form" in line
                assert "Witnessed by Asha Meena" in line
                assert "agreed" in await page.text("consent-abdm")
                assert await page.eval(f"{page.by_id('consent-problem')}.hidden") is True
                assert await page.eval(f"{page.by_id('call-start')}.disabled") is False
                await page.screenshot(tmp_path / "consent-case.png")

                # Withdrawn at the spoke: the hub refuses to sign, and the page says why.
                clock.advance(minutes=3)
                kiosk.clinic.consents.withdraw(encounter, Purpose.TELECONSULTATION, kiosk.cho_id)
                assert (await kiosk.sync(hub.url)).clean
                await page.wait_for(f"{page.by_id('rx-prescriber')}.textContent.length > 0")
                await type_into(page, "[data-testid=rx-diagnosis]", "Viral fever")
                await type_into(page, "[data-testid=rx-advice]", "Rest and fluids.")
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-errors')}.hidden")
                assert "withdrew consent" in await page.text("rx-errors")
                assert await hub.storage.prescriptions_for(encounter) == []
                # Opened again, the case shows the withdrawal and offers no call.
                await page.click("case-back")
                await page.wait_for(f"!{page.by_id('queue-view')}.hidden")
                await page.wait_for(f"{row}.querySelector('[data-testid=queue-open]')")
                await page.eval(f"{row}.querySelector('[data-testid=queue-open]').click()")
                await page.wait_for(f"!{page.by_id('consent-problem')}.hidden")
                assert "Withdrawn" in await page.text("consent-teleconsult")
                assert await page.eval(f"{page.by_id('call-start')}.disabled") is True
                assert not [line for line in page.console if line.startswith("exception")]

    asyncio.run(scenario())
