"""Photos attached to a patient or a case: the patient's photo, wounds, old reports.

Each photo is two content-addressed blobs: the original stays on the kiosk, a smaller
copy goes to the hub. The files are written first; a file without a row is harmless (it
is found by its hash next time), a row without a file never happens. The row, its blobs,
its outbox op and the audit line are one transaction. The attachment record travels
through the outbox like any change; its upload blob follows once the hub has accepted
the record (records before blobs).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.ids import new_id
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.blobs import BlobFiles, BlobRef, record_blob
from kiosk.store.housekeeping import PhotoReserve
from kiosk.store.outbox import entity_ref
from kiosk.store.rows import iso, parse_time
from kiosk.store.store import Store

PATIENT_PHOTO = "patient_photo"
CLINICAL_PHOTO = "clinical_photo"
CONSENT_FORM = "consent_form"  # a photo of the signed or thumb-printed consent form
KINDS = (PATIENT_PHOTO, CLINICAL_PHOTO, CONSENT_FORM)
JPEG = "image/jpeg"


@dataclass(frozen=True)
class Attachment:
    id: str
    patient_id: str
    encounter_id: str | None
    kind: str
    original: BlobRef
    upload: BlobRef
    caption: str
    created_at: datetime
    created_by: str

    @property
    def original_sha256(self) -> str:
        return self.original.sha256

    @property
    def upload_sha256(self) -> str:
        return self.upload.sha256


def attachment_payload(a: Attachment) -> dict[str, object]:
    """What the hub receives: the upload copy only."""
    return {
        "id": a.id,
        "encounter_id": a.encounter_id,
        "patient_id": a.patient_id,
        "kind": a.kind,
        "sha256": a.upload.sha256,
        "mime": a.upload.mime,
        "size": a.upload.size,
        "caption": a.caption,
        "created_at": iso(a.created_at),
        "created_by": a.created_by,
    }


def insert_attachment(
    db: Database,
    *,
    patient_id: str,
    encounter_id: str | None,
    kind: str,
    original: BlobRef,
    upload: BlobRef,
    by: str,
    now: datetime,
    caption: str = "",
) -> Attachment:
    """Record an attachment whose blob files are already written (inside a transaction)."""
    attachment = Attachment(
        new_id(), patient_id, encounter_id, kind, original, upload, caption.strip(), now, by
    )
    record_blob(db, original, now, upload=original.sha256 == upload.sha256)
    record_blob(db, upload, now, upload=True)
    db.table("attachments").insert(
        {
            "id": attachment.id,
            "encounter_id": encounter_id,
            "patient_id": patient_id,
            "kind": kind,
            "original_sha256": original.sha256,
            "upload_sha256": upload.sha256,
            "caption": attachment.caption,
            "created_at": iso(now),
            "created_by": by,
        }
    )
    depends = [entity_ref("encounter", encounter_id)] if encounter_id else []
    outbox.enqueue(
        db,
        entity="attachment",
        entity_id=attachment.id,
        version=1,
        payload=attachment_payload(attachment),
        now=now,
        depends_on=[*depends, entity_ref("patient", patient_id)],
    )
    audit(
        db,
        actor=by,
        action="attachment.add",
        now=now,
        entity="attachment",
        entity_id=attachment.id,
        kind=kind,
    )
    return attachment


_SELECT = (
    "SELECT a.*, o.mime AS original_mime, o.size AS original_size, "
    "u.mime AS upload_mime, u.size AS upload_size FROM attachments a "
    "JOIN blobs o ON o.sha256 = a.original_sha256 JOIN blobs u ON u.sha256 = a.upload_sha256"
)


def _from_row(row: Mapping[str, object]) -> Attachment:
    return Attachment(
        id=str(row["id"]),
        patient_id=str(row["patient_id"]),
        encounter_id=str(row["encounter_id"]) if row["encounter_id"] else None,
        kind=str(row["kind"]),
        original=BlobRef(
            str(row["original_sha256"]), str(row["original_mime"]), int(str(row["original_size"]))
        ),
        upload=BlobRef(
            str(row["upload_sha256"]), str(row["upload_mime"]), int(str(row["upload_size"]))
        ),
        caption=str(row["caption"]),
        created_at=parse_time(str(row["created_at"])),
        created_by=str(row["created_by"]),
    )


class Attachments:
    def __init__(
        self,
        store: Store,
        files: BlobFiles,
        clock: Clock = utc_now,
        reserve: PhotoReserve | None = None,
    ) -> None:
        self.store = store
        self.files = files
        self.clock = clock
        self.reserve = reserve  # room kept for clinical records (kiosk.store.space)

    def add_photo(
        self,
        *,
        patient_id: str,
        encounter_id: str | None,
        kind: str,
        original: bytes,
        upload: bytes,
        by: str,
        caption: str = "",
    ) -> Attachment:
        if kind not in KINDS:
            raise ValueError(f"unknown attachment kind {kind!r}")
        if self.reserve is not None:
            self.reserve.make_room(len(original) + len(upload), self.clock())
        original_ref = self.files.put(original, JPEG)
        upload_ref = self.files.put(upload, JPEG)
        now = self.clock()
        return self.store.write(
            lambda db: insert_attachment(
                db,
                patient_id=patient_id,
                encounter_id=encounter_id,
                kind=kind,
                original=original_ref,
                upload=upload_ref,
                by=by,
                now=now,
                caption=caption,
            )
        )

    def for_encounter(self, encounter_id: str) -> list[Attachment]:
        rows = self.store.read(
            lambda db: list(
                db.query(
                    f"{_SELECT} WHERE a.encounter_id = ? ORDER BY a.created_at", [encounter_id]
                )
            )
        )
        return [_from_row(r) for r in rows]

    def read(self, sha256: str) -> bytes:
        return self.files.read(sha256)
