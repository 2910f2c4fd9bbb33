"""The window opens without loading media or network code: consults are started on the
engine loop after the first screen, and the screens import only their plain events."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize("module", ["kiosk.app", "hwc_demo.cli"])
def test_the_kiosk_window_and_command_load_no_aiortc_av_or_aiohttp(module: str) -> None:
    """``hwc_demo.cli`` is the ``kiosk`` command itself: every start goes through it."""
    probe = (
        f"import sys, {module}; "
        "print(sorted(m for m in ('aiortc', 'av', 'aiohttp') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    ).stdout  # fmt: skip
    assert out.strip().splitlines()[-1] == "[]"
