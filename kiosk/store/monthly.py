"""The HWC's monthly summary, from the kiosk's own database (offline): patients seen,
consults by specialty, vitals taken, referrals, and follow-ups due and missed.

A month is the kiosk's local calendar month (India time by default); stored moments are
UTC text, so the month's bounds are turned into UTC text and compared as text. Counts
only: no patient is named in the summary, its CSV or its PDF.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from kiosk.domain.clock import DEFAULT_ZONE
from kiosk.domain.prescription_seal import read_envelope
from kiosk.store.rows import iso
from kiosk.store.store import Store


@dataclass(frozen=True)
class MonthlySummary:
    month: date  # the first day
    today: date  # figures about follow-ups depend on what has passed
    patients_seen: int = 0  # different patients with a case opened this month
    new_patients: int = 0  # registered this month
    cases: int = 0  # cases opened this month
    consults: dict[str, int] = field(default_factory=dict)  # requested, by specialty
    prescriptions: int = 0  # received from the hub this month
    vitals: dict[str, int] = field(default_factory=dict)  # measurements taken, by kind
    referrals: int = 0  # prescriptions of this month that refer the patient on
    follow_ups_due: int = 0  # follow-up dates falling in this month
    follow_ups_missed: int = 0  # of those, passed without the patient coming back

    @property
    def consults_total(self) -> int:
        return sum(self.consults.values())

    @property
    def vitals_total(self) -> int:
        return sum(self.vitals.values())


def parse_month(text: str) -> date:
    """``YYYY-MM`` as the month's first day; ValueError in plain words otherwise."""
    try:
        year, month = text.split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a month: write it as YYYY-MM, e.g. 2026-11") from None


def _next_month(first: date) -> date:
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _bounds(first: date, zone: ZoneInfo) -> tuple[str, str]:
    start = datetime.combine(first, time(), zone)
    end = datetime.combine(_next_month(first), time(), zone)
    return iso(start), iso(end)


# A follow-up is kept if the patient had a case opened from three days before the date on.
EARLY_DAYS = 3


def _summary(db: Database, first: date, today: date, zone: ZoneInfo) -> MonthlySummary:
    start, end = _bounds(first, zone)
    in_month = [start, end]
    seen, cases = db.execute(
        "SELECT count(DISTINCT patient_id), count(*) FROM encounters "
        "WHERE created_at >= ? AND created_at < ?",
        in_month,
    ).fetchone()
    new = db.execute(
        "SELECT count(*) FROM patients WHERE created_at >= ? AND created_at < ?", in_month
    ).fetchone()[0]
    consults = dict(
        db.execute(
            "SELECT specialty, count(*) FROM encounters WHERE specialty IS NOT NULL "
            "AND queued_at IS NOT NULL AND queued_at >= ? AND queued_at < ? "
            "GROUP BY specialty ORDER BY count(*) DESC, specialty",
            in_month,
        ).fetchall()
    )
    # Measurements taken this month; a correction replaces a value, it is not another one.
    vitals = dict(
        db.execute(
            "SELECT kind, count(*) FROM observations WHERE supersedes IS NULL "
            "AND taken_at >= ? AND taken_at < ? GROUP BY kind ORDER BY count(*) DESC, kind",
            in_month,
        ).fetchall()
    )
    received = db.execute(
        "SELECT signed_json FROM prescriptions WHERE received_at >= ? AND received_at < ?",
        in_month,
    ).fetchall()
    referrals = sum(1 for (text,) in received if read_envelope(text).prescription.referral.strip())
    last = _next_month(first) - timedelta(days=1)
    due = db.execute(
        "SELECT rx.patient_id, rx.follow_up FROM prescriptions rx "
        "WHERE rx.follow_up >= ? AND rx.follow_up <= ?",
        [first.isoformat(), last.isoformat()],
    ).fetchall()
    missed = 0
    for patient_id, day in due:
        when = date.fromisoformat(day)
        if when >= today:
            continue  # not passed yet
        early = datetime.combine(when - timedelta(days=EARLY_DAYS), time(), zone)
        came = db.execute(
            "SELECT 1 FROM encounters WHERE patient_id = ? AND created_at >= ? LIMIT 1",
            [patient_id, iso(early)],
        ).fetchone()
        missed += came is None
    return MonthlySummary(
        month=first, today=today, patients_seen=seen, new_patients=new, cases=cases,
        consults=consults, prescriptions=len(received), vitals=vitals, referrals=referrals,
        follow_ups_due=len(due), follow_ups_missed=missed,
    )  # fmt: skip


def monthly_summary(
    store: Store, first: date, now: datetime, zone: str = DEFAULT_ZONE
) -> MonthlySummary:
    tz = ZoneInfo(zone)
    today = now.astimezone(tz).date()
    return store.read(lambda db: _summary(db, first.replace(day=1), today, tz))


def to_csv(s: MonthlySummary) -> str:
    """One figure a line (``section,item,count``): easy to read, easy to feed on."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["section", "item", "count"])
    month = s.month.strftime("%Y-%m")
    w.writerow(["month", month, ""])
    for item, n in (("patients_seen", s.patients_seen), ("new_patients", s.new_patients),
                    ("cases", s.cases)):  # fmt: skip
        w.writerow(["patients", item, n])
    for specialty, n in s.consults.items():
        w.writerow(["consults", specialty, n])
    w.writerow(["consults", "total", s.consults_total])
    w.writerow(["prescriptions", "received", s.prescriptions])
    w.writerow(["prescriptions", "referrals", s.referrals])
    for kind, n in s.vitals.items():
        w.writerow(["vitals", kind, n])
    w.writerow(["vitals", "total", s.vitals_total])
    w.writerow(["follow_ups", "due", s.follow_ups_due])
    w.writerow(["follow_ups", "missed", s.follow_ups_missed])
    return out.getvalue()
