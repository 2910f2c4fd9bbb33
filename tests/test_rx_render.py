"""The printed prescription: fields present in both languages, Hindi shaped with the
Devanagari font embedded and no glyph missing, and a QR code a phone can read."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import cv2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.prescription import ConsultRecord
from kiosk.rx.fonts import missing_glyphs, register_fonts, runs
from kiosk.rx.labels import LABELS
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.sample import sample_prescription
from kiosk.rx.signing import sign, verify, verify_qr

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
RX_ID = "7d1e4b2a-0c3f-4e5d-9a8b-6c7d8e9f0a1b"
VERIFIED = verify(sign(sample_prescription(rx_id=RX_ID), KEY), KEY.public_key())
ITEM = Printable(VERIFIED.prescription, VERIFIED.qr_text, "HWC Bassi")


def _pdf(tmp_path: Path, size: PaperSize, language: str) -> Path:
    path = tmp_path / f"{size.value}-{language}.pdf"
    path.write_bytes(render_pdf(ITEM, size, language))
    return path


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("size", list(PaperSize))
def test_every_field_is_printed_in_hindi_and_english(tmp_path: Path, size: PaperSize) -> None:
    text = " ".join(_text(_pdf(tmp_path, size, "hi")).split())
    rx = ITEM.prescription
    for expected in (
        "HWC Bassi",
        "Kamla Bai Meena",
        "46 वर्ष / महिला",
        "91-2345-6789-0123",
        "20 नवंबर 2026",
        "168/102 mmHg",
        "Essential hypertension",
        "Amlodipine 5 mg",
        "Once daily, morning",
        "30 days",
        "Do not stop without asking the doctor",
        "Serum creatinine",
        "नमक कम खाएँ",
        "4 दिसंबर 2026 (शुक्रवार)",
        "Dr. Anjali Verma",
        "MBBS, MD (General Medicine)",
        "RMC-34871",
        "District Hospital Jaipur",
        rx.id[:8].upper(),
    ):
        assert expected in text, expected
    for key in ("medicines", "dose", "follow_up", "specialist", "advice", "diagnosis"):
        hindi = LABELS[key][1]
        assert hindi in text, hindi


def test_english_only_print(tmp_path: Path) -> None:
    text = " ".join(_text(_pdf(tmp_path, PaperSize.A5, "en")).split())
    assert "Medicines" in text and "Come back on" in text and "4 Dec 2026 (Friday)" in text
    assert "दवाइयाँ" not in text and "46 years / Female" in text


@pytest.mark.parametrize("size", list(PaperSize))
def test_the_consult_council_and_consent_are_printed(tmp_path: Path, size: PaperSize) -> None:
    rx = dataclasses.replace(
        ITEM.prescription, consult=ConsultRecord("text", "first"),
        specialist=dataclasses.replace(ITEM.prescription.specialist,
                                       council="Rajasthan Medical Council"),
    )  # fmt: skip
    for language, words in (("en", "Teleconsultation Text (sent for review), first consult"),
                            ("hi", "लिखित (समीक्षा के लिए भेजा गया), पहला परामर्श")):  # fmt: skip
        pdf = tmp_path / f"{language}.pdf"
        pdf.write_bytes(render_pdf(Printable(rx, ITEM.qr_text, "HWC Bassi"), size, language))
        text = unicodedata.normalize("NFKC", " ".join(_text(pdf).split()))  # "ﬁ" ligatures
        assert words in text and "RMC-34871 (Rajasthan Medical Council)" in text
        assert "Consent" not in text  # none carried
    # The consent summary is another record's (a prescription may carry one): printed.
    object.__setattr__(rx, "consent", "Verbal consent of the patient, witnessed by CHO Sunita")
    pdf = tmp_path / "consent.pdf"
    pdf.write_bytes(render_pdf(Printable(rx, ITEM.qr_text, "HWC Bassi"), size, "en"))
    assert "Consent Verbal consent of the patient, witnessed by CHO Sunita" in " ".join(
        _text(pdf).split()
    )
    assert "Teleconsultation" not in " ".join(_text(_pdf(tmp_path, size, "en")).split())


def test_devanagari_font_is_embedded_and_no_glyph_is_missing(tmp_path: Path) -> None:
    fonts = subprocess.run(
        ["pdffonts", str(_pdf(tmp_path, PaperSize.A4, "hi"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    deva = [line for line in fonts.splitlines() if "NotoSansDevanagari" in line]
    assert deva and all(" yes yes " in line for line in deva)  # embedded, subset
    register_fonts()
    words = [v for pair in LABELS.values() for v in pair]
    rx = ITEM.prescription
    words += [rx.advice, rx.diagnosis, rx.patient.name, "क्षेत्र श्री द्वितीय प्रिस्क्रिप्शन"]
    for text in words:
        assert missing_glyphs(text) == [], text
        assert missing_glyphs(text, bold=True) == [], text
    assert missing_glyphs("Pulse ☃") == ["☃"]  # the check does catch a missing glyph


def test_scripts_are_split_into_single_font_runs() -> None:
    register_fonts()
    assert runs("नब्ज़ 88 /min") == [(True, "नब्ज़ 88 "), (False, "/min")]
    assert runs("36.9 °C") == [(False, "36.9 °C")]
    assert runs("BP/शुगर") == [(False, "BP/ "), (True, "शुगर")]


@pytest.mark.parametrize("size", [PaperSize.A5, PaperSize.THERMAL])
def test_the_printed_qr_code_reads_back_and_verifies(tmp_path: Path, size: PaperSize) -> None:
    pdf = _pdf(tmp_path, size, "hi")
    # 300 dpi: what an office laser printer gives; a phone camera sees about as much.
    subprocess.run(
        ["pdftoppm", "-r", "300", "-gray", "-png", str(pdf), str(tmp_path / "page")], check=True
    )
    [page] = sorted(tmp_path.glob("page*.png"))
    image = cv2.imread(str(page), cv2.IMREAD_GRAYSCALE)
    text, points, _ = cv2.QRCodeDetectorAruco().detectAndDecode(image)
    assert points is not None and text == ITEM.qr_text
    assert verify_qr(text, KEY.public_key()).valid


def test_thermal_receipt_is_one_strip_80_mm_wide(tmp_path: Path) -> None:
    info = subprocess.run(
        ["pdfinfo", str(_pdf(tmp_path, PaperSize.THERMAL, "hi"))],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Pages:           1" in info
    width = float(info.split("Page size:")[1].split()[0])
    assert abs(width - 80 / 25.4 * 72) < 0.5
