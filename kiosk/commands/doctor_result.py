"""One row of ``kiosk doctor``: ok, warn or fail, what was found, and what to do."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from kiosk.config import KioskConfig

OK, WARN, FAIL = "ok", "warn", "fail"


@dataclass(frozen=True)
class CheckResult:
    check: str
    status: str
    detail: str
    hint: str = ""


Check = Callable[[KioskConfig], CheckResult]
