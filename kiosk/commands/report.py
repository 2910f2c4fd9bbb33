"""``kiosk report monthly``: the HWC's monthly summary from the kiosk's own records,
offline, on screen, as CSV and as a PDF to print or file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.commands.common import home_option, load_config, open_clinic, print_json
from kiosk.reports.monthly_pdf import write_monthly
from kiosk.store.monthly import MonthlySummary, monthly_summary, parse_month, to_csv


def _text(s: MonthlySummary) -> str:
    lines = [
        f"Monthly report {s.month:%Y-%m} (as of {s.today.isoformat()})",
        f"  patients seen        {s.patients_seen}",
        f"  new registrations    {s.new_patients}",
        f"  cases opened         {s.cases}",
        f"  consults requested   {s.consults_total}"
        + "".join(f"\n    {k:<22}{n}" for k, n in s.consults.items()),
        f"  prescriptions        {s.prescriptions}",
        f"  referrals            {s.referrals}",
        f"  vitals taken         {s.vitals_total}"
        + "".join(f"\n    {k:<22}{n}" for k, n in s.vitals.items()),
        f"  follow-ups due       {s.follow_ups_due}",
        f"  follow-ups missed    {s.follow_ups_missed}",
    ]
    return "\n".join(lines)


def _monthly(args: argparse.Namespace) -> int:
    try:
        first = parse_month(args.month)
    except ValueError as error:
        print(f"kiosk report monthly: {error}", file=sys.stderr)
        return 2
    cfg = load_config(args)
    clinic = open_clinic(cfg)
    try:
        now = clinic.clock()
        summary = monthly_summary(clinic.store, first, now, cfg.timezone)
    finally:
        clinic.close()
    if args.csv:
        Path(args.csv).write_text(to_csv(summary), encoding="utf-8")
        print(f"wrote {args.csv}")
    if args.pdf:
        hwc = cfg.spoke_name or cfg.spoke_id
        write_monthly(summary, Path(args.pdf), hwc, args.language or cfg.language, now)
        print(f"wrote {args.pdf}")
    if args.json:
        print_json({**summary.__dict__, "month": f"{summary.month:%Y-%m}",
                    "consults_total": summary.consults_total,
                    "vitals_total": summary.vitals_total})  # fmt: skip
    elif not (args.csv or args.pdf):
        print(_text(summary))
    return 0


def register(subparsers: Any) -> None:
    report = subparsers.add_parser("report", help="reports from the kiosk's own records")
    sub = report.add_subparsers(dest="report_command", required=True, metavar="REPORT")
    monthly = sub.add_parser("monthly", parents=[home_option()], help="the HWC's monthly summary")
    monthly.add_argument("--month", required=True, help="YYYY-MM")
    monthly.add_argument("--csv", help="write the figures as CSV to this file")
    monthly.add_argument("--pdf", help="write the printable report (A4 PDF) to this file")
    monthly.add_argument("--language", choices=("hi", "en"), help="of the PDF (the kiosk's)")
    monthly.add_argument("--json", action="store_true", help="print the figures as JSON")
    monthly.set_defaults(handler=_monthly)
