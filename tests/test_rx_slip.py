"""The follow-up slip: the day to come back, in the patient's language beside English,
for every language; none for a prescription without a follow-up day."""

from __future__ import annotations

import dataclasses
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import sign, verify
from kiosk.cli import main
from kiosk.domain import languages
from kiosk.rx.fonts import postscript_name
from kiosk.rx.labels import table
from kiosk.rx.render import PaperSize, Printable
from kiosk.rx.sample import sample_prescription
from kiosk.rx.slip import NoFollowUpError, render_slip

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


def _item(language: str) -> Printable:
    verified = verify(sign(sample_prescription(language=language), KEY), KEY.public_key())
    return Printable(verified.prescription, verified.qr_text, "HWC Bassi")


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True)
    return " ".join(out.stdout.split())


@pytest.mark.parametrize("code", languages.CODES)
def test_the_slip_says_when_to_come_back(tmp_path: Path, code: str) -> None:
    item = _item(code)
    pdf = tmp_path / "slip.pdf"
    pdf.write_bytes(render_slip(item, PaperSize.THERMAL, code))
    text = _text(pdf)
    day = item.prescription.follow_up_date
    assert day is not None
    words = table(code).labels
    for expected in (
        item.prescription.patient.name,
        words["slip_title"],
        words["slip_bring"],
        "Bring this slip and your medicines.",
        item.prescription.id[:8].upper(),
    ):
        assert expected in text, expected
    if code != "en":
        assert languages.format_day(code, day, weekday=True) in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
    assert postscript_name(languages.get(code).script).removesuffix("-Regular") in fonts


def test_no_slip_without_a_follow_up_day(tmp_path: Path) -> None:
    item = _item("te")
    none = dataclasses.replace(
        item, prescription=dataclasses.replace(item.prescription, follow_up="")
    )
    with pytest.raises(NoFollowUpError):
        render_slip(none)
    out = tmp_path / "s.pdf"
    assert main(["rx", "render", "--sample", "--slip", "--lang", "kn", "--out", str(out)]) == 0
    assert "ಮತ್ತೆ ತೋರಿಸುವ ದಿನ" in _text(out)
