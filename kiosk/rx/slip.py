"""The follow-up slip: a small paper the patient keeps to come back on the right day.

It says when to come back (the day and the weekday in the patient's language), where,
for whom, and to bring the slip and the medicines; the prescription number ties it to
the paper the pharmacist keeps. An 80 mm receipt by default, A5 or A4 where a kiosk
has no receipt printer.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Table, TableStyle

from kiosk.rx.render import INK, PaperSize, Printable, _Page, build_pdf


class NoFollowUpError(ValueError):
    """The prescription names no day to come back."""


class _Slip(_Page):
    def story(self) -> list[Flowable]:
        rx, w = self.rx, self.w
        day = rx.follow_up_date
        if day is None:
            raise NoFollowUpError("this prescription names no follow-up day")
        hwc = self.item.hwc_name or w.one("centre")
        when = [self.p(w("follow_up"), self.label), self.p(w.day(day, True), self.title, True)]
        box = Table([[when]], colWidths=[self.g.frame_width])
        box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.4, INK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 6),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return [
            self.p(w("slip_title"), self.strong, bold=True),
            self.p(hwc, self.body, bold=False),
            self.rule(),
            *self.field("patient", rx.patient.name, self.strong),
            self.gap(4),
            box,
            self.gap(4),
            *self.field("specialist", f"{rx.specialist.name}, {rx.specialist.hub}", self.small),
            self.gap(2),
            self.p(f"{w.one('rx_number')}: {rx.id[:8].upper()}", self.small),
            self.rule(),
            self.p(w("slip_bring"), self.body),
        ]


def render_slip(
    item: Printable, size: PaperSize = PaperSize.THERMAL, language: str = "hi"
) -> bytes:
    """The follow-up slip as PDF bytes, in ``language`` beside English."""
    page = _Slip(item, PaperSize(size), language)
    return build_pdf(page, page.story(), "Follow-up slip")
