"""Consents in the store: each one is a row, its outbox op and its audit line, in one
transaction; nothing here ever updates or deletes a consent (triggers refuse it too)."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from sqlite_utils import Database

from kiosk.domain import consent as consents
from kiosk.domain.clock import DEFAULT_ZONE, Clock, utc_now
from kiosk.domain.consent import Consent, ConsentForm, Purpose
from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kiosk.store import outbox
from kiosk.store.audit import audit
from kiosk.store.outbox import entity_ref
from kiosk.store.rows import encounter_from_row, patient_from_row
from kiosk.store.store import Store


def for_encounter(db: Database, encounter_id: str) -> list[Consent]:
    rows = db.query(
        "SELECT * FROM consents WHERE encounter_id = ? ORDER BY recorded_at, rowid",
        [encounter_id],
    )
    return [consents.from_record(r) for r in rows]


def consult_refusal(db: Database, encounter_id: str) -> ValidationError | None:
    """Why this case may not go to a consult now, or None: read inside the change's
    transaction, so a withdrawal recorded a moment ago is seen."""
    reason = consents.refusal(for_encounter(db, encounter_id))
    return ValidationError("consent", reason) if reason else None


def insert_consent(db: Database, consent: Consent, action: str) -> Consent:
    row = consents.to_record(consent)
    db.table("consents").insert(row)
    depends = [entity_ref("encounter", consent.encounter_id)]
    if consent.form_photo_id:
        depends.append(entity_ref("attachment", consent.form_photo_id))
    if consent.withdraws:
        depends.append(entity_ref("consent", consent.withdraws))
    outbox.enqueue(
        db,
        entity="consent",
        entity_id=consent.id,
        version=1,
        payload=row,
        now=consent.recorded_at,
        depends_on=depends,
    )
    audit(
        db,
        actor=consent.witnessed_by,
        action=action,
        now=consent.recorded_at,
        entity="consent",
        entity_id=consent.id,
        encounter_id=consent.encounter_id,
        purpose=consent.purpose.value,
        given_by=consent.given_by.value,
        method=consent.method.value,
        form_photo=bool(consent.form_photo_id),
    )
    return consent


class Consents:
    def __init__(self, store: Store, clock: Clock = utc_now, zone: str = DEFAULT_ZONE) -> None:
        self.store = store
        self.clock = clock
        self.zone = ZoneInfo(zone)

    def give(self, encounter_id: str, purpose: Purpose, form: ConsentForm, by: str) -> Consent:
        """Record a consent the CHO witnessed; a minor's must come from a guardian."""
        return self.give_all(encounter_id, [purpose], form, by)[0]

    def give_all(
        self, encounter_id: str, purposes: Sequence[Purpose], form: ConsentForm, by: str
    ) -> list[Consent]:
        """The same consent for each purpose (the consult, and sharing with ABDM when the
        patient agreed to both), all recorded or none."""
        now = self.clock()

        def write(db: Database) -> list[Consent]:
            enc = encounter_from_row(db.table("encounters").get(encounter_id))
            patient = patient_from_row(db.table("patients").get(enc.patient_id))
            if form.form_photo_id:
                photo = db.execute(
                    "SELECT encounter_id FROM attachments WHERE id = ?", [form.form_photo_id]
                ).fetchone()
                if photo is None or photo[0] != encounter_id:
                    raise ValidationError(
                        "method",
                        QT_TRANSLATE_NOOP("domain", "The photo of the form is not of this case."),
                    )
            minor = consents.is_minor(patient.birth_date, now.astimezone(self.zone).date())
            witness = _cho_name(db, by)
            made = []
            for purpose in purposes:
                consent = consents.give(
                    form, encounter_id=enc.id, patient_id=enc.patient_id, purpose=purpose,
                    minor=minor, witnessed_by=by, witness_name=witness, now=now,
                )  # fmt: skip
                made.append(insert_consent(db, consent, "consent.give"))
            return made

        return self.store.write(write)

    def form_printed(self, encounter_id: str, by: str, sent: bool) -> None:
        """Note in the audit log that a consent form was printed for this case."""
        now = self.clock()
        self.store.write(
            lambda db: audit(
                db,
                actor=by,
                action="consent.form_printed",
                now=now,
                entity="encounter",
                entity_id=encounter_id,
                sent=sent,
            )
        )

    def withdraw(self, encounter_id: str, purpose: Purpose, by: str) -> Consent:
        """Record that the consent standing for this purpose was withdrawn."""
        now = self.clock()

        def write(db: Database) -> Consent:
            found = consents.standing(for_encounter(db, encounter_id), purpose)
            if found is None:
                raise ValidationError(
                    "consent",
                    QT_TRANSLATE_NOOP("domain", "There is no consent to withdraw."),
                )
            withdrawal = consents.withdraw(
                found, witnessed_by=by, witness_name=_cho_name(db, by), now=now
            )
            return insert_consent(db, withdrawal, "consent.withdraw")

        return self.store.write(write)

    def for_encounter(self, encounter_id: str) -> list[Consent]:
        return self.store.read(lambda db: for_encounter(db, encounter_id))


def _cho_name(db: Database, cho_id: str) -> str:
    row = db.execute("SELECT full_name FROM chos WHERE id = ?", [cho_id]).fetchone()
    return str(row[0]) if row else ""
