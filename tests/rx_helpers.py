"""A hub key, a queued case and its signed prescription, for the prescription tests."""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import sign
from kiosk.domain.patient import PatientForm
from kiosk.domain.prescription import Prescription
from kiosk.domain.vitals import ObservationKind
from kiosk.rx.sample import sample_prescription
from kiosk.store.clinic import Clinic
from tests.consent_helpers import consented


@dataclass
class QueuedCase:
    cho_id: str
    patient_id: str
    encounter_id: str
    hub_key: Ed25519PrivateKey
    prescription: Prescription

    @property
    def signed(self) -> str:
        return sign(self.prescription, self.hub_key)


def queued_case(clinic: Clinic, follow_up: str = "2026-12-04") -> QueuedCase:
    """A CHO, a patient with vitals, a case queued for the hub, and the hub's prescription."""
    cho = clinic.accounts.create("sunita", "Sunita Devi", "2580").id
    patient = clinic.patients.register(
        PatientForm(
            name="Kamla Bai Meena",
            sex="female",
            age_years="46",
            abha_number="91-2345-6789-0123",
            village="Chaksu",
        ),
        cho,
    )
    enc = clinic.encounters.open(patient.id, cho, "Headache and giddiness for 4 days")
    clinic.encounters.record_vital(
        enc.id,
        ObservationKind.BLOOD_PRESSURE,
        cho,
        components={"bp_systolic": 168, "bp_diastolic": 102},
    )
    clinic.encounters.record_vital(enc.id, ObservationKind.SPO2, cho, value=97)
    clinic.encounters.record_vital(enc.id, ObservationKind.WEIGHT, cho, value=61.5)
    consented(clinic, enc.id, cho)
    clinic.encounters.request_consult(enc.id, "general_medicine", False, cho)
    rx = sample_prescription(encounter_id=enc.id, patient_id=patient.id, follow_up=follow_up)
    return QueuedCase(cho, patient.id, enc.id, Ed25519PrivateKey.generate(), rx)
