"""The programme dashboard at state scale on PostgreSQL: how long each table and each page
takes on a generated state.

The state: ``--spokes`` (10,000) spokes in 40 districts, 500 specialists at 20 hub sites,
and ``--days`` (365) of consults at ``--per-day`` a day (20,000 by default: 7.3 million
consults; the national record day was 4.34 lakh, so this is a large state's share of a
year of record days, scaled down to what two cores generate in a few minutes).
One kiosk per spoke (2 % silent for 10 to 20 days, with a backlog), 2.5 % of kiosks
with a device in trouble, 3 % of spokes with no consult in the last 30 days.

The consults are written straight into ``consult_facts`` with SQL (generate_series), as
the schema's triggers would have made them from pushed encounters and taken cases (the
triggers themselves are tested in tests/hub/test_dashboard_storage.py, and the cost
they add to a push is measured here with ``--trigger-rows``). Then, for the questions a
state's, a district's and a hub's officer ask (this month; a whole year; cardiology in
one district), the bench times every table's query and the whole page (all tables, as
``GET /dashboard/api/figures`` runs them), three times each, and prints the median.

Run: ``python bench/dashboard.py`` (``--per-day 2000`` for a quick run). It starts its
own PostgreSQL cluster (scripts/test-postgres) and deletes it afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.hub_load import PG_SCRIPT, start_postgres  # noqa: E402
from hub import report  # noqa: E402
from hub.storage import rollup  # noqa: E402
from hub.storage.figures import TABLES  # noqa: E402
from hub.storage.models import FigureFilter, Scope  # noqa: E402
from hub.storage.postgres import PostgresStorage  # noqa: E402

SPECIALTIES = (
    "general_medicine", "cardiology", "paediatrics", "obstetrics_gynaecology", "dermatology",
    "ent", "ophthalmology", "psychiatry", "orthopaedics", "dental",
)  # fmt: skip
WEIGHTS = (40, 12, 12, 9, 8, 5, 5, 3, 4, 2)  # per cent of consults
DISTRICTS = 40
HUBS = 20  # two districts per hub site
SPECIALISTS = 500


def _state_sql(spokes: int) -> list[str]:
    per_district = max(1, spokes // DISTRICTS)
    district = f"'District ' || lpad(((i - 1) / {per_district} % {DISTRICTS} + 1)::text, 2, '0')"
    return [
        f"""INSERT INTO spokes (id, name, district, state, created_at)
        SELECT 'hwc-' || lpad(i::text, 5, '0'), 'HWC ' || i, {district}, 'Rajasthan',
               now() - interval '2 years' FROM generate_series(1, {spokes}) i""",
        f"""INSERT INTO specialists (username, name, specialty, registration_no, hub_site,
            password_hash, qualification)
        SELECT 'dr.' || i, 'Dr. ' || i, (ARRAY{list(SPECIALTIES)})[1 + (i / {HUBS}) % 10],
               'RMC-' || i, 'Hub ' || lpad((1 + i % {HUBS})::text, 2, '0'), 'x', 'MBBS'
        FROM generate_series(0, {SPECIALISTS - 1}) i""",
        f"""INSERT INTO spoke_mappings (spoke_id, specialty, hub_site)
        SELECT s.id, sp, 'Hub ' || lpad((1 + (right(s.district, 2)::int - 1) / 2)::text, 2, '0')
        FROM spokes s, unnest(ARRAY{list(SPECIALTIES)}) sp""",
        """INSERT INTO kiosks (id, spoke_id, token_hash, label, enrolled_at, last_seen_at)
        SELECT 'kiosk-' || s.id, s.id, md5(s.id), 'front desk', now() - interval '1 year',
               CASE WHEN right(s.id, 5)::int % 50 = 0
                    THEN now() - (10 + random() * 10) * interval '1 day'
                    ELSE now() - random() * interval '6 hours' END
        FROM spokes s""",
        """INSERT INTO kiosk_health (kiosk_id, spoke_id, reported_at, received_at, pending_ops,
            quarantined, problems)
        SELECT k.id, k.spoke_id, k.last_seen_at, k.last_seen_at,
               CASE WHEN right(k.spoke_id, 5)::int % 50 = 0 THEN 20 + (random() * 200)::int
                    ELSE 0 END, 0,
               CASE WHEN right(k.spoke_id, 5)::int % 40 = 0
                    THEN '[{"device": "printer", "state": "out_of_paper", "message": ""}]'
                    ELSE '[]' END::json
        FROM kiosks k""",
    ]


def _facts_sql(spokes: int, per_day: int, day: int, today: date) -> str:
    """One day of consults, ``day`` days before today, at office hours in India."""
    cum, bounds = 0, []
    for w in WEIGHTS:
        cum += w
        bounds.append(cum / 100)
    pick = " ".join(f"WHEN r1 < {b} THEN {i + 1}" for i, b in enumerate(bounds))
    return f"""
    INSERT INTO consult_facts (encounter_id, spoke_id, state, district, specialty, hub_site,
        queued_at, queued_day, mode, taken_by, taken_at, wait_s, ended_at, audio_only,
        prescribed, printed)
    SELECT encounter, spoke, 'Rajasthan', district, (ARRAY{list(SPECIALTIES)})[sp], hub, queued,
           DATE '{today.isoformat()}' - {day},
           CASE WHEN r3 < 0.04 THEN 'store_forward' ELSE 'live' END,
           CASE WHEN answered THEN 'dr.' || (hub_no - 1 + {HUBS} * ((sp - 1) + 10 * k)) END,
           CASE WHEN answered THEN queued + wait * interval '1 second' END,
           CASE WHEN answered THEN wait END,
           CASE WHEN answered THEN queued + (wait + 600) * interval '1 second' END,
           answered AND r4 < 0.12, answered AND r5 < 0.7, answered AND r5 < 0.6
    FROM (
        SELECT md5('{day}:' || g)::uuid::text AS encounter,
               'hwc-' || lpad(spoke_no::text, 5, '0') AS spoke,
               'District ' || lpad(((spoke_no - 1) / greatest(1, {spokes} / {DISTRICTS})
                                    % {DISTRICTS} + 1)::text, 2, '0') AS district,
               'Hub ' || lpad(hub_no::text, 2, '0') AS hub, hub_no, sp, r3, r4, r5,
               (TIMESTAMPTZ '{today.isoformat()} 03:30+00' - {day} * interval '1 day'
                + random() * interval '7 hours') AS queued,
               r6 > 0.05 AS answered,
               (60 + -ln(1 - random()) * CASE sp WHEN 2 THEN 2400 ELSE 900 END)::int AS wait,
               CASE WHEN sp <= 5 THEN (random() * 2)::int ELSE (random() * 1)::int END AS k
        FROM (
            SELECT g, r1, r3, r4, r5, r6, CASE {pick} ELSE 10 END AS sp,
                   CASE WHEN {day} < 30 AND n % 33 = 0 THEN n % {spokes} + 1 ELSE n END
                       AS spoke_no,
                   1 + (((n - 1) / greatest(1, {spokes} / {DISTRICTS}) % {DISTRICTS})) / 2
                       AS hub_no
            FROM (
                SELECT g, random() AS r1, random() AS r3, random() AS r4, random() AS r5,
                       random() AS r6, 1 + floor(random() * {spokes})::int AS n
                FROM generate_series(1, {per_day}) g
            ) a
        ) b
    ) c"""


async def generate(storage: PostgresStorage, spokes: int, per_day: int, days: int) -> date:
    today = datetime.now(UTC).date()
    started = time.monotonic()
    async with storage.pool.acquire() as c:
        for sql in _state_sql(spokes):
            await c.execute(sql)
        # The bulk load without the secondary indexes, which are built once at the end.
        await c.execute(
            "DROP INDEX consult_facts_day, consult_facts_spoke, consult_facts_district, "
            "consult_facts_hub"
        )
        # The rollups' triggers are off for the bulk load; the rollups are built once at the end.
        await c.execute("ALTER TABLE consult_facts DISABLE TRIGGER USER")
        for day in range(days):
            await c.execute(_facts_sql(spokes, per_day, day, today))
            if day % 60 == 59:
                print(f"  {day + 1} days of consults, {time.monotonic() - started:.0f} s")
        await c.execute("CREATE INDEX consult_facts_day ON consult_facts(queued_day)")
        await c.execute("CREATE INDEX consult_facts_spoke ON consult_facts(spoke_id, queued_day)")
        await c.execute(
            "CREATE INDEX consult_facts_district ON consult_facts(district, queued_day)"
        )
        await c.execute("CREATE INDEX consult_facts_hub ON consult_facts(hub_site, queued_day)")
        await c.execute("ALTER TABLE consult_facts ENABLE TRIGGER USER")
        built = time.monotonic()
        for r in rollup.ROLLUPS:
            await c.execute(rollup.rebuild_sql(rollup.POSTGRES, r))
            rows = await c.fetchval(f"SELECT count(*) FROM {r.name}")
            print(f"  rollup {r.name}: {rows:,} rows")
        print(f"  rollups built in {time.monotonic() - built:.0f} s")
        await c.execute("VACUUM ANALYZE")
        n = await c.fetchval("SELECT count(*) FROM consult_facts")
        size = await c.fetchval("SELECT pg_size_pretty(pg_total_relation_size('consult_facts'))")
    print(f"generated {spokes:,} spokes, {SPECIALISTS} specialists, {n:,} consults "
          f"({size} with indexes) in {time.monotonic() - started:.0f} s")  # fmt: skip
    return today


async def trigger_cost(storage: PostgresStorage, rows: int) -> None:
    """What the consult_facts trigger adds to writing encounters: the same rows inserted
    into ``records`` with the trigger, and into a copy of the table without it."""
    payload = (
        "json_build_object('id', md5(g::text), 'specialty', 'cardiology', 'status', 'queued', "
        "'queued_at', to_char(now(), 'YYYY-MM-DD\"T\"HH24:MI:SS.US+00:00'))"
    )
    async with storage.pool.acquire() as c:
        await c.execute("CREATE TEMP TABLE records_plain (LIKE records INCLUDING ALL)")
        timings = {}
        for table in ("records_plain", "records"):
            started = time.monotonic()
            await c.execute(
                f"INSERT INTO {table} (entity, id, spoke_id, version, payload, updated_at) "
                f"SELECT 'encounter', 'bench-' || g, 'hwc-00001', 1, {payload}, now() "
                f"FROM generate_series(1, {rows}) g"
            )
            timings[table] = time.monotonic() - started
        await c.execute("DELETE FROM consult_facts WHERE encounter_id LIKE 'bench-%'")
        await c.execute("DELETE FROM records WHERE id LIKE 'bench-%'")
    extra = (timings["records"] - timings["records_plain"]) / rows * 1e6
    plain, with_trigger = timings["records_plain"], timings["records"]
    print(f"trigger: {rows:,} encounters written in {plain:.2f} s without the trigger, "
          f"{with_trigger:.2f} s with it ({extra:.0f} µs more each)")  # fmt: skip


REPEAT = 3


async def _timed(fn: object) -> float:
    times = []
    for _ in range(REPEAT):
        started = time.monotonic()
        await fn()  # type: ignore[operator]
        times.append(time.monotonic() - started)
    return statistics.median(times)


async def measure(storage: PostgresStorage, today: date) -> None:
    month = today.replace(day=1)
    year = today - timedelta(days=364)
    now = datetime.now(UTC)
    questions = [
        ("state officer, this month", FigureFilter(month, today, Scope("state", "Rajasthan"))),
        (
            "state officer, the whole year",
            FigureFilter(year, today, Scope("state", "Rajasthan"), period="month"),
        ),
        (
            "district officer, this month",
            FigureFilter(month, today, Scope("district", "District 07")),
        ),
        (
            "district officer, the year, cardiology",
            FigureFilter(
                year, today, Scope("district", "District 07"), specialty="cardiology", period="week"
            ),
        ),
        ("hub officer, this month", FigureFilter(month, today, Scope("hub", "Hub 04"))),
    ]
    print(f"\n{'question':<42}{'page':>9}   each table alone, slowest first (ms)")
    for label, f in questions:
        per_table = {}
        for name in TABLES:
            per_table[name] = await _timed(lambda n=name, f=f: report.table(storage, n, f, now))
        try:
            page = await _timed(lambda f=f: report.all_tables(storage, f, now))
            took = f"{page * 1000:>7.0f} ms"
        except TimeoutError:  # the pool's command timeout (60 s) for one query
            took = " > 60 s"
        slow = sorted(per_table.items(), key=lambda kv: -kv[1])
        print(f"{label:<42}{took}   " + ", ".join(f"{n} {t * 1000:.0f}" for n, t in slow))
        if label.startswith("district officer, this month"):
            idle = await report.table(storage, "idle_spokes", f, now)
            cardio = [r for r in await report.table(storage, "by_specialty", f, now)
                      if r["specialty"] == "cardiology"]  # fmt: skip
            print(f"{'':<42}  {len(idle)} spokes of the district without a consult this "
                  f"month; cardiology: median {cardio[0]['median_wait_min']} min, "
                  f"90 % within {cardio[0]['p90_wait_min']} min")  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--spokes", type=int, default=10_000)
    parser.add_argument("--per-day", type=int, default=20_000, help="consults a day")
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--trigger-rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query (median)")
    parser.add_argument("--url", help="measure a state generated earlier (kept with --keep)")
    parser.add_argument("--keep", action="store_true", help="leave the cluster running")
    args = parser.parse_args()
    global REPEAT
    REPEAT = args.repeat
    folder = Path(tempfile.mkdtemp(prefix="hwc-pg-dash."))
    try:
        url = args.url or start_postgres(folder)
        storage = PostgresStorage(url, pool_size=4)
        await storage.open()
        try:
            if args.url:
                today = datetime.now(UTC).date()
            else:
                today = await generate(storage, args.spokes, args.per_day, args.days)
                await trigger_cost(storage, args.trigger_rows)
            await measure(storage, today)
            state_month = FigureFilter(today.replace(day=1), today, Scope("state", "Rajasthan"))
            now = datetime.now(UTC)
            timings = []
            for name in TABLES:
                t = await _timed(lambda n=name: report.table(storage, n, state_month, now))
                timings.append(f"{name} {t * 1000:.0f}")
            print("\nevery table, state officer, this month (ms): " + ", ".join(timings))
        finally:
            await storage.close()
    finally:
        if args.keep and not args.url:
            print(f"kept: {url} (scripts/test-postgres stop {folder})")
        else:
            subprocess.run([str(PG_SCRIPT), "stop", str(folder)], check=False,
                           capture_output=True)  # fmt: skip
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.run(main())
