"""The printed prescription as a PDF: A5 (the usual slip), A4, and 80 mm thermal receipt.

Large type for patients, the medicines as a table (stacked lines on the narrow receipt),
every Indian script shaped properly, and the QR code that lets anyone check the paper offline.
"""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.domain.abha import format_abha_number
from kiosk.domain.prescription import ConsentSummary, Prescription
from kiosk.rx.fonts import LATIN, LATIN_BOLD, ActualTexts, canvas_maker, markup, register_fonts
from kiosk.rx.labels import Words
from kiosk.rx.qr import QrCode

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#55606e")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")


class PaperSize(StrEnum):
    A5 = "a5"
    A4 = "a4"
    THERMAL = "thermal"


@dataclass(frozen=True)
class _Geometry:
    width: float
    height: float  # 0: as long as the content (a receipt roll)
    margin: float
    body: float  # font size of ordinary text, points
    qr: float

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.margin - 12  # the frame keeps 6 pt padding each side


GEOMETRY = {
    PaperSize.A5: _Geometry(A5[0], A5[1], 7 * mm, 9.6, 30 * mm),
    PaperSize.A4: _Geometry(A4[0], A4[1], 15 * mm, 13, 40 * mm),
    PaperSize.THERMAL: _Geometry(80 * mm, 0, 4 * mm, 10, 44 * mm),
}


@dataclass(frozen=True)
class Printable:
    """Everything on the paper: the verified prescription, its QR text and the HWC."""

    prescription: Prescription
    qr_text: str
    hwc_name: str


class _Page:
    """Builds the flowables for one paper size and language."""

    def __init__(self, item: Printable, size: PaperSize, language: str) -> None:
        register_fonts((language,))
        self.item, self.rx = item, item.prescription
        self.g = GEOMETRY[size]
        self.thermal = size is PaperSize.THERMAL
        self.w = Words(language)
        self.actual = ActualTexts({})
        b = self.g.body
        # A shaped word must never be cut in two: its glyphs no longer map to letters.
        base = {"fontName": LATIN, "textColor": INK, "shaping": 1, "splitLongWords": 0}
        self.body = ParagraphStyle("body", fontSize=b, leading=b * 1.35, **base)
        self.small = ParagraphStyle("small", fontSize=b * 0.78, leading=b * 1.05, **base)
        self.label = ParagraphStyle(
            "label", fontSize=b * 0.72, leading=b * 0.95, **{**base, "textColor": MUTED}
        )
        self.strong = ParagraphStyle(
            "strong", fontSize=b * 1.12, leading=b * 1.45, **{**base, "fontName": LATIN_BOLD}
        )
        self.title = ParagraphStyle(
            "title", fontSize=b * 1.45, leading=b * 1.8, **{**base, "fontName": LATIN_BOLD}
        )
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)
        self.right_title = ParagraphStyle("right_title", parent=self.strong, alignment=TA_RIGHT)

    # small pieces ----------------------------------------------------------------------
    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.actual, bold=bold), style)

    def field(self, key: str, value: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        chosen = style or self.body
        bold = chosen.fontName == LATIN_BOLD
        return [self.p(self.w(key), self.label), self.p(value, chosen, bold=bold)]

    def gap(self, points: float = 4) -> Spacer:
        return Spacer(1, points)

    def rule(self) -> HRFlowable:
        return HRFlowable(width="100%", thickness=0.6, color=RULE, spaceBefore=3, spaceAfter=3)

    # blocks ----------------------------------------------------------------------------
    def header(self) -> list[Flowable]:
        rx, w = self.rx, self.w
        hwc = self.item.hwc_name or w.one("centre")
        left = [self.p(hwc, self.title, bold=True), self.p(w("centre"), self.small)]
        title, small = (self.strong, self.small) if self.thermal else (self.right_title, self.right)
        right = [
            self.p(w("title"), title, bold=True),
            self.p(w.moment(rx.issued), small),
            self.p(f"{w.one('rx_number')}: {rx.id[:8].upper()}", small),
        ]
        if self.thermal:
            return [*left, self.gap(2), *right, self.rule()]
        width = self.g.frame_width
        table = Table([[left, right]], colWidths=[width * 0.58, width * 0.42])
        table.setStyle(_plain())
        return [table, self.rule()]

    def patient(self) -> list[Flowable]:
        pt, w = self.rx.patient, self.w
        age_sex = f"{pt.age_years} {w.one('years')} / {w.one(pt.sex)}"
        cells = [
            self.field("patient", pt.name, self.strong),
            self.field("age_sex", age_sex),
        ]
        if pt.abha_number:
            cells.append(self.field("abha", format_abha_number(pt.abha_number)))
        if self.thermal:
            return [f for cell in cells for f in [*cell, self.gap(2)]]
        width = self.g.frame_width
        widths = [width * 0.40, width * 0.28, width * 0.32][: len(cells)]
        table = Table([cells], colWidths=widths)
        table.setStyle(_plain())
        return [table]

    def vitals(self) -> list[Flowable]:
        if not self.rx.vitals:
            return []
        parts = []
        for v in self.rx.vitals:
            name = self.w.one(v.kind) if v.kind in _VITAL_KEYS else v.kind
            parts.append(f"{name} {v.value} {v.unit}".strip())
        return [self.gap(), *self.field("vitals", "  ·  ".join(parts), self.small)]

    def consult(self) -> list[Flowable]:
        """How the consult happened (mode and type) and, when the prescription carries
        it, the patient's consent: the Telemedicine Practice Guidelines want both known."""
        rx, w, out = self.rx, self.w, []
        if rx.consult is not None:
            mode = w.one(f"consult_{rx.consult.mode}")
            kind = w.one(f"consult_{rx.consult.type}")
            out += [self.gap(), *self.field("consult", f"{mode}, {kind}", self.small)]
        consent = _consent_text(rx.consent, w)
        if consent:
            out += [self.gap(2), *self.field("consent", consent, self.small)]
        return out

    def diagnosis(self) -> list[Flowable]:
        if not self.rx.diagnosis.strip():
            return []
        return [self.gap(), *self.field("diagnosis", self.rx.diagnosis)]

    def medicines(self) -> list[Flowable]:
        heading = [self.gap(6), self.p(self.w("medicines"), self.strong, bold=True)]
        if not self.rx.medicines:
            return [*heading, self.p(self.w("no_medicines"), self.body)]
        if self.thermal:
            return [*heading, *self._medicine_lines()]
        return [*heading, self._medicine_table()]

    def _value(self, text: str) -> list[Flowable]:
        """A usual value in the patient's language, with the English as written under it."""
        local = self.w.value(text)
        if local is None:
            return [self.p(text, self.body)]
        if not self.w.value_needs_english(text):
            return [self.p(local, self.body)]
        return [self.p(local, self.body), self.p(text, self.label)]

    def _said(self, caption: str, text: str, style: ParagraphStyle) -> list[Flowable]:
        """'How to take: after food' in the patient's language, the English under it."""
        local = self.w.value(text)
        if local is None:
            return [self.p(f"{caption}: {text}", style)]
        if not self.w.value_needs_english(text):
            return [self.p(f"{caption}: {local}", style)]
        return [self.p(f"{caption}: {local}", style), self.p(text, self.label)]

    def _medicine_name(self, number: int, med_name: str, strength: str, form: str) -> str:
        return f"{number}. {med_name} {strength}".strip() + (f" ({form})" if form else "")

    def _medicine_table(self) -> Table:
        w = self.w
        head = [self.p(w(k), self.label) for k in ("medicine", "dose", "frequency", "duration")]
        rows: list[list[object]] = [head]
        style = [
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
        for i, m in enumerate(self.rx.medicines, start=1):
            name: list[Flowable] = [
                self.p(self._medicine_name(i, m.name, m.strength, m.form), self.strong, True)
            ]
            if m.instructions:
                name += self._said(w.one("instructions"), m.instructions, self.small)
            rows.append([name, *(self._value(v) for v in (m.dose, m.frequency, m.duration))])
            if i % 2 == 1:
                style.append(("BACKGROUND", (0, i), (-1, i), SHADE))
        width = self.g.frame_width
        table = Table(
            rows,
            colWidths=[width * 0.36, width * 0.17, width * 0.28, width * 0.19],
            repeatRows=1,
        )
        table.setStyle(TableStyle(style))
        return table

    def _medicine_lines(self) -> list[Flowable]:
        out: list[Flowable] = []
        w = self.w
        for i, m in enumerate(self.rx.medicines, start=1):
            block: list[Flowable] = [
                self.p(self._medicine_name(i, m.name, m.strength, m.form), self.strong, True)
            ]
            for key, value in (
                ("dose", m.dose),
                ("frequency", m.frequency),
                ("duration", m.duration),
                ("instructions", m.instructions),
            ):
                if value:
                    block += self._said(w.one(key), value, self.body)
            out += [*block, self.gap(3)]  # a receipt has no page breaks to keep apart
        return out

    def rest(self) -> list[Flowable]:
        rx, out = self.rx, []
        if rx.investigations:
            out += [self.gap(), *self.field("investigations", "  ·  ".join(rx.investigations))]
        if rx.advice.strip():
            out += [self.gap(), *self.field("advice", rx.advice)]
        if rx.referral.strip():
            out += [self.gap(), *self.field("referral", rx.referral)]
        return out

    def follow_up(self) -> list[Flowable]:
        day = self.rx.follow_up_date
        if day is None:
            return []
        box = Table(
            [[self.field("follow_up", self.w.day(day, weekday=True), self.strong)]],
            colWidths=[self.g.frame_width - (0 if self.thermal else self.g.qr + 8)],
        )
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.2, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        box.hAlign = "LEFT"
        return [box, self.gap(6)]

    def footer(self) -> list[Flowable]:
        s, w = self.rx.specialist, self.w
        doctor = [
            *self.follow_up(),
            self.p(w("specialist"), self.label),
            self.p(s.name, self.strong, bold=True),
            self.p(s.qualification, self.small),
            self.p(
                f"{w.one('registration')}: {s.registration_number}"
                + (f" ({s.council})" if s.council else ""),
                self.small,
            ),
            self.p(f"{w.one('hub')}: {s.hub}", self.small),
            self.gap(3),
            self.p(w.one("signed"), self.label),
        ]
        if self.thermal:
            return [
                self.rule(),
                *doctor,
                self.gap(4),
                QrCode(self.item.qr_text, self.g.qr, "CENTER"),
            ]
        qr = QrCode(self.item.qr_text, self.g.qr)
        width = self.g.frame_width
        table = Table([[doctor, qr]], colWidths=[width - self.g.qr - 4, self.g.qr + 4])
        table.setStyle(
            TableStyle(
                [
                    *_plain_commands(),
                    ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                    ("VALIGN", (1, 0), (1, 0), "BOTTOM"),
                ]
            )
        )
        return [self.gap(4), self.rule(), KeepTogether([table])]

    def story(self) -> list[Flowable]:
        return [
            *self.header(),
            *self.patient(),
            *self.vitals(),
            *self.consult(),
            *self.diagnosis(),
            *self.medicines(),
            *self.rest(),
            *self.footer(),
        ]


def _consent_text(consent: ConsentSummary | None, w: Words) -> str:
    """The consent the prescription carries, in one line of the patient's words: who gave
    it (and the guardian's name and relation), how, the CHO who witnessed it, and when."""
    if consent is None:
        return ""
    given = (
        w.one(f"consent_{consent.given_by}") if consent.given_by in ("patient", "guardian") else ""
    )
    if consent.given_by == "guardian" and consent.guardian_name:
        relation = f", {consent.guardian_relation}" if consent.guardian_relation else ""
        given = f"{given} ({consent.guardian_name}{relation})"
    method = (
        consent.method
        if consent.method not in _CONSENT_METHODS
        else w.one(f"consent_{consent.method}")
    )
    witness = f"{w.one('consent_witness')}: {consent.witness}" if consent.witness else ""
    when = ""
    if consent.recorded_at:
        with contextlib.suppress(ValueError):
            when = w.moment(datetime.fromisoformat(consent.recorded_at))
    return " · ".join(part for part in (given, method, witness, when) if part)


_CONSENT_METHODS = ("verbal", "thumbprint", "signature")


_VITAL_KEYS = {
    "blood_pressure",
    "pulse_rate",
    "heart_rate",
    "spo2",
    "body_temperature",
    "respiratory_rate",
    "weight",
    "height",
    "bmi",
    "blood_glucose",
    "blood_glucose_fasting",
}


def _plain_commands() -> list[tuple[object, ...]]:
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]


def _plain() -> TableStyle:
    return TableStyle(_plain_commands())


def render_pdf(item: Printable, size: PaperSize = PaperSize.A5, language: str = "hi") -> bytes:
    """The prescription as PDF bytes (about 20-60 ms; never call it on the UI thread)."""
    page = _Page(item, PaperSize(size), language)
    return build_pdf(page, page.story(), "e-Prescription")


def build_pdf(page: _Page, story: list[Flowable], kind: str) -> bytes:
    """A page's story as a PDF; a receipt roll is cut as long as the story."""
    g = page.g
    height = g.height or _content_height(story, g.frame_width) + 2 * g.margin + 6 * mm
    out = io.BytesIO()
    rx = page.rx
    doc = SimpleDocTemplate(
        out,
        pagesize=(g.width, height),
        leftMargin=g.margin,
        rightMargin=g.margin,
        topMargin=g.margin,
        bottomMargin=g.margin,
        title=f"{kind} {rx.id[:8].upper()}",
        author=rx.specialist.hub,
        subject=kind,
        creator="HWC Spoke Kiosk",
    )
    doc.build(story, canvasmaker=canvas_maker(page.actual))
    return out.getvalue()


def _content_height(story: list[Flowable], width: float) -> float:
    """How long a receipt must be to hold everything on one strip of paper."""
    total = 0.0
    canvas = Canvas(io.BytesIO())
    for flowable in story:
        _, height = flowable.wrapOn(canvas, width, 10_000)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def write_pdf(
    item: Printable, path: Path, size: PaperSize = PaperSize.A5, language: str = "hi"
) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_pdf(item, size, language))
    return path
