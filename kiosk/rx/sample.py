"""A realistic prescription for demos, `kiosk rx render --sample`, benchmarks and tests."""

from __future__ import annotations

from kiosk.domain.ids import new_id
from kiosk.domain.prescription import (
    Medicine,
    PatientSnapshot,
    Prescription,
    Specialist,
    VitalSign,
)


def sample_prescription(
    *,
    rx_id: str | None = None,
    encounter_id: str | None = None,
    patient_id: str | None = None,
    spoke_id: str = "demo-spoke",
    patient: PatientSnapshot | None = None,
    issued_at: str = "2026-11-20T11:42:00+05:30",
    follow_up: str = "2026-12-04",
    language: str = "hi",
) -> Prescription:
    """A hypertensive patient seen by a general physician at the district hospital hub;
    in another ``language`` her name is written in that script, as a CHO there types it."""
    hindi = language == "hi"
    advice = (
        "नमक कम खाएँ, रोज़ 30 मिनट पैदल चलें। दवा रोज़ एक ही समय पर लें। " if hindi else ""
    ) + "Less salt, walk 30 minutes daily, take the medicines at the same time every day."
    return Prescription(
        id=rx_id or new_id(),
        encounter_id=encounter_id or new_id(),
        patient_id=patient_id or new_id(),
        spoke_id=spoke_id,
        issued_at=issued_at,
        specialist=Specialist(
            name="Dr. Anjali Verma",
            qualification="MBBS, MD (General Medicine)",
            registration_number="RMC-34871",
            hub="District Hospital Jaipur",
        ),
        patient=patient
        or PatientSnapshot(
            name=SAMPLE_NAMES.get(language, "Kamla Bai Meena"),
            age_years=46,
            sex="female",
            abha_number="91234567890123",
        ),
        diagnosis="Essential hypertension, poorly controlled (missed doses); tension headache",
        medicines=(
            Medicine(
                name="Amlodipine",
                form="Tablet",
                strength="5 mg",
                dose="1 tablet",
                frequency="Once daily, morning",
                duration="30 days",
                instructions="Do not stop without asking the doctor",
            ),
            Medicine(
                name="Telmisartan",
                form="Tablet",
                strength="40 mg",
                dose="1 tablet",
                frequency="Once daily, night",
                duration="30 days",
                instructions="",
            ),
            Medicine(
                name="Paracetamol",
                form="Tablet",
                strength="500 mg",
                dose="1 tablet",
                frequency="Up to 3 times a day if headache",
                duration="5 days",
                instructions="After food",
            ),
        ),
        vitals=(
            VitalSign("blood_pressure", "168/102", "mmHg"),
            VitalSign("pulse_rate", "88", "/min"),
            VitalSign("spo2", "97", "%"),
            VitalSign("body_temperature", "36.9", "°C"),
            VitalSign("weight", "61.5", "kg"),
        ),
        investigations=("Serum creatinine", "Lipid profile", "ECG"),
        advice=advice,
        follow_up=follow_up,
        referral="",
        language=language,
    )


# The sample patient's name as a CHO types it in each script (the Hindi paper keeps
# the Latin spelling the tests have always printed).
SAMPLE_NAMES = {
    "te": "కమల బాయి మీనా",
    "bn": "কমলা বাই মীনা",
    "kn": "ಕಮಲಾ ಬಾಯಿ ಮೀನಾ",
    "ta": "கமலா பாய் மீனா",
    "mr": "कमला बाई मीणा",
    "gu": "કમળા બાઈ મીણા",
    "or": "କମଳା ବାଈ ମୀଣା",
    "ml": "കമല ബായി മീണ",
    "pa": "ਕਮਲਾ ਬਾਈ ਮੀਣਾ",
}
