"""The monthly summary as an A4 PDF, in English or in Hindi with the English beside it
(the block and district offices file it in either), shaped Devanagari like the printed
prescription (:mod:`kiosk.rx.fonts`). Counts only: no patient is named."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.rx.fonts import LATIN, LATIN_BOLD, ActualTexts, canvas_maker, markup, register_fonts
from kiosk.rx.labels import Words, table
from kiosk.store.monthly import MonthlySummary

INK = colors.HexColor("#1b1f24")
MUTED = colors.HexColor("#55606e")
RULE = colors.HexColor("#9aa5b1")
BAND = colors.HexColor("#eef3f6")

LABELS: dict[str, tuple[str, str]] = {
    "title": ("Monthly report", "मासिक रिपोर्ट"),
    "centre": ("Health and Wellness Centre", "आयुष्मान आरोग्य मंदिर"),
    "patients": ("Patients", "मरीज़"),
    "patients_seen": ("Patients seen", "देखे गए मरीज़"),
    "new_patients": ("New registrations", "नए पंजीकरण"),
    "cases": ("Cases opened", "खोले गए केस"),
    "consults": ("Teleconsultations requested, by specialty", "विशेषज्ञ परामर्श, विशेषज्ञता के अनुसार"),
    "specialty": ("Specialty", "विशेषज्ञता"),
    "count": ("Number", "संख्या"),
    "total": ("Total", "कुल"),
    "none": ("None this month.", "इस महीने कोई नहीं।"),
    "prescriptions": ("Prescriptions and referrals", "दवा की पर्चियाँ और रेफ़रल"),
    "received": ("Prescriptions received from the hub", "हब से मिली पर्चियाँ"),
    "referrals": ("Patients referred on", "आगे रेफ़र किए गए मरीज़"),
    "vitals": ("Vitals taken", "लिए गए माप"),
    "measurement": ("Measurement", "माप"),
    "follow_ups": ("Follow-ups", "दोबारा दिखाना"),
    "due": ("Due this month", "इस महीने तय"),
    "missed": ("Missed (date passed, patient did not come)", "छूटे (तारीख़ निकल गई, मरीज़ नहीं आया)"),
    "not_yet": ("Still to come", "अभी बाकी"),
    "footer": (
        "Made on the kiosk from its own records on {day}. Counts only: no patient is named.",
        "कियोस्क के अपने रिकॉर्ड से {day} को बनाई गई। केवल संख्याएँ: किसी मरीज़ का नाम नहीं।",
    ),
    # Specialties, in the words the kiosk's screens use.
    "general_medicine": ("General medicine", "सामान्य चिकित्सा"),
    "paediatrics": ("Paediatrics", "बाल रोग"),
    "obstetrics_gynaecology": ("Obstetrics and gynaecology", "स्त्री एवं प्रसूति रोग"),
    "dermatology": ("Skin (dermatology)", "त्वचा रोग"),
    "ent": ("Ear, nose and throat", "कान, नाक, गला"),
    "ophthalmology": ("Eyes (ophthalmology)", "नेत्र रोग"),
    "psychiatry": ("Mental health (psychiatry)", "मानसिक स्वास्थ्य"),
    "orthopaedics": ("Bones and joints (orthopaedics)", "हड्डी एवं जोड़"),
    "cardiology": ("Heart (cardiology)", "हृदय रोग"),
    "dental": ("Teeth (dental)", "दंत रोग"),
}


class _Words(Words):
    """The report's words: Hindi beside English, or English."""

    def __init__(self, language: str) -> None:
        super().__init__(language)
        self.hindi = self.code == "hi"

    def __call__(self, key: str) -> str:
        english, hindi = LABELS.get(key) or _paper(key)
        return f"{hindi} / {english}" if self.hindi else english


def _paper(key: str) -> tuple[str, str]:
    """A word the printed prescription already has (kiosk/rx/words), English and Hindi."""
    english, hindi = table("en").labels, table("hi").labels
    return (english[key], hindi[key]) if key in english else (key, key)


class _Report:
    def __init__(self, summary: MonthlySummary, hwc: str, language: str, made: datetime) -> None:
        register_fonts()
        self.s, self.hwc, self.made = summary, hwc, made
        self.w = _Words(language)
        self.actual = ActualTexts({})
        base = {"fontName": LATIN, "textColor": INK, "shaping": 1}
        self.body = ParagraphStyle("body", fontSize=10.5, leading=14, **base)
        self.small = ParagraphStyle("small", fontSize=8.5, leading=11,
                                    **{**base, "textColor": MUTED})  # fmt: skip
        self.head = ParagraphStyle("head", fontSize=12, leading=16, spaceBefore=10,
                                   spaceAfter=4, **{**base, "fontName": LATIN_BOLD})  # fmt: skip
        self.title = ParagraphStyle("title", fontSize=17, leading=22,
                                    **{**base, "fontName": LATIN_BOLD})  # fmt: skip
        self.number = ParagraphStyle("number", parent=self.body, alignment=TA_RIGHT,
                                     fontName=LATIN_BOLD)  # fmt: skip
        self.number_head = ParagraphStyle("number_head", parent=self.small, alignment=TA_RIGHT)
        self.width = A4[0] - 36 * mm

    def p(self, text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
        return Paragraph(markup(text, self.actual, bold=bold), style)

    def table(self, rows: Sequence[tuple[str, int | str]], header: tuple[str, str] | None) -> Table:
        data = []
        if header:
            data.append([self.p(header[0], self.small), self.p(header[1], self.number_head)])
        for label, n in rows:
            data.append([self.p(label, self.body), self.p(f"{n}", self.number, bold=True)])
        t = Table(data, colWidths=[self.width * 0.78, self.width * 0.22])
        every = ((0, 0), (-1, -1))
        style = [
            ("VALIGN", *every, "MIDDLE"), ("ALIGN", (1, 0), (1, -1), "RIGHT"),
            ("LINEBELOW", *every, 0.3, RULE), ("TOPPADDING", *every, 3),
            ("BOTTOMPADDING", *every, 4),
        ]  # fmt: skip
        if header:
            style.append(("BACKGROUND", (0, 0), (-1, 0), BAND))
        t.setStyle(TableStyle(style))
        return t

    def section(
        self, key: str, rows: Sequence[tuple[str, int | str]], counted: bool
    ) -> list[Flowable]:
        out: list[Flowable] = [self.p(self.w(key), self.head, bold=True)]
        if not rows:
            return [*out, self.p(self.w("none"), self.body)]
        header = (self.w("specialty" if key == "consults" else "measurement"),
                  self.w("count")) if counted else None  # fmt: skip
        return [*out, self.table(rows, header)]

    def story(self) -> list[Flowable]:
        s, w = self.s, self.w
        month = w.day(s.month).split(" ", 1)[1]  # "नवंबर 2026" / "Nov 2026"
        story: list[Flowable] = [
            self.p(f"{w('title')}: {month}", self.title, bold=True),
            self.p(f"{self.hwc} · {w('centre')}", self.body),
            HRFlowable(width="100%", thickness=0.8, color=RULE, spaceBefore=6, spaceAfter=2),
        ]
        story += self.section("patients", [(w("patients_seen"), s.patients_seen),
                                           (w("new_patients"), s.new_patients),
                                           (w("cases"), s.cases)], counted=False)  # fmt: skip
        consults: list[tuple[str, int | str]] = [(w(k), n) for k, n in s.consults.items()]
        if consults:
            consults.append((w("total"), s.consults_total))
        story += self.section("consults", consults, counted=True)
        rx = [(w("received"), s.prescriptions), (w("referrals"), s.referrals)]
        story += self.section("prescriptions", rx, counted=False)
        vitals: list[tuple[str, int | str]] = [(w(k), n) for k, n in s.vitals.items()]
        if vitals:
            vitals.append((w("total"), s.vitals_total))
        story += self.section("vitals", vitals, counted=True)
        follow = [(w("due"), s.follow_ups_due), (w("missed"), s.follow_ups_missed)]
        story += self.section("follow_ups", follow, counted=False)
        story += [Spacer(1, 14), self.p(
            w("footer").replace("{day}", w.day(self.made.date())), self.small)]  # fmt: skip
        return story


def render_monthly(
    summary: MonthlySummary, hwc_name: str, language: str = "hi", made: datetime | None = None
) -> bytes:
    """The PDF bytes (a few tens of milliseconds; not on the UI thread)."""
    made = made or datetime.now()
    report = _Report(summary, hwc_name, language, made)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm,
        bottomMargin=16 * mm, title=f"Monthly report {summary.month:%Y-%m}", author=hwc_name,
        subject="HWC monthly report", creator="HWC Spoke Kiosk",
    )  # fmt: skip
    doc.build(report.story(), canvasmaker=canvas_maker(report.actual))
    return out.getvalue()


def write_monthly(
    summary: MonthlySummary, path: Path, hwc_name: str, language: str = "hi",
    made: datetime | None = None,
) -> Path:  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(render_monthly(summary, hwc_name, language, made))
    return path
