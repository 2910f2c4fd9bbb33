"""The open kiosk holds a lock on its data: a second kiosk, a restore or a migration on the
same data is refused with the process that holds it; the lock goes with the process."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.app import run
from kiosk.store import lock

HOLDER = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from kiosk.store.lock import acquire_app_lock\n"
    "held = acquire_app_lock(Path(sys.argv[1]), record_pid=True)\n"
    "print('held', flush=True)\n"
    "time.sleep(60)\n"
)


def test_a_second_kiosk_on_the_same_data_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(home)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert lock.running_pid(home) == holder.pid
        assert run(home=str(home)) == 3
        assert f"the kiosk is open on {home} (process {holder.pid})" in capsys.readouterr().err
        with pytest.raises(lock.KioskRunning):
            lock.acquire_app_lock(home)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert lock.running_pid(home) is None  # a killed kiosk leaves no lock behind
    lock.acquire_app_lock(home).release()


def test_looking_at_a_home_creates_nothing(tmp_path: Path) -> None:
    assert lock.running_pid(tmp_path / "nowhere") is None
    assert not (tmp_path / "nowhere").exists()
