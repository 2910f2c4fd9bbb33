"""The printed prescription: fields present in both languages, Hindi shaped with the
Devanagari font embedded and no glyph missing, and a QR code a phone can read."""

from __future__ import annotations

import base64
import dataclasses
import re
import subprocess
import unicodedata
import zlib
from pathlib import Path

import cv2
import pytest
import uharfbuzz
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from hwc_shared.seal import sign, verify, verify_qr
from kiosk.domain import languages
from kiosk.domain.prescription import ConsentSummary, ConsultRecord
from kiosk.rx.fonts import (
    ActualTexts,
    face_name,
    find_font,
    markup,
    missing_glyphs,
    postscript_name,
    register_fonts,
    runs,
)
from kiosk.rx.labels import Words, paper_languages, table
from kiosk.rx.render import PaperSize, Printable, render_pdf
from kiosk.rx.sample import sample_prescription

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
RX_ID = "7d1e4b2a-0c3f-4e5d-9a8b-6c7d8e9f0a1b"
VERIFIED = verify(sign(sample_prescription(rx_id=RX_ID), KEY), KEY.public_key())
ITEM = Printable(VERIFIED.prescription, VERIFIED.qr_text, "HWC Bassi")


def _pdf(tmp_path: Path, size: PaperSize, language: str) -> Path:
    path = tmp_path / f"{size.value}-{language}.pdf"
    path.write_bytes(render_pdf(ITEM, size, language))
    return path


def _text(pdf: Path, raw: bool = False) -> str:
    """The PDF's text; ``raw`` in drawing order, so a wrapped table cell reads whole."""
    return subprocess.run(
        ["pdftotext", *(["-raw"] if raw else []), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
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
        "दिन में एक बार, सुबह",
        "30 दिन",
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
        hindi = table("hi").labels[key]
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
    # The consent the hub held when signing, in the patient's words.
    consent = ConsentSummary(
        id="c1", given_by="guardian", guardian_name="Ramesh Meena", guardian_relation="spouse",
        method="thumbprint", witness="Sunita (CHO)", recorded_at="2026-11-05T10:30:00+05:30",
        abdm_sharing="yes",
    )  # fmt: skip
    signed = dataclasses.replace(rx, consent=consent)
    for language, line in (
        ("en", "Consent given by the guardian (Ramesh Meena, spouse) · thumbprint · witness: "
               "Sunita (CHO) · 5 Nov 2026, 10:30"),
        ("hi", "सहमति / Consent अभिभावक द्वारा दी गई (Ramesh Meena, spouse) · अँगूठे का निशान"),
    ):  # fmt: skip
        pdf = tmp_path / f"consent-{language}.pdf"
        pdf.write_bytes(render_pdf(Printable(signed, ITEM.qr_text, "HWC Bassi"), size, language))
        assert line in " ".join(_text(pdf).split())
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
    words = [*table("hi").labels.values(), *table("en").labels.values()]
    rx = ITEM.prescription
    words += [rx.advice, rx.diagnosis, rx.patient.name, "क्षेत्र श्री द्वितीय प्रिस्क्रिप्शन"]
    for text in words:
        assert missing_glyphs(text) == [], text
        assert missing_glyphs(text, bold=True) == [], text
    assert missing_glyphs("Pulse ☃") == ["☃"]  # the check does catch a missing glyph


def test_scripts_are_split_into_single_font_runs() -> None:
    register_fonts()
    assert runs("नब्ज़ 88 /min") == [("Devanagari", "नब्ज़ 88 "), ("Latin", "/min")]
    assert runs("36.9 °C") == [("Latin", "36.9 °C")]
    assert runs("BP/शुगर") == [("Latin", "BP/"), ("Devanagari", "शुगर")]  # touching
    # The danda ends Bengali, Odia and Punjabi sentences too: it takes their font.
    assert runs("আনবেন।") == [("Bengali", "আনবেন।")]
    assert runs("கமலா 46 வயது") == [("Tamil", "கமலா 46 வயது")]


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


def test_every_language_has_every_word() -> None:
    english = table("en")
    assert set(paper_languages()) == set(languages.CODES)
    for code in languages.CODES:
        words = table(code)
        for part in ("labels", "units", "slots", "phrases"):
            assert set(getattr(words, part)) == set(getattr(english, part)), (code, part)
        if code != "en":  # translated, not copied: at most the odd borrowed word
            same = [k for k, v in words.labels.items() if v == english.labels[k]]
            assert len(same) <= 1, (code, same)


def test_usual_values_are_translated_and_free_text_is_not() -> None:
    te = Words("te")
    assert te.value("After food") == "భోజనం తర్వాత"
    assert te.value("after  FOOD") == "భోజనం తర్వాత"
    assert te.value("5 days") == "5 రోజులు" and te.value("1 day") == "1 రోజు"
    assert te.value("½ tablet") == "½ మాత్ర" and te.value("2 tablets") == "2 మాత్రలు"
    assert te.value("1-0-1") == "1-0-1 (ఉదయం - మధ్యాహ్నం - రాత్రి)"
    assert te.value("1-1-1-1") == "1-1-1-1 (ఉదయం - మధ్యాహ్నం - సాయంత్రం - రాత్రి)"
    assert te.value("After food; only if headache") == "భోజనం తర్వాత; only if headache"
    assert te.value("Only if headache") is None
    assert te.value("5 mL") is None  # a measure reads the same in every language
    assert Words("en").value("After food") is None
    assert te.day(__import__("datetime").date(2026, 12, 4), weekday=True) == (
        "4 డిసెంబర్ 2026 (శుక్రవారం)"
    )


def _fonts(pdf: Path) -> list[str]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return out.stdout.splitlines()[2:]


@pytest.mark.parametrize("code", [c for c in languages.CODES if c != "en"])
def test_every_language_prints_shaped_embedded_and_extractable(tmp_path: Path, code: str) -> None:
    """The script's own face embedded (and no other Indian face), nothing drawn as
    .notdef or a dotted circle, and the words read back out of the PDF."""
    lang = languages.get(code)
    verified = verify(sign(sample_prescription(rx_id=RX_ID, language=code), KEY), KEY.public_key())
    item = Printable(verified.prescription, verified.qr_text, "HWC Bassi")
    words = table(code)
    for size in PaperSize:
        pdf = tmp_path / f"{size.value}-{code}.pdf"
        pdf.write_bytes(render_pdf(item, size, code))
        face = postscript_name(lang.script).removesuffix("-Regular")
        fonts = _fonts(pdf)
        ours = [line for line in fonts if f"+{face}" in line]
        styles = 2 if languages.has_bold(lang.script) else 1  # Odia's bold is stroked Regular
        assert len(ours) == styles and all(" yes yes " in line for line in ours), fonts
        others = [line for line in fonts if "+" in line and f"+{face}" not in line]
        assert all("+NotoSans-" in line for line in others), others
        text = " ".join(_text(pdf, raw=True).split())
        for expected in (
            verified.prescription.patient.name,
            words.labels["medicines"],
            words.labels["follow_up"],
            words.phrases["once daily, morning"],
            words.phrases["after food"],
            f"5 {words.units['day'][1]}",
            f"1 {words.units['tablet'][0]}",  # whole in a narrow column, never cut in two
            languages.format_day(code, verified.prescription.follow_up_date, weekday=True),  # type: ignore[arg-type]
            "Amlodipine 5 mg",
            "Less salt, walk 30 minutes daily",
        ):
            assert expected in text, (size, expected)
    everything = [*words.labels.values(), *words.slots.values(), *words.phrases.values()]
    everything += [u for pair in words.units.values() for u in pair]
    everything += [*lang.months, *lang.weekdays, verified.prescription.patient.name]
    for text in everything:
        assert missing_glyphs(text) == [], text
        assert missing_glyphs(text, bold=True) == [], text


def _sign_over_its_letter(font_file: Path, text: str) -> bool:
    """Whether the last glyph HarfBuzz sets for a text (the vowel sign) has its ink
    centred within the ink of the glyphs before it, not standing after them."""
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(font_file))))
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    pen, spans = 0, []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        ink = font.get_glyph_extents(info.codepoint)
        left = pen + pos.x_offset + ink.x_bearing
        spans.append((left, left + ink.width))
        pen += pos.x_advance
    (sign_left, sign_right), before = spans[-1], spans[:-1]
    centre = (sign_left + sign_right) / 2
    return min(a for a, _ in before) <= centre <= max(b for _, b in before)


def test_odia_signs_sit_on_their_letters_in_the_paper_face() -> None:
    """u under a conjunct and i + candrabindu over a letter sit on it in the paper's
    Odia face; Debian's Noto Sans Oriya 2.000 set them after it (its fault, which is
    why the paper does not print Odia with it)."""
    paper = find_font(languages.font_for_script("Oriya"), "Regular")
    noto = find_font("Noto Sans Oriya", "Regular")
    signed = ["ନ୍ତୁ", "ନାହିଁ", "କ୍କୁ", "ଗୁ", "ଶୁ"]
    assert [word for word in signed if not _sign_over_its_letter(paper, word)] == []
    assert [word for word in signed if not _sign_over_its_letter(noto, word)] == ["ନ୍ତୁ", "ନାହିଁ"]


def _line_pieces(text: str, bold: bool = False) -> list[tuple[str, str]]:
    """The (face, glyph string) pieces a paragraph lays out for a text, after shaping."""
    actual = ActualTexts({})
    style = ParagraphStyle("t", fontName="RxLatin-Bold" if bold else "RxLatin", shaping=1)
    para = Paragraph(markup(text, actual, bold=bold), style)
    para.wrap(1000, 100)
    [line] = para.blPara.lines
    return [(frag.fontName, frag.text) for frag in line.words]


def test_odia_words_are_lohit_odia_with_noto_punctuation_touching() -> None:
    register_fonts(("or",))
    assert postscript_name("Oriya") == "Lohit-Odia"
    assert runs("ଦିନକୁ ଥରେ, ସକାଳେ 2 ଟାବଲେଟ") == [
        ("Oriya", "ଦିନକୁ ଥରେ"), ("Latin", ", "), ("Oriya", "ସକାଳେ "), ("Latin", "2 "),
        ("Oriya", "ଟାବଲେଟ"),
    ]  # fmt: skip
    for bold in (False, True):
        pieces = _line_pieces("ଦିନକୁ ଥରେ, ନାହିଁ। (ABDM)ରେ", bold)
        odia = face_name("Oriya", bold)
        assert [face for face, _ in pieces] == [odia, face_name("Latin", bold), odia,
                                                face_name("Latin", bold), odia]  # fmt: skip
        for face, glyphs in pieces:  # every glyph real: none is the .notdef box
            font = pdfmetrics.getFont(face).face
            assert all(font.charToGlyph.get(ord(ch), 0) != 0 for ch in glyphs.strip()), face
        assert pieces[1][1] == ", "  # the comma right after ଥରେ, in the Latin face


def _shaped_spans(pdf: Path) -> list[tuple[str, set[str]]]:
    """Each ActualText span of a reportlab PDF's pages: the words it spells and the
    fonts (BaseFont names) its glyphs are drawn with."""
    data = pdf.read_bytes()
    fonts = {
        name.decode(): base.decode()
        for base, name in re.findall(rb"/BaseFont /(\S+) [^>]*?/Name /(\S+)", data)
    }
    spans: list[tuple[str, set[str]]] = []
    for filters, length, start in (
        (m.group(1), int(m.group(2)), m.end())
        for m in re.finditer(rb"/Filter \[ ([^\]]*)\] /Length (\d+)\n>>\nstream\n", data)
    ):
        raw = data[start : start + length].strip()
        if b"ASCII85Decode" in filters:
            raw = base64.a85decode(raw.removesuffix(b"~>"))
        content = zlib.decompress(raw).decode("latin-1")
        current, span = "", None
        for font, actual, end in re.findall(
            r"/(F\d+\+\d+) [\d.]+ Tf|/Span <</ActualText <([0-9A-F]+)>>> BDC|(EMC)", content
        ):
            if font:
                current = fonts[font]
                if span is not None:
                    span[1].add(current)
            elif actual:
                span = (bytes.fromhex(actual).decode("utf-16"), set())
            elif end and span is not None:
                spans.append((span[0], span[1] or {current}))
                span = None
    return spans


def test_odia_paper_prints_its_words_whole_in_lohit_odia(tmp_path: Path) -> None:
    verified = verify(sign(sample_prescription(rx_id=RX_ID, language="or"), KEY), KEY.public_key())
    pdf = tmp_path / "a5-or.pdf"
    pdf.write_bytes(
        render_pdf(Printable(verified.prescription, verified.qr_text, "HWC"), PaperSize.A5, "or")
    )
    fonts = _fonts(pdf)
    assert any("+Lohit-Odia " in line for line in fonts) and not any(
        "Oriya" in line for line in fonts
    )
    text = " ".join(_text(pdf, raw=True).split())
    for expected in ("ଦିନକୁ ଥରେ, ସକାଳେ", "କରନ୍ତୁ।", "46 ବର୍ଷ / ମହିଳା"):
        assert expected in text, expected
    spans = _shaped_spans(pdf)
    assert len(spans) > 20 and any("ଥରେ" in words for words, _ in spans)
    for words, faces in spans:  # every shaped Odia word drawn with Lohit Odia alone
        assert languages.script_of(words.strip()[0]) == "Oriya", words
        assert [face.split("+")[1] for face in faces] == ["Lohit-Odia"], (words, faces)
