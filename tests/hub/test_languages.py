"""The patient's language across the link: registered on the kiosk, carried to the hub,
shown to the specialist on the queue and the case, chosen for the paper, signed into the
prescription, and printed by the kiosk in that language beside English."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path

from kiosk.rx.render import PaperSize, Printable, render_pdf
from tests.conftest import FakeClock
from tests.consent_helpers import consented
from tests.consulttools import add_specialist, console, map_spoke
from tests.hub.test_prescriptions import FORM, hub_and_kiosk


def test_a_tamil_patient_is_seen_and_prescribed_for_in_tamil(
    tmp_path: Path, clock: FakeClock
) -> None:
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
            c = console(hub.url)
            async with c.session:
                assert await c.login() == 200
                queue = (await c.call("GET", "/queue"))[1]["queue"]
                assert queue[0]["patient"]["language_name"] == "Tamil (தமிழ்)"
                assert (await c.call("POST", f"/cases/{encounter}/take"))[0] == 200
                case = (await c.call("GET", f"/cases/{encounter}"))[1]
                assert case["patient"]["language"] == "ta"
                status, info = await c.call("GET", f"/cases/{encounter}/prescription")
                assert status == 200 and info["language"] == "ta"
                names = {lang["code"]: lang["name"] for lang in info["languages"]}
                assert names["ta"] == "Tamil (தமிழ்)" and len(names) == 11
                form = {**FORM, "language": info["language"]}
                status, signed = await c.call("POST", f"/cases/{encounter}/prescription", form)
                assert status == 201, signed
            assert signed["prescription"]["language"] == "ta"
            assert (await kiosk.sync(hub.url)).clean
            [stored] = kiosk.clinic.prescriptions.for_encounter(encounter)
            item = Printable(stored.prescription, stored.qr_text, "HWC A")
            pdf = tmp_path / "ta.pdf"
            pdf.write_bytes(render_pdf(item, PaperSize.A5, stored.prescription.language))
            text = subprocess.run(
                ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout
            text = " ".join(text.split())
            assert "மருந்துகள் / Medicines" in text and "சாப்பிட்ட பின்" in text
            assert "தினமும் மூன்று முறை" in text and "3 நாட்கள்" in text
            assert "Come back at once if the fever goes above" in text  # English, as typed

    asyncio.run(scenario())
