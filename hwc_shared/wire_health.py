"""The kiosk's health report to its hub, shared by both sides: its backlog, devices and
printer in trouble, and the prescriptions it printed. Sent after a sync cycle to
``POST /api/v1/spokes/{spoke}/health``; a hub without the route answers 404 and the
kiosk carries on (the report is an extra, never a condition of syncing).

Nothing in it names a patient: device kinds and states, counts, prescription ids.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from hwc_shared.wire import API, UUID_RE, WireError

MAX_PROBLEMS = 32
MAX_PRINTS = 2000
MAX_BODY = 256 * 1024


def health_path(spoke_id: str) -> str:
    return f"{API}/spokes/{spoke_id}/health"


def _moment(value: Any, name: str) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise WireError(f"{name} must be an ISO timestamp")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise WireError(f"{name} must be an ISO timestamp") from None
    if moment.tzinfo is None:
        raise WireError(f"{name} must be a timestamp with its time zone")
    return moment


def _count(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**31:
        raise WireError(f"{name} must be a non-negative integer")
    return value


def _short(value: Any, name: str, limit: int = 200) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise WireError(f"{name} must be text of at most {limit} characters")
    return value


def check_health(body: Any) -> dict[str, Any]:
    """The report with its fields checked (raises :class:`WireError`, naming the field)."""
    if not isinstance(body, dict):
        raise WireError("a health report is an object")
    problems = body.get("problems", [])
    prints = body.get("prints", [])
    if not isinstance(problems, list) or len(problems) > MAX_PROBLEMS:
        raise WireError(f"problems is a list of at most {MAX_PROBLEMS}")
    if not isinstance(prints, list) or len(prints) > MAX_PRINTS:
        raise WireError(f"prints is a list of at most {MAX_PRINTS}")
    out_problems = []
    for p in problems:
        if not isinstance(p, dict):
            raise WireError("a problem is an object")
        out_problems.append({
            "device": _short(p.get("device"), "problems.device", 60),
            "state": _short(p.get("state"), "problems.state", 60),
            "message": _short(p.get("message", ""), "problems.message", 300),
        })  # fmt: skip
    out_prints = []
    for p in prints:
        if not isinstance(p, dict):
            raise WireError("a print is an object")
        ident = p.get("prescription_id")
        if not isinstance(ident, str) or not UUID_RE.match(ident):
            raise WireError("prints.prescription_id must be an id")
        out_prints.append((ident, _moment(p.get("printed_at"), "prints.printed_at")))
    return {
        "reported_at": _moment(body.get("reported_at"), "reported_at"),
        "pending_ops": _count(body.get("pending_ops"), "pending_ops"),
        "quarantined": _count(body.get("quarantined"), "quarantined"),
        "problems": out_problems,
        "prints": out_prints,
    }
