"""The dashboard's queries on SQLite (a district's hub): functions run on the storage thread.

SQLite has no percentile aggregate, so each group's waiting times come back as one
``group_concat`` and the median and 90th percentile are taken here, with the same
interpolation PostgreSQL's ``percentile_cont`` uses.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timedelta
from typing import Any

from hub.storage import figures
from hub.storage.figures import ANY_CONSULT, SPOKE_NAMES, STORE_AND_FORWARD, Rows, place_conditions
from hub.storage.models import FigureFilter, HealthReport, Officer, OfficerSession, Scope
from hub.storage.sqlite_schema import stamp

_BUCKETS = {
    "day": "f.queued_day",
    "week": "date(f.queued_day, '-6 days', 'weekday 1')",
    "month": "substr(f.queued_day, 1, 7) || '-01'",
}


def _arg(_n: int) -> str:
    return "?"


def _facts(f: FigureFilter, args: list[Any], join: str = "") -> str:
    args += [f.start.isoformat(), f.end.isoformat()]
    where = ["f.queued_day BETWEEN ? AND ?", *place_conditions(f, _arg, args, facts=True)]
    return f"FROM consult_facts f {join} WHERE " + " AND ".join(where)


def series(c: sqlite3.Connection, f: FigureFilter) -> Rows:
    args: list[Any] = []
    bucket = _BUCKETS[f.period]
    rows = c.execute(
        f"SELECT {bucket}, count(*), count(f.taken_at) {_facts(f, args)} GROUP BY 1 ORDER BY 1",
        args,
    ).fetchall()
    return [{"period": r[0], "consults": r[1], "answered": r[2]} for r in rows]


def by(c: sqlite3.Connection, f: FigureFilter, dimension: str) -> Rows:
    keys = figures.DIMENSION_KEYS[dimension]
    cols = ", ".join(sql for _, sql in keys)
    join = SPOKE_NAMES if dimension == "spoke" else ""  # for the spoke's name
    args: list[Any] = []
    rows = c.execute(
        f"SELECT {cols}, count(*), count(f.taken_at), group_concat(f.wait_s) "
        f"{_facts(f, args, join)} "
        f"GROUP BY {cols} ORDER BY count(*) DESC, {cols}",
        args,
    ).fetchall()
    return figures.by_rows(rows, keys, wait_columns=1)


def by_specialist(c: sqlite3.Connection, f: FigureFilter) -> Rows:
    args: list[Any] = []
    rows = c.execute(
        "SELECT f.taken_by, coalesce(p.name, ''), coalesce(p.specialty, ''), "
        "coalesce(p.hub_site, ''), count(*), count(f.ended_at), group_concat(f.wait_s) "
        f"{_facts(f, args, 'LEFT JOIN specialists p ON p.username = f.taken_by')} "
        "AND f.taken_by IS NOT NULL GROUP BY f.taken_by ORDER BY count(*) DESC, f.taken_by",
        args,
    ).fetchall()
    return figures.specialist_rows(rows, wait_columns=1)


def shares(c: sqlite3.Connection, f: FigureFilter) -> Rows:
    args: list[Any] = [STORE_AND_FORWARD]
    r = c.execute(
        "SELECT count(*), count(f.taken_at), coalesce(sum(f.audio_only), 0), "
        "coalesce(sum(f.mode = ?), 0), coalesce(sum(f.prescribed), 0), "
        f"coalesce(sum(f.printed), 0), group_concat(f.wait_s) {_facts(f, args)}",
        args,
    ).fetchone()
    return figures.shares_row(r, wait_columns=1)


def idle_spokes(c: sqlite3.Connection, f: FigureFilter) -> Rows:
    args: list[Any] = []
    where = place_conditions(f, _arg, args, facts=False)
    inner = "f.spoke_id = s.id AND f.queued_day BETWEEN ? AND ?"
    args += [f.start.isoformat(), f.end.isoformat()]
    if f.specialty:
        inner += " AND f.specialty = ?"
        args.append(f.specialty)
    rows = c.execute(
        "SELECT s.id, s.name, s.district, s.state, "
        "(SELECT max(queued_day) FROM consult_facts l WHERE l.spoke_id = s.id) FROM spokes s "
        f"WHERE {' AND '.join([*where, f'NOT EXISTS ({ANY_CONSULT} {inner})'])} "
        "ORDER BY s.state, s.district, s.name, s.id",
        args,
    ).fetchall()
    return figures.idle_rows(rows)


def silent_spokes(c: sqlite3.Connection, f: FigureFilter, now: datetime) -> Rows:
    args: list[Any] = []
    where = place_conditions(f, _arg, args, facts=False) or ["1"]
    args.append(stamp(now - timedelta(days=f.silent_days)))
    rows = c.execute(
        "SELECT s.id, s.name, s.district, s.state, count(k.id), max(k.last_seen_at), "
        "coalesce(sum(h.pending_ops), 0), coalesce(sum(h.quarantined), 0), max(h.reported_at) "
        "FROM spokes s LEFT JOIN kiosks k ON k.spoke_id = s.id AND k.revoked_at IS NULL "
        f"LEFT JOIN kiosk_health h ON h.kiosk_id = k.id WHERE {' AND '.join(where)} "
        "GROUP BY s.id HAVING max(k.last_seen_at) IS NULL OR max(k.last_seen_at) < ? "
        "ORDER BY max(k.last_seen_at) NULLS FIRST, s.id",
        args,
    ).fetchall()
    return figures.silent_rows(rows)


def troubles(c: sqlite3.Connection, f: FigureFilter) -> Rows:
    args: list[Any] = []
    where = ["k.revoked_at IS NULL", "h.problems != '[]'",
             *place_conditions(f, _arg, args, facts=False)]  # fmt: skip
    rows = c.execute(
        "SELECT s.id, s.name, s.district, s.state, k.id, k.label, h.reported_at, h.problems "
        "FROM kiosk_health h JOIN kiosks k ON k.id = h.kiosk_id JOIN spokes s ON s.id = h.spoke_id "
        f"WHERE {' AND '.join(where)} ORDER BY s.state, s.district, s.name, k.id",
        args,
    ).fetchall()
    return figures.trouble_rows(rows)


def places(c: sqlite3.Connection, scope: Scope | None) -> dict[str, list[Any]]:
    f = FigureFilter(start=datetime.min.date(), end=datetime.min.date(), scope=scope)
    args: list[Any] = []
    where = place_conditions(f, _arg, args, facts=False) or ["1"]
    rows = c.execute(
        f"SELECT DISTINCT s.state, s.district FROM spokes s WHERE {' AND '.join(where)} "
        "ORDER BY 1, 2",
        args,
    ).fetchall()
    hubs = c.execute(
        "SELECT DISTINCT m.hub_site FROM spoke_mappings m JOIN spokes s ON s.id = m.spoke_id "
        f"WHERE {' AND '.join(where)} ORDER BY 1",
        args,
    ).fetchall()
    if scope is not None and scope.kind == "hub":
        hubs = [(scope.value,)]
    return {"districts": [[r[0], r[1]] for r in rows], "hubs": [r[0] for r in hubs]}


# -- officers, their sessions, kiosk health -----------------------------------------------------
def add_officer(c: sqlite3.Connection, officer: Officer, password_hash: str) -> None:
    o = officer
    c.execute(
        "INSERT INTO officers VALUES (?,?,?,?,?,?)",
        [o.username, o.name, o.scope.kind, o.scope.value, password_hash, stamp(o.created_at)],
    )


def _officer(r: Any) -> Officer:
    return Officer(r[0], r[1], Scope(r[2], r[3]), datetime.fromisoformat(r[4]))


def officers(c: sqlite3.Connection) -> list[Officer]:
    rows = c.execute(
        "SELECT username, name, scope_kind, scope_value, created_at FROM officers ORDER BY username"
    ).fetchall()
    return [_officer(r) for r in rows]


def officer_login(c: sqlite3.Connection, username: str) -> tuple[Officer, str] | None:
    r = c.execute(
        "SELECT username, name, scope_kind, scope_value, created_at, password_hash "
        "FROM officers WHERE username = ?",
        [username],
    ).fetchone()
    return (_officer(r), r[5]) if r else None


def add_officer_session(
    c: sqlite3.Connection, token_hash: str, session: OfficerSession, now: datetime
) -> None:
    c.execute("DELETE FROM officer_sessions WHERE expires_at <= ?", [stamp(now)])
    c.execute(
        "INSERT INTO officer_sessions VALUES (?,?,?,?,?)",
        [token_hash, session.username, session.csrf, stamp(session.created_at),
         stamp(session.expires_at)],
    )  # fmt: skip


def officer_session(
    c: sqlite3.Connection, token_hash: str, now: datetime
) -> tuple[OfficerSession, Officer] | None:
    r = c.execute(
        "SELECT o.username, o.name, o.scope_kind, o.scope_value, o.created_at, s.csrf, "
        "s.created_at, s.expires_at FROM officer_sessions s "
        "JOIN officers o ON o.username = s.username WHERE s.token_hash = ? AND s.expires_at > ?",
        [token_hash, stamp(now)],
    ).fetchone()
    if r is None:
        return None
    session = OfficerSession(r[0], r[5], datetime.fromisoformat(r[6]), datetime.fromisoformat(r[7]))
    return session, _officer(r)


def note_health(
    c: sqlite3.Connection, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
) -> None:
    problems = json.dumps(
        [{"device": p.device, "state": p.state, "message": p.message} for p in report.problems],
        ensure_ascii=False,
    )
    c.execute(
        "INSERT INTO kiosk_health VALUES (?,?,?,?,?,?,?) ON CONFLICT (kiosk_id) DO UPDATE SET "
        "reported_at = excluded.reported_at, received_at = excluded.received_at, "
        "pending_ops = excluded.pending_ops, quarantined = excluded.quarantined, "
        "problems = excluded.problems",
        [kiosk_id, spoke_id, stamp(report.reported_at), stamp(now), report.pending_ops,
         report.quarantined, problems],
    )  # fmt: skip
    for prescription_id, printed_at in report.prints:
        # Only prescriptions the hub signed for this spoke count as printed.
        c.execute(
            "INSERT INTO prescription_prints SELECT ?, ?, ?, ?, ? WHERE EXISTS "
            "(SELECT 1 FROM prescriptions WHERE id = ? AND spoke_id = ?) "
            "ON CONFLICT (spoke_id, prescription_id) DO NOTHING",
            [spoke_id, prescription_id, kiosk_id, stamp(printed_at), stamp(now),
             prescription_id, spoke_id],
        )  # fmt: skip


def note_audio_only(c: sqlite3.Connection, spoke_id: str, encounter_id: str, now: datetime) -> None:
    c.execute(
        "UPDATE consults SET audio_only_at = ? WHERE encounter_id = ? AND spoke_id = ? "
        "AND audio_only_at IS NULL",
        [stamp(now), encounter_id, spoke_id],
    )
