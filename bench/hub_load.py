"""The hub at state scale: many kiosks sync a day's work each against several hub
processes on PostgreSQL, and the same against one process on SQLite for comparison.

Each simulated kiosk is enrolled at its own spoke and sends a day of work made by the
kiosk's own domain and row code (tests/daywork.py: about 30 encounters opened and sent
for a consult, 5 vitals each, 5 photos of about 32 KiB), in 6 sync cycles through the
kiosk's real HubClient: push one gzipped batch, pull, then upload the cycle's photos.
Requests go round-robin to the hub processes, as a reverse proxy would send them.

The load model: a day compressed into about a minute. ``--active`` sync cycles (100)
run at every moment, back to back, kiosks taking turns, so the hubs run flat out and the
rate is what they can carry. (A real state is far gentler: 1,000 kiosks syncing every two
minutes, a cycle lasting well under a second, means a handful of cycles at a time.)
``--active 1000`` has every kiosk syncing at the same moment, as when a district's link
comes back, and shows what queueing does to latency then.
Prints accepted encounters per second (the whole run, photos included), p50/p95 push
latency, errors, and checks that the hub holds exactly what was sent.

Run: ``python bench/hub_load.py`` (``--kiosks 100`` for a quick run, ``--backend``).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from hub import credentials  # noqa: E402
from hub.storage import open_storage  # noqa: E402
from hwc_shared import wire  # noqa: E402
from kiosk.domain.ids import new_id  # noqa: E402
from kiosk.sync.client import HubClient, HubError, Timeouts  # noqa: E402
from tests.daywork import Round, day_of_work  # noqa: E402
from tests.hubprocess import HubProcess, write_config  # noqa: E402

NATIONAL_RECORD_DAY = 434_000  # consults in one day
# PostgreSQL for the run: durable (fsync and synchronous_commit stay on: an accepted op
# is deleted from the kiosk, so it must survive a crash of the hub's database), with
# memory and WAL sized for a write-heavy load on a small machine. See hub-deployment.md.
POSTGRES_SETTINGS = [
    "shared_buffers=1GB",
    "effective_cache_size=4GB",
    "work_mem=16MB",
    "maintenance_work_mem=256MB",
    "wal_buffers=64MB",
    "max_wal_size=8GB",
    "min_wal_size=1GB",
    "checkpoint_timeout=15min",
    "checkpoint_completion_target=0.9",
    "wal_compression=on",
    "max_connections=100",
]
PG_SCRIPT = ROOT / "scripts" / "test-postgres"


class SharedClient(HubClient):
    """The kiosk's client with one kiosk's token over a connection pool shared by all the
    simulated kiosks (as a reverse proxy keeps a pool of connections to its hubs)."""

    def __init__(self, session: aiohttp.ClientSession, url: str, token: str) -> None:
        super().__init__(url, token, Timeouts(connect=60, read=600))
        self._shared = session

    def _http(self) -> aiohttp.ClientSession:
        return self._shared

    async def close(self) -> None:
        pass


@dataclass
class Kiosk:
    spoke: str
    token: str
    day: list[Round]
    packed: list[bytes] = field(default_factory=list)
    cursor: int = 0


@dataclass
class Tally:
    push_latency: list[float] = field(default_factory=list)
    accepted: int = 0
    encounters: int = 0
    photos: int = 0
    errors: list[str] = field(default_factory=list)


def _encoded(op: wire.Op) -> str:
    return json.dumps(op.to_wire(), separators=(",", ":"), ensure_ascii=False)


async def provision(db_url: str, count: int, encounters: int) -> list[Kiosk]:
    """Spokes, one enrolled kiosk each, and each kiosk's day of work (not timed)."""
    storage = open_storage(db_url)
    await storage.open()
    now = datetime.now(UTC)
    kiosks = []
    try:
        for i in range(count):
            spoke = f"hwc-{i:05d}"
            await storage.add_spoke(spoke, f"HWC {i}", "Jaipur", "Rajasthan", now)
            code, token = credentials.new_enroll_code(), credentials.new_token()
            await storage.add_enroll_code(
                spoke, credentials.code_hash(code), now, now + timedelta(hours=1)
            )
            kiosk_id = new_id()
            await storage.redeem_enroll_code(
                credentials.code_hash(code), kiosk_id, credentials.token_hash(token), "bench", now
            )
            day = day_of_work(spoke, seed=spoke, encounters_count=encounters)
            packed = [HubClient.pack([_encoded(op) for op in work.ops]) for work in day]
            kiosks.append(Kiosk(spoke, token, day, packed))
    finally:
        await storage.close()
    return kiosks


async def one_cycle(kiosk: Kiosk, work: Round, body: bytes, client: Any, tally: Tally) -> None:
    """What the kiosk's sync cycle does: push, pull to the end, then the photos."""
    started = time.perf_counter()
    answers = await client().push_packed(kiosk.spoke, body, len(work.ops))
    tally.push_latency.append(time.perf_counter() - started)
    refused = [a for a in answers if a.status != "accepted"]
    if refused:
        tally.errors.append(f"{kiosk.spoke}: {refused[0].status} {refused[0].reason}")
    tally.accepted += len(answers) - len(refused)
    tally.encounters += work.encounters
    more = True
    while more:
        page = await client().pull(kiosk.spoke, kiosk.cursor, 1000)
        kiosk.cursor, more = page.cursor, page.more
    for photo in work.photos:
        state = await client().blob_state(kiosk.spoke, photo.sha256)
        if not state.complete:
            state = await client().blob_put(
                kiosk.spoke, photo.sha256, state.offset, photo.data[state.offset :]
            )
        if not state.complete:
            tally.errors.append(f"{kiosk.spoke}: a photo did not complete")
        tally.photos += 1


async def one_kiosk(
    kiosk: Kiosk,
    session: aiohttp.ClientSession,
    urls: itertools.cycle[str],
    tally: Tally,
    slots: asyncio.Semaphore,
) -> None:
    def client() -> SharedClient:
        return SharedClient(session, next(urls), kiosk.token)

    for work, body in zip(kiosk.day, kiosk.packed, strict=True):
        async with slots:  # fair: a kiosk done with a cycle waits behind the others
            try:
                await one_cycle(kiosk, work, body, client, tally)
            except HubError as error:
                tally.errors.append(f"{kiosk.spoke}: {type(error).__name__}: {error}")


async def run_load(kiosks: list[Kiosk], urls: list[str], active: int) -> tuple[Tally, float]:
    tally = Tally()
    cycle = itertools.cycle(urls)
    slots = asyncio.Semaphore(active)
    connector = aiohttp.TCPConnector(limit=active)
    timeout = Timeouts(connect=60, read=600).client_timeout()
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(one_kiosk(k, session, cycle, tally, slots) for k in kiosks))
        elapsed = time.perf_counter() - started
    return tally, elapsed


async def bench(
    label: str, db_url: str, base: Path, processes: int, args: argparse.Namespace
) -> None:
    print(f"  load average before the run (other work on the machine): {os.getloadavg()[0]:.1f}")
    t0 = time.perf_counter()
    kiosks = await provision(db_url, args.kiosks, args.encounters)
    ops = sum(len(w.ops) for k in kiosks for w in k.day)
    photos = sum(len(w.photos) for k in kiosks for w in k.day)
    photo_bytes = sum(len(p.data) for k in kiosks for w in k.day for p in w.photos)
    print(f"  {args.kiosks:,} kiosks enrolled, {ops:,} ops and {photos:,} photos "
          f"({photo_bytes / 2**20:,.0f} MiB) made in {time.perf_counter() - t0:.0f} s")  # fmt: skip
    settings = {"db": db_url, "blobs": str(base / "blobs"), "db_pool_size": args.pool,
                "signing_key": str(base / "hub_signing_key.pem")}  # fmt: skip
    hubs = []
    for i in range(processes):
        write_config(base / f"hub-{i}", **settings)
        hubs.append(HubProcess(base / f"hub-{i}").start())
    try:
        tally, elapsed = await run_load(kiosks, [h.url for h in hubs], args.active)
    finally:
        for hub in hubs:
            hub.stop()
    await report(label, db_url, kiosks, tally, elapsed, ops)


async def report(
    label: str, db_url: str, kiosks: list[Kiosk], tally: Tally, elapsed: float, ops: int
) -> None:
    storage = open_storage(db_url)
    await storage.open()
    try:
        stats = await storage.stats()
    finally:
        await storage.close()
    sent = sum(w.encounters for k in kiosks for w in k.day)
    photos = sum(len(w.photos) for k in kiosks for w in k.day)
    held = (stats["encounters"], stats["blobs"])
    errors = len(tally.errors) + (held != (sent, photos)) + (tally.accepted != ops)
    lat = sorted(tally.push_latency)
    p95 = _p95(lat)
    rate = tally.encounters / elapsed
    print(f"  {label}: {tally.encounters:,} encounters ({tally.accepted:,} ops, "
          f"{tally.photos:,} photos) in {elapsed:.1f} s = {rate:,.0f} accepted encounters/s, "
          f"{tally.accepted / elapsed:,.0f} ops/s")  # fmt: skip
    print(f"  push latency p50 {statistics.median(lat) * 1000:,.0f} ms, "
          f"p95 {p95 * 1000:,.0f} ms over {len(lat):,} pushes; errors {errors}")  # fmt: skip
    print(f"  hub holds {held[0]:,} encounters, {stats['observations']:,} observations, "
          f"{held[1]:,} blobs (sent {sent:,}, {photos:,})")  # fmt: skip
    hours = NATIONAL_RECORD_DAY / rate / 3600 if rate else float("inf")
    print(f"  at this rate the national record day ({NATIONAL_RECORD_DAY:,} consults) "
          f"takes {hours * 60:.0f} minutes")  # fmt: skip
    for line in tally.errors[:5]:
        print(f"    error: {line}")


def _p95(ordered: list[float]) -> float:
    return ordered[max(0, int(len(ordered) * 0.95) - 1)] if ordered else 0.0


def start_postgres(folder: Path) -> str:
    out = subprocess.run(
        [str(PG_SCRIPT), "start", str(folder), *POSTGRES_SETTINGS],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return out.stdout.strip().splitlines()[-1]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kiosks", type=int, default=1000)
    parser.add_argument("--encounters", type=int, default=30, help="per kiosk")
    parser.add_argument("--processes", type=int, default=2, help="hub processes (PostgreSQL)")
    parser.add_argument("--pool", type=int, default=8, help="connections per hub process")
    parser.add_argument("--active", type=int, default=100, help="sync cycles at one moment")
    parser.add_argument("--backend", choices=("postgresql", "sqlite", "both"), default="both")
    args = parser.parse_args()
    os.environ.pop("HUB_HOME", None)
    print(f"{os.cpu_count()} cores; {args.kiosks:,} kiosks x {args.encounters} encounters")
    if args.backend in ("postgresql", "both"):
        folder = Path(tempfile.mkdtemp(prefix="hwc-pg-bench."))
        base = Path(tempfile.mkdtemp(prefix="hwc-bench-hub."))
        try:
            url = start_postgres(folder)
            print(f"PostgreSQL 15, {args.processes} hub processes ({args.pool} connections each)")
            await bench("postgresql", url, base, args.processes, args)
        finally:
            subprocess.run([str(PG_SCRIPT), "stop", str(folder)], check=False)
            shutil.rmtree(folder, ignore_errors=True)
            shutil.rmtree(base, ignore_errors=True)
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="hwc-bench-hub.") as tmp:
            base = Path(tmp)
            print("SQLite, 1 hub process")
            await bench("sqlite", f"sqlite:{base / 'hub.db'}", base, 1, args)


if __name__ == "__main__":
    asyncio.run(main())
