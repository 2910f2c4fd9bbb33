"""A small file system made for one test (tmpfs with ``size=``), and a way to fill it to
within a few kilobytes: the real ENOSPC and SQLITE_FULL, not a mock of them.

Mounting needs root, as on CI and the development machines; elsewhere the fixture fails
with that reason instead of skipping, so a run without it cannot look green."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from kiosk.store.space import free_bytes

FILLER = ".filler"


@contextmanager
def small_disk(path: Path, size_kib: int) -> Iterator[Path]:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.fail("the full-disk tests mount a tmpfs and need root (CI runs as root)")
    subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(path)],
        check=True,
    )
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=True)


def fill(disk: Path, leave_bytes: int) -> Path:
    """Fill ``disk`` so that about ``leave_bytes`` stay free (more filler if it exists)."""
    filler = disk / FILLER
    with filler.open("ab") as out:
        while free_bytes(disk) > leave_bytes:
            step = min(free_bytes(disk) - leave_bytes, 1 << 20)
            try:
                out.write(b"\0" * max(step, 4096))
                out.flush()
            except OSError:
                break  # full already
    return filler


def make_room(disk: Path, bytes_: int | None = None) -> None:
    """Give back ``bytes_`` of the filler (all of it when None)."""
    filler = disk / FILLER
    if bytes_ is None or filler.stat().st_size <= bytes_:
        filler.unlink()
        return
    os.truncate(filler, filler.stat().st_size - bytes_)
