"""The printed consent form in every language: its sentences come from the ``[consent]``
section of the paper's word files; a language that has them prints them beside English
in its own embedded, shaped Noto face; one that has not prints the English form."""

from __future__ import annotations

import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.domain import languages
from kiosk.rx.consent_form import ConsentSheet, render_consent_form
from kiosk.rx.fonts import missing_glyphs, postscript_name
from kiosk.rx.labels import table

SHEET = ConsentSheet(
    encounter_id="a1b2c3d4-0000-4000-8000-000000000001", patient_name="Kamla Bai",
    age_years=46, sex="female", abha_number="91234567890123", guardian_name="",
    witness_name="Asha Meena", hwc_name="HWC Bassi", printed_at=datetime(2026, 11, 20, 11, 5),
)  # fmt: skip


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _plain(text: str) -> str:
    """Spaces collapsed, and the zero-width joiners that text extraction drops removed."""
    return " ".join(text.replace("\u200c", "").replace("\u200d", "").split())


def test_every_consent_section_has_every_sentence() -> None:
    english = table("en").consent
    assert len(english) >= 25
    for code in languages.CODES:
        words = table(code).consent
        if words:  # a section, when there is one, is complete and translated
            assert set(words) == set(english), code
            if code != "en":
                same = [k for k, v in words.items() if v == english[k]]
                assert same == [], (code, same)


@pytest.mark.parametrize("code", languages.CODES)
def test_the_form_prints_in_the_patients_language(tmp_path: Path, code: str) -> None:
    pdf = tmp_path / f"consent-{code}.pdf"
    pdf.write_bytes(render_consent_form(SHEET, code))
    assert "Pages:           1" in _run("pdfinfo", str(pdf))
    text = _plain(_run("pdftotext", "-raw", str(pdf), "-"))
    english = table("en").consent
    for sentence in (english["title"], english["agree_consult"], english["p4"]):
        assert sentence in text
    assert "A1B2C3D4" in text and "Asha Meena" in text and "91-2345-6789-0123" in text
    words = table(code).consent
    lang = languages.get(code)
    fonts = _run("pdffonts", str(pdf)).splitlines()[2:]
    if code == "en" or not words:
        assert not any("NotoSans" in f and "NotoSans-" not in f for f in fonts), fonts
        return
    face = postscript_name(lang.script).removesuffix("-Regular")
    ours = [line for line in fonts if f"+{face}" in line]
    assert ours and all(" yes yes " in line for line in ours), fonts
    for key in ("title", "agree_consult", "agree_abdm", "p1", "thumb", "signature", "witness"):
        # pdftotext may part runs of another face (a ZWNJ, "(ABDM)") with a space.
        assert _plain(words[key]).replace(" ", "") in text.replace(" ", ""), key
    for sentence in words.values():
        assert missing_glyphs(sentence) == [], sentence
        assert missing_glyphs(sentence, bold=True) == [], sentence
