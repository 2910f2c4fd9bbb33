"""What a consult call changes in the kiosk's record: the case goes "in consult" when
the call connects, and photos the specialist takes are attached to it. Each change is
one transaction with its outbox op and audit row, like any other."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.domain import encounter as encounters
from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.encounter import Encounter, EncounterStatus
from kiosk.store.attachments import CLINICAL_PHOTO, Attachment, Attachments
from kiosk.store.encounters import _load, save_encounter
from kiosk.store.store import Store

CONSULT_PHOTO_CAPTION = "Taken by the hub specialist during the consult"


class ConsultRecords:
    def __init__(self, store: Store, attachments: Attachments, clock: Clock = utc_now) -> None:
        self.store = store
        self.attachments = attachments
        self.clock = clock

    def knows(self, encounter_id: str) -> bool:
        """Whether this kiosk holds the case (a call for another kiosk's case is not ours)."""
        row = self.store.read(
            lambda db: db.execute(
                "SELECT 1 FROM encounters WHERE id = ?", [encounter_id]
            ).fetchone()
        )
        return row is not None

    def started(self, encounter_id: str, by: str) -> Encounter:
        """The call connected: a queued case is now in consult (anything else stays)."""
        now = self.clock()

        def write(db: Database) -> Encounter:
            enc = _load(db, encounter_id)
            if enc.status is not EncounterStatus.QUEUED:
                return enc
            moved = encounters.move_to(enc, EncounterStatus.IN_CONSULT, now)
            return save_encounter(db, moved, by, "encounter.consult_started", now)

        return self.store.write(write)

    def add_photo(self, encounter_id: str, original: bytes, upload: bytes, by: str) -> Attachment:
        patient_id = self.store.read(lambda db: _load(db, encounter_id).patient_id)
        return self.attachments.add_photo(
            patient_id=patient_id,
            encounter_id=encounter_id,
            kind=CLINICAL_PHOTO,
            original=original,
            upload=upload,
            by=by,
            caption=CONSULT_PHOTO_CAPTION,
        )
