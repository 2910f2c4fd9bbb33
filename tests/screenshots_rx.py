"""Screenshots of prescriptions end to end at 1366x768: the console's form filled in
(headless Chromium), the kiosk's prescription view after the hub's live "pull now", and
the public /verify page with the delivered QR text and with a changed one.

Run with ``python -m tests.screenshots_rx docs/screenshots [LANGUAGE]``. Everything
runs for real: a hub on loopback, the kiosk's window with its sync and consult services,
the console. With a LANGUAGE (like ``ta``) the patient speaks it, her name is typed in
its script, and the pictures' names end in ``-ta``.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.app import application, shutdown
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.rx.sample import SAMPLE_NAMES
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.prescription import PrescriptionScreen
from tests import chromium
from tests.consent_helpers import consented
from tests.hubtools import ThreadHub
from tests.rtc.callkit import console_in_case
from tests.rtc.console_rx import SLOT, fill_medicine, mouse_click, pick, q, type_into
from tests.rtc.kiosk_window import consult_hub, open_consult_kiosk
from tests.screenshots_sync import shoot, wait
from tests.test_hub_verify import _changed_dose

PATIENT = {"language": "hi"}  # the patient's language for this run


def hypertension_case(ctx: Context, cho_id: str) -> str:
    clinic = ctx.clinic
    spoken = PATIENT["language"]
    patient = clinic.patients.register(
        PatientForm(name=SAMPLE_NAMES.get(spoken, "Kamla Bai Meena"), sex="female",
                    age_years="46", village="Chaksu", abha_number="91-2345-6789-0123",
                    language=spoken),
        cho_id,
    )  # fmt: skip
    enc = clinic.encounters.open(patient.id, cho_id, "Headache and giddiness for 4 days; "
                                 "stopped her BP tablets a month ago")  # fmt: skip
    bp = {"bp_systolic": 168, "bp_diastolic": 102}
    clinic.encounters.record_vital(enc.id, ObservationKind.BLOOD_PRESSURE, cho_id, components=bp)
    kinds = ObservationKind
    for kind, value in ((kinds.PULSE_RATE, 88.0), (kinds.SPO2, 97.0),
                        (kinds.BODY_TEMPERATURE, 36.9), (kinds.WEIGHT, 61.5)):  # fmt: skip
        clinic.encounters.record_vital(enc.id, kind, cho_id, value=value)
    consented(clinic, enc.id, cho_id)
    clinic.encounters.request_consult(enc.id, "general_medicine", False, cho_id)
    return enc.id


def _named(name: str) -> str:
    spoken = PATIENT["language"]
    return name if spoken == "hi" else f"{name}-{spoken}"


async def console_form(out: Path, hub: ThreadHub, encounter: str) -> None:
    async with chromium.Browser() as browser:
        page = await console_in_case(browser, hub.url, encounter)
        # The kiosk reported three minutes of video: a video consult, List A allowed.
        began = datetime.now(UTC) - timedelta(minutes=3)
        assert await hub.running.storage.note_call_media(encounter, hub.spoke_id, "video", began)
        await page.wait_for(f"{page.by_id('rx-prescriber')}.textContent.includes('RMC')")
        await type_into(page, "[data-testid=rx-diagnosis]",
                        "Essential hypertension, uncontrolled (stopped treatment)")  # fmt: skip
        await pick(page, "amlo", "Tablet · 5 mg")
        await fill_medicine(page, 1, "1 tablet", "Once daily, morning", "1 month")
        await pick(page, "telmi", "Tablet · 40 mg")
        await fill_medicine(page, 2, "1 tablet", "Once daily, night", "1 month")
        await pick(page, "parac", "Tablet · 500 mg")
        await fill_medicine(page, 3, "1 tablet", "When needed (SOS)", "5 days")
        await type_into(page, "[data-testid=rx-investigations]",
                        "Serum creatinine\nLipid profile\nECG")  # fmt: skip
        await type_into(page, "[data-testid=rx-advice]",
                        "नमक कम खाएँ, रोज़ 30 मिनट पैदल चलें। Less salt; walk 30 minutes daily; "
                        "take the tablets at the same time every day.")  # fmt: skip
        await mouse_click(page, "[data-testid=rx-follow-up-14]")
        await page.eval(f"{q(SLOT + ' [data-testid=rx-diagnosis]')}.focus()")
        await page.eval(f"{q(SLOT)}.scrollIntoView({{block: 'start'}}); window.scrollBy(0, 12)")
        await asyncio.sleep(0.3)
        await page.screenshot(out / f"{_named('console-prescription-form')}.png")
        print(out / f"{_named('console-prescription-form')}.png")
        if PATIENT["language"] != "hi":
            await page.eval("window.scrollTo(0, 0)")
            await asyncio.sleep(0.3)
            await page.screenshot(out / f"{_named('console-case')}.png")
        await mouse_click(page, "[data-testid=rx-sign]")
        await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")
        if os.environ.get("RX_SHOTS_SIGNED"):  # for a look at the page once signed
            await page.eval(f"{q(SLOT)}.scrollIntoView({{block: 'start'}})")
            await page.screenshot(Path(os.environ["RX_SHOTS_SIGNED"]))


async def verify_pages(out: Path, hub_url: str, qr: str) -> None:
    async with chromium.Browser() as browser:
        page = await browser.new_page(f"{hub_url}/verify")
        for name, text in (("verify-valid", qr), ("verify-invalid", _changed_dose(qr))):
            await page.goto(f"{hub_url}/verify")
            await page.eval(f"{page.by_id('verify-text')}.value = {json.dumps(text)}")
            await page.click("verify-submit")
            await page.wait_for(f"{page.by_id('verify-result')}")
            await page.wait_for("document.readyState === 'complete'")
            await page.screenshot(out / f"{name}.png")
            print(out / f"{name}.png")


def main(out_dir: str, language: str = "hi") -> None:
    PATIENT["language"] = language
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    base = Path(tempfile.mkdtemp(prefix="hwc-rx-shots-"))
    hub = consult_hub(base / "hub", "hwc-bassi")
    window, ctx, encounter = open_consult_kiosk(base / "kiosk", hub, wait, "en",
                                                hypertension_case)  # fmt: skip
    hub.run(console_form(out, hub, encounter))
    # The hub told the spoke's socket that something waits; the kiosk pulled it by itself.
    wait(lambda: bool(ctx.clinic.prescriptions.for_encounter(encounter)), 30)
    window.open_encounter(encounter)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    wait(screen.rx_panel.button.isVisible)
    screen.rx_panel.button.click()
    view = window.current_screen
    assert isinstance(view, PrescriptionScreen)
    wait(lambda: not view.preview.pixmap().isNull())
    shoot(window, out, _named("en-rx-delivered"))
    qr = ctx.clinic.prescriptions.for_encounter(encounter)[0].qr_text
    if language == "hi":
        hub.run(verify_pages(out, hub.url, qr))
    window.close()
    shutdown(ctx)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    hub.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots", *sys.argv[2:3])
