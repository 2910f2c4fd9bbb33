"""Photos attached to a patient or a case: the patient's photo, wounds, old reports.

Each photo is two content-addressed blobs, the original (stays on the kiosk) and a
smaller copy (goes to the hub). The files are written first; a file without a row is
harmless (it is found by its hash next time), a row without a file never happens. The
row, its blobs, its outbox op and the audit line are one transaction.
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
from kiosk.store.blobs import BlobFiles, record_blob
from kiosk.store.outbox import entity_ref
from kiosk.store.rows import iso, parse_time
from kiosk.store.store import Store

PATIENT_PHOTO = "patient_photo"
CLINICAL_PHOTO = "clinical_photo"
KINDS = (PATIENT_PHOTO, CLINICAL_PHOTO)
JPEG = "image/jpeg"


@dataclass(frozen=True)
class Attachment:
    id: str
    patient_id: str
    encounter_id: str | None
    kind: str
    original_sha256: str
    upload_sha256: str
    caption: str
    created_at: datetime
    created_by: str


def _from_row(row: Mapping[str, object]) -> Attachment:
    return Attachment(
        id=str(row["id"]),
        patient_id=str(row["patient_id"]),
        encounter_id=str(row["encounter_id"]) if row["encounter_id"] else None,
        kind=str(row["kind"]),
        original_sha256=str(row["original_sha256"]),
        upload_sha256=str(row["upload_sha256"]),
        caption=str(row["caption"]),
        created_at=parse_time(str(row["created_at"])),
        created_by=str(row["created_by"]),
    )


class Attachments:
    def __init__(self, store: Store, files: BlobFiles, clock: Clock = utc_now) -> None:
        self.store = store
        self.files = files
        self.clock = clock

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
        original_ref = self.files.put(original, JPEG)
        upload_ref = self.files.put(upload, JPEG)
        now = self.clock()
        row = {
            "id": new_id(),
            "encounter_id": encounter_id,
            "patient_id": patient_id,
            "kind": kind,
            "original_sha256": original_ref.sha256,
            "upload_sha256": upload_ref.sha256,
            "caption": caption.strip(),
            "created_at": iso(now),
            "created_by": by,
        }

        def write(db: Database) -> Attachment:
            record_blob(db, original_ref, now, upload=False)
            record_blob(db, upload_ref, now, upload=True)
            db.table("attachments").insert(row)
            owner = (
                entity_ref("encounter", encounter_id)
                if encounter_id
                else entity_ref("patient", patient_id)
            )
            payload = {k: v for k, v in row.items() if k != "original_sha256"}
            outbox.enqueue(
                db,
                entity="attachment",
                entity_id=str(row["id"]),
                version=1,
                payload={**payload, "mime": JPEG, "size": upload_ref.size},
                now=now,
                depends_on=[owner],
            )
            audit(
                db,
                actor=by,
                action="attachment.add",
                now=now,
                entity="attachment",
                entity_id=str(row["id"]),
                kind=kind,
            )
            return _from_row(row)

        return self.store.write(write)

    def for_encounter(self, encounter_id: str) -> list[Attachment]:
        rows = self.store.read(
            lambda db: list(
                db.query(
                    "SELECT * FROM attachments WHERE encounter_id = ? ORDER BY created_at",
                    [encounter_id],
                )
            )
        )
        return [_from_row(r) for r in rows]

    def read(self, sha256: str) -> bytes:
        return self.files.read(sha256)
