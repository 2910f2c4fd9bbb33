"""A child process for the crash test: writes encounters with their vitals, each case in
one transaction, as fast as it can, until it is killed."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlite_utils import Database

from kiosk.domain import encounter as encounters
from kiosk.domain import observation as observations
from kiosk.domain.clock import utc_now
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.clinic import Clinic
from kiosk.store.encounters import insert_observation, save_encounter

VITALS = (
    (ObservationKind.PULSE_RATE, 72.0),
    (ObservationKind.SPO2, 97.0),
    (ObservationKind.WEIGHT, 58.5),
)


def one_case(db: Database, patient_id: str) -> None:
    now = utc_now()
    enc = encounters.open_encounter(patient_id, "spoke", "cho", now, "Fever")
    save_encounter(db, enc, "cho", "encounter.open", now)
    for kind, value in VITALS:
        obs = observations.record(
            encounter_id=enc.id,
            patient_id=patient_id,
            kind=kind,
            taken_by="cho",
            taken_at=now,
            value=value,
        )
        insert_observation(db, obs, "cho", now)


def main(path: str) -> None:
    clinic = Clinic.open(Path(path), "spoke")
    found = clinic.patients.search("")
    patient_id = (
        found[0].id
        if found
        else clinic.patients.register(
            PatientForm(name="Crash Test", sex="female", age_years="30"), "cho"
        ).id
    )
    print("ready", flush=True)
    while True:
        clinic.store.write(lambda db: one_case(db, patient_id))


if __name__ == "__main__":
    main(sys.argv[1])
