"""Power-cut safety: a writer killed with SIGKILL mid-stream never leaves half a case."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.store.database import connect
from tests.helpers.crash_writer import VITALS

ROOT = Path(__file__).resolve().parent.parent
KILLS = 12


def start_writer(db_path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.crash_writer", str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    return child


@pytest.mark.slow
def test_sigkill_never_leaves_a_partial_encounter(tmp_path: Path) -> None:
    db_path = tmp_path / "kiosk.db"
    rng = random.Random(20261121)
    for _ in range(KILLS):
        child = start_writer(db_path)
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.returncode == -signal.SIGKILL

    db = connect(db_path, readonly=True)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    encounters = [r[0] for r in db.execute("SELECT id FROM encounters").fetchall()]
    assert len(encounters) > KILLS, "the writer should have got some work done"
    obs_per_encounter = dict(
        db.execute(
            "SELECT encounter_id, count(*) FROM observations GROUP BY encounter_id"
        ).fetchall()
    )
    ops = db.execute("SELECT entity, entity_id, depends_on FROM outbox").fetchall()
    encounter_ops = {entity_id for entity, entity_id, _ in ops if entity == "encounter"}
    obs_ops_per_encounter: dict[str, int] = {}
    for entity, _, depends_on in ops:
        if entity == "observation":
            (ref,) = json.loads(depends_on)
            key = ref.removeprefix("encounter:")
            obs_ops_per_encounter[key] = obs_ops_per_encounter.get(key, 0) + 1
    for encounter_id in encounters:
        assert obs_per_encounter.get(encounter_id) == len(VITALS)
        assert encounter_id in encounter_ops
        assert obs_ops_per_encounter.get(encounter_id) == len(VITALS)
    assert set(obs_per_encounter) == set(encounters)
    assert encounter_ops == set(encounters)
