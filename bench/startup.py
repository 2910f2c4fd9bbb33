"""Cold start: from launching ``kiosk`` to the sign-in screen on show (offscreen Qt).

Prints the median of several launches. Target: at most 1.5 s on a 2-core machine.
    python bench/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kiosk.store.clinic import Clinic


def launch(home: Path) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_READY_PROBE": "1"}
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--home", str(home)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("ready"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the kiosk exited without showing its first screen")
    child.wait(timeout=30)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        clinic = Clinic.open(home / "kiosk.db", "bench")
        clinic.accounts.create("sunita", "Sunita Devi", "2580")
        clinic.close()
        launch(home)  # warm the OS file cache once, as after a first boot
        times = [launch(home) for _ in range(args.runs)]
    print(
        f"cold start to sign-in screen, {args.runs} runs: "
        f"median {statistics.median(times):.2f} s, "
        f"min {min(times):.2f} s, max {max(times):.2f} s (target <= 1.5 s)"
    )


if __name__ == "__main__":
    main()
