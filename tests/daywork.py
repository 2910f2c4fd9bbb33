"""A spoke's day of work as the kiosk would push it: wire ops made by the kiosk's own
domain and row code (patients, encounters opened then sent for a consult, five vitals
each, photos), cut into the sync rounds of a working day. For load tests and benchmarks
that need many kiosks without a kiosk database each."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from hwc_shared import wire
from kiosk.domain import encounter as encounters
from kiosk.domain import observation as observations
from kiosk.domain import patient as patients
from kiosk.domain.ids import new_id
from kiosk.domain.vitals import ObservationKind
from kiosk.store.attachments import CLINICAL_PHOTO, JPEG, Attachment, attachment_payload
from kiosk.store.blobs import BlobRef
from kiosk.store.rows import encounter_row, observation_payload, observation_row, patient_row

NAMES = ["Sunita Devi", "Kamla Bai", "Ramesh Meena", "Geeta Sharma", "Mohan Lal", "Radha Devi"]
VITALS = (
    (ObservationKind.BLOOD_PRESSURE, None, {"bp_systolic": 128.0, "bp_diastolic": 84.0}),
    (ObservationKind.PULSE_RATE, 82.0, None),
    (ObservationKind.SPO2, 97.0, None),
    (ObservationKind.BODY_TEMPERATURE, 37.4, None),
    (ObservationKind.WEIGHT, 58.5, None),
)


@dataclass(frozen=True)
class Photo:
    sha256: str
    data: bytes


@dataclass
class Round:
    """What one sync cycle of the day sends: a push of these ops, then these photos."""

    ops: list[wire.Op] = field(default_factory=list)
    photos: list[Photo] = field(default_factory=list)
    encounters: int = 0


def _photo(rng: random.Random, size: int) -> Photo:
    data = rng.randbytes(size)  # a JPEG does not compress either
    return Photo(hashlib.sha256(data).hexdigest(), data)


def day_of_work(
    spoke_id: str,
    *,
    seed: int | str = 0,
    encounters_count: int = 30,
    photos: int = 5,
    rounds: int = 6,
    photo_size: int = 32 * 1024,
    start: datetime | None = None,
) -> list[Round]:
    """About 30 encounters with five vitals each and 5 photos, in ``rounds`` cycles.
    One patient in five comes back a second time the same day."""
    rng = random.Random(seed)
    now = start or datetime.now(UTC)
    cho = new_id()
    day = [Round() for _ in range(rounds)]
    seen: list[str] = []
    photo_at = set(rng.sample(range(encounters_count), min(photos, encounters_count)))
    for i in range(encounters_count):
        work = day[i * rounds // encounters_count]
        moment = now + timedelta(minutes=10 * i)
        if seen and rng.random() < 0.2:
            patient_id = rng.choice(seen)
        else:
            form = patients.PatientForm(
                name=rng.choice(NAMES), sex="female", age_years=str(rng.randint(18, 80)),
                village="Bassi", phone=f"98{rng.randrange(10**8):08d}",
            )  # fmt: skip
            patient = patients.register(form, moment)
            patient_id = patient.id
            seen.append(patient_id)
            row = patient_row(patient, moment)
            work.ops.append(wire.Op(new_id(), "patient", patient_id, 1, row))
        enc = encounters.open_encounter(patient_id, spoke_id, cho, moment, "Fever for 3 days")
        needs_patient = (f"patient:{patient_id}",)
        opened = encounter_row(enc)
        work.ops.append(wire.Op(new_id(), "encounter", enc.id, 1, opened, needs_patient))
        for kind, value, parts in VITALS:
            obs = observations.record(
                encounter_id=enc.id, patient_id=patient_id, kind=kind, taken_by=cho,
                taken_at=moment, value=value, components=parts,
            )  # fmt: skip
            payload = observation_payload(observation_row(obs, moment))
            work.ops.append(wire.Op(new_id(), "observation", obs.id, 1, payload,
                                    (f"encounter:{enc.id}",)))  # fmt: skip
        if i in photo_at:
            photo = _photo(rng, photo_size + rng.randrange(-4096, 4096))
            ref = BlobRef(photo.sha256, JPEG, len(photo.data))
            attachment = Attachment(new_id(), patient_id, enc.id, CLINICAL_PHOTO, ref, ref,
                                    "", moment, cho)  # fmt: skip
            payload = attachment_payload(attachment)
            work.ops.append(wire.Op(new_id(), "attachment", attachment.id, 1, payload,
                                    (f"encounter:{enc.id}",)))  # fmt: skip
            work.photos.append(photo)
        queued = encounters.request_consult(enc, "general_medicine", False, moment)
        work.ops.append(wire.Op(new_id(), "encounter", enc.id, queued.version,
                                encounter_row(queued), needs_patient))  # fmt: skip
        work.encounters += 1
    return day
