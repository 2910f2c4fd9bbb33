"""A kiosk home worth backing up (cases, vitals, photos, settings, enrollment, a PDF) and
ways to compare two homes row by row and file by file."""

from __future__ import annotations

import json
from pathlib import Path

from hwc_shared.files import private_dir, write_private
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from kiosk.store.database import raw_connect_readonly
from kiosk.store.store import Store
from tests.conftest import FakeClock
from tests.hubtools import photo_bytes

SPOKE = "hwc-bassi-01"
NAMES = ("Sunita Devi", "Ramesh Kumar", "Kamla Bai", "Mohan Lal", "Geeta Sharma")


def make_home(home: Path, clock: FakeClock, photos: int = 3, spoke: str = SPOKE) -> Path:
    private_dir(home)
    clinic = Clinic(Store(home / "kiosk.db"), spoke, clock=clock)
    try:
        cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False)
        files = Attachments(clinic.store, BlobFiles(home / "blobs"), clock)
        for number, name in enumerate(NAMES):
            form = PatientForm(name=name, sex="female", age_years="40", village="Bassi")
            patient = clinic.patients.register(form, cho.id)
            case = clinic.encounters.open(patient.id, cho.id, "Fever for 3 days")
            clinic.encounters.record_vital(case.id, ObservationKind.PULSE_RATE, cho.id, value=80.0)
            if number < photos:
                files.add_photo(
                    patient_id=patient.id, encounter_id=case.id, kind=CLINICAL_PHOTO,
                    original=photo_bytes(30_000, number), upload=photo_bytes(6_000, 50 + number),
                    by=cho.id,
                )  # fmt: skip
    finally:
        clinic.close()
    write_private(home / "kiosk.toml", f'spoke_id = "{spoke}"\nlanguage = "en"\n'.encode())
    enrolled = {"spoke_id": spoke, "hub_url": "http://hub.invalid", "token": "secret-token"}
    write_private(home / "enrollment.json", json.dumps(enrolled).encode())
    write_private(home / "prescriptions" / "rx-1-a5-hi.pdf", b"%PDF-1.4 made up\n")
    write_private(home / "backup-passphrase", b"kept out of every backup\n")
    return home


def tables(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted (virtual tables' own storage included)."""
    db = raw_connect_readonly(db_path)
    try:
        names = [
            r[0]
            for r in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                "'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
        return {n: sorted(db.execute(f'SELECT * FROM "{n}"'), key=repr) for n in names}
    finally:
        db.close()


def files(home: Path, below: str = "") -> dict[str, bytes]:
    root = home / below if below else home
    if not root.exists():
        return {}
    return {
        p.relative_to(home).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def user_files(home: Path) -> dict[str, bytes]:
    """What a backup should carry besides the database: all but locks, logs, status."""
    skip = ("kiosk.db", "kiosk.lock", "maintenance.lock", "backup-status.json", "backup-passphrase")
    return {
        name: data
        for name, data in files(home).items()
        if not name.startswith(skip) and not name.startswith("logs/")
    }
