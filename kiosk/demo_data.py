"""Synthetic patients and encounters that look like a rural spoke's register.

Used by ``kiosk --demo``, ``kiosk demo-data`` and the benchmarks. Every record goes
through the same domain checks and store functions as real work, in batches of one
transaction each, with outbox and audit rows like any other change.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlite_utils import Database

from kiosk.domain import consent as consents
from kiosk.domain import encounter as encounters
from kiosk.domain import observation as observations
from kiosk.domain import patient as patients
from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.encounter import EncounterStatus, Specialty
from kiosk.domain.observation import Method
from kiosk.domain.vitals import ObservationKind
from kiosk.store.consents import insert_consent
from kiosk.store.encounters import insert_observation, save_encounter
from kiosk.store.patients import insert_patient
from kiosk.store.rows import patient_from_row
from kiosk.store.store import Store

BATCH = 500

FEMALE = (
    "Sunita",
    "Anita",
    "Geeta",
    "Kamla",
    "Savitri",
    "Pooja",
    "Rekha",
    "Meena",
    "Lakshmi",
    "Radha",
    "Sita",
    "Kavita",
    "Shanti",
    "Usha",
    "Nirmala",
    "Priya",
    "Asha",
    "Bimla",
    "Sarita",
    "Rani",
    "Phoolwati",
    "Santosh",
    "Guddi",
    "Manju",
    "Neha",
    "Komal",
)
MALE = (
    "Ramesh",
    "Suresh",
    "Mahesh",
    "Rajesh",
    "Mukesh",
    "Ram",
    "Shyam",
    "Mohan",
    "Sohan",
    "Raju",
    "Vijay",
    "Ajay",
    "Sanjay",
    "Manoj",
    "Dinesh",
    "Ganesh",
    "Harish",
    "Prakash",
    "Bhagwan",
    "Kishan",
    "Lakhan",
    "Ramprasad",
    "Arjun",
    "Ravi",
    "Amit",
    "Deepak",
)
SURNAMES = (
    "Kumar",
    "Devi",
    "Singh",
    "Yadav",
    "Meena",
    "Sharma",
    "Verma",
    "Gurjar",
    "Jat",
    "Patel",
    "Prajapati",
    "Kushwaha",
    "Ahirwar",
    "Bairwa",
    "Saini",
    "Mali",
    "Rawat",
    "Chauhan",
    "Tiwari",
    "Mishra",
    "Pal",
    "Lodhi",
    "Kewat",
    "Nishad",
)
HINDI_NAMES = (
    "सुनीता देवी",
    "रमेश कुमार",
    "गीता मीणा",
    "मोहन लाल",
    "कमला बाई",
    "राजेश यादव",
    "सीता देवी",
    "श्याम सिंह",
    "पूजा कुमारी",
    "लक्ष्मी देवी",
)
PLACES = (
    ("Bassi", "Jaipur", "Rajasthan"),
    ("Chaksu", "Jaipur", "Rajasthan"),
    ("Phagi", "Jaipur", "Rajasthan"),
    ("Dudu", "Jaipur", "Rajasthan"),
    ("Malpura", "Tonk", "Rajasthan"),
    ("Niwai", "Tonk", "Rajasthan"),
    ("Bamor", "Morena", "Madhya Pradesh"),
    ("Sabalgarh", "Morena", "Madhya Pradesh"),
    ("Baraut", "Baghpat", "Uttar Pradesh"),
    ("Khekra", "Baghpat", "Uttar Pradesh"),
    ("Rajpura", "Sitapur", "Uttar Pradesh"),
    ("Mahmudabad", "Sitapur", "Uttar Pradesh"),
)
COMPLAINTS = (
    ("Fever for 3 days with body ache", Specialty.GENERAL_MEDICINE),
    ("Cough and breathlessness for a week", Specialty.GENERAL_MEDICINE),
    ("Headache and giddiness, known hypertensive", Specialty.GENERAL_MEDICINE),
    ("Burning feet, diabetic on metformin", Specialty.GENERAL_MEDICINE),
    ("Itchy rash on both arms for 2 weeks", Specialty.DERMATOLOGY),
    ("Child with loose motions since yesterday", Specialty.PAEDIATRICS),
    ("Child with fever and ear pain", Specialty.PAEDIATRICS),
    ("Pregnant, 7 months, swelling of feet", Specialty.OBSTETRICS_GYNAECOLOGY),
    ("White discharge and lower abdominal pain", Specialty.OBSTETRICS_GYNAECOLOGY),
    ("Knee pain while walking for months", Specialty.ORTHOPAEDICS),
    ("Blurred vision in left eye", Specialty.OPHTHALMOLOGY),
    ("Ear discharge and reduced hearing", Specialty.ENT),
    ("Chest pain on exertion", Specialty.CARDIOLOGY),
    ("Not sleeping, low mood for a month", Specialty.PSYCHIATRY),
    ("Toothache and swollen gum", Specialty.DENTAL),
)
HISTORY = (
    "No known allergies.",
    "Known hypertensive for 5 years, irregular medicines.",
    "Type 2 diabetes for 3 years.",
    "Smoker, 10 bidis a day.",
    "No past illness of note.",
    "Treated for tuberculosis in 2021, completed course.",
)


@dataclass(frozen=True)
class Generated:
    patients: int
    encounters: int
    observations: int


def _person(rng: random.Random) -> patients.PatientForm:
    sex = rng.choice(("female", "male"))
    village, district, state = rng.choice(PLACES)
    if rng.random() < 0.08:
        name = rng.choice(HINDI_NAMES)
    else:
        given = rng.choice(FEMALE if sex == "female" else MALE)
        name = f"{given} {rng.choice(SURNAMES)}"
    guardian = f"{rng.choice(MALE)} {rng.choice(SURNAMES)}"
    phone = f"{rng.choice('6789')}{rng.randrange(10**9):09d}" if rng.random() < 0.8 else ""
    abha = f"{rng.randrange(10**13, 10**14)}" if rng.random() < 0.35 else ""
    return patients.PatientForm(
        name=name,
        sex=sex,
        age_years=str(rng.choice((rng.randint(1, 14), rng.randint(18, 85), rng.randint(25, 60)))),
        phone=phone,
        abha_number=abha,
        village=village,
        district=district,
        state=state,
        guardian_name=guardian,
        language="hi" if rng.random() < 0.85 else "en",
    )


def _vitals(rng: random.Random) -> list[tuple[ObservationKind, float | None, dict[str, float]]]:
    systolic = rng.randint(100, 170)
    out: list[tuple[ObservationKind, float | None, dict[str, float]]] = [
        (
            ObservationKind.BLOOD_PRESSURE,
            None,
            {"bp_systolic": systolic, "bp_diastolic": rng.randint(60, min(110, systolic - 20))},
        ),
        (ObservationKind.PULSE_RATE, rng.randint(60, 110), {}),
        (ObservationKind.SPO2, rng.choice((95, 96, 97, 98, 98, 99, 99, 100, 93)), {}),
        (ObservationKind.BODY_TEMPERATURE, round(rng.uniform(36.3, 39.0), 1), {}),
        (ObservationKind.WEIGHT, round(rng.uniform(38, 82), 1), {}),
    ]
    return out


def generate(
    store: Store,
    *,
    spoke_id: str,
    cho_id: str,
    patient_count: int,
    encounter_count: int,
    seed: int = 7,
    clock: Clock = utc_now,
    days_back: int = 30,
    progress: Callable[[int, int], None] | None = None,
) -> Generated:
    """Make ``patient_count`` patients and ``encounter_count`` encounters spread over the last
    ``days_back`` days (a third of them today), each with five vitals."""
    rng = random.Random(seed)
    now = clock()
    ids: list[str] = []
    total = patient_count + encounter_count
    done = 0
    made_obs = 0

    def patient_batch(count: int) -> None:
        def write(db: Database) -> None:
            for _ in range(count):
                patient = patients.register(_person(rng), now)
                insert_patient(db, patient, cho_id, now)
                ids.append(patient.id)

        store.write(write)

    def encounter_batch(count: int) -> int:
        def write(db: Database) -> int:
            made = 0
            for _ in range(count):
                made += _one_encounter(db, rng, rng.choice(ids), spoke_id, cho_id, now, days_back)
            return made

        return store.write(write)

    for start in range(0, patient_count, BATCH):
        count = min(BATCH, patient_count - start)
        patient_batch(count)
        done += count
        if progress:
            progress(done, total)
    for start in range(0, encounter_count if ids else 0, BATCH):
        count = min(BATCH, encounter_count - start)
        made_obs += encounter_batch(count)
        done += count
        if progress:
            progress(done, total)
    return Generated(len(ids), encounter_count if ids else 0, made_obs)


def _one_encounter(
    db: Database,
    rng: random.Random,
    patient_id: str,
    spoke_id: str,
    cho_id: str,
    now: datetime,
    days_back: int,
) -> int:
    today = rng.random() < 0.34
    opened = now - timedelta(
        minutes=rng.randint(5, 300) if today else rng.randint(1, days_back) * 1440
    )
    complaint, specialty = rng.choice(COMPLAINTS)
    enc = encounters.open_encounter(patient_id, spoke_id, cho_id, opened, complaint)
    enc = encounters.edit_notes(enc, complaint, rng.choice(HISTORY), opened)
    save_encounter(db, enc, cho_id, "encounter.open", opened)
    made = 0
    for kind, value, components in _vitals(rng):
        obs = observations.record(
            encounter_id=enc.id,
            patient_id=patient_id,
            kind=kind,
            taken_by=cho_id,
            taken_at=opened + timedelta(minutes=2),
            value=value,
            components=components,
            method=Method.MANUAL,
        )
        insert_observation(db, obs, cho_id, opened)
        made += 1
    if rng.random() < 0.7:
        demo_consent(db, enc.id, patient_id, cho_id, opened)
        queued = encounters.request_consult(enc, specialty.value, rng.random() < 0.15, opened)
        if not today and rng.random() < 0.8:
            queued = encounters.move_to(queued, EncounterStatus.CLOSED, opened)
        save_encounter(db, queued, cho_id, "encounter.request_consult", opened)
    return made


def demo_consent(
    db: Database, encounter_id: str, patient_id: str, cho_id: str, now: datetime
) -> consents.Consent:
    """Verbal consent to the teleconsultation, as a CHO records it before requesting a
    consult: the patient's own, or a minor's guardian's (inside a write transaction)."""
    patient = patient_from_row(db.table("patients").get(patient_id))
    minor = consents.is_minor(patient.birth_date, now.date())
    form = (
        consents.ConsentForm("guardian", patient.guardian_name or "Guardian", "mother", "verbal")
        if minor
        else consents.ConsentForm("patient", method="verbal")
    )
    row = db.execute("SELECT full_name FROM chos WHERE id = ?", [cho_id]).fetchone()
    consent = consents.give(
        form, encounter_id=encounter_id, patient_id=patient_id,
        purpose=consents.Purpose.TELECONSULTATION, minor=minor, witnessed_by=cho_id,
        witness_name=str(row[0]) if row else "", now=now,
    )  # fmt: skip
    return insert_consent(db, consent, "consent.give")
