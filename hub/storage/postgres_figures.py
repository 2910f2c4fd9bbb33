"""The dashboard's queries on PostgreSQL (a state's hub), on any pooled asyncpg connection.

The same questions as :mod:`hub.storage.sqlite_figures`. Every consult query reads
``consult_facts`` by its ``queued_day`` index (a state-wide month) or by
``(spoke_id, queued_day)`` (a district's spokes, "which spokes had no consult"), joins the
10,000-row ``spokes`` table for places, and takes percentiles in the database.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

from hub.storage import figures
from hub.storage.figures import ANY_CONSULT, SPOKE_NAMES, STORE_AND_FORWARD, Rows, place_conditions
from hub.storage.models import FigureFilter, HealthReport, Officer, OfficerSession, Scope

WORK_MEM = "128MB"  # for one dashboard query at a time per connection

_BUCKETS = {
    "day": "f.queued_day",
    "week": "date_trunc('week', f.queued_day)::date",
    "month": "date_trunc('month', f.queued_day)::date",
}
_WAITS = (
    "percentile_cont(0.5) WITHIN GROUP (ORDER BY f.wait_s), "
    "percentile_cont(0.9) WITHIN GROUP (ORDER BY f.wait_s)"
)


def _arg(n: int) -> str:
    return f"${n}"


def _facts(f: FigureFilter, args: list[Any], join: str = "") -> str:
    args += [f.start, f.end]
    where = ["f.queued_day BETWEEN $1 AND $2", *place_conditions(f, _arg, args, facts=True)]
    return f"FROM consult_facts f {join} WHERE " + " AND ".join(where)


async def series(c: Any, f: FigureFilter) -> Rows:
    args: list[Any] = []
    bucket = _BUCKETS[f.period]
    sql = f"SELECT {bucket}, count(*), count(f.taken_at) {_facts(f, args)} GROUP BY 1 ORDER BY 1"
    rows = await c.fetch(sql, *args)
    return [{"period": figures.text(r[0]), "consults": r[1], "answered": r[2]} for r in rows]


async def by(c: Any, f: FigureFilter, dimension: str) -> Rows:
    keys = figures.DIMENSION_KEYS[dimension]
    cols = ", ".join(sql for _, sql in keys)
    join = SPOKE_NAMES if dimension == "spoke" else ""  # for the spoke's name
    args: list[Any] = []
    rows = await c.fetch(
        f"SELECT {cols}, count(*), count(f.taken_at), {_WAITS} {_facts(f, args, join)} "
        f"GROUP BY {cols} ORDER BY count(*) DESC, {cols}",
        *args,
    )
    return figures.by_rows(rows, keys, wait_columns=2)


async def by_specialist(c: Any, f: FigureFilter) -> Rows:
    args: list[Any] = []
    rows = await c.fetch(
        "SELECT f.taken_by, coalesce(p.name, ''), coalesce(p.specialty, ''), "
        f"coalesce(p.hub_site, ''), count(*), count(f.ended_at), {_WAITS} "
        f"{_facts(f, args, 'LEFT JOIN specialists p ON p.username = f.taken_by')} "
        "AND f.taken_by IS NOT NULL GROUP BY f.taken_by, p.name, p.specialty, p.hub_site "
        "ORDER BY count(*) DESC, f.taken_by",
        *args,
    )
    return figures.specialist_rows(rows, wait_columns=2)


async def shares(c: Any, f: FigureFilter) -> Rows:
    args: list[Any] = []
    facts = _facts(f, args)
    args.append(STORE_AND_FORWARD)
    r = await c.fetchrow(
        "SELECT count(*), count(f.taken_at), count(*) FILTER (WHERE f.audio_only), "
        f"count(*) FILTER (WHERE f.mode = ${len(args)}), count(*) FILTER (WHERE f.prescribed), "
        f"count(*) FILTER (WHERE f.printed), {_WAITS} {facts}",
        *args,
    )
    return figures.shares_row(r, wait_columns=2)


async def idle_spokes(c: Any, f: FigureFilter) -> Rows:
    args: list[Any] = []
    where = place_conditions(f, _arg, args, facts=False)
    args += [f.start, f.end]
    inner = f"f.spoke_id = s.id AND f.queued_day BETWEEN ${len(args) - 1} AND ${len(args)}"
    if f.specialty:
        args.append(f.specialty)
        inner += f" AND f.specialty = ${len(args)}"
    rows = await c.fetch(
        "SELECT s.id, s.name, s.district, s.state, "
        "(SELECT max(l.queued_day) FROM consult_facts l WHERE l.spoke_id = s.id) FROM spokes s "
        f"WHERE {' AND '.join([*where, f'NOT EXISTS ({ANY_CONSULT} {inner})'])} "
        "ORDER BY s.state, s.district, s.name, s.id",
        *args,
    )
    return figures.idle_rows(rows)


async def silent_spokes(c: Any, f: FigureFilter, now: datetime) -> Rows:
    args: list[Any] = []
    where = place_conditions(f, _arg, args, facts=False) or ["true"]
    args.append(now - timedelta(days=f.silent_days))
    rows = await c.fetch(
        "SELECT s.id, s.name, s.district, s.state, count(k.id), max(k.last_seen_at), "
        "coalesce(sum(h.pending_ops), 0), coalesce(sum(h.quarantined), 0), max(h.reported_at) "
        "FROM spokes s LEFT JOIN kiosks k ON k.spoke_id = s.id AND k.revoked_at IS NULL "
        f"LEFT JOIN kiosk_health h ON h.kiosk_id = k.id WHERE {' AND '.join(where)} "
        f"GROUP BY s.id HAVING max(k.last_seen_at) IS NULL OR max(k.last_seen_at) < ${len(args)} "
        "ORDER BY max(k.last_seen_at) NULLS FIRST, s.id",
        *args,
    )
    return figures.silent_rows(rows)


async def troubles(c: Any, f: FigureFilter) -> Rows:
    args: list[Any] = []
    where = ["k.revoked_at IS NULL", "h.problems::text != '[]'",
             *place_conditions(f, _arg, args, facts=False)]  # fmt: skip
    rows = await c.fetch(
        "SELECT s.id, s.name, s.district, s.state, k.id, k.label, h.reported_at, h.problems "
        "FROM kiosk_health h JOIN kiosks k ON k.id = h.kiosk_id JOIN spokes s ON s.id = h.spoke_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.state, s.district, s.name, k.id",
        *args,
    )
    return figures.trouble_rows(rows)


async def places(c: Any, scope: Scope | None) -> dict[str, list[Any]]:
    f = FigureFilter(start=date.min, end=date.min, scope=scope)
    args: list[Any] = []
    where = " AND ".join(place_conditions(f, _arg, args, facts=False) or ["true"])
    rows = await c.fetch(
        f"SELECT DISTINCT s.state, s.district FROM spokes s WHERE {where} ORDER BY 1, 2", *args
    )
    if scope is not None and scope.kind == "hub":
        hubs = [scope.value]
    else:
        found = await c.fetch(
            "SELECT DISTINCT m.hub_site FROM spoke_mappings m JOIN spokes s ON s.id = m.spoke_id "
            f"WHERE {where} ORDER BY 1",
            *args,
        )
        hubs = [r[0] for r in found]
    return {"districts": [[r[0], r[1]] for r in rows], "hubs": hubs}


# -- officers, their sessions, kiosk health -----------------------------------------------------
async def add_officer(c: Any, officer: Officer, password_hash: str) -> bool:
    o = officer
    added = await c.fetchval(
        "INSERT INTO officers VALUES ($1,$2,$3,$4,$5,$6) ON CONFLICT (username) DO NOTHING "
        "RETURNING 1",
        o.username, o.name, o.scope.kind, o.scope.value, password_hash, o.created_at,
    )  # fmt: skip
    return added is not None


async def officers(c: Any) -> list[Officer]:
    rows = await c.fetch(
        "SELECT username, name, scope_kind, scope_value, created_at FROM officers ORDER BY username"
    )
    return [Officer(r[0], r[1], Scope(r[2], r[3]), r[4]) for r in rows]


async def officer_login(c: Any, username: str) -> tuple[Officer, str] | None:
    r = await c.fetchrow(
        "SELECT username, name, scope_kind, scope_value, created_at, password_hash "
        "FROM officers WHERE username = $1",
        username,
    )
    return (Officer(r[0], r[1], Scope(r[2], r[3]), r[4]), r[5]) if r else None


async def add_officer_session(
    c: Any, token_hash: str, session: OfficerSession, now: datetime
) -> None:
    await c.execute("DELETE FROM officer_sessions WHERE expires_at <= $1", now)
    await c.execute(
        "INSERT INTO officer_sessions VALUES ($1,$2,$3,$4,$5)",
        token_hash, session.username, session.csrf, session.created_at, session.expires_at,
    )  # fmt: skip


async def officer_session(
    c: Any, token_hash: str, now: datetime
) -> tuple[OfficerSession, Officer] | None:
    r = await c.fetchrow(
        "SELECT o.username, o.name, o.scope_kind, o.scope_value, o.created_at, s.csrf, "
        "s.created_at, s.expires_at FROM officer_sessions s "
        "JOIN officers o ON o.username = s.username WHERE s.token_hash = $1 AND s.expires_at > $2",
        token_hash, now,
    )  # fmt: skip
    if r is None:
        return None
    return OfficerSession(r[0], r[5], r[6], r[7]), Officer(r[0], r[1], Scope(r[2], r[3]), r[4])


async def note_health(
    c: Any, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
) -> None:
    problems = json.dumps(
        [{"device": p.device, "state": p.state, "message": p.message} for p in report.problems],
        ensure_ascii=False,
    )
    await c.execute(
        "INSERT INTO kiosk_health VALUES ($1,$2,$3,$4,$5,$6,$7) ON CONFLICT (kiosk_id) DO UPDATE "
        "SET reported_at = EXCLUDED.reported_at, received_at = EXCLUDED.received_at, "
        "pending_ops = EXCLUDED.pending_ops, quarantined = EXCLUDED.quarantined, "
        "problems = EXCLUDED.problems",
        kiosk_id, spoke_id, report.reported_at, now, report.pending_ops, report.quarantined,
        problems,
    )  # fmt: skip
    if report.prints:
        # Only prescriptions the hub signed for this spoke count as printed.
        await c.execute(
            "INSERT INTO prescription_prints "
            "SELECT $1, p.id, $2, t.printed_at, $3 FROM unnest($4::text[], $5::timestamptz[]) "
            "AS t(id, printed_at) JOIN prescriptions p ON p.id = t.id AND p.spoke_id = $1 "
            "ON CONFLICT (spoke_id, prescription_id) DO NOTHING",
            spoke_id, kiosk_id, now, [p[0] for p in report.prints],
            [p[1] for p in report.prints],
        )  # fmt: skip


async def note_audio_only(c: Any, spoke_id: str, encounter_id: str, now: datetime) -> None:
    await c.execute(
        "UPDATE consults SET audio_only_at = $1 WHERE encounter_id = $2 AND spoke_id = $3 "
        "AND audio_only_at IS NULL",
        now, encounter_id, spoke_id,
    )  # fmt: skip
