"""How the hub decides each pushed op: pure functions, shared by every storage backend.

A backend fetches the op's current record and the records it refers to, asks
:func:`decide`, and writes what the decision says in the same transaction. Keeping the
rules here means SQLite and PostgreSQL cannot disagree about what a conflict is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hwc_shared.wire import ACCEPTED, CONFLICT, REJECTED, Answer, Op


@dataclass(frozen=True)
class Stored:
    spoke_id: str
    version: int
    payload: dict[str, Any]


Refs = dict[tuple[str, str], Stored | None]


@dataclass(frozen=True)
class Decision:
    answer: Answer
    write: dict[str, Any] | None = None  # the record to store, when it changes
    version: int = 0
    # The stored record is exactly what this kiosk sent: no need to pull it back there.
    echoes_sender: bool = False


def references(op: Op) -> list[tuple[str, str]]:
    """The records an op's checks need, besides its own."""
    p = op.payload
    if op.entity == "encounter":
        return [("patient", p["patient_id"])]
    if op.entity == "observation":
        refs = [("encounter", p["encounter_id"])]
        if p["supersedes"]:
            refs.append(("observation", p["supersedes"]))
        return refs
    if op.entity == "consent":
        refs = [("encounter", p["encounter_id"])]
        if p["withdraws"]:
            refs.append(("consent", p["withdraws"]))
        return refs
    if op.entity == "attachment":
        refs = [("patient", p["patient_id"])]
        if p["encounter_id"]:
            refs.append(("encounter", p["encounter_id"]))
        return refs
    return []


def _rejected(reason: str) -> Decision:
    return Decision(Answer(REJECTED, reason))


def _conflict(reason: str, current: Stored) -> Decision:
    return Decision(Answer(CONFLICT, reason, current.payload))


def _same(current: Stored) -> Decision:
    return Decision(Answer(ACCEPTED), version=current.version)


def _known(refs: Refs, entity: str, entity_id: str, spoke_id: str) -> Stored | None:
    """A referenced record of this spoke; another spoke's record counts as unknown."""
    found = refs.get((entity, entity_id))
    return found if found is not None and found.spoke_id == spoke_id else None


def decide(op: Op, current: Stored | None, refs: Refs, spoke_id: str) -> Decision:
    if current is not None and current.spoke_id != spoke_id:
        return _rejected(f"this {op.entity} id belongs to another spoke")
    if op.entity == "patient":
        return _patient(op, current)
    if op.entity == "encounter":
        return _encounter(op, current, refs, spoke_id)
    return _append_only(op, current, refs, spoke_id)


def _patient(op: Op, current: Stored | None) -> Decision:
    payload = {k: v for k, v in op.payload.items() if k != "changed"}
    changed: list[str] | None = op.payload.get("changed")
    if current is None:
        return Decision(Answer(ACCEPTED), payload, payload["version"], echoes_sender=True)
    if changed is None:
        if payload == current.payload:
            return _same(current)
        return _conflict("a patient with this id is already registered", current)
    # Demographics merge field by field: only what this amendment changed moves.
    merged = dict(current.payload)
    for name in changed:
        merged[name] = payload[name]
    merged["updated_at"] = max(current.payload["updated_at"], payload["updated_at"])
    version = max(current.version + 1, op.version)
    merged["version"] = version
    return Decision(Answer(ACCEPTED), merged, version, echoes_sender=merged == payload)


def _encounter(op: Op, current: Stored | None, refs: Refs, spoke_id: str) -> Decision:
    p = op.payload
    if p["spoke_id"] != spoke_id:
        return _rejected("the encounter names another spoke")
    if _known(refs, "patient", p["patient_id"], spoke_id) is None:
        return _rejected("the encounter's patient is not known to the hub")
    if current is None:
        return Decision(Answer(ACCEPTED), p, p["version"], echoes_sender=True)
    if p["patient_id"] != current.payload["patient_id"]:
        return _rejected("an encounter cannot move to another patient")
    if p == current.payload:
        return _same(current)
    if p["version"] > current.version:
        return Decision(Answer(ACCEPTED), p, p["version"], echoes_sender=True)
    return _conflict(f"the hub holds version {current.version} of this encounter", current)


def _append_only(op: Op, current: Stored | None, refs: Refs, spoke_id: str) -> Decision:
    """Observations, attachments and consents are facts: recorded once, never changed."""
    p = op.payload
    encounter = None
    if p.get("encounter_id"):
        encounter = _known(refs, "encounter", p["encounter_id"], spoke_id)
        if encounter is None:
            return _rejected(f"the {op.entity}'s encounter is not known to the hub")
        if encounter.payload["patient_id"] != p["patient_id"]:
            return _rejected(f"the {op.entity}'s patient differs from its encounter's")
    elif _known(refs, "patient", p["patient_id"], spoke_id) is None:
        return _rejected(f"the {op.entity}'s patient is not known to the hub")
    if op.entity == "observation" and p["supersedes"]:
        old = _known(refs, "observation", p["supersedes"], spoke_id)
        if old is None or old.payload["encounter_id"] != p["encounter_id"]:
            return _rejected("the observation corrects one the hub does not hold")
    if op.entity == "consent" and p["withdraws"]:
        given = _known(refs, "consent", p["withdraws"], spoke_id)
        if given is None or (given.payload["encounter_id"], given.payload["purpose"]) != (
            p["encounter_id"],
            p["purpose"],
        ):
            return _rejected("the consent withdraws one the hub does not hold for this case")
    if current is None:
        return Decision(Answer(ACCEPTED), p, 1, echoes_sender=True)
    if p == current.payload:
        return _same(current)
    return _conflict(f"{op.entity}s are append-only: this id holds another record", current)
