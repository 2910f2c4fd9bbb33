"""The console's prescription form in headless Chromium, through a real hub to a real
kiosk: medicines picked from the formulary with the mouse and the keyboard and one
written freely, the page's own checks and the hub's, signing, and the kiosk keeping
and printing what was signed."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

import pytest

from kiosk.rx.render import PaperSize, Printable, render_pdf
from tests import chromium
from tests.conftest import FakeClock
from tests.consulttools import synced_case
from tests.hubtools import hub_and_kiosk
from tests.rtc.callkit import console_in_case
from tests.rtc.console_rx import (
    SLOT,
    fill_medicine,
    key,
    mouse_click,
    pick,
    q,
    set_date,
    type_into,
    video_for,
)

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


def test_the_specialist_writes_signs_and_the_kiosk_prints(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock  # today, for the follow-up date, is the test's
            encounter = await synced_case(hub, kiosk)
            async with chromium.Browser() as browser:
                page = await console_in_case(browser, hub.url, encounter)
                # A video call (as the kiosk reports it): List A antibiotics may be prescribed.
                await video_for(hub, kiosk.spoke_id, encounter, clock, 120)
                await page.wait_for(f"{page.by_id('rx-prescriber')}.textContent.includes('RMC-1')")
                assert await page.visible("rx-form")
                assert "MBBS, MD (General Medicine)" in await page.text("rx-prescriber")
                await type_into(page, "[data-testid=rx-diagnosis]", "Community-acquired pneumonia")
                rows = "document.querySelectorAll('[data-testid=rx-medicine]').length"
                # From the formulary with the mouse, then with the keyboard.
                await pick(page, "amox", "Capsule · 500 mg")
                await type_into(page, "[data-testid=rx-medicine-search]", "parac")
                await page.wait_for(f"{q('[data-testid=rx-suggestion]')}")
                await key(page, "ArrowDown")
                await key(page, "Enter")
                # The hub checks each medicine before the form takes it.
                await page.wait_for(f"{rows} === 2")
                # Written freely: nothing in the formulary is called this (its generic name
                # is: List O, so the hub allows it).
                await type_into(page, "[data-testid=rx-medicine-search]", "Paracetamol drops")
                await page.wait_for(f"{q('[data-testid=rx-suggestion-free]')}")
                assert await page.eval(
                    "document.querySelectorAll('[data-testid=rx-suggestion]').length"
                ) == 0  # fmt: skip
                await key(page, "Enter")
                await page.wait_for(f"{rows} === 3")
                names = await page.eval(
                    "[...document.querySelectorAll('[data-testid=rx-med-name]')]"
                    ".map((i) => [i.value, i.closest('[data-testid=rx-medicine]')"
                    ".querySelector('[data-testid=rx-med-strength]').value])"
                )
                assert names == [["Amoxicillin", "500 mg"], ["Paracetamol", "650 mg"],
                                 ["Paracetamol drops", ""]]  # fmt: skip
                await fill_medicine(page, 1, "1 capsule", "Three times a day", "5 days")
                await fill_medicine(page, 2, "1 tablet", "When needed (SOS)", "3 days")
                # The page's own check names what is missing, field by field.
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-errors')}.hidden")
                errors = await page.text("rx-errors")
                assert "Medicine 3 (Paracetamol drops): say the dose." in errors
                duration_error = q(f'{SLOT} [data-field="medicines.3.duration"]')
                assert await page.eval(f"{duration_error}.hidden") is False
                await mouse_click(page, f"{SLOT} [data-index='3'] [data-testid=rx-med-remove]")
                await type_into(page, "[data-testid=rx-investigations]", "Chest X-ray\nCBC")
                await type_into(page, "[data-testid=rx-advice]", "Steam inhalation; fluids.")
                # The hub's check: a follow-up more than a year away.
                await set_date(page, "[data-testid=rx-follow-up]", "2028-01-01")
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(
                    f"{q(SLOT + ' [data-field=follow_up]')}.textContent.includes('within a year')"
                )
                await mouse_click(page, "[data-testid=rx-follow-up-7]")
                assert await page.eval(f"{q('[data-testid=rx-follow-up]')}.value") == "2026-11-27"
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")
                rx_id = await page.text("rx-signed-id")
                assert await page.eval(f"{page.by_id('case-finish')}.disabled") is True
                assert [m.lower() for m in await page.eval(
                    "[...document.querySelectorAll('[data-testid=rx-signed-medicine] strong')]"
                    ".map((s) => s.textContent)")] == ["amoxicillin", "paracetamol"]  # fmt: skip
                assert not [line for line in page.console if line.startswith("exception")]
            # The kiosk keeps exactly what was signed, and prints it.
            assert (await kiosk.sync(hub.url)).clean
            [stored] = kiosk.clinic.prescriptions.for_encounter(encounter)
            rx = stored.prescription
            assert rx.id == rx_id and rx.diagnosis == "Community-acquired pneumonia"
            assert [(m.name, m.form, m.dose) for m in rx.medicines] == [
                ("Amoxicillin", "Capsule", "1 capsule"), ("Paracetamol", "Tablet", "1 tablet")
            ]  # fmt: skip
            assert rx.investigations == ("Chest X-ray", "CBC") and rx.follow_up == "2026-11-27"
            pdf = tmp_path / "rx.pdf"
            pdf.write_bytes(render_pdf(Printable(rx, stored.qr_text, "HWC A"), PaperSize.A5, "en"))
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                                  check=True).stdout  # fmt: skip
            for shown in ("Amoxicillin", "Community-acquired pneumonia", "Dr. Asha", "RMC-1",
                          "MBBS, MD (General Medicine)", "Chest X-ray"):  # fmt: skip
                assert shown in text, shown

    asyncio.run(scenario())
