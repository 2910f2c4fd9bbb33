"""Screenshots of a lawful teleconsultation end to end, at 1366x768: the kiosk's "Send for
review" (before and after), the console's queue with its review badge, the console
refusing a medicine the consult may not prescribe, the answer form of a text consult,
and the printed answer (A5, rendered with pdftoppm into docs/rx-samples/).

Run with ``python -m tests.screenshots_teleconsult docs/screenshots`` (add ``hi`` for the
kiosk's screens in Hindi). Everything runs for
real: a hub on loopback, the kiosk's window with its sync and consult services, the
console in headless Chromium.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from kiosk.app import application, shutdown
from kiosk.devices.camera import encode_photo
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.rx.render import PaperSize, Printable, write_pdf
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from tests import chromium
from tests.consent_helpers import consented
from tests.consulttools import PASSWORD
from tests.rtc.console_rx import SLOT, fill_medicine, mouse_click, pick, q, type_into
from tests.rtc.kiosk_window import consult_hub, open_consult_kiosk
from tests.screenshots_sync import shoot, wait

COUNCIL = "Rajasthan Medical Council"


def rash_photo() -> tuple[bytes, bytes]:
    """A made-up clinical photo: skin with a red, blotchy rash (no real patient)."""
    rng = np.random.default_rng(7)
    image = np.full((480, 640, 3), (120, 160, 205), np.uint8)  # BGR skin tone
    for _ in range(60):
        x, y = int(rng.integers(60, 580)), int(rng.integers(60, 420))
        cv2.circle(image, (x, y), int(rng.integers(6, 22)), (80, 90, 200), -1)
    image = cv2.GaussianBlur(image, (21, 21), 0)
    photo = encode_photo(image)
    return photo.original, photo.upload


def review_case(ctx: Context, cho_id: str) -> str:
    """A skin case still in draft (the CHO sends it for review on screen), and another
    patient's case already waiting for a call, for the queue's two badges."""
    clinic = ctx.clinic
    other = clinic.patients.register(
        PatientForm(name="Ramesh Gurjar", sex="male", age_years="52", village="Bassi"), cho_id
    )
    call = clinic.encounters.open(other.id, cho_id, "Breathless on walking for 2 weeks")
    consented(clinic, call.id, cho_id)
    clinic.encounters.request_consult(call.id, "general_medicine", False, cho_id)
    patient = clinic.patients.register(
        PatientForm(name="Kamla Bai Meena", sex="female", age_years="46", village="Chaksu"),
        cho_id,
    )
    enc = clinic.encounters.open(patient.id, cho_id, "Itchy red rash on both forearms for a "
                                 "week")  # fmt: skip
    clinic.encounters.save_notes(enc.id, enc.complaint, "No fever. Started a new washing "
                                 "powder two weeks ago. No medicines so far.", cho_id)  # fmt: skip
    for kind, value in ((ObservationKind.PULSE_RATE, 78.0), (ObservationKind.SPO2, 98.0),
                        (ObservationKind.BODY_TEMPERATURE, 36.8)):  # fmt: skip
        clinic.encounters.record_vital(enc.id, kind, cho_id, value=value)
    original, upload = rash_photo()
    Attachments(clinic.store, BlobFiles(ctx.config.blobs_dir), clinic.clock).add_photo(
        patient_id=patient.id, encounter_id=enc.id, kind=CLINICAL_PHOTO, original=original,
        upload=upload, by=cho_id, caption="Left forearm",
    )  # fmt: skip
    return enc.id


async def console_shots(out: Path, hub_url: str, encounter: str) -> None:
    async with chromium.Browser() as browser:
        page = await browser.new_page(f"{hub_url}/console/")
        await page.wait_for(f"!{page.by_id('login-view')}.hidden")
        await page.type("login-username", "dr.asha")
        await page.type("login-password", PASSWORD)
        await page.click("login-submit")
        row = f"document.querySelector('[data-encounter-id=\"{encounter}\"]')"
        await page.wait_for(f"{row} && document.querySelectorAll('[data-testid=queue-row]')"
                            ".length === 2")  # fmt: skip
        await asyncio.sleep(0.3)
        await page.screenshot(out / "console-queue-review.png")
        print(out / "console-queue-review.png")
        await page.eval(f"{row}.querySelector('[data-testid=queue-take]').click()")
        await page.wait_for(f"{page.by_id('rx-mode')}?.dataset.mode === 'text'")
        await page.wait_for("document.querySelector('[data-testid=case-photo]')?.complete")
        await type_into(page, "[data-testid=rx-diagnosis]", "Allergic contact dermatitis")
        await pick(page, "cetiri", "Tablet · 10 mg")
        await fill_medicine(page, 1, "1 tablet", "Once daily, night", "5 days")
        await pick(page, "hydrocort", "Cream · 1%")
        await page.wait_for(f"!{page.by_id('rx-refusal')}.hidden")
        await page.eval(f"{q(SLOT + ' [data-testid=rx-consult]')}.scrollIntoView("
                        "{block: 'start'}); window.scrollBy(0, -48)")  # fmt: skip
        await asyncio.sleep(0.3)
        await page.screenshot(out / "console-rx-refused.png")
        print(out / "console-rx-refused.png")
        await type_into(page, "[data-testid=rx-advice]",
                        "Stop the new washing powder; rinse clothes twice. Wear cotton sleeves. "
                        "Come back at once if it blisters or spreads to the face.")  # fmt: skip
        await type_into(page, "[data-testid=rx-investigations]", "Patch test if it returns")
        await type_into(page, "[data-testid=rx-referral]", "CHC Chaksu, skin OPD, if not "
                        "better in 5 days")  # fmt: skip
        await mouse_click(page, "[data-testid=rx-follow-up-7]")
        await page.eval("document.activeElement.blur(); window.scrollTo(0, 0)")
        await asyncio.sleep(0.3)
        await page.screenshot(out / "console-review-case.png")
        print(out / "console-review-case.png")
        await page.eval(f"{q(SLOT + ' [data-testid=rx-diagnosis]')}.scrollIntoView("
                        "{block: 'start'}); window.scrollBy(0, -60)")  # fmt: skip
        await asyncio.sleep(0.3)
        await page.screenshot(out / "console-review-answer.png")
        print(out / "console-review-answer.png")
        await mouse_click(page, "[data-testid=rx-sign]")
        await page.wait_for(f"!{page.by_id('rx-signed')}.hidden")


def printed(samples: Path, ctx: Context, encounter: str) -> None:
    [stored] = ctx.clinic.prescriptions.for_encounter(encounter)
    pdf = write_pdf(Printable(stored.prescription, stored.qr_text, "HWC Bassi"),
                    samples / "text-consult-a5.pdf", PaperSize.A5, "hi")  # fmt: skip
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf),
                    str(samples / "text-consult-a5")], check=True)  # fmt: skip
    pdf.unlink()
    print(samples / "text-consult-a5.png")


def main(out_dir: str, language: str = "en") -> None:
    """Everything in English; with ``hi``, only the kiosk's two screens, in Hindi."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    samples = out.parent / "rx-samples"
    application()
    base = Path(tempfile.mkdtemp(prefix="hwc-tele-shots-"))
    hub = consult_hub(base / "hub", "hwc-bassi")
    hub.run(hub.running.storage.set_council("dr.asha", COUNCIL))
    window, ctx, encounter = open_consult_kiosk(base / "kiosk", hub, wait, language, review_case)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    wait(screen.review_button.isVisible)
    screen.specialty.setCurrentIndex(screen.specialty.findData("general_medicine"))
    shoot(window, out, f"{language}-send-for-review")
    screen.review_button.click()
    wait(lambda: screen.consult_state.isVisible())

    def at_hub() -> bool:
        found = hub.run(hub.running.storage.consult_case(encounter))
        return found is not None and found.entry.encounter["status"] == "queued"

    assert ctx.sync is not None  # the CHO presses "Sync now" (or the next cycle runs)
    ctx.bridge.run_async(ctx.sync.service.sync_now, lambda _report: None)
    wait(at_hub, 30)
    shoot(window, out, f"{language}-sent-for-review")
    if language == "en":
        hub.run(console_shots(out, hub.url, encounter))
        # The hub told the spoke's socket that something waits; the kiosk pulled it itself.
        wait(lambda: bool(ctx.clinic.prescriptions.for_encounter(encounter)), 30)
        printed(samples, ctx, encounter)
    window.close()
    shutdown(ctx)
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    hub.close()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots",
         sys.argv[2] if len(sys.argv) > 2 else "en")  # fmt: skip
