"""Nothing lost, nothing doubled: the kiosk or the hub killed (SIGKILL) at random moments
of a push, many times, then one clean sync. Real processes, real databases, loopback."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from hub.cli import main as hub_main
from kiosk.cli import main as kiosk_main
from kiosk.store.database import raw_connect
from kiosk.sync.enrollment import enroll
from tests import hubtools
from tests.pgtools import query

ROOT = Path(__file__).resolve().parents[2]
SPOKE = "spoke-crash"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


pytestmark = pytest.mark.usefixtures("hub_db")  # each storage backend


def _start_hub(home: Path, port: int) -> subprocess.Popen[str]:
    hub = subprocess.Popen(
        [sys.executable, "-m", "hub.cli", "serve", "--home", str(home), "--port", str(port),
         *_db_args()],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert hub.stdout is not None
    line = hub.stdout.readline()
    assert "hub listening" in line, line
    return hub


def _sync(home: Path, **env: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "kiosk", "sync", "now", "--home", str(home)],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "KIOSK_SYNC_BATCH_OPS": "10", **env},
    )  # fmt: skip


def _db_args() -> list[str]:
    return ["--db", hubtools.HUB_DB] if hubtools.HUB_DB else []


@dataclass
class Setup:
    hub_home: Path
    kiosk_home: Path
    port: int
    hub: subprocess.Popen[str]
    op_ids: set[str]


@contextmanager
def _enrolled_kiosk_with_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Iterator[Setup]:
    """A hub process and an enrolled kiosk with about 6,000 ops waiting."""
    hub_home, kiosk_home, port = tmp_path / "hub", tmp_path / "kiosk", _free_port()
    home = ["--home", str(hub_home), *_db_args()]
    assert hub_main(["spokes", "add", SPOKE, "--name", "HWC Crash", *home]) == 0
    assert hub_main(["enroll-code", SPOKE, *home]) == 0
    code = capsys.readouterr().out.strip().splitlines()[-1]
    setup = Setup(hub_home, kiosk_home, port, _start_hub(hub_home, port), set())
    try:
        asyncio.run(enroll(f"http://127.0.0.1:{port}", code, kiosk_home))
        made = ["demo-data", "--patients", "30", "--encounters", "800", "--home", str(kiosk_home)]
        assert kiosk_main(made) == 0
        setup.op_ids = _kiosk_ops(kiosk_home)
        yield setup
        final = _sync(kiosk_home)
        assert final.wait(timeout=120) == 0
        _check_exactly_once(hub_home, kiosk_home, setup.op_ids)
    finally:
        setup.hub.send_signal(signal.SIGKILL)
        setup.hub.wait()


def _kiosk_ops(home: Path) -> set[str]:
    with raw_connect(home / "kiosk.db") as db:
        return {r[0] for r in db.execute("SELECT op_id FROM outbox")}


def _check_exactly_once(hub_home: Path, kiosk_home: Path, op_ids: set[str]) -> None:
    kiosk = raw_connect(kiosk_home / "kiosk.db")

    def hub(sql: str, *args: str) -> list[tuple[object, ...]]:
        return query(hubtools.HUB_DB, hub_home, sql, *args)

    try:
        assert kiosk.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
        for entity, table in (("patient", "patients"), ("encounter", "encounters"),
                              ("observation", "observations")):  # fmt: skip
            mine = [r[0] for r in kiosk.execute(f"SELECT id FROM {table}")]
            held = [
                r[0]
                for r in hub(
                    "SELECT id FROM records WHERE spoke_id = ? AND entity = ?", SPOKE, entity
                )
            ]
            assert len(held) == len(set(held)) == len(mine) and set(held) == set(mine), entity
        answered = [r[0] for r in hub("SELECT op_id FROM ops WHERE spoke_id = ?", SPOKE)]
        assert len(answered) == len(op_ids) and set(answered) == op_ids
        assert hub("SELECT count(*) FROM ops WHERE status != 'accepted'")[0][0] == 0
        doubled = hub(
            "SELECT entity_id FROM changes WHERE entity = 'observation' "
            "GROUP BY entity_id HAVING count(*) > 1"
        )
        assert doubled == []
        seqs = [r[0] for r in hub("SELECT seq FROM changes WHERE spoke_id = ?", SPOKE)]
        assert sorted(seqs) == list(range(1, len(seqs) + 1))  # no holes, no repeats
    finally:
        kiosk.close()


@pytest.mark.slow
def test_kiosk_killed_at_random_moments_of_a_push(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _enrolled_kiosk_with_work(tmp_path, capsys) as setup:
        rng = random.Random(20261120)
        killed = 0
        for _ in range(12):
            run = _sync(setup.kiosk_home)
            time.sleep(rng.uniform(0.5, 1.3))
            if run.poll() is None:
                run.send_signal(signal.SIGKILL)
                killed += 1
            run.wait()
            if not _kiosk_ops(setup.kiosk_home):
                break
        assert killed >= 3, "the kills should land while a push is running"


@pytest.mark.slow
def test_hub_killed_and_restarted_mid_push(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _enrolled_kiosk_with_work(tmp_path, capsys) as setup:
        rng = random.Random(7)
        failed = 0
        for _ in range(5):
            run = _sync(setup.kiosk_home, KIOSK_SYNC_READ_TIMEOUT="3")
            time.sleep(rng.uniform(0.6, 1.4))
            setup.hub.send_signal(signal.SIGKILL)
            setup.hub.wait()
            failed += run.wait(timeout=60) != 0
            setup.hub = _start_hub(setup.hub_home, setup.port)
        assert failed >= 2, "the hub should die while the kiosk is pushing"
