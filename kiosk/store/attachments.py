"""Photos and scanned reports attached to a patient or an encounter.

The original stays on the kiosk; a smaller upload copy goes to the hub. The attachment
record travels through the outbox like any change, and its upload blob follows it once
the hub has accepted the record (records before blobs).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from kiosk.domain.ids import new_id
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.blobs import BlobRef, record_blob
from kiosk.store.outbox import entity_ref
from kiosk.store.rows import iso


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
        new_id(), patient_id, encounter_id, kind, original, upload, caption, now, by
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
            "caption": caption,
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
        db, actor=by, action="attachment.add", now=now, entity="attachment", entity_id=attachment.id
    )
    return attachment
