"""Sync benchmarks; prints the figures the README quotes. Loopback only.

1. Push 10,000 encounters with 5 observations each to a local hub: encounters per
   second and bytes on the wire per encounter (counted at TCP level by a pass-through
   proxy, both directions, HTTP headers included).
2. 100 encounters and 20 photos through a 100 kbit/s link with 300 ms round trip.
3. 200 simulated kiosks pushing at once to one hub: accepted ops per second.

Run: ``python bench/sync.py`` (``--quick`` for a smaller first figure).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from hub import config as hub_config  # noqa: E402
from hub import credentials  # noqa: E402
from hub.server import open_context  # noqa: E402
from hwc_shared import wire  # noqa: E402
from kiosk import config  # noqa: E402
from kiosk.demo_data import generate  # noqa: E402
from kiosk.domain import encounter as encounters  # noqa: E402
from kiosk.domain import observation as observations  # noqa: E402
from kiosk.domain import patient as patients  # noqa: E402
from kiosk.domain.ids import new_id  # noqa: E402
from kiosk.domain.vitals import ObservationKind  # noqa: E402
from kiosk.store.attachments import insert_attachment  # noqa: E402
from kiosk.store.blobs import BlobFiles  # noqa: E402
from kiosk.store.rows import encounter_row, observation_payload, observation_row, patient_row  # noqa: E402
from kiosk.store.store import Store  # noqa: E402
from kiosk.sync.client import HubClient, Timeouts  # noqa: E402
from kiosk.sync.cycle import CycleSettings, SyncCycle  # noqa: E402
from kiosk.sync.enrollment import enroll  # noqa: E402
from tests.faultproxy import FaultProxy  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class HubProcess:
    """``kiosk-hub serve`` in its own process, as in production."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.port = free_port()
        self.proc: subprocess.Popen[str] | None = None

    async def start(self) -> HubProcess:
        cfg = hub_config.load(home=self.home, environ={})
        ctx = await open_context(cfg)
        await ctx.storage.close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "hub.cli", "serve", "--home", str(self.home),
             "--port", str(self.port)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert self.proc.stdout is not None
        assert "hub listening" in self.proc.stdout.readline()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def codes(self, spoke_ids: list[str]) -> list[str]:
        cfg = hub_config.load(home=self.home, environ={})
        ctx = await open_context(cfg)
        now = datetime.now(UTC)
        out = []
        try:
            known = {s.id for s in await ctx.storage.spokes()}
            for spoke in spoke_ids:
                if spoke not in known:
                    await ctx.storage.add_spoke(spoke, f"HWC {spoke}", "Jaipur", "Rajasthan", now)
                    known.add(spoke)
                code = credentials.new_enroll_code()
                await ctx.storage.add_enroll_code(
                    spoke, credentials.code_hash(code), now, now + timedelta(hours=1)
                )
                out.append(code)
        finally:
            await ctx.storage.close()
        return out

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.send_signal(signal.SIGTERM)
            self.proc.wait(timeout=30)


async def kiosk_home(hub: HubProcess, base: Path, spoke: str) -> tuple[Path, config.KioskConfig]:
    home = base / f"kiosk-{spoke}"
    (code,) = await hub.codes([spoke])
    await enroll(hub.url, code, home)
    return home, config.load(home=home, environ={})


def make_cycle(store: Store, cfg: config.KioskConfig, url: str, token: str) -> SyncCycle:
    client = HubClient(url, token, Timeouts(connect=30, read=120))
    return SyncCycle(store, client, BlobFiles(cfg.blobs_dir), CycleSettings(cfg.spoke_id))


# -- 1. throughput and bytes ------------------------------------------------------------
async def bench_throughput(base: Path, encounter_count: int) -> None:
    hub = await HubProcess(base / "hub-1").start()
    try:
        home, cfg = await kiosk_home(hub, base, "bench-a")
        store = Store(cfg.db_path)
        started = time.perf_counter()
        made = generate(store, spoke_id=cfg.spoke_id, cho_id=new_id(),
                        patient_count=encounter_count // 5,
                        encounter_count=encounter_count)  # fmt: skip
        ops = store.read(lambda db: db.execute("SELECT count(*) FROM outbox").fetchone()[0])
        print(f"  made {made.patients} patients, {made.encounters} encounters, "
              f"{made.observations} observations = {ops} ops "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        store.close()
        from kiosk.sync import enrollment

        token = enrollment.load(home).token  # type: ignore[union-attr]
        copy = base / "kiosk-copy.db"
        shutil.copyfile(cfg.db_path, copy)  # the same ops again, for the byte count
        # Throughput: straight to the hub, as a kiosk on the hub's LAN would.
        store = Store(cfg.db_path)
        cycle = make_cycle(store, cfg, hub.url, token)
        started = time.perf_counter()
        report = await cycle.run()
        elapsed = time.perf_counter() - started
        await cycle.client.close()
        store.close()
        assert report.clean, report
        rate, op_rate = made.encounters / elapsed, report.accepted / elapsed
        print(f"  pushed {report.accepted} ops in {elapsed:.2f} s: "
              f"{rate:,.0f} encounters/s ({op_rate:,.0f} ops/s)")  # fmt: skip
    finally:
        hub.stop()
    # Bytes: the same outbox through a counting proxy to a fresh hub.
    hub = await HubProcess(base / "hub-1b").start()
    try:
        (code,) = await hub.codes(["bench-a"])
        async with HubClient(hub.url) as client:
            token = (await client.enroll(code, "bench"))["token"]
        shutil.copyfile(copy, cfg.db_path)
        store = Store(cfg.db_path)
        async with FaultProxy(hub.port) as proxy:
            cycle = make_cycle(store, cfg, proxy.url, token)
            report = await cycle.run()
            await cycle.client.close()
        store.close()
        assert report.clean, report
        wire_bytes = proxy.bytes_up + proxy.bytes_down
        print(f"  on the wire: {proxy.bytes_up:,} bytes up, {proxy.bytes_down:,} down = "
              f"{wire_bytes / made.encounters:.0f} bytes per encounter "
              f"(its patient's share and the consult request included)")  # fmt: skip
    finally:
        hub.stop()


# -- 2. slow link with photos -----------------------------------------------------------
def clinical_photo(rng: random.Random, size: tuple[int, int] = (640, 480)) -> bytes:
    """A smooth synthetic picture with some texture, JPEG at quality 70: compresses the
    way a downscaled wound or report photo does."""
    import cv2
    import numpy as np

    w, h = size
    y, x = np.mgrid[0:h, 0:w]
    base = np.stack(
        [
            128 + 60 * np.sin(x / rng.uniform(30, 90)),
            128 + 60 * np.cos(y / rng.uniform(30, 90)),
            128 + 40 * np.sin((x + y) / rng.uniform(40, 120)),
        ],
        axis=-1,
    )
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, 9, base.shape)
    image = np.clip(base + noise, 0, 255).astype(np.uint8)
    for _ in range(6):
        center = (rng.randrange(w), rng.randrange(h))
        color = tuple(int(c) for c in np.random.default_rng(rng.randrange(99)).integers(0, 255, 3))
        cv2.circle(image, center, rng.randrange(20, 90), color, -1)
    ok, encoded = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 70])
    assert ok
    return bytes(encoded)


async def bench_slow_link(base: Path) -> None:
    hub = await HubProcess(base / "hub-2").start()
    try:
        home, cfg = await kiosk_home(hub, base, "bench-slow")
        store = Store(cfg.db_path)
        cho = new_id()
        made = generate(store, spoke_id=cfg.spoke_id, cho_id=cho, patient_count=40,
                        encounter_count=100)  # fmt: skip
        rng = random.Random(5)
        enc_rows = store.read(
            lambda db: db.execute("SELECT id, patient_id FROM encounters LIMIT 20").fetchall()
        )
        files = BlobFiles(cfg.blobs_dir)
        sizes = []
        for enc_id, patient_id in enc_rows:
            data = clinical_photo(rng)
            sizes.append(len(data))
            ref = files.put(data, "image/jpeg")
            now = datetime.now(UTC)
            store.write(lambda db, r=ref, e=enc_id, p=patient_id, t=now: insert_attachment(
                db, patient_id=p, encounter_id=e, kind="photo", original=r, upload=r,
                by=cho, now=t))  # fmt: skip
        from kiosk.sync import enrollment

        token = enrollment.load(home).token  # type: ignore[union-attr]
        async with FaultProxy(hub.port, delay=0.15, rate_bps=100_000) as proxy:
            cycle = make_cycle(store, cfg, proxy.url, token)
            started = time.perf_counter()
            report = await cycle.run()
            elapsed = time.perf_counter() - started
            await cycle.client.close()
        store.close()
        assert report.clean and report.blobs == 20, report
        print(f"  {made.encounters} encounters ({report.accepted} ops) and 20 photos "
              f"(mean {statistics.mean(sizes) / 1024:.0f} KiB, {sum(sizes) / 1024:.0f} KiB in all) "
              f"over 100 kbit/s, 300 ms RTT: {elapsed:.1f} s "
              f"({proxy.bytes_up + proxy.bytes_down:,} bytes on the wire)")  # fmt: skip
    finally:
        hub.stop()


# -- 3. many kiosks at once -------------------------------------------------------------
def synthetic_batches(spoke: str, encounters_each: int, per_batch: int) -> list[list[wire.Op]]:
    rng = random.Random(spoke)
    now = datetime.now(UTC)
    ops: list[wire.Op] = []
    cho = new_id()
    for _ in range(encounters_each):
        form = patients.PatientForm(
            name="Sita Devi", sex="female", age_years=str(rng.randint(18, 80))
        )
        patient = patients.register(form, now)
        prow = patient_row(patient, now)
        ops.append(wire.Op(new_id(), "patient", patient.id, 1, prow))
        enc = encounters.open_encounter(patient.id, spoke, cho, now, "Fever for 3 days")
        ops.append(wire.Op(new_id(), "encounter", enc.id, 1, encounter_row(enc),
                           (f"patient:{patient.id}",)))  # fmt: skip
        vitals = ((ObservationKind.PULSE_RATE, 80.0), (ObservationKind.SPO2, 97.0),
                  (ObservationKind.BODY_TEMPERATURE, 37.2), (ObservationKind.WEIGHT, 55.0),
                  (ObservationKind.RESPIRATORY_RATE, 18.0))  # fmt: skip
        for kind, value in vitals:
            obs = observations.record(encounter_id=enc.id, patient_id=patient.id, kind=kind,
                                      taken_by=cho, taken_at=now, value=value)  # fmt: skip
            ops.append(wire.Op(new_id(), "observation", obs.id, 1,
                               observation_payload(observation_row(obs, now)),
                               (f"encounter:{enc.id}",)))  # fmt: skip
    return [ops[i : i + per_batch] for i in range(0, len(ops), per_batch)]


async def bench_many_kiosks(base: Path, kiosks: int) -> None:
    hub = await HubProcess(base / "hub-3").start()
    try:
        spokes = [f"spoke-{i:03d}" for i in range(kiosks)]
        codes = await hub.codes(spokes)
        tokens = []
        async with HubClient(hub.url) as client:
            for code in codes:
                tokens.append((await client.enroll(code, "bench"))["token"])
        work = [synthetic_batches(s, 20, 70) for s in spokes]
        latencies: list[float] = []
        accepted = 0

        async def one(spoke: str, token: str, batches: list[list[wire.Op]]) -> None:
            nonlocal accepted
            async with HubClient(hub.url, token, Timeouts(connect=60, read=300)) as client:
                for batch in batches:
                    t0 = time.perf_counter()
                    answers = await client.push(spoke, batch)
                    latencies.append(time.perf_counter() - t0)
                    accepted += sum(a.status == "accepted" for a in answers)

        started = time.perf_counter()
        await asyncio.gather(*(one(s, t, w) for s, t, w in zip(spokes, tokens, work, strict=True)))
        elapsed = time.perf_counter() - started
        total = sum(len(b) for w in work for b in w)
        assert accepted == total, (accepted, total)
        latencies.sort()
        p95 = latencies[int(len(latencies) * 0.95) - 1]
        print(f"  {kiosks} kiosks x {total // kiosks} ops pushed at once: {accepted:,} accepted in "
              f"{elapsed:.1f} s = {accepted / elapsed:,.0f} accepted ops/s "
              f"({accepted / elapsed / 7:,.0f} encounters/s); push latency p50 "
              f"{statistics.median(latencies) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")  # fmt: skip
    finally:
        hub.stop()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--encounters", type=int, default=10_000)
    parser.add_argument("--kiosks", type=int, default=200)
    parser.add_argument("--only", choices=("throughput", "slow-link", "many"))
    args = parser.parse_args()
    os.environ.pop("KIOSK_HOME", None)
    with tempfile.TemporaryDirectory(prefix="hwc-bench-sync-") as tmp:
        base = Path(tmp)
        if args.only in (None, "throughput"):
            print(f"1. {args.encounters:,} encounters x 5 observations to a local hub")
            await bench_throughput(base, args.encounters)
        if args.only in (None, "slow-link"):
            print("2. 100 encounters and 20 photos through 100 kbit/s, 300 ms RTT")
            await bench_slow_link(base)
        if args.only in (None, "many"):
            print(f"3. {args.kiosks} kiosks pushing at once")
            await bench_many_kiosks(base, args.kiosks)


if __name__ == "__main__":
    asyncio.run(main())
