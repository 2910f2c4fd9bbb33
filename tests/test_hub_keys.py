"""The hub's signing key when several hub processes share one key file."""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

import pytest

from hub import keys


def _make(path: str, start: Any, out: Any) -> None:
    start.wait()
    out.put(keys.fingerprint(keys.load_or_create(Path(path))))


def test_processes_starting_together_all_sign_with_one_key(tmp_path: Path) -> None:
    path = tmp_path / "shared" / "hub_signing_key.pem"
    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [context.Process(target=_make, args=(str(path), start, out)) for _ in range(6)]
    for worker in workers:
        worker.start()
    start.set()
    prints = {out.get(timeout=60) for _ in workers}
    for worker in workers:
        worker.join(timeout=60)
        assert worker.exitcode == 0
    assert prints == {keys.fingerprint(keys.load_or_create(path))}
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # nothing left aside


def test_a_process_that_loses_the_race_takes_the_winners_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "hub_signing_key.pem"
    winner = keys.load_or_create(path)
    # It looked before the winner's key was there, and writes after.
    exists = Path.exists
    monkeypatch.setattr(Path, "exists", lambda self: False if self == path else exists(self))
    late = keys.load_or_create(path)
    assert keys.fingerprint(late) == keys.fingerprint(winner)
