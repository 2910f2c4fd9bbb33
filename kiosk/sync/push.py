"""The push side in the kiosk's database: which ops may go now, and what the answers do.

An op waits while an earlier op of any entity it depends on (and of its own entity) is
still pending and not going in this batch, or is quarantined. So a rejected encounter
holds back its observations and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from hwc_shared import wire
from hwc_shared.wire import ACCEPTED, CONFLICT, DEFERRED, REJECTED, Answer
from kiosk.domain.ids import new_id
from kiosk.store.outbox import PENDING, QUARANTINED
from kiosk.store.rows import iso
from kiosk.sync.pull import upsert_record

SCAN_ROWS = 2000


@dataclass(frozen=True)
class PendingOp:
    """An outbox row as it goes on the wire. The payload stays the JSON text the outbox
    holds: pushing thousands of ops, parsing and re-encoding each would cost more than
    everything else the kiosk does."""

    seq: int
    op_id: str
    entity: str
    entity_id: str
    version: int
    payload_json: str
    depends_on: tuple[str, ...]

    @property
    def ref(self) -> str:
        return f"{self.entity}:{self.entity_id}"

    @property
    def op(self) -> wire.Op:
        payload = json.loads(self.payload_json)
        return wire.Op(self.op_id, self.entity, self.entity_id, self.version, payload,
                       self.depends_on)  # fmt: skip

    def wire_json(self) -> str:
        return wire.op_json(
            self.op_id, self.entity, self.entity_id, self.version, self.payload_json,
            self.depends_on,
        )  # fmt: skip


def _op(row: Any) -> PendingOp:
    seq, op_id, entity, entity_id, version, payload, depends = row
    return PendingOp(seq, op_id, entity, entity_id, version, payload, tuple(json.loads(depends)))


def next_batch(
    db: Database, limit: int, in_flight: frozenset[int] = frozenset()
) -> list[PendingOp]:
    """Up to ``limit`` pending ops, oldest first, none of them blocked. Ops whose seq is
    ``in_flight`` (a batch the hub is answering now) count as going, not as candidates."""
    blocked = {
        f"{e}:{i}"
        for e, i in db.execute(
            "SELECT DISTINCT entity, entity_id FROM outbox WHERE state = ?", [QUARANTINED]
        )
    }
    batch: list[PendingOp] = []
    after = 0
    while len(batch) < limit:
        rows = db.execute(
            "SELECT seq, op_id, entity, entity_id, version, payload, depends_on "
            "FROM outbox WHERE state = ? AND seq > ? ORDER BY seq LIMIT ?",
            [PENDING, after, SCAN_ROWS],
        ).fetchall()
        if not rows:
            break
        for row in rows:
            if row[0] in in_flight:
                continue
            pending = _op(row)
            if pending.ref in blocked or blocked.intersection(pending.depends_on):
                blocked.add(pending.ref)  # what depends on a blocked op is blocked too
                continue
            batch.append(pending)
            if len(batch) == limit:
                break
        after = rows[-1][0]
    return batch


@dataclass
class PushTally:
    accepted: int = 0
    rejected: int = 0
    conflicts: int = 0
    deferred: int = 0

    @property
    def settled(self) -> int:
        return self.accepted + self.rejected + self.conflicts


def apply_answers(
    db: Database, batch: Sequence[PendingOp], answers: Sequence[Answer], now: datetime
) -> PushTally:
    """Settle a batch by the hub's answers (inside one write transaction): accepted ops
    leave the outbox, rejected ones go to quarantine with the reason, conflicts are kept
    in ``sync_conflicts`` with the hub's record applied, deferred ones stay pending."""
    tally = PushTally()
    done: list[tuple[int]] = []
    for item, answer in zip(batch, answers, strict=True):
        if answer.status == ACCEPTED:
            tally.accepted += 1
            done.append((item.seq,))
        elif answer.status == REJECTED:
            tally.rejected += 1
            db.execute(
                "UPDATE outbox SET state = ?, last_error = ?, attempts = attempts + 1 "
                "WHERE seq = ?",
                [QUARANTINED, answer.reason or "rejected by the hub", item.seq],
            )
        elif answer.status == CONFLICT:
            tally.conflicts += 1
            _keep_conflict(db, item, answer, now)
            done.append((item.seq,))
        elif answer.status == DEFERRED:
            tally.deferred += 1
            db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?", [item.seq])
    db.conn.executemany("DELETE FROM outbox WHERE seq = ?", done)
    return tally


def _keep_conflict(db: Database, item: PendingOp, answer: Answer, now: datetime) -> None:
    op = item.op
    db.execute(
        "INSERT OR REPLACE INTO sync_conflicts "
        "(op_id, entity, entity_id, version, payload, reason, hub_record, at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        [
            op.op_id,
            op.entity,
            op.entity_id,
            op.version,
            json.dumps(op.payload, sort_keys=True, ensure_ascii=False),
            answer.reason,
            json.dumps(answer.record, ensure_ascii=False) if answer.record is not None else None,
            iso(now),
        ],
    )
    if answer.record is not None and op.entity in ("patient", "encounter"):
        # The hub's version is the record of truth; ours is kept above for the audit.
        upsert_record(db, op.entity, answer.record)


def note_failure(db: Database, batch: Sequence[PendingOp], reason: str) -> None:
    """The hub failed a whole batch (a 5xx or garbage): count the attempt, keep the ops."""
    db.conn.executemany(
        "UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?",
        [(reason, item.seq) for item in batch],
    )


def retry_quarantined(db: Database) -> int:
    """Give quarantined ops another try (after the hub or the data was put right). Each
    gets a new op id: the hub answers a replayed op id with its first answer, so the
    old id would only be refused again."""
    seqs = [r[0] for r in db.execute("SELECT seq FROM outbox WHERE state = ?", [QUARANTINED])]
    db.conn.executemany(
        "UPDATE outbox SET state = ?, last_error = NULL, op_id = ? WHERE seq = ?",
        [(PENDING, new_id(), seq) for seq in seqs],
    )
    return len(seqs)
