"""The dashboard's tables read from the monthly rollups (:mod:`hub.storage.rollup`), the
same on both backends: :func:`plan` gives the SQL and how to make its rows into the
table, or None when the direct query on ``consult_facts`` is the one to run (a short
range, one spoke, or a table the rollups do not hold)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from hub.storage import rollup
from hub.storage.figures import text
from hub.storage.models import FigureFilter

Rows = list[dict[str, Any]]
Plan = tuple[str, list[Any], Callable[[list[Any]], Rows]]

_PLACE_KEYS = {
    "district": (("district", "district"), ("state", "state")),
    "state": (("state", "state"),),
    "specialty": (("specialty", "specialty"),),
    "hub": (("hub_site", "hub_site"),),
}


def _ordered(groups: dict[tuple[Any, ...], dict[str, Any]], names: tuple[str, ...]) -> Rows:
    rows = [{**dict(zip(names, key, strict=True)), **g} for key, g in groups.items()]
    rows.sort(key=lambda r: (-r["consults"], *(str(r[n]) for n in names)))
    return rows


def plan(d: rollup.Dialect, table: str, f: FigureFilter) -> Plan | None:
    months = rollup.whole_months(f)
    if months is None:
        return None
    if table == "series" and f.period == "month":
        sql, args = rollup.grouped(d, rollup.PLACES, f, months, ("month",), binned=False)

        def series(rows: list[Any]) -> Rows:
            out = [{"period": text(r[0]), "consults": int(r[1]), "answered": int(r[2])}
                   for r in rows]  # fmt: skip
            return sorted(out, key=lambda r: r["period"])

        return sql, args, series
    if table.removeprefix("by_") in _PLACE_KEYS:
        keys = _PLACE_KEYS[table.removeprefix("by_")]
        sql, args = rollup.grouped(
            d, rollup.PLACES, f, months, tuple(k for _, k in keys), binned=True
        )

        def places(rows: list[Any]) -> Rows:
            groups = rollup.fold(rows, len(keys), rollup.PLACES.measures, binned=True)
            out = _ordered(groups, tuple(n for n, _ in keys))
            wanted = ("consults", "answered", "median_wait_min", "p90_wait_min")
            return [{**{n: r[n] for n, _ in keys}, **{w: r[w] for w in wanted}} for r in out]

        return sql, args, places
    if table == "shares":
        sql, args = rollup.grouped(d, rollup.PLACES, f, months, (), binned=True)

        def shares(rows: list[Any]) -> Rows:
            groups = rollup.fold(rows, 0, rollup.PLACES.measures, binned=True)
            empty = {**dict.fromkeys(rollup.PLACES.measures, 0), **rollup.waits({})}
            return [groups.get((), empty)]

        return sql, args, shares
    if table == "by_specialist":
        people = ("coalesce(p.name, '')", "coalesce(p.specialty, '')",
                  "coalesce(p.hub_site, '')")  # fmt: skip
        sql, args = rollup.grouped(
            d, rollup.SPECIALISTS, f, months, ("taken_by",), binned=True, named=people,
            join="LEFT JOIN specialists p ON p.username = g.taken_by",
        )  # fmt: skip

        def specialists(rows: list[Any]) -> Rows:
            groups = rollup.fold(rows, 4, rollup.SPECIALISTS.measures, binned=True)
            names = ("username", "name", "specialty", "hub_site")
            out = [{**dict(zip(names, key, strict=True)), **g} for key, g in groups.items()]
            out.sort(key=lambda r: (-r["consults"], r["username"]))
            return out

        return sql, args, specialists
    if table == "by_spoke":
        sql, args = rollup.grouped(
            d, rollup.SPOKES, f, months, ("spoke_id", "district", "state"), binned=False,
            named=("s.name",), join="JOIN spokes s ON s.id = g.spoke_id",
        )  # fmt: skip

        def spokes(rows: list[Any]) -> Rows:
            # (spoke_id, name, district, state) as the direct table has them
            keyed = [(r[0], r[3], r[1], r[2], *r[4:]) for r in rows]
            groups = rollup.fold(keyed, 4, rollup.SPOKES.measures, binned=False)
            out = _ordered(groups, ("spoke_id", "spoke", "district", "state"))
            # A spoke's waits over many months are not kept (see hub.storage.rollup).
            return [{**r, "median_wait_min": None, "p90_wait_min": None} for r in out]

        return sql, args, spokes
    return None
