"""The sample papers in docs/rx-samples/ as PNG: the A5 prescription, the consent form
and the follow-up slip in some languages, rendered with pdftoppm at the sizes the
docs show them (A5 at 80 dpi, the A4 form at 70, the 80 mm slip at 110).

    python -m tests.rx_samples docs/rx-samples or,ta
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import sign, verify
from kiosk.rx.consent_form import render_consent_form
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.sample import sample_prescription
from kiosk.rx.slip import render_slip
from tests.test_consent_form_languages import SHEET

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
RX_ID = "7d1e4b2a-0c3f-4e5d-9a8b-6c7d8e9f0a1b"


def _png(pdf: bytes, out: Path, dpi: int) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "paper.pdf"
        source.write_bytes(pdf)
        stem = out.with_suffix("")
        command = ["pdftoppm", "-r", str(dpi), "-png", "-singlefile", str(source), str(stem)]
        subprocess.run(command, check=True)
    return out


def main(out_dir: str, codes: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for code in codes.split(","):
        rx = sample_prescription(rx_id=RX_ID, language=code)
        verified = verify(sign(rx, KEY), KEY.public_key())
        item = Printable(verified.prescription, verified.qr_text, "HWC Bassi")
        print(_png(render_pdf(item, PaperSize.A5, code), out / f"a5-{code}.png", 80))
        print(_png(render_consent_form(SHEET, code), out / f"consent-form-{code}.png", 70))
        print(_png(render_slip(item, PaperSize.THERMAL, code), out / f"slip-{code}.png", 110))


if __name__ == "__main__":
    main(*sys.argv[1:3])
