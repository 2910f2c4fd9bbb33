"""A child process standing in for a busy kiosk: cases with their vitals, one transaction
each, and every few cases a photo (files first, then its rows), until it is stopped."""

from __future__ import annotations

import random
import signal
import sys
from pathlib import Path

from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from tests.helpers.crash_writer import one_case

stopped = False


def stop(*_: object) -> None:
    global stopped
    stopped = True


def main(home: str) -> None:
    signal.signal(signal.SIGTERM, stop)
    clinic = Clinic.open(Path(home) / "kiosk.db", "spoke")
    photos = Attachments(clinic.store, BlobFiles(Path(home) / "blobs"))
    patient_id = clinic.patients.search("")[0].id
    rng = random.Random(7)
    print("ready", flush=True)
    written = 0
    while not stopped:
        clinic.store.write(lambda db: one_case(db, patient_id))
        written += 1
        if written % 5 == 0:
            photos.add_photo(
                patient_id=patient_id, encounter_id=None, kind=CLINICAL_PHOTO,
                original=rng.randbytes(20_000), upload=rng.randbytes(4_000), by="cho",
            )  # fmt: skip
    clinic.close()
    print(f"stopped after {written}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
