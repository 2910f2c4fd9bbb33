"""Signed prescriptions in the store: received only after verification, never changed,
every refusal and every print recorded (with its audit row) in the same transaction."""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlite_utils import Database
from sqlite_utils.db import NotFoundError

from hwc_shared.seal import Refused, Verified, verify
from kiosk.domain import encounter as encounters
from kiosk.domain.clock import DEFAULT_ZONE, Clock, utc_now
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.errors import ValidationError
from kiosk.domain.ids import new_id
from kiosk.domain.prescription import Prescription
from kiosk.domain.prescription_refusals import Refusal
from kiosk.domain.prescription_seal import qr_text, read_envelope
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.encounters import save_encounter
from kiosk.store.rows import encounter_from_row, iso, parse_time
from kiosk.store.store import Store

log = logging.getLogger("kiosk.rx")
HUB_ACTOR = "hub"


@dataclass(frozen=True)
class StoredPrescription:
    prescription: Prescription
    key_id: str
    signature: bytes
    received_at: datetime

    @property
    def qr_text(self) -> str:
        return qr_text(self.prescription, self.key_id, self.signature)


@dataclass(frozen=True)
class Receipt:
    """What became of one received prescription; the sync engine moves on either way."""

    accepted: bool
    prescription_id: str | None
    reason: Refusal | None = None
    detail: str = ""
    duplicate: bool = False


@dataclass(frozen=True)
class RefusedPrescription:
    id: int
    received_at: datetime
    reason: Refusal
    detail: str
    prescription_id: str | None
    encounter_id: str | None


@dataclass(frozen=True)
class PrintRecord:
    id: str
    prescription_id: str
    requested_at: datetime
    requested_by: str
    printer: str
    job_id: str | None
    state: str
    message: str
    size: str
    language: str
    pdf_path: str
    updated_at: datetime


@dataclass(frozen=True)
class FollowUp:
    patient_id: str
    patient_name: str
    encounter_id: str
    prescription_id: str
    due: date


def _stored(row: dict[str, Any]) -> StoredPrescription:
    signed = read_envelope(row["signed_json"])
    return StoredPrescription(
        signed.prescription, signed.key_id, signed.signature, parse_time(row["received_at"])
    )


def _print(row: dict[str, Any]) -> PrintRecord:
    return PrintRecord(
        **{
            **row,
            "requested_at": parse_time(row["requested_at"]),
            "updated_at": parse_time(row["updated_at"]),
        }
    )


def _loose_ids(text: str) -> tuple[str | None, str | None]:
    """The ids a refused payload claims, if it is readable at all (for the record only)."""
    try:
        rx = json.loads(text).get("prescription", {})
        ids = rx.get("id"), rx.get("encounter_id")
    except (ValueError, AttributeError):
        return None, None
    return tuple(i if isinstance(i, str) and len(i) <= 120 else None for i in ids)  # type: ignore[return-value]


class Prescriptions:
    def __init__(self, store: Store, clock: Clock = utc_now, zone: str = DEFAULT_ZONE) -> None:
        self.store = store
        self.clock = clock
        self.zone = ZoneInfo(zone)

    # receiving -------------------------------------------------------------------------
    def receive(self, signed_json_text: str, pinned_key: Ed25519PublicKey | None) -> Receipt:
        """Verify a prescription from the hub and keep it as printable, or refuse it.

        A verified prescription moves its case to 'prescribed'. A refusal is recorded
        (with the payload, for district IT), audited and queued to be reported to the hub.
        """
        now = self.clock()
        try:
            if pinned_key is None:
                raise Refused(Refusal.NO_KEY)
            verified = verify(signed_json_text, pinned_key)
        except Refused as error:
            refusal = error
            return self.store.write(lambda db: self._refuse(db, signed_json_text, refusal, now))

        def write(db: Database) -> Receipt:
            try:
                return self._accept(db, signed_json_text, verified, now)
            except Refused as refused:
                return self._refuse(db, signed_json_text, refused, now)

        return self.store.write(write)

    def _accept(self, db: Database, text: str, verified: Verified, now: datetime) -> Receipt:
        rx = verified.prescription
        try:
            enc = encounter_from_row(db.table("encounters").get(rx.encounter_id))
        except NotFoundError:
            raise Refused(Refusal.UNKNOWN_CASE, f"encounter {rx.encounter_id}") from None
        if enc.patient_id != rx.patient_id:
            raise Refused(Refusal.WRONG_PATIENT, f"encounter {enc.id}")
        existing = db.execute(
            "SELECT signed_json FROM prescriptions WHERE id = ?", [rx.id]
        ).fetchone()
        if existing is not None:
            held = read_envelope(existing[0])
            if (held.prescription, held.signature) == (rx, verified.signature):
                return Receipt(True, rx.id, duplicate=True)
            raise Refused(Refusal.CONFLICT, f"prescription {rx.id}")
        db.table("prescriptions").insert(
            {
                "id": rx.id,
                "encounter_id": rx.encounter_id,
                "patient_id": rx.patient_id,
                "issued_at": rx.issued_at,
                "follow_up": rx.follow_up or None,
                "key_id": verified.key_id,
                "signed_json": text,
                "received_at": iso(now),
            }
        )
        audit(
            db,
            actor=HUB_ACTOR,
            action="prescription.receive",
            now=now,
            entity="prescription",
            entity_id=rx.id,
            encounter_id=rx.encounter_id,
            key_id=verified.key_id,
        )
        try:
            moved = encounters.move_to(enc, EncounterStatus.PRESCRIBED, now)
        except ValidationError:
            pass  # already prescribed (a revised prescription) or closed: the status stays
        else:
            save_encounter(db, moved, HUB_ACTOR, "encounter.prescribed", now, prescription_id=rx.id)
        return Receipt(True, rx.id)

    def _refuse(self, db: Database, text: str, refused: Refused, now: datetime) -> Receipt:
        rx_id, encounter_id = _loose_ids(text)
        digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
        refusal_id = (
            db.table("refused_prescriptions")
            .insert(
                {
                    "received_at": iso(now),
                    "reason": refused.reason.value,
                    "detail": refused.detail[:2000],
                    "prescription_id": rx_id,
                    "encounter_id": encounter_id,
                    "payload_sha256": digest,
                    "payload": text,
                }
            )
            .last_pk
        )
        audit(
            db,
            actor=HUB_ACTOR,
            action="prescription.refuse",
            now=now,
            entity="prescription",
            entity_id=rx_id,
            reason=refused.reason.value,
            refusal=refusal_id,
        )
        outbox.enqueue(
            db,
            entity="prescription_refusal",
            entity_id=f"{refusal_id}:{digest[:16]}",
            version=1,
            payload={
                "prescription_id": rx_id,
                "encounter_id": encounter_id,
                "reason": refused.reason.value,
                "detail": refused.detail[:2000],
                "payload_sha256": digest,
                "received_at": iso(now),
            },
            now=now,
        )
        # Ids and the reason only: the payload (with the patient's name) stays in the store.
        log.warning("refused prescription %s (case %s): %s", rx_id, encounter_id, refused.reason)
        return Receipt(False, rx_id, refused.reason, refused.detail)

    # reading ---------------------------------------------------------------------------
    def get(self, prescription_id: str) -> StoredPrescription:
        return _stored(self.store.read(lambda db: db.table("prescriptions").get(prescription_id)))

    def for_encounter(self, encounter_id: str) -> list[StoredPrescription]:
        """The case's prescriptions, newest first."""
        rows = self.store.read(
            lambda db: list(
                db.query(
                    "SELECT * FROM prescriptions WHERE encounter_id = ? "
                    "ORDER BY issued_at DESC, received_at DESC",
                    [encounter_id],
                )
            )
        )
        return [_stored(r) for r in rows]

    def refused(
        self, encounter_id: str | None = None, limit: int = 50
    ) -> list[RefusedPrescription]:
        where, params = ("WHERE encounter_id = ?", [encounter_id]) if encounter_id else ("", [])
        rows = self.store.read(
            lambda db: list(
                db.query(
                    "SELECT id, received_at, reason, detail, prescription_id, encounter_id "
                    f"FROM refused_prescriptions {where} ORDER BY id DESC LIMIT ?",
                    [*params, limit],
                )
            )
        )
        return [
            RefusedPrescription(
                r["id"],
                parse_time(r["received_at"]),
                Refusal(r["reason"]),
                r["detail"],
                r["prescription_id"],
                r["encounter_id"],
            )
            for r in rows
        ]

    def follow_ups_due(self, day: date | None = None) -> list[FollowUp]:
        """Patients whose latest prescription asks them back on or before ``day`` (today,
        local time) and who have not had a case opened since that prescription arrived."""
        today = day or self.clock().astimezone(self.zone).date()
        sql = """
            SELECT p.id, p.name, rx.encounter_id, rx.id, rx.follow_up
            FROM prescriptions rx JOIN patients p ON p.id = rx.patient_id
            WHERE rx.follow_up IS NOT NULL AND rx.follow_up <= ?
              AND rx.issued_at = (SELECT max(issued_at) FROM prescriptions
                                  WHERE patient_id = rx.patient_id)
              AND NOT EXISTS (SELECT 1 FROM encounters e WHERE e.patient_id = rx.patient_id
                              AND e.created_at > rx.received_at)
            ORDER BY rx.follow_up, p.name
        """
        rows = self.store.read(lambda db: db.execute(sql, [today.isoformat()]).fetchall())
        return [FollowUp(r[0], r[1], r[2], r[3], date.fromisoformat(r[4])) for r in rows]

    # printing --------------------------------------------------------------------------
    def record_print(
        self,
        prescription_id: str,
        by: str,
        *,
        printer: str,
        job_id: str | None,
        state: str,
        message: str,
        size: str,
        language: str,
        pdf_path: str,
    ) -> PrintRecord:
        """One print or reprint: its row and its audit entry, in one transaction."""
        now = self.clock()
        row = {
            "id": new_id(),
            "prescription_id": prescription_id,
            "requested_at": iso(now),
            "requested_by": by,
            "printer": printer,
            "job_id": job_id,
            "state": state,
            "message": message,
            "size": size,
            "language": language,
            "pdf_path": pdf_path,
            "updated_at": iso(now),
        }

        def write(db: Database) -> PrintRecord:
            db.table("prescriptions").get(prescription_id)  # NotFoundError for an unknown one
            earlier = db.execute(
                "SELECT count(*) FROM prescription_prints WHERE prescription_id = ?",
                [prescription_id],
            ).fetchone()[0]
            db.table("prescription_prints").insert(row)
            audit(
                db,
                actor=by,
                action="prescription.reprint" if earlier else "prescription.print",
                now=now,
                entity="prescription",
                entity_id=prescription_id,
                print_id=row["id"],
                printer=printer,
                job_id=job_id,
                state=state,
            )
            return _print(row)

        return self.store.write(write)

    def slip_printed(
        self, prescription_id: str, by: str, *, printer: str, job_id: str | None
    ) -> None:
        """Note in the audit log that the follow-up slip was sent (``job_id``) or kept
        as a PDF (None). The slip is a copy of the prescription's follow-up day, not a
        print of the prescription: it is not one of its prints."""
        now = self.clock()

        def write(db: Database) -> None:
            db.table("prescriptions").get(prescription_id)  # NotFoundError for an unknown one
            audit(
                db,
                actor=by,
                action="prescription.slip_print",
                now=now,
                entity="prescription",
                entity_id=prescription_id,
                printer=printer,
                job_id=job_id,
                sent=job_id is not None,
            )

        self.store.write(write)

    def update_print(self, print_id: str, state: str, message: str = "") -> PrintRecord:
        now = self.clock()

        def write(db: Database) -> PrintRecord:
            table = db.table("prescription_prints")
            table.update(print_id, {"state": state, "message": message, "updated_at": iso(now)})
            return _print(table.get(print_id))

        return self.store.write(write)

    def prints(self, prescription_id: str) -> list[PrintRecord]:
        rows = self.store.read(
            lambda db: list(
                db.query(
                    "SELECT * FROM prescription_prints WHERE prescription_id = ? "
                    "ORDER BY requested_at DESC",
                    [prescription_id],
                )
            )
        )
        return [_print(r) for r in rows]
