"""An enrollment code kept for later: district IT installed the kiosk where the hub could
not be reached, so the kiosk trades the code itself once it can.

``KIOSK_HOME/pending-enrollment.json`` is owner-only (the code is a secret until used)
and is deleted as soon as the enrollment succeeds. No network code here: ``kiosk
doctor`` and the screens read it too.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from hwc_shared.files import write_private

FILE = "pending-enrollment.json"


@dataclass(frozen=True)
class PendingEnrollment:
    hub_url: str
    code: str
    spoke_id: str = ""  # the spoke the terminal was set up for; the code must match it
    label: str = ""


def path(home: Path) -> Path:
    return home / FILE


def load(home: Path) -> PendingEnrollment | None:
    try:
        data = json.loads(path(home).read_text(encoding="utf-8"))
        return PendingEnrollment(
            **{k: str(data.get(k) or "") for k in ("hub_url", "code", "spoke_id", "label")}
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, AttributeError):
        return None


def save(home: Path, pending: PendingEnrollment) -> Path:
    return write_private(path(home), json.dumps(asdict(pending), indent=1).encode("utf-8"))


def clear(home: Path) -> None:
    path(home).unlink(missing_ok=True)
