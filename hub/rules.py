"""How the hub decides each pushed op: pure functions, shared by every storage backend,
driven by each entity's row in hwc_shared/entities.py (its references and its rule).

A backend fetches the op's current record and the records it refers to, asks
:func:`decide`, and writes what the decision says in the same transaction. Keeping the
rules here means SQLite and PostgreSQL cannot disagree about what a conflict is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hwc_shared import entities
from hwc_shared.entities import Entity, HubRule
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
    """The records an op's checks need, besides its own (its entity's ``refs``)."""
    entity = entities.BY_NAME.get(op.entity)
    return entity.references(op.payload) if entity is not None else []


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
    entity = entities.BY_NAME[op.entity]
    if entity.spoke_field is not None and op.payload[entity.spoke_field] != spoke_id:
        return _rejected(f"the {op.entity} names another spoke")
    if (refused := _refused_reference(entity, op.payload, refs, spoke_id)) is not None:
        return refused
    if entity.hub_rule is HubRule.MERGED:
        return _merged(op, current)
    if entity.hub_rule is HubRule.VERSIONED:
        return _versioned(entity, op, current)
    return _append_only(op, current)


def _refused_reference(
    entity: Entity, payload: dict[str, Any], refs: Refs, spoke_id: str
) -> Decision | None:
    """The first reference the hub does not hold for this spoke, or that disagrees with
    the record (an observation's patient is its encounter's)."""
    for ref in entity.refs:
        value = payload[ref.field]
        if not value and ref.optional:
            continue
        found = _known(refs, ref.entity, value, spoke_id)
        if found is None:
            return _rejected(ref.unknown.format(entity=entity.name))
        if any(found.payload[name] != payload[name] for name in ref.same):
            return _rejected((ref.differs or ref.unknown).format(entity=entity.name))
    return None


def _merged(op: Op, current: Stored | None) -> Decision:
    """Demographics merge field by field: only what this amendment changed moves."""
    payload = {k: v for k, v in op.payload.items() if k != "changed"}
    changed: list[str] | None = op.payload.get("changed")
    if current is None:
        return Decision(Answer(ACCEPTED), payload, payload["version"], echoes_sender=True)
    if changed is None:
        if payload == current.payload:
            return _same(current)
        return _conflict(f"a {op.entity} with this id is already registered", current)
    merged = dict(current.payload)
    for name in changed:
        merged[name] = payload[name]
    merged["updated_at"] = max(current.payload["updated_at"], payload["updated_at"])
    version = max(current.version + 1, op.version)
    merged["version"] = version
    return Decision(Answer(ACCEPTED), merged, version, echoes_sender=merged == payload)


def _versioned(entity: Entity, op: Op, current: Stored | None) -> Decision:
    p = op.payload
    if current is None:
        return Decision(Answer(ACCEPTED), p, p["version"], echoes_sender=True)
    for name, why in entity.fixed.items():
        if p[name] != current.payload[name]:
            return _rejected(why)
    if p == current.payload:
        return _same(current)
    if p["version"] > current.version:
        return Decision(Answer(ACCEPTED), p, p["version"], echoes_sender=True)
    return _conflict(f"the hub holds version {current.version} of this {op.entity}", current)


def _append_only(op: Op, current: Stored | None) -> Decision:
    """Observations, attachments and consents are facts: recorded once, never changed."""
    p = op.payload
    if current is None:
        return Decision(Answer(ACCEPTED), p, 1, echoes_sender=True)
    if p == current.payload:
        return _same(current)
    return _conflict(f"{op.entity}s are append-only: this id holds another record", current)
