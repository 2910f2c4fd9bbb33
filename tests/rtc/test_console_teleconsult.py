"""A lawful teleconsultation in the console, in headless Chromium through a real hub to a
real kiosk: each refusal of the medicine lists shown in plain words (and the hub's at
signing when the page is bypassed), and a case sent for review (store-and-forward)
from the kiosk to its answer printed through CUPS."""

from __future__ import annotations

import asyncio
import subprocess
import time
from pathlib import Path

import pytest

from kiosk.rx import printing
from kiosk.rx.desk import PrescriptionDesk
from kiosk.rx.printing import JobState
from kiosk.rx.render import PaperSize
from tests import chromium
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.consulttools import add_specialist, console, map_spoke, synced_case
from tests.hubtools import hub_and_kiosk
from tests.rtc.callkit import console_in_case
from tests.rtc.console_rx import (
    SLOT,
    fill,
    fill_medicine,
    key,
    medicine_field,
    mouse_click,
    pick,
    q,
    type_into,
    video_for,
)
from tests.test_rx_print import QUEUE, _cups_pdf_dir

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)
COUNCIL = "Rajasthan Medical Council"


async def refused(page: chromium.Page, words: str) -> str:
    shown = f"{page.by_id('rx-refusal-text')}.textContent.includes({words!r})"
    await page.wait_for(f"!{page.by_id('rx-refusal')}.hidden && {shown}")
    return await page.text("rx-refusal-text")


async def medicines(page: chromium.Page) -> list[str]:
    names: list[str] = await page.eval(
        "[...document.querySelectorAll('[data-testid=rx-med-name]')].map((i) => i.value)"
    )
    return names


def test_the_console_refuses_what_the_consult_does_not_allow(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            encounter = await synced_case(hub, kiosk)
            async with chromium.Browser() as browser:
                page = await console_in_case(browser, hub.url, encounter)
                await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'text'")
                assert "List O (over the counter)" in await page.text("rx-allowed")
                # No call yet: a text consult, List O only.
                await pick(page, "amox", "Capsule · 500 mg")
                text = await refused(page, "Amoxicillin is List A")
                assert "may prescribe only List O medicines" in text
                assert await medicines(page) == []
                # Prohibited in every consult: greyed in the list, refused with the law.
                await type_into(page, "[data-testid=rx-medicine-search]", "diaz")
                await page.wait_for(q("[data-testid=rx-suggestion][data-list=prohibited]"))
                assert await page.eval(
                    f"{q('[data-testid=rx-suggestion]')}.classList.contains('blocked')"
                ) is True  # fmt: skip
                await key(page, "Enter")
                assert "psychotropic substance under the NDPS Act" in await refused(
                    page, "Diazepam"
                )
                # Written freely, by brand: the hub's list of names knows it.
                await type_into(page, "[data-testid=rx-medicine-search]", "Alprax 0.25")
                await page.wait_for(q("[data-testid=rx-suggestion-free]"))
                await key(page, "Enter")
                assert "See the patient in person, or refer." in await refused(page, "Alprazolam")

                # The kiosk reports a video call: List A is allowed, List B still not.
                await video_for(hub, kiosk.spoke_id, encounter, clock, 120)
                await pick(page, "amox", "Capsule · 500 mg")
                await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'video'")
                assert await medicines(page) == ["Amoxicillin"]
                assert await page.eval(f"{page.by_id('rx-refusal')}.hidden") is True
                await pick(page, "enala", "Tablet · 5 mg")
                text = await refused(page, "Enalapril is List B")
                assert "only be added in a follow-up for the same condition" in text
                assert await medicines(page) == ["Amoxicillin"]

                # The page bypassed (a name changed after the check): the hub refuses too.
                await type_into(page, "[data-testid=rx-diagnosis]", "Acute bronchitis")
                await fill_medicine(page, 1, "1 capsule", "Three times a day", "5 days")
                await fill(page, medicine_field(1, "name"), "Tramadol")
                await mouse_click(page, "[data-testid=rx-sign]")
                note = q(f'{SLOT} [data-testid=rx-error][data-field="medicines.1.name"]')
                await page.wait_for(f"!{note}.hidden")
                assert "psychotropic substance under the NDPS Act" in await page.eval(
                    f"{note}.textContent"
                )
                assert await page.visible("rx-form")  # nothing was signed
                assert await hub.storage.prescriptions_for(encounter) == []
                assert not [line for line in page.console if line.startswith("exception")]

    asyncio.run(scenario())


def test_an_audio_follow_up_repeats_list_a_and_adds_list_b(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            first = await synced_case(hub, kiosk)
            # The first consult, by video, signed through the API.
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                assert (await c.call("POST", f"/cases/{first}/take"))[0] == 200
                await video_for(hub, kiosk.spoke_id, first, clock, 120)
                status, earlier = await c.call("POST", f"/cases/{first}/prescription", {
                    "diagnosis": "Essential hypertension", "investigations": [],
                    "medicines": [{"name": "Amlodipine", "form": "Tablet", "strength": "5 mg",
                                   "dose": "1 tablet", "frequency": "Once daily",
                                   "duration": "1 month", "instructions": ""}],
                    "advice": "", "follow_up": "", "referral": "", "language": "en",
                })  # fmt: skip
                assert status == 201, earlier
            # A month later the same patient; the call runs on audio only.
            clock.advance(days=30)
            patient = kiosk.clinic.encounters.detail(first).encounter.patient_id
            second = kiosk.encounter(patient)
            consented(kiosk.clinic, second, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(second, "general_medicine", False,
                                                    kiosk.cho_id)  # fmt: skip
            assert (await kiosk.sync(hub.url)).clean
            async with chromium.Browser() as browser:
                page = await console_in_case(browser, hub.url, second)
                assert await hub.storage.note_call_media(second, kiosk.spoke_id, "audio", clock())
                await pick(page, "amlo", "Tablet · 5 mg")
                await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'audio'")
                assert "List A needs a video consult; this one was audio" in await refused(
                    page, "Amlodipine is List A"
                )
                # The specialist says it is the same condition: a follow-up of the earlier one.
                select = page.by_id("rx-type")
                assert await page.eval(f"{select}.options.length") == 2
                assert "Essential hypertension" in await page.eval(f"{select}.options[1].text")
                await page.eval(f"{select}.value = {earlier['id']!r}; "
                                f"{select}.dispatchEvent(new Event('change'))")  # fmt: skip
                await page.wait_for(
                    f"{page.by_id('rx-allowed')}.textContent.includes('audio follow-up')"
                )
                await pick(page, "amlo", "Tablet · 5 mg")  # a repeat: allowed
                await pick(page, "telmi", "Tablet · 40 mg")  # List A, not a repeat
                assert "may only be repeated from the earlier prescription" in await refused(
                    page, "Telmisartan is List A"
                )
                await pick(page, "enala", "Tablet · 5 mg")  # List B add-on: allowed
                assert await medicines(page) == ["Amlodipine", "Enalapril"]
                await type_into(page, "[data-testid=rx-diagnosis]", "Essential hypertension")
                await fill_medicine(page, 1, "1 tablet", "Once daily, morning", "1 month")
                await fill_medicine(page, 2, "1 tablet", "Once daily, night", "1 month")
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")
                assert "Audio consult, follow-up" in await page.text("rx-signed-consult")

    asyncio.run(scenario())


def test_a_case_sent_for_review_is_answered_and_printed_at_the_spoke(
    tmp_path: Path, clock: FakeClock
) -> None:
    if QUEUE not in printing.printers():
        pytest.fail(f"no CUPS queue {QUEUE}: run 'make services' as root (make test does)")

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            hub.running.context.clock = clock
            await add_specialist(hub)
            assert await hub.storage.set_council("dr.asha", COUNCIL)
            await map_spoke(hub, kiosk.spoke_id)
            # The CHO sends the case for review: complaint, history, vitals.
            patient = kiosk.patient("Kamla Bai Meena")
            encounter = kiosk.encounter(patient)
            complaint = "Itchy rash on both forearms for a week"
            notes = (complaint, "No fever. New detergent.", kiosk.cho_id)
            kiosk.clinic.encounters.save_notes(encounter, *notes)
            consented(kiosk.clinic, encounter, kiosk.cho_id)
            kiosk.clinic.encounters.request_consult(encounter, "general_medicine", False,
                                                    kiosk.cho_id, "text")  # fmt: skip
            assert (await kiosk.sync(hub.url)).clean
            async with chromium.Browser() as browser:
                page = await browser.new_page(f"{hub.url}/console/")
                await page.wait_for(f"!{page.by_id('login-view')}.hidden")
                await page.type("login-username", "dr.asha")
                await page.type("login-password", "correct horse battery")
                await page.click("login-submit")
                row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
                await page.wait_for(row)
                badge = f"{row}.querySelector('[data-testid=queue-mode]')"
                assert await page.eval(f"{badge}.dataset.mode") == "text"
                assert "Review" in await page.eval(f"{badge}.textContent")
                await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
                await page.wait_for(f"!{page.by_id('case-review')}.hidden")
                await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'text'")
                assert "spoke sent this case for review" in await page.text("rx-mode-why")
                await pick(page, "clotri", "Cream · 1%")
                assert "may prescribe only List O" in await refused(page, "Clotrimazole")
                await type_into(page, "[data-testid=rx-diagnosis]", "Contact dermatitis")
                await pick(page, "cetiri", "Tablet · 10 mg")
                await fill_medicine(page, 1, "1 tablet", "Once daily, night", "5 days")
                await type_into(page, "[data-testid=rx-advice]",
                                "Stop the new detergent; wear cotton sleeves.")  # fmt: skip
                await type_into(page, "[data-testid=rx-referral]", "CHC Chaksu, skin OPD")
                await mouse_click(page, "[data-testid=rx-sign]")
                await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")
                assert "Text consult (store-and-forward), first consult" in await page.text(
                    "rx-signed-consult"
                )
            # The spoke pulls the answer and prints it like any prescription.
            assert (await kiosk.sync(hub.url)).clean
            [stored] = kiosk.clinic.prescriptions.for_encounter(encounter)
            rx = stored.prescription
            assert rx.consult is not None and (rx.consult.mode, rx.consult.type) == (
                "text", "first"
            )  # fmt: skip
            assert rx.specialist.council == COUNCIL and rx.diagnosis == "Contact dermatitis"
            desk = PrescriptionDesk(kiosk.clinic, tmp_path / "rx", "HWC Bassi", printer=QUEUE)
            started = time.time()
            outcome = desk.print(rx.id, kiosk.cho_id, size=PaperSize.A5, language="en")
            assert outcome.sent, outcome.record.message
            assert desk.wait(outcome.record, timeout_s=60).state == JobState.DONE
            number = rx.id[:8].upper()
            found: list[Path] = []
            deadline = time.time() + 30
            while not found and time.time() < deadline:
                found = [p for p in _cups_pdf_dir().glob(f"*{number}*.pdf")
                         if p.stat().st_mtime >= started - 1]  # fmt: skip
                time.sleep(0.2)
            assert found, f"no cups-pdf output for {number}"
            text = subprocess.run(["pdftotext", str(found[0]), "-"], capture_output=True,
                                  text=True, check=True).stdout  # fmt: skip
            flat = " ".join(text.split())
            # ("first" loses its "fi" ligature in the PostScript round trip: not checked.)
            for shown in ("Teleconsultation", "Text (sent for review)", "Contact dermatitis",
                          "Cetirizine", f"RMC-1 ({COUNCIL})", "CHC Chaksu, skin OPD"):  # fmt: skip
                assert shown in flat, shown

    asyncio.run(scenario())
