"""``kiosk doctor``'s look at swap: what the kiosk holds in memory (the unlocked data key,
the record on screen) can be written to swap by the kernel, and a swap area in the clear
keeps it after power-off. Swap in memory (zram) or on a dm-crypt volume is fine; no swap
at all is fine; anything else is warned about (docs/security.md)."""

from __future__ import annotations

from pathlib import Path

from kiosk.commands.doctor_disk import SYS, encrypted_volume
from kiosk.commands.doctor_result import OK, WARN, CheckResult
from kiosk.config import KioskConfig

PROC_SWAPS = Path("/proc/swaps")
NAME = "swap encryption"


def swap_areas(proc_swaps: Path = PROC_SWAPS) -> list[tuple[str, str]]:
    """(file name, type) of each swap area in use."""
    try:
        lines = proc_swaps.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    except OSError:
        return []
    areas = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 2:
            areas.append((fields[0].replace("\\040", " "), fields[1]))
    return areas


def _in_the_clear(name: str, kind: str, sys_root: Path) -> bool:
    if name.startswith("/dev/zram"):
        return False  # compressed in memory, never on a disk
    try:
        if kind == "partition":
            return encrypted_volume(Path("/"), sys_root, Path(name).stat().st_rdev) is None
        return encrypted_volume(Path(name), sys_root) is None
    except (OSError, LookupError):
        return True  # cannot be told: say so rather than call it safe


def swap_encryption(
    cfg: KioskConfig, proc_swaps: Path = PROC_SWAPS, sys_root: Path = SYS
) -> CheckResult:
    areas = swap_areas(proc_swaps)
    if not areas:
        return CheckResult(NAME, OK, "no swap: the kiosk's memory is never written to disk")
    clear = [name for name, kind in areas if _in_the_clear(name, kind, sys_root)]
    if not clear:
        return CheckResult(NAME, OK, f"swap is in memory or encrypted ({len(areas)} areas)")
    return CheckResult(
        NAME,
        WARN,
        f"swap {', '.join(clear)} is not encrypted: the kiosk's memory (the record on "
        "screen, the unlocked data key) may be written there in the clear",
        "encrypted swap (a random key in /etc/crypttab), zram, or no swap: docs/security.md",
    )
