"""Recording the consent a consult needs, as the CHO does before requesting one."""

from __future__ import annotations

from sqlite_utils import Database

from kiosk.demo_data import demo_consent
from kiosk.domain import encounter as encounters
from kiosk.domain.consent import Consent
from kiosk.store.clinic import Clinic
from kiosk.store.encounters import _load, save_encounter
from tests.hubtools import Kiosk


def consented(clinic: Clinic, encounter_id: str, cho_id: str) -> Consent:
    """The patient's (or a minor's guardian's) verbal consent to the teleconsultation."""
    now = clinic.clock()

    def write(db: Database) -> Consent:
        patient_id = db.table("encounters").get(encounter_id)["patient_id"]
        return demo_consent(db, encounter_id, patient_id, cho_id, now)

    return clinic.store.write(write)


def queued_without_consent(kiosk: Kiosk, name: str = "Kamla Devi") -> str:
    """A case queued by a kiosk that never asked for consent (an older or a changed one):
    the hub must not rely on the kiosk's own check."""
    encounter = kiosk.encounter(kiosk.patient(name))
    now = kiosk.clinic.clock()

    def write(db: Database) -> None:
        queued = encounters.request_consult(_load(db, encounter), "general_medicine", False, now)
        save_encounter(db, queued, kiosk.cho_id, "encounter.request_consult", now)

    kiosk.store.write(write)
    return encounter
