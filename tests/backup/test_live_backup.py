"""A backup taken while another process keeps writing cases and photos is one consistent
moment: every restored case is whole with its vitals and outbox ops, every row is the
row the kiosk had, every photo file is there; and once the writer stops, a backup and
restore bring back every row and every file exactly."""

from __future__ import annotations

import hashlib
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.store.blobs import BlobFiles
from kiosk.store.database import connect
from tests.backup.support import files, make_home, tables, user_files
from tests.conftest import FakeClock
from tests.helpers.crash_writer import VITALS

ROOT = Path(__file__).resolve().parents[2]


def encounters(db_path: Path) -> int:
    db = connect(db_path, readonly=True)
    try:
        return int(db.execute("SELECT count(*) FROM encounters").fetchone()[0])
    finally:
        db.close()


def test_backup_while_a_writer_is_busy(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock, photos=5)
    before = encounters(home / "kiosk.db")
    writer = subprocess.Popen(
        [sys.executable, "-m", "tests.helpers.busy_writer", str(home)],
        cwd=ROOT, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert writer.stdout is not None and writer.stdout.readline().strip() == "ready"
    try:
        while encounters(home / "kiosk.db") < before + 20:
            time.sleep(0.02)
        first = tmp_path / "during.tar.gz"
        assert main(["backup", "--home", str(home), "--out", str(first)]) == 0
        time.sleep(0.3)  # the writer goes on after the picture was taken
    finally:
        writer.send_signal(signal.SIGTERM)
        assert writer.wait(timeout=30) == 0
    capsys.readouterr()

    during = tmp_path / "restored-during"
    sealed_with = ["--passphrase-file", str(home / "backup-passphrase")]  # sealed by default
    assert main(["restore", "--home", str(during), str(first), *sealed_with]) == 0
    db = connect(during / "kiosk.db", readonly=True)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    per_case = dict(db.execute("SELECT encounter_id, count(*) FROM observations GROUP BY 1"))
    ops = db.execute("SELECT entity, entity_id, depends_on FROM outbox").fetchall()
    taken = [r[0] for r in db.execute("SELECT id FROM encounters")]
    db.close()
    assert before + 20 <= len(taken) < encounters(home / "kiosk.db")  # a moment mid-stream
    obs_ops: dict[str, int] = {}
    for entity, _, depends in ops:
        if entity == "observation":
            key = json.loads(depends)[0].removeprefix("encounter:")
            obs_ops[key] = obs_ops.get(key, 0) + 1
    written = [e for e in taken if e not in per_case or per_case[e] != 1]  # made by the writer
    assert len(written) >= 20
    for case in written:
        assert per_case[case] == len(VITALS) and obs_ops[case] == len(VITALS)
    # Every restored row is exactly the kiosk's row (the kiosk has only added since).
    now, then = tables(home / "kiosk.db"), tables(during / "kiosk.db")
    for table, rows in then.items():
        if table != "sqlite_sequence":
            assert set(rows) <= set(now[table]), table
    # Every photo the restored database names is there, and is what its name says.
    db = connect(during / "kiosk.db", readonly=True)
    named = [r[0] for r in db.execute("SELECT sha256 FROM blobs")]
    photos = db.execute("SELECT count(*) FROM attachments").fetchone()[0]
    db.close()
    assert photos >= 5 + len(written) // 5 - 1  # one per five cases, the last may be on its way
    assert len(named) == 2 * photos
    restored_photos = BlobFiles(during / "blobs")  # sealed on disk: read through the key
    for sha in named:
        assert hashlib.sha256(restored_photos.read(sha)).hexdigest() == sha

    # Quiet now: a second round trip brings back everything exactly.
    second = tmp_path / "after.tar.gz"
    assert main(["backup", "--home", str(home), "--out", str(second)]) == 0
    after = tmp_path / "restored-after"
    assert main(["restore", "--home", str(after), str(second), *sealed_with]) == 0
    assert tables(after / "kiosk.db") == tables(home / "kiosk.db")
    assert user_files(after) == user_files(home)
    assert files(after, "blobs") == files(home, "blobs")
