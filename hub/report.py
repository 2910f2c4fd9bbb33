"""The programme's figures as one answer, and each table as CSV: what the dashboard shows
and what ``kiosk-hub report`` prints, from the same storage queries.

No column names a patient: rows are places, specialties, specialists and counts.
"""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import date, datetime, timedelta
from typing import Any

from hub.storage.aggregates import Figures
from hub.storage.figures import DIMENSIONS, PERIODS, TABLES
from hub.storage.models import FigureFilter, Scope
from kiosk.domain.encounter import Specialty

MAX_DAYS = 400  # a year and a bit: longer ranges are the CSV of two questions
_WAITS = ("median_wait_min", "p90_wait_min")
COLUMNS: dict[str, tuple[str, ...]] = {
    "series": ("period", "consults", "answered"),
    "by_spoke": ("spoke_id", "spoke", "district", "state", "consults", "answered", *_WAITS),
    "by_district": ("district", "state", "consults", "answered", *_WAITS),
    "by_state": ("state", "consults", "answered", *_WAITS),
    "by_specialty": ("specialty", "consults", "answered", *_WAITS),
    "by_hub": ("hub_site", "consults", "answered", *_WAITS),
    "by_specialist": ("username", "name", "specialty", "hub_site", "consults", "finished",
                      *_WAITS),
    "shares": ("consults", "answered", "audio_only", "store_forward", "prescribed", "printed",
               *_WAITS, "audio_only_pct", "store_forward_pct", "printed_pct"),
    "idle_spokes": ("spoke_id", "spoke", "district", "state", "last_consult_day"),
    "silent_spokes": ("spoke_id", "spoke", "district", "state", "kiosks", "last_seen_at",
                      "backlog_ops", "quarantined", "reported_at"),
    "troubles": ("spoke_id", "spoke", "district", "state", "kiosk_id", "kiosk", "reported_at",
                 "problems"),
}  # fmt: skip
assert set(COLUMNS) == set(TABLES)


class FilterError(ValueError):
    """A filter the hub cannot answer; the message says which field, in plain words."""


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def with_shares(row: dict[str, Any]) -> dict[str, Any]:
    """The shares as percentages: audio-only and store-and-forward of answered consults,
    printed of prescribed ones."""
    return {
        **row,
        "audio_only_pct": _pct(row["audio_only"], row["answered"]),
        "store_forward_pct": _pct(row["store_forward"], row["answered"]),
        "printed_pct": _pct(row["printed"], row["prescribed"]),
    }


def parse_filter(query: Any, today: date, scope: Scope | None) -> FigureFilter:
    """A filter from a query string's fields (``from``, ``to``, ``state``, ``district``,
    ``spoke``, ``hub``, ``specialty``, ``period``, ``silent_days``); the month so far by
    default. The scope is the officer's own, whatever the query says."""

    def text(name: str) -> str:
        value = str(query.get(name, "") or "").strip()
        if len(value) > 200:
            raise FilterError(f"{name} is too long")
        return value

    def day(name: str, default: date) -> date:
        value = text(name)
        try:
            return date.fromisoformat(value) if value else default
        except ValueError:
            raise FilterError(f"{name} must be a date (YYYY-MM-DD)") from None

    start = day("from", today.replace(day=1))
    end = day("to", today)
    if end < start:
        raise FilterError("'to' is before 'from'")
    if (end - start).days > MAX_DAYS:
        raise FilterError(f"ask for at most {MAX_DAYS} days at once")
    period = text("period") or "day"
    if period not in PERIODS:
        raise FilterError(f"period is one of {', '.join(PERIODS)}")
    specialty = text("specialty")
    if specialty and specialty not in {s.value for s in Specialty}:
        raise FilterError("specialty is not one the hub knows")
    silent = text("silent_days") or "7"
    if not silent.isdigit() or not 1 <= int(silent) <= 365:
        raise FilterError("silent_days is a number of days from 1 to 365")
    return FigureFilter(
        start=start, end=end, scope=scope, state=text("state"), district=text("district"),
        spoke=text("spoke"), hub=text("hub"), specialty=specialty, period=period,
        silent_days=int(silent),
    )  # fmt: skip


def _period_starts(f: FigureFilter) -> list[str]:
    """Every period's first day from the filter's start to its end (a week starts on
    Monday), as the database names them."""
    if f.period == "month":
        first = f.start.replace(day=1)
    elif f.period == "week":
        first = f.start - timedelta(days=f.start.weekday())
    else:
        first = f.start
    out, day = [], first
    while day <= f.end:
        out.append(day.isoformat())
        if f.period == "month":
            day = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        else:
            day += timedelta(days=7 if f.period == "week" else 1)
    return out


def with_empty_periods(rows: list[dict[str, Any]], f: FigureFilter) -> list[dict[str, Any]]:
    """A period without a consult is a zero, not a gap in the chart or the CSV."""
    found = {r["period"]: r for r in rows}
    return [found.get(p, {"period": p, "consults": 0, "answered": 0}) for p in _period_starts(f)]


async def table(
    storage: Figures, name: str, f: FigureFilter, now: datetime
) -> list[dict[str, Any]]:
    rows = await storage.figures(name, f, now)
    if name == "series":
        return with_empty_periods(rows, f)
    return [with_shares(r) for r in rows] if name == "shares" else rows


async def all_tables(
    storage: Figures, f: FigureFilter, now: datetime
) -> dict[str, list[dict[str, Any]]]:
    """Every table of a page; the queries run side by side (on PostgreSQL each on its own
    pooled connection; SQLite's one thread takes them in turn)."""
    found = await asyncio.gather(*(table(storage, name, f, now) for name in TABLES))
    return dict(zip(TABLES, found, strict=True))


def _cell(value: Any) -> Any:
    if isinstance(value, list):  # a kiosk's problems
        return "; ".join(
            f"{p['device']}: {p['state']}" + (f" ({p['message']})" if p.get("message") else "")
            for p in value
        )
    return "" if value is None else value


def to_csv(name: str, rows: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    columns = COLUMNS[name]
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def filter_json(f: FigureFilter) -> dict[str, Any]:
    return {
        "from": f.start.isoformat(), "to": f.end.isoformat(), "state": f.state,
        "district": f.district, "spoke": f.spoke, "hub": f.hub, "specialty": f.specialty,
        "period": f.period, "silent_days": f.silent_days,
        "scope": str(f.scope) if f.scope else None,
    }  # fmt: skip


__all__ = ["COLUMNS", "DIMENSIONS", "FilterError", "all_tables", "parse_filter", "to_csv"]
