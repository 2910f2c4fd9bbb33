"""Monthly rollups of ``consult_facts`` for long ranges (schema 0008_rollups).

A state's whole year is millions of consults; read one by one, every table of the page
passes the database's query timeout. Three rollup tables hold, per month, the counts the
dashboard shows and the waiting times as a histogram with fixed bins:

- ``consult_rollup``: per state, district, hub site, specialty and wait bin (places,
  specialties, hubs, shares and the monthly series);
- ``consult_rollup_specialists``: the same with the specialist who took the case;
- ``consult_rollup_spokes``: per spoke, hub site and specialty, counts only (consults by
  spoke: a spoke's waits stay with the direct query, see below).

Each is kept by database triggers on ``consult_facts`` (add the new row, take the old one
away), generated here for both backends from one description, so the hub's code never
writes them and ``kiosk-hub migrate`` rebuilds them on the target like ``consult_facts``.

A question over at least ``MIN_WHOLE_MONTHS`` whole months reads the rollup for those
months and ``consult_facts`` only for the days at either end, so counts are exactly the
direct query's. The median and 90th percentile come from the histogram: each wait is
taken at the middle of its bin (1 minute wide up to 3 hours, 15 minutes up to 12 hours,
an hour up to 48 hours; longer waits count as 48 hours), interpolated between ranks as
``percentile_cont`` does: within 30 seconds of the direct figure for waits under 3 hours.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from hub.storage.figures import STORE_AND_FORWARD, minutes, place_conditions
from hub.storage.models import FigureFilter

MIN_WHOLE_MONTHS = 2
# Bins: minutes 0..179, then 180..215 (15 min from 3 h), 216..251 (hours from 12 h), 252.
_BIN = (
    "CASE WHEN {w} IS NULL THEN -1 WHEN {w} < 60 THEN 0 WHEN {w} < 10800 THEN {w} / 60 "
    "WHEN {w} < 43200 THEN 180 + ({w} - 10800) / 900 "
    "WHEN {w} < 172800 THEN 216 + ({w} - 43200) / 3600 ELSE 252 END"
)


def bin_of(wait_s: int) -> int:
    """The bin of a wait, as the SQL above puts it."""
    if wait_s < 10800:
        return max(0, wait_s // 60)
    if wait_s < 43200:
        return 180 + (wait_s - 10800) // 900
    if wait_s < 172800:
        return 216 + (wait_s - 43200) // 3600
    return 252


def bin_middle_s(b: int) -> float:
    """The wait (seconds) a bin stands for: its middle; the last bin stands for 48 h."""
    if b < 180:
        return b * 60 + 30
    if b < 216:
        return 10800 + (b - 180) * 900 + 450
    if b < 252:
        return 43200 + (b - 216) * 3600 + 1800
    return 172800


def _flag(column: str) -> str:
    return f"CASE WHEN {{r}}.{column} THEN 1 ELSE 0 END"


@dataclass(frozen=True)
class Rollup:
    name: str
    keys: tuple[str, ...]  # besides ``month``
    measures: tuple[str, ...]
    only: str = ""  # a condition on the fact row, "{r}" for the row


_KEY_SQL = {
    "wait_bin": _BIN.format(w="{r}.wait_s"),
    **{k: f"{{r}}.{k}" for k in ("spoke_id", "state", "district", "hub_site", "specialty",
                                 "taken_by")},
}  # fmt: skip
_MEASURE_SQL = {
    "consults": "1",
    "answered": "CASE WHEN {r}.taken_at IS NOT NULL THEN 1 ELSE 0 END",
    "finished": "CASE WHEN {r}.ended_at IS NOT NULL THEN 1 ELSE 0 END",
    "audio_only": _flag("audio_only"),
    "store_forward": f"CASE WHEN {{r}}.mode = '{STORE_AND_FORWARD}' THEN 1 ELSE 0 END",
    "prescribed": _flag("prescribed"),
    "printed": _flag("printed"),
}

PLACES = Rollup(
    "consult_rollup",
    ("state", "district", "hub_site", "specialty", "wait_bin"),
    ("consults", "answered", "audio_only", "store_forward", "prescribed", "printed"),
)
SPECIALISTS = Rollup(
    "consult_rollup_specialists",
    ("state", "district", "hub_site", "specialty", "taken_by", "wait_bin"),
    ("consults", "finished"),
    only="{r}.taken_by IS NOT NULL",
)
SPOKES = Rollup(
    "consult_rollup_spokes",
    ("spoke_id", "state", "district", "hub_site", "specialty"),
    ("consults", "answered"),
)
ROLLUPS = (PLACES, SPECIALISTS, SPOKES)


@dataclass(frozen=True)
class Dialect:
    name: str  # "sqlite" or "postgres"
    month: str  # the first day of {r}.queued_day's month
    arg: Callable[[int], str]
    day: Callable[[date], Any]  # a date as the driver takes it


SQLITE = Dialect("sqlite", "substr({r}.queued_day, 1, 7) || '-01'", lambda n: "?", date.isoformat)
POSTGRES = Dialect(
    "postgres", "date_trunc('month', {r}.queued_day)::date", lambda n: f"${n}", lambda d: d
)


def _row(d: Dialect, r: Rollup, row: str, sign: str = "") -> list[str]:
    keys = [d.month.format(r=row), *(_KEY_SQL[k].format(r=row) for k in r.keys)]
    return keys + [f"{sign}{_MEASURE_SQL[m].format(r=row)}" for m in r.measures]


def _upsert(d: Dialect, r: Rollup, row: str, sign: str) -> str:
    cols = ", ".join(("month", *r.keys, *r.measures))
    adds = ", ".join(f"{m} = {r.name}.{m} + excluded.{m}" for m in r.measures)
    where = r.only.format(r=row) if r.only else ("1 = 1" if d.name == "sqlite" else "true")
    return (
        f"INSERT INTO {r.name} ({cols}) SELECT {', '.join(_row(d, r, row, sign))} "
        f"WHERE {where} ON CONFLICT (month, {', '.join(r.keys)}) DO UPDATE SET {adds};"
    )


def _table(d: Dialect, r: Rollup) -> str:
    text, number, day = ("TEXT", "INTEGER", "TEXT") if d.name == "sqlite" else (
        "text", "bigint", "date")  # fmt: skip
    cols = [f"month {day} NOT NULL"]
    cols += [f"{k} {number if k == 'wait_bin' else text} NOT NULL" for k in r.keys]
    cols += [f"{m} {number} NOT NULL" for m in r.measures]
    cols.append(f"PRIMARY KEY (month, {', '.join(r.keys)})")
    return f"CREATE TABLE {r.name} (\n    " + ",\n    ".join(cols) + "\n);\n"


def rebuild_sql(d: Dialect, r: Rollup) -> str:
    """Fill a rollup from ``consult_facts`` as it stands (migration, bench, after a bulk
    load with the triggers off)."""
    cols = ", ".join(("month", *r.keys, *r.measures))
    n = 1 + len(r.keys)
    sums = [f"sum({e})" for e in _row(d, r, "f")[n:]]
    where = f" WHERE {r.only.format(r='f')}" if r.only else ""
    return (
        f"INSERT INTO {r.name} ({cols}) SELECT {', '.join(_row(d, r, 'f')[:n] + sums)} "
        f"FROM consult_facts f{where} GROUP BY {', '.join(str(i + 1) for i in range(n))};\n"
    )


def schema_sql(d: Dialect) -> str:
    """Migration 0008_rollups: the tables, their triggers, and the rows of what is held."""
    out = []
    for r in ROLLUPS:
        out.append(_table(d, r))
        if d.name == "sqlite":
            out.append(
                f"CREATE TRIGGER {r.name}_add AFTER INSERT ON consult_facts\nBEGIN\n    "
                f"{_upsert(d, r, 'NEW', '')}\nEND;\n"
                f"CREATE TRIGGER {r.name}_remove AFTER DELETE ON consult_facts\nBEGIN\n    "
                f"{_upsert(d, r, 'OLD', '-')}\nEND;\n"
                f"CREATE TRIGGER {r.name}_change AFTER UPDATE ON consult_facts\nBEGIN\n    "
                f"{_upsert(d, r, 'OLD', '-')}\n    {_upsert(d, r, 'NEW', '')}\nEND;\n"
            )
        else:
            out.append(
                f"CREATE FUNCTION {r.name}_keep() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                f"BEGIN\n    IF TG_OP IN ('UPDATE', 'DELETE') THEN\n        "
                f"{_upsert(d, r, 'OLD', '-')}\n    END IF;\n"
                f"    IF TG_OP IN ('INSERT', 'UPDATE') THEN\n        "
                f"{_upsert(d, r, 'NEW', '')}\n    END IF;\n    RETURN NULL;\nEND $$;\n"
                f"CREATE TRIGGER {r.name}_keep AFTER INSERT OR UPDATE OR DELETE ON consult_facts\n"
                f"    FOR EACH ROW EXECUTE FUNCTION {r.name}_keep();\n"
            )
        out.append(rebuild_sql(d, r))
    return "".join(out)


# -- the planner and the queries ----------------------------------------------------------------
def whole_months(f: FigureFilter) -> tuple[date, date] | None:
    """The first days of the first and last whole months inside the range, when there are
    enough of them (and no single spoke asked for, which the direct query answers fast)."""
    first = f.start if f.start.day == 1 else _next_month(f.start)
    after = _next_month(f.end)  # the first day after the month of ``end``
    last = after if f.end == after - timedelta(days=1) else f.end.replace(day=1)
    # ``last`` is now the first day after the last whole month.
    months = (last.year - first.year) * 12 + last.month - first.month
    if f.spoke or months < MIN_WHOLE_MONTHS:
        return None
    return first, _previous_month(last)


def _next_month(d: date) -> date:
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


def _previous_month(d: date) -> date:
    return date(d.year - (d.month == 1), (d.month - 2) % 12 + 1, 1)


def source(
    d: Dialect, r: Rollup, f: FigureFilter, months: tuple[date, date], args: list[Any]
) -> str:
    """The rows of ``r`` for the filter: the rollup's whole months, and the facts of the
    days before and after them made into rows of the same shape."""
    cols = ", ".join(("month", *r.keys, *r.measures))
    first, last = months
    after = _next_month(last)
    args += [d.day(first), d.day(last)]
    held = [f"f.month BETWEEN {d.arg(len(args) - 1)} AND {d.arg(len(args))}"]
    held += place_conditions(f, d.arg, args, facts=True)
    args += [d.day(f.start), d.day(first - timedelta(days=1)), d.day(after), d.day(f.end)]
    n = len(args)
    ends = [
        f"(f.queued_day BETWEEN {d.arg(n - 3)} AND {d.arg(n - 2)} "
        f"OR f.queued_day BETWEEN {d.arg(n - 1)} AND {d.arg(n)})"
    ]
    ends += place_conditions(f, d.arg, args, facts=True)
    if r.only:
        ends.append(r.only.format(r="f"))
    return (
        f"SELECT {cols} FROM {r.name} f WHERE {' AND '.join(held)} UNION ALL "
        f"SELECT {', '.join(_row(d, r, 'f'))} FROM consult_facts f WHERE {' AND '.join(ends)}"
    )


def grouped(
    d: Dialect,
    r: Rollup,
    f: FigureFilter,
    months: tuple[date, date],
    keys: tuple[str, ...],
    *,
    binned: bool,
    join: str = "",
    named: tuple[str, ...] = (),
) -> tuple[str, list[Any]]:
    """SQL summing the rollup's measures by ``keys`` (columns of the rollup), then by wait
    bin when ``binned``. ``join`` (on ``g``, the sums) adds the ``named`` columns after
    the keys: names are looked up once per group, not once per rollup row."""
    args: list[Any] = []
    inner = source(d, r, f, months, args)
    group = [*keys, *(["wait_bin"] if binned else [])]
    sums = ", ".join(f"sum({m}) AS {m}" for m in r.measures)
    cols = "".join(f"{k}, " for k in group)
    by = f" GROUP BY {', '.join(group)}" if group else ""
    summed = f"SELECT {cols}{sums} FROM ({inner}) u{by}"
    outer = [*(f"g.{k}" for k in keys), *named, *(["g.wait_bin"] if binned else [])]
    outer += [f"g.{m}" for m in r.measures]
    return f"SELECT {', '.join(outer)} FROM ({summed}) g {join}", args


def fold(
    rows: list[Any],
    n: int,
    measures: tuple[str, ...],
    *,
    binned: bool,
    text: Callable[[Any], Any] = lambda v: v,
) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Rows of (n keys, [wait_bin], measures...) into one dict per group, in the rows'
    first order: the measures summed, and when ``binned`` the waits' median and 90th
    percentile from the bins (the first measure counts the consults of a bin)."""
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    bins: dict[tuple[Any, ...], dict[int, int]] = {}
    first = n + 1 if binned else n
    for row in rows:
        key = tuple(text(v) for v in row[:n])
        g = groups.setdefault(key, dict.fromkeys(measures, 0))
        for i, m in enumerate(measures):
            g[m] += int(row[first + i] or 0)
        if binned and (b := int(row[n])) >= 0:
            h = bins.setdefault(key, {})
            h[b] = h.get(b, 0) + int(row[first] or 0)
    if binned:
        for key, g in groups.items():
            g.update(waits(bins.get(key, {})))
    return groups


def waits(histogram: dict[int, int]) -> dict[str, float | None]:
    """The median and 90th percentile (minutes) from a histogram of waits."""
    ranked = _Ranked(histogram)
    return {
        "median_wait_min": minutes(ranked.percentile(0.5)),
        "p90_wait_min": minutes(ranked.percentile(0.9)),
    }


class _Ranked:
    """The waits of a histogram in rank order, without spelling out every one."""

    def __init__(self, histogram: dict[int, int]) -> None:
        self.steps: list[tuple[int, float]] = []  # (last rank of the bin, its wait)
        total = 0
        for b in sorted(histogram):
            if histogram[b] > 0:
                total += histogram[b]
                self.steps.append((total - 1, bin_middle_s(b)))
        self.count = total

    def at(self, rank: int) -> float:
        for last, value in self.steps:
            if rank <= last:
                return value
        return self.steps[-1][1]

    def percentile(self, q: float) -> float | None:
        if self.count == 0:
            return None
        position = (self.count - 1) * q
        low = int(position)
        high = min(low + 1, self.count - 1)
        return self.at(low) + (self.at(high) - self.at(low)) * (position - low)
