"""The sync wire schema, shared by the kiosk and the hub.

A push is a batch of outbox ops; the hub answers each op by its position in the batch,
so an answer never repeats a random op id (on a 2G link every byte counts, and gzip
cannot shrink random ids). Payloads are the kiosk's own row shapes: the hub checks them
field by field here, so both sides agree on what a valid record is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from hwc_shared import entities
from hwc_shared.fields import (
    MAX_SHORT,
    MAX_TEXT,
    SHA256_RE,
    UUID_RE,
    Checker,
    WireError,
    choice,
    ident,
    optional,
    sha256,
    text,
    timestamp,
)
from kiosk.domain.patient import DEMOGRAPHIC_FIELDS
from kiosk.domain.prescription_refusals import Refusal

__all__ = ["MAX_SHORT", "MAX_TEXT", "SHA256_RE", "UUID_RE", "WireError"]

API = "/api/v1"
HEALTH_PATH = f"{API}/health"
ENROLL_PATH = f"{API}/enroll"
SIGNAL_PATH = f"{API}/signal"  # the kiosk's signalling WebSocket (consults, "pull now")


def push_path(spoke_id: str) -> str:
    return f"{API}/spokes/{spoke_id}/push"


def pull_path(spoke_id: str) -> str:
    return f"{API}/spokes/{spoke_id}/pull"


def blob_path(spoke_id: str, sha256: str) -> str:
    return f"{API}/spokes/{spoke_id}/blobs/{sha256}"


ACCEPTED = "accepted"
CONFLICT = "conflict"
REJECTED = "rejected"
# Not processed because an op it depends on was rejected earlier in the same batch;
# nothing is recorded, and the kiosk holds it back behind the quarantined op.
DEFERRED = "deferred"
ANSWERS = (ACCEPTED, CONFLICT, REJECTED, DEFERRED)

ENTITIES = entities.NAMES  # what kiosks push, one row each in hwc_shared/entities.py
# Made at the hub and only pulled: a signed prescription (the kiosk verifies it before
# keeping it). Only reported by kiosks, never pulled: why a prescription was refused.
PRESCRIPTION = "prescription"
PRESCRIPTION_REFUSAL = "prescription_refusal"
PULLED_ENTITIES = (*ENTITIES, PRESCRIPTION)
MAX_ENVELOPE = 64 * 1024
MAX_BATCH_OPS = 5000
REF_RE = re.compile(rf"^({'|'.join(ENTITIES)}):[0-9a-fA-F-]{{8,64}}$")
# A refusal's id on the kiosk: its row number there and the start of the payload's SHA-256.
REFUSAL_ID_RE = re.compile(r"^[0-9]{1,18}:[0-9a-f]{16}$")


@dataclass(frozen=True)
class Op:
    op_id: str
    entity: str
    entity_id: str
    version: int
    payload: dict[str, Any]
    depends_on: tuple[str, ...] = ()

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {
            "op_id": self.op_id,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "version": self.version,
            "payload": self.payload,
        }
        if self.depends_on:
            wire["depends_on"] = list(self.depends_on)
        return wire

    @property
    def ref(self) -> str:
        return f"{self.entity}:{self.entity_id}"


def op_json(
    op_id: str, entity: str, entity_id: str, version: int, payload_json: str,
    depends_on: tuple[str, ...] = (),
) -> str:  # fmt: skip
    """One op as JSON text around a payload that is JSON text already."""
    head = json.dumps({"op_id": op_id, "entity": entity, "entity_id": entity_id,
                       "version": version, "depends_on": list(depends_on)},
                      separators=(",", ":"), ensure_ascii=False)  # fmt: skip
    return head[:-1] + ',"payload":' + payload_json + "}"


@dataclass(frozen=True)
class Answer:
    status: str
    reason: str = ""
    record: dict[str, Any] | None = None  # the hub's current record, with a conflict

    def to_wire(self) -> dict[str, Any]:
        wire: dict[str, Any] = {"status": self.status}
        if self.reason:
            wire["reason"] = self.reason
        if self.record is not None:
            wire["record"] = self.record
        return wire

    @classmethod
    def from_wire(cls, data: Any) -> Answer:
        if not isinstance(data, dict) or data.get("status") not in ANSWERS:
            raise WireError("an answer needs a known status")
        record = data.get("record")
        return cls(str(data["status"]), str(data.get("reason", "")), record)


@dataclass(frozen=True)
class Change:
    """One entry of a pull page: the entity's state as of change ``seq``."""

    seq: int
    entity: str
    entity_id: str
    version: int
    payload: dict[str, Any]

    def to_wire(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "entity": self.entity,
            "entity_id": self.entity_id,
            "version": self.version,
            "payload": self.payload,
        }

    @classmethod
    def from_wire(cls, data: Any) -> Change:
        if not isinstance(data, dict):
            raise WireError("a change is an object")
        entity = data.get("entity")
        if entity not in PULLED_ENTITIES:
            raise WireError("a change names an unknown entity")
        seq, version = data.get("seq"), data.get("version")
        if not isinstance(seq, int) or not isinstance(version, int):
            raise WireError("a change needs integer seq and version")
        payload = check_payload(str(entity), data.get("payload"), HUB_FIELDS)
        return cls(seq, str(entity), str(data.get("entity_id")), version, payload)


PAYLOAD_FIELDS: dict[str, Mapping[str, Checker]] = {e.name: e.fields for e in entities.TABLE}


# What only the hub sends (pulled) and what only kiosks send about the hub's records. A
# prescription travels as the signed envelope's text, exactly as the hub signed and keeps
# it; whether it is any good is for the kiosk's verification to say, not the wire.
HUB_FIELDS: dict[str, Mapping[str, Checker]] = {
    **PAYLOAD_FIELDS,
    PRESCRIPTION: {"id": ident, "envelope": text(MAX_ENVELOPE)},
}
REPORT_FIELDS: dict[str, Mapping[str, Checker]] = {
    PRESCRIPTION_REFUSAL: {
        # The ids the refused text claimed, when it could be read at all: text, not ids.
        "prescription_id": optional(text(120)),
        "encounter_id": optional(text(120)),
        "reason": choice(Refusal),
        "detail": text(2000),
        "payload_sha256": sha256,
        "received_at": timestamp,
    },
}


DEFAULTS: dict[str, Mapping[str, Any]] = {e.name: e.defaults for e in entities.TABLE}


def check_payload(
    entity: str, payload: Any, known: Mapping[str, Mapping[str, Checker]] = PAYLOAD_FIELDS
) -> dict[str, Any]:
    """The payload with exactly the entity's fields, each checked; raises :class:`WireError`."""
    fields = known.get(entity)
    if fields is None:
        raise WireError(f"unknown entity {entity!r}")
    if not isinstance(payload, dict):
        raise WireError("payload must be an object")
    payload = {**DEFAULTS.get(entity, {}), **payload}
    missing = [name for name in fields if name not in payload]
    if missing:
        raise WireError(f"payload lacks {', '.join(missing)}")
    out: dict[str, Any] = {}
    for name, check in fields.items():
        try:
            out[name] = check(payload[name])
        except WireError as error:
            raise WireError(f"{name} {error}") from None
    return out


def check_changed(payload: Mapping[str, Any]) -> list[str] | None:
    """The ``changed`` list of a patient amendment, or None for a registration."""
    changed = payload.get("changed")
    if changed is None:
        return None
    if not isinstance(changed, list) or not all(f in DEMOGRAPHIC_FIELDS for f in changed):
        raise WireError("changed must list demographic fields")
    return [str(f) for f in changed]


def parse_op(data: Any) -> Op:
    """One op from a push batch, its payload checked; raises :class:`WireError`."""
    if not isinstance(data, dict):
        raise WireError("an op is an object")
    op_id = data.get("op_id")
    if not isinstance(op_id, str) or not UUID_RE.match(op_id):
        raise WireError("op_id must be an id")
    entity = data.get("entity")
    if entity not in PAYLOAD_FIELDS and entity not in REPORT_FIELDS:
        raise WireError("entity is not one the hub knows")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise WireError("version must be a positive integer")
    raw = data.get("payload")
    entity_id = data.get("entity_id")
    if entity in REPORT_FIELDS:
        # A report has no record id of its own: the kiosk names it in entity_id.
        payload = check_payload(str(entity), raw, REPORT_FIELDS)
        if not isinstance(entity_id, str) or not REFUSAL_ID_RE.match(entity_id):
            raise WireError("entity_id is not a refusal's id")
    else:
        payload = check_payload(str(entity), raw)
        if entity_id != payload["id"]:
            raise WireError("entity_id differs from the payload's id")
    if entity == "patient":
        assert isinstance(raw, dict)
        changed = check_changed(raw)
        if changed is not None:
            payload["changed"] = changed
    depends = data.get("depends_on", [])
    if not isinstance(depends, list) or len(depends) > 16:
        raise WireError("depends_on must be a short list")
    for ref in depends:
        if not isinstance(ref, str) or not REF_RE.match(ref):
            raise WireError("depends_on holds entity:id references")
    return Op(str(op_id), str(entity), str(entity_id), int(version), payload, tuple(depends))


def parse_batch(body: Any) -> list[Any]:
    """The raw op list of a push body; each op is parsed on its own, so one bad op is
    answered 'rejected' while the others go through."""
    if not isinstance(body, dict) or not isinstance(body.get("ops"), list):
        raise WireError("a push body is an object with an 'ops' list")
    ops: list[Any] = body["ops"]
    if not ops:
        raise WireError("a push needs at least one op")
    if len(ops) > MAX_BATCH_OPS:
        raise WireError(f"at most {MAX_BATCH_OPS} ops in one push")
    return ops
