"""The dashboard's questions, shared by both backends' queries: which tables a page
shows, the filter's conditions in SQL, and the shaping of rows into the tables the API
and the report send (the SQL itself is in ``sqlite_figures`` and ``postgres_figures``).

The figures come from ``consult_facts`` (see :class:`hub.storage.aggregates.Figures`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime
from types import ModuleType
from typing import Any

from hub.storage.models import FigureFilter

PERIODS = ("day", "week", "month")
# The tables a page shows, in its order; each is one storage query.
DIMENSIONS = ("spoke", "district", "state", "specialty", "hub")
TABLES = (
    "series", *(f"by_{d}" for d in DIMENSIONS), "by_specialist", "shares",
    "idle_spokes", "silent_spokes", "troubles",
)  # fmt: skip
# The consult mode that store-and-forward answers carry (``consult_mode`` in the encounter).
STORE_AND_FORWARD = "text"  # ConsultMode.TEXT: a case sent for review

Rows = list[dict[str, Any]]
# Each dimension of a ``by_`` table: the columns it groups by, as (name, SQL).
DIMENSION_KEYS = {
    "spoke": (("spoke_id", "f.spoke_id"), ("spoke", "s.name"), ("district", "f.district"),
              ("state", "f.state")),
    "district": (("district", "f.district"), ("state", "f.state")),
    "state": (("state", "f.state"),),
    "specialty": (("specialty", "f.specialty"),),
    "hub": (("hub_site", "f.hub_site"),),
}  # fmt: skip
SPOKE_NAMES = "JOIN spokes s ON s.id = f.spoke_id"  # a spoke's name for ``by_spoke``
ANY_CONSULT = "SELECT 1 FROM consult_facts f WHERE"

Placeholder = Callable[[int], str]


def place_conditions(
    f: FigureFilter, arg: Placeholder, args: list[Any], *, facts: bool
) -> list[str]:
    """SQL conditions for the filter's places, on ``consult_facts f`` when ``facts`` (it
    carries its spoke's state and district), else on ``spokes s``. ``arg(n)`` spells the
    n-th placeholder; values go into ``args``."""

    def value(v: Any) -> str:
        args.append(v)
        return arg(len(args))

    where = []
    for kind, wanted in (
        (f.scope.kind if f.scope else "", f.scope.value if f.scope else ""),
        ("state", f.state),
        ("district", f.district),
        ("hub", f.hub),
        ("spoke", f.spoke),
    ):
        if not wanted:
            continue
        t = "f" if facts else "s"  # consult_facts carries its spoke's place
        if kind == "state":
            where.append(f"{t}.state = {value(wanted)}")
        elif kind == "district":
            where.append(f"{t}.district = {value(wanted)}")
        elif kind == "spoke":
            where.append(f"{t}.{'spoke_id' if facts else 'id'} = {value(wanted)}")
        elif facts:
            where.append(f"f.hub_site = {value(wanted)}")
        else:
            where.append(
                f"s.id IN (SELECT spoke_id FROM spoke_mappings WHERE hub_site = {value(wanted)})"
            )
    if facts and f.specialty:
        where.append(f"f.specialty = {value(f.specialty)}")
    return where


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (PostgreSQL's ``percentile_cont``), so
    both backends give the same figure."""
    if not sorted_values:
        return None
    position = (len(sorted_values) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def minutes(seconds: float | None) -> float | None:
    """A wait in whole tenths of a minute, as every table shows it."""
    return None if seconds is None else round(seconds / 60, 1)


def waits(median_s: float | None, p90_s: float | None) -> dict[str, float | None]:
    return {"median_wait_min": minutes(median_s), "p90_wait_min": minutes(p90_s)}


def text(value: Any) -> Any:
    """A day or a moment as the ISO text the tables carry (SQLite hands text already)."""
    return value.isoformat() if isinstance(value, (date, datetime)) else value


def table_query(
    queries: ModuleType, table: str, f: FigureFilter, now: datetime
) -> Callable[[Any], Any]:
    """The query of one direct table, on a connection: the same choice on both backends,
    over the module of that backend's SQL (``sqlite_figures`` or ``postgres_figures``)."""
    if table not in TABLES:
        raise ValueError(f"no dashboard table {table!r}")
    if table.startswith("by_") and table != "by_specialist":
        return lambda c: queries.by(c, f, table.removeprefix("by_"))
    if table == "silent_spokes":
        return lambda c: queries.silent_spokes(c, f, now)
    query: Callable[[Any, FigureFilter], Any] = getattr(queries, table)
    return lambda c: query(c, f)


# -- rows into tables: (column values...) as each query selects them ---------------------------
def by_rows(rows: list[Any], keys: tuple[tuple[str, str], ...], wait_columns: int) -> Rows:
    """A ``by_`` table: the dimension's keys, consults, answered, then the waits (one
    column of all waits in seconds for SQLite, the two percentiles for PostgreSQL)."""
    n = len(keys)
    return [
        {**{name: r[i] for i, (name, _) in enumerate(keys)}, "consults": r[n],
         "answered": r[n + 1], **_waits_of(r, n + 2, wait_columns)}
        for r in rows
    ]  # fmt: skip


def specialist_rows(rows: list[Any], wait_columns: int) -> Rows:
    return [
        {"username": r[0], "name": r[1], "specialty": r[2], "hub_site": r[3], "consults": r[4],
         "finished": r[5], **_waits_of(r, 6, wait_columns)}
        for r in rows
    ]  # fmt: skip


def shares_row(r: Any, wait_columns: int) -> Rows:
    return [
        {"consults": r[0], "answered": r[1], "audio_only": r[2], "store_forward": r[3],
         "prescribed": r[4], "printed": r[5], **_waits_of(r, 6, wait_columns)}
    ]  # fmt: skip


def idle_rows(rows: list[Any]) -> Rows:
    return [
        {"spoke_id": r[0], "spoke": r[1], "district": r[2], "state": r[3],
         "last_consult_day": text(r[4])}
        for r in rows
    ]  # fmt: skip


def silent_rows(rows: list[Any]) -> Rows:
    return [
        {"spoke_id": r[0], "spoke": r[1], "district": r[2], "state": r[3], "kiosks": r[4],
         "last_seen_at": text(r[5]), "backlog_ops": int(r[6]), "quarantined": int(r[7]),
         "reported_at": text(r[8])}
        for r in rows
    ]  # fmt: skip


def trouble_rows(rows: list[Any]) -> Rows:
    return [
        {"spoke_id": r[0], "spoke": r[1], "district": r[2], "state": r[3], "kiosk_id": r[4],
         "kiosk": r[5], "reported_at": text(r[6]), "problems": json.loads(r[7])}
        for r in rows
    ]  # fmt: skip


def _waits_of(r: Any, at: int, columns: int) -> dict[str, float | None]:
    if columns == 2:
        return waits(r[at], r[at + 1])
    values = sorted(int(v) for v in r[at].split(",")) if r[at] else []
    return waits(percentile(values, 0.5), percentile(values, 0.9))
