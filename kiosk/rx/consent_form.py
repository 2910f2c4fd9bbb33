"""The printed consent form for a teleconsultation: read to the patient, then thumb-printed
or signed, witnessed by the CHO, and photographed back into the case (docs/consent.md).

A4, in the patient's language with the English beside or under each sentence (or in
English only), with large boxes for a thumbprint and a signature. The words are the
form's own, for the patient, so they live in the paper's word files
(``words/<code>.toml``, section ``[consent]``) rather than in the Qt translation, like
the prescription's.
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
    """The form's own sentences (the ``[consent]`` section of the word files) in the
    patient's language with the English beside or under them; a language whose word
    file has no complete ``[consent]`` section gets the English form."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.sentences_en = self.english.consent
        local = self.words.consent
        self.local = self.code != "en" and set(self.sentences_en) <= set(local)
        self.sentences = local if self.local else self.sentences_en

    def __call__(self, key: str) -> str:
        english = self.sentences_en[key]
        return f"{self.sentences[key]} / {english}" if self.local else english

    def one(self, key: str) -> str:
        return self.sentences[key]

    def pair(self, key: str) -> tuple[str, str | None]:
        """The sentence in the patient's language, and the English when it differs."""
        return self.sentences[key], self.sentences_en[key] if self.local else None


SCRIPT_KEYS = ("p1", "p2", "p3", "p4", "p5", "agree_consult")


@dataclass(frozen=True)
class ConsentScript:
    """The form's sentences that are read out before the patient says yes, in one
    language: the language they are really in (English where a word file has no
    complete ``[consent]`` section) and the sentences."""

    language: str
    sentences: tuple[str, ...]


def consent_script(language: str) -> ConsentScript:
    """What the CHO reads aloud: the very sentences the printed form carries, so that
    the screen and the paper never say different things."""
    w = _Words(language)
    code = w.code if w.local else "en"
    return ConsentScript(code, tuple(w.sentences[key] for key in SCRIPT_KEYS))


def render_consent_form(sheet: ConsentSheet, language: str = "hi") -> bytes:
    """The consent form as A4 PDF bytes (never on the UI thread): one sheet, its type a
    little smaller for the languages whose sentences run longest (Tamil)."""
    register_fonts()
    for scale in (1.0, 0.94, 0.88):
        pdf, pages = _render(sheet, language, scale)
        if pages == 1:
            break
    return pdf


def _render(sheet: ConsentSheet, language: str, scale: float) -> tuple[bytes, int]:
    w = _Words(language)
    actual = ActualTexts({})
    base = {"fontName": LATIN, "textColor": INK, "shaping": 1}

    def style(name: str, size: float, leading: float, **extra: object) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontSize=size * scale, leading=leading * scale, **{**base, **extra}
        )

    body = style("body", 11, 15.5)
    english = style("english", 9, 12, textColor=MUTED)
    small = style("small", 9, 11.5, textColor=MUTED)
    strong = style("strong", 12, 15.5, fontName=LATIN_BOLD)
    title = style("title", 18, 23, fontName=LATIN_BOLD)

    def p(text: str, style: ParagraphStyle = body) -> Paragraph:
        return Paragraph(markup(text, actual, bold=style.fontName == LATIN_BOLD), style)

    def each(key: str, style: ParagraphStyle = body) -> list[Flowable]:
        """A sentence in the patient's language, with the English under it."""
        local, eng = w.pair(key)
        return [p(local, style), p(eng, english)] if eng else [p(local, style)]

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
        *([p(w.sentences_en["title"], strong)] if w.local else []),
        *[item for item in each("read", small)],
        Spacer(1, 4),
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
        Spacer(1, 4),
    ]
    for key in ("p1", "p2", "p3", "p4", "p5"):
        story.append(_marked(each(key), width, box=False))
    story += [
        Spacer(1, 4),
        _marked(each("agree_consult", strong), width),
        _marked(each("agree_abdm", strong), width),
        Spacer(1, 4),
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
        Spacer(1, 5),
        _boxes([p(w("thumb"), small), p(w("signature"), small)], width),
        Spacer(1, 5),
        Table(
            [
                [p(w("witness"), small), p(w("date"), small)],
                [p(sheet.witness_name, strong), p(w.moment(sheet.printed_at))],
                [p(w.one("signature"), small), p(" ")],
            ],
            colWidths=[width * 0.6, width * 0.4],
            rowHeights=[None, None, 9 * mm],
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
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=10 * mm,
        bottomMargin=10 * mm, title="Consent for teleconsultation",
        subject="Teleconsultation consent", creator="HWC Spoke Kiosk",
    )  # fmt: skip
    doc.build(story, canvasmaker=canvas_maker(actual))
    return out.getvalue(), doc.page


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
    commands = [*_plain_commands(), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
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
        rowHeights=[None, 24 * mm],
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
