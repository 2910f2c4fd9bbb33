"""Deciding a pushed batch, apart from any database: shared by every storage backend.

A backend reads what the batch needs (the spoke's change counter, first answers of
replayed ops, the records the ops touch or name), calls :func:`decide_batch`, writes the
rows it returns and the new counter, all in one transaction. Because the loop is here,
SQLite and PostgreSQL cannot drift apart on deferrals, replays or sequence numbers.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from hub import rules
from hub.storage.models import BadOp
from hwc_shared.wire import (
    ACCEPTED,
    CONFLICT,
    DEFERRED,
    PRESCRIPTION,
    PRESCRIPTION_REFUSAL,
    REJECTED,
    Answer,
    Change,
    Op,
)

Key = tuple[str, str]


def dumps(payload: dict[str, Any]) -> str:
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False)


def needed_keys(ops: list[Op | BadOp]) -> set[Key]:
    """Every record a batch's decisions read: each op's own and the ones it names."""
    keys: set[Key] = set()
    for op in ops:
        if isinstance(op, Op) and op.entity != PRESCRIPTION_REFUSAL:
            keys.add((op.entity, op.entity_id))
            keys.update(rules.references(op))
    return keys


def op_ids(ops: list[Op | BadOp]) -> list[str]:
    return [op.op_id for op in ops if isinstance(op, Op)]


@dataclass
class Writes:
    """Rows a push writes at its end, in the order they were decided. ``now`` is whatever
    the backend stores timestamps as (ISO text for SQLite, a datetime for PostgreSQL)."""

    records: list[tuple[Any, ...]] = field(default_factory=list)
    changes: list[tuple[Any, ...]] = field(default_factory=list)
    ops: list[tuple[Any, ...]] = field(default_factory=list)
    blobs: list[tuple[Any, ...]] = field(default_factory=list)
    claims: list[tuple[Any, ...]] = field(default_factory=list)
    # Prescription refusals kiosks report: rows of the prescription_refusals table.
    refusals: list[tuple[Any, ...]] = field(default_factory=list)
    seq: int = 0  # the spoke's change counter after this batch

    def record(
        self, op: Op, decision: rules.Decision, spoke_id: str, kiosk_id: str, now: Any
    ) -> None:
        assert decision.write is not None
        p = decision.write
        self.seq += 1
        self.records.append((op.entity, op.entity_id, spoke_id, decision.version, dumps(p), now))
        origin = kiosk_id if decision.echoes_sender else None
        self.changes.append((spoke_id, self.seq, op.entity, op.entity_id, origin))
        if op.entity == "attachment":
            self.blobs.append((p["sha256"], p["size"], p["mime"]))
            self.claims.append((spoke_id, p["sha256"]))

    def latest_records(self) -> list[tuple[Any, ...]]:
        """One row per record, its last write: what a single upsert statement may hold."""
        latest: dict[Key, tuple[Any, ...]] = {}
        for row in self.records:
            latest[(row[0], row[1])] = row
        return list(latest.values())


def decide_batch(
    spoke_id: str,
    kiosk_id: str,
    ops: list[Op | BadOp],
    *,
    seq: int,
    answered: dict[str, tuple[str, str]],
    loaded: dict[Key, rules.Stored | None],
    now: Any,
) -> tuple[list[Answer], Writes]:
    """Decide every op in order against the records as this batch leaves them.

    ``answered`` holds the first answers of this spoke's op ids already seen and
    ``loaded`` every key of :func:`needed_keys` (None where the hub has no record); both
    are updated as the batch goes, so a later op sees what an earlier one wrote.
    """
    writes = Writes(seq=seq)
    answers: list[Answer] = []
    failed: set[str] = set()  # refs rejected or deferred in this batch
    for op in ops:
        if isinstance(op, BadOp):
            answers.append(Answer(REJECTED, op.reason))
            if op.ref:
                failed.add(op.ref)
            continue
        first = answered.get(op.op_id)
        if first is not None:
            # A conflict answered again carries the hub's record as it is now.
            current = loaded[(op.entity, op.entity_id)] if first[0] == CONFLICT else None
            answers.append(Answer(first[0], first[1], current.payload if current else None))
            continue
        if op.ref in failed or failed.intersection(op.depends_on):
            failed.add(op.ref)
            answers.append(Answer(DEFERRED, "waits for an op that was not accepted"))
            continue
        if op.entity == PRESCRIPTION_REFUSAL:
            answer = _report(op, spoke_id, kiosk_id, now, writes)
        else:
            current = loaded[(op.entity, op.entity_id)]
            refs = {ref: loaded[ref] for ref in rules.references(op)}
            decision = rules.decide(op, current, refs, spoke_id)
            if decision.write is not None:
                writes.record(op, decision, spoke_id, kiosk_id, now)
                loaded[(op.entity, op.entity_id)] = rules.Stored(
                    spoke_id, decision.version, decision.write
                )
            answer = decision.answer
        if answer.status == REJECTED:
            failed.add(op.ref)
        answered[op.op_id] = (answer.status, answer.reason)
        writes.ops.append((spoke_id, op.op_id, kiosk_id, op.entity, op.entity_id,
                           answer.status, answer.reason, now))  # fmt: skip
        answers.append(answer)
    return answers, writes


def _report(op: Op, spoke_id: str, kiosk_id: str, now: Any, writes: Writes) -> Answer:
    """A kiosk's report of a refused prescription: kept for the hub's admins (the same
    report sent again, under a new op id, is kept once). It changes no record, so it
    takes no place in the spoke's change feed."""
    p = op.payload
    writes.refusals.append((spoke_id, kiosk_id, op.entity_id, p["prescription_id"],
                            p["encounter_id"], p["reason"], p["detail"], p["payload_sha256"],
                            p["received_at"], now))  # fmt: skip
    return Answer(ACCEPTED)


def prescription_ids(rows: list[Any]) -> list[str]:
    """The prescriptions a page's changes name: read apart from the records, so the
    page's main query stays the one join it always was."""
    return [row[2] for row in rows if row[1] == PRESCRIPTION]


def with_envelopes(rows: list[Any], envelopes: dict[str, str]) -> list[Any]:
    """A page's rows with each prescription's envelope text in place of its record."""
    if not envelopes:
        return [row for row in rows if row[5] is not None]
    out = []
    for seq, entity, entity_id, origin, version, payload in rows:
        if entity == PRESCRIPTION:
            payload, version = envelopes.get(entity_id), 1
        if payload is not None:
            out.append((seq, entity, entity_id, origin, version, payload))
    return out


def feed_change(seq: int, entity: str, entity_id: str, version: int, payload: str) -> Change:
    """One change of a pull page from its stored text. A prescription goes as its signed
    envelope's text, untouched: the kiosk verifies exactly what the hub signed and keeps."""
    if entity == PRESCRIPTION:
        return Change(seq, entity, entity_id, 1, {"id": entity_id, "envelope": payload})
    return Change(seq, entity, entity_id, version, json.loads(payload))


def page_changes(
    rows: list[tuple[int, str, str, str | None, int, str]], kiosk_id: str
) -> list[tuple[int, str, str, int, str]]:
    """Which changes of a page go to the asking kiosk: not its own echoes, and a record
    changed twice within the page once, at its first place, so it still comes before
    what refers to it. Rows are (seq, entity, id, origin kiosk, version, payload text)."""
    out, seen = [], set()
    for seq, entity, entity_id, origin, version, payload in rows:
        if origin == kiosk_id or (entity, entity_id) in seen:
            continue
        seen.add((entity, entity_id))
        out.append((seq, entity, entity_id, version, payload))
    return out
