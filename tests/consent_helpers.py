"""Recording the consent a consult needs, as the CHO does before requesting one."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.demo_data import demo_consent
from kiosk.domain.consent import Consent
from kiosk.store.clinic import Clinic


def consented(clinic: Clinic, encounter_id: str, cho_id: str) -> Consent:
    """The patient's (or a minor's guardian's) verbal consent to the teleconsultation."""
    now = clinic.clock()

    def write(db: Database) -> Consent:
        patient_id = db.table("encounters").get(encounter_id)["patient_id"]
        return demo_consent(db, encounter_id, patient_id, cho_id, now)

    return clinic.store.write(write)
