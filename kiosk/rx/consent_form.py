"""The printed consent form for a teleconsultation: read to the patient, then thumb-printed
or signed, witnessed by the CHO, and photographed back into the case (docs/consent.md).

A4, in the kiosk's language (Hindi first with English beside it, or English only), with
large boxes for a thumbprint and a signature. The words are the form's own, for the
patient, so they live here rather than in the Qt translation, like the prescription's.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kiosk.domain.abha import format_abha_number
from kiosk.rx.fonts import LATIN, LATIN_BOLD, ActualTexts, canvas_maker, markup, register_fonts
from kiosk.rx.labels import Words

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#55606e")
BOX = colors.HexColor("#55606e")

# key: (English, Hindi)
TEXT: dict[str, tuple[str, str]] = {
    "title": ("Consent for teleconsultation", "टेलीपरामर्श के लिए सहमति पत्र"),
    "case": ("Case no.", "केस संख्या"),
    "patient": ("Patient", "मरीज़"),
    "age_sex": ("Age / Sex", "उम्र / लिंग"),
    "abha": ("ABHA number", "आभा संख्या"),
    "read": (
        "To be read out to the patient (or the parent or guardian) in a language they "
        "understand, before the consult.",
        "परामर्श से पहले मरीज़ (या माता-पिता या अभिभावक) को उनकी समझ की भाषा में पढ़कर सुनाएँ।",
    ),
    "p1": (
        "The health worker at this centre will connect me to a doctor at the hub hospital "
        "by video, by voice, or by sending my case for the doctor to answer later.",
        "इस केंद्र के स्वास्थ्य कर्मी मुझे हब अस्पताल के डॉक्टर से वीडियो, आवाज़ या मेरा केस "
        "भेजकर (जिसका जवाब डॉक्टर बाद में देंगे) जोड़ेंगे।",
    ),
    "p2": (
        "The doctor will see my complaint, my history, my vitals and the photos taken here.",
        "डॉक्टर मेरी तकलीफ़, मेरा पिछला हाल, मेरी जाँच के माप और यहाँ ली गई तस्वीरें देखेंगे।",
    ),
    "p3": (
        "The doctor cannot examine me in person, and may ask me to go to a hospital.",
        "डॉक्टर मुझे हाथ से नहीं जाँच सकते, और मुझे अस्पताल जाने को कह सकते हैं।",
    ),
    "p4": (
        "I may say no, or stop at any time; I will still be cared for at this centre.",
        "मैं मना कर सकता/सकती हूँ या कभी भी रोक सकता/सकती हूँ; इस केंद्र पर मेरा इलाज फिर भी होगा।",
    ),
    "p5": (
        "My record is kept safely and used only for my care.",
        "मेरा रिकॉर्ड सुरक्षित रखा जाएगा और केवल मेरे इलाज के लिए उपयोग होगा।",
    ),
    "agree_consult": (
        "I agree to this teleconsultation.",
        "मैं इस टेलीपरामर्श के लिए सहमत हूँ।",
    ),
    "agree_abdm": (
        "I agree that this record may be shared with my ABHA (ABDM).",
        "मैं सहमत हूँ कि यह रिकॉर्ड मेरे आभा (ABDM) के साथ साझा किया जा सकता है।",
    ),
    "given_by": ("Consent given by", "सहमति देने वाले"),
    "by_patient": ("The patient", "मरीज़ स्वयं"),
    "by_guardian": (
        "Parent or guardian (for a child, or a patient who cannot consent)",
        "माता-पिता या अभिभावक (बच्चे के लिए, या जो मरीज़ सहमति न दे सकें)",
    ),
    "guardian_name": ("Name", "नाम"),
    "relation": ("Relation to the patient", "मरीज़ से रिश्ता"),
    "thumb": ("Thumbprint", "अंगूठे का निशान"),
    "signature": ("Signature", "हस्ताक्षर"),
    "witness": ("Witness (health worker)", "गवाह (स्वास्थ्य कर्मी)"),
    "date": ("Date and time", "दिनांक और समय"),
    "centre": ("Health and Wellness Centre", "आयुष्मान आरोग्य मंदिर"),
    "years": ("years", "वर्ष"),
    "female": ("Female", "महिला"),
    "male": ("Male", "पुरुष"),
    "other": ("Other", "अन्य"),
}


@dataclass(frozen=True)
class ConsentSheet:
    """What the form names: the case, the patient and the witnessing CHO."""

    encounter_id: str
    patient_name: str
    age_years: int
    sex: str
    abha_number: str
    guardian_name: str
    witness_name: str
    hwc_name: str
    printed_at: datetime  # local time


class _Words(Words):
    """The form's own sentences, in Hindi beside English or in English (the other
    languages' consent text is not written yet: they get the English form)."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.hindi = self.code == "hi"

    def __call__(self, key: str) -> str:
        english, hindi = TEXT[key]
        return f"{hindi} / {english}" if self.hindi else english

    def one(self, key: str) -> str:
        english, hindi = TEXT[key]
        return hindi if self.hindi else english


def render_consent_form(sheet: ConsentSheet, language: str = "hi") -> bytes:
    """The consent form as A4 PDF bytes (never on the UI thread)."""
    register_fonts()
    w = _Words(language)
    actual = ActualTexts({})
    base = {"fontName": LATIN, "textColor": INK, "shaping": 1}
    body = ParagraphStyle("body", fontSize=12, leading=16, **base)
    english = ParagraphStyle("english", fontSize=10, leading=13, **{**base, "textColor": MUTED})
    small = ParagraphStyle("small", fontSize=9.5, leading=12, **{**base, "textColor": MUTED})
    strong = ParagraphStyle("strong", fontSize=13, leading=17, **{**base, "fontName": LATIN_BOLD})
    title = ParagraphStyle("title", fontSize=19, leading=25, **{**base, "fontName": LATIN_BOLD})

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(markup(text, actual, bold=style.fontName == LATIN_BOLD), style)

    def each(key: str, style: ParagraphStyle = body) -> list[Flowable]:
        """A sentence in the patient's language, with the English under it in Hindi."""
        eng, hindi = TEXT[key]
        return [p(hindi, style), p(eng, english)] if w.hindi else [p(eng, style)]

    width = A4[0] - 36 * mm - 12  # the frame keeps 6 pt padding each side
    age_sex = f"{sheet.age_years} {w.one('years')} / {w.one(sheet.sex)}"
    head = [
        [p(sheet.hwc_name or w.one("centre"), strong),
         p(f"{w.one('case')}: {sheet.encounter_id[:8].upper()}", small)],
    ]  # fmt: skip
    story: list[Flowable] = [
        Table(head, colWidths=[width * 0.7, width * 0.3], style=_plain()),
        Spacer(1, 4),
        p(w.one("title"), title),
        *([p(TEXT["title"][0], strong)] if w.hindi else []),
        *[item for item in each("read", small)],
        Spacer(1, 6),
        Table(
            [
                [p(w("patient"), small), p(w("age_sex"), small), p(w("abha"), small)],
                [
                    p(sheet.patient_name, strong),
                    p(age_sex),
                    p(format_abha_number(sheet.abha_number) if sheet.abha_number else "—"),
                ],
            ],
            colWidths=[width * 0.45, width * 0.22, width * 0.33],
            style=_plain(),
        ),
        Spacer(1, 6),
    ]
    for key in ("p1", "p2", "p3", "p4", "p5"):
        story.append(_marked(each(key), width, box=False))
    story += [
        Spacer(1, 6),
        _marked(each("agree_consult", strong), width),
        _marked(each("agree_abdm", strong), width),
        Spacer(1, 6),
        p(w("given_by"), small),
        _marked([p(w("by_patient"))], width),
        _marked([p(w("by_guardian"))], width),
        Table(
            [
                [p(w("guardian_name"), small), p(w("relation"), small)],
                [p(sheet.guardian_name or " "), p(" ")],
            ],
            colWidths=[width * 0.6, width * 0.4],
            style=TableStyle([*_plain_commands(), ("LINEBELOW", (0, 1), (-1, 1), 0.6, BOX)]),
        ),
        Spacer(1, 8),
        _boxes([p(w("thumb"), small), p(w("signature"), small)], width),
        Spacer(1, 8),
        Table(
            [
                [p(w("witness"), small), p(w("date"), small)],
                [p(sheet.witness_name, strong), p(w.moment(sheet.printed_at))],
                [p(w.one("signature"), small), p(" ")],
            ],
            colWidths=[width * 0.6, width * 0.4],
            rowHeights=[None, None, 11 * mm],
            style=TableStyle(
                [
                    *_plain_commands(),
                    ("VALIGN", (0, 2), (-1, 2), "BOTTOM"),
                    ("LINEABOVE", (0, 2), (0, 2), 0.6, BOX),
                ]
            ),
        ),
    ]
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=12 * mm,
        bottomMargin=12 * mm, title="Consent for teleconsultation",
        subject="Teleconsultation consent", creator="HWC Spoke Kiosk",
    )  # fmt: skip
    doc.build(story, canvasmaker=canvas_maker(actual))
    return out.getvalue()


class _Tick(Flowable):  # type: ignore[misc]
    """An empty square to tick by hand."""

    def __init__(self, side: float) -> None:
        super().__init__()
        self.side = side

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.side, self.side

    def draw(self) -> None:
        self.canv.setStrokeColor(BOX)
        self.canv.setLineWidth(1.2)
        self.canv.rect(0, 0, self.side, self.side)


class _Bar(Flowable):  # type: ignore[misc]
    """A short bar beside a sentence that is read out."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 3, 10

    def draw(self) -> None:
        self.canv.setFillColor(BOX)
        self.canv.rect(0, -2, 2.5, 12, stroke=0, fill=1)


def _marked(lines: list[Flowable], width: float, box: bool = True) -> Table:
    """Lines after a tick box to mark by hand (or after a bar, for what is read out)."""
    mark = BOX_SIDE + 4 * mm if box else 5 * mm
    cells = [[_Tick(BOX_SIDE) if box else _Bar(), lines]]
    commands = [*_plain_commands(), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (0, 0), 3)]  # fmt: skip
    table = Table(cells, colWidths=[mark, width - mark])
    table.setStyle(TableStyle(commands))
    return table


BOX_SIDE = 5 * mm


def _boxes(captions: list[Flowable], width: float) -> Table:
    """A thumbprint box and a signature box, large enough for a thumb and a hand."""
    return Table(
        [captions, ["", ""]],
        colWidths=[width * 0.38, width * 0.62],
        rowHeights=[None, 30 * mm],
        style=TableStyle(
            [
                *_plain_commands(),
                ("BOX", (0, 1), (0, 1), 1, BOX),
                ("BOX", (1, 1), (1, 1), 1, BOX),
            ]
        ),
    )


def _plain_commands() -> list[tuple[object, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def _plain() -> TableStyle:
    return TableStyle(_plain_commands())
