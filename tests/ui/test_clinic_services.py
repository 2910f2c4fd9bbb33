"""The services the screens use instead of the store: the clinic's photos (with the room
kept for records), this terminal's settings, the monthly figures, and the sync ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.devices.camera import CAMERA_SETTING
from kiosk.domain.patient import PatientForm
from kiosk.store.attachments import CLINICAL_PHOTO
from kiosk.store.clinic import Clinic
from kiosk.store.monthly import monthly_summary
from kiosk.store.outbox import QUARANTINED
from kiosk.store.space import StorageFullError
from kiosk.sync.local import SyncLedger
from tests.conftest import FakeClock

CHO = "cho-1"


def register(clinic: Clinic, name: str = "Sunita Devi") -> str:
    return clinic.patients.register(PatientForm(name=name, sex="female", age_years="30"), CHO).id


def test_the_app_gives_the_clinic_its_photo_folder_and_the_room_kept_for_records(
    qtbot: QtBot, tmp_path: Path
) -> None:
    cfg = config.load(
        home=tmp_path / "kiosk", environ={}, overrides={"language": "en", "photos_min_free_mib": 7}
    )
    window, ctx = build(cfg)
    qtbot.addWidget(window)
    try:
        photos = ctx.clinic.photos
        assert photos.files.root == cfg.blobs_dir
        assert photos.reserve is not None and photos.reserve.min_free == 7 * 2**20
    finally:
        shutdown(ctx)


def test_photos_kept_beside_the_database_until_told_otherwise(
    clinic: Clinic, tmp_path: Path
) -> None:
    assert clinic.photos.files.root == tmp_path / "blobs"
    assert clinic.photos.reserve is None
    patient = register(clinic)
    saved = clinic.photos.add_photo(
        patient_id=patient, encounter_id=None, kind=CLINICAL_PHOTO,
        original=b"original", upload=b"upload", by=CHO,
    )  # fmt: skip
    assert clinic.photos.read(saved.upload_sha256) == b"upload"


def test_a_photo_that_would_eat_into_the_records_room_is_refused(
    clinic: Clinic, tmp_path: Path
) -> None:
    clinic.keep_photos(tmp_path, tmp_path / "photos", min_free_mib=2**40)  # more than any disk
    patient = register(clinic)
    with pytest.raises(StorageFullError) as refused:
        clinic.photos.add_photo(
            patient_id=patient, encounter_id=None, kind=CLINICAL_PHOTO,
            original=b"original", upload=b"upload", by=CHO,
        )  # fmt: skip
    assert refused.value.refused
    count = clinic.store.read(lambda db: db.execute("SELECT count(*) FROM attachments").fetchone())
    assert count[0] == 0  # the case itself is untouched; no photo was half saved


def test_the_terminals_settings_and_the_monthly_figures(clinic: Clinic, clock: FakeClock) -> None:
    clinic.settings.set(CAMERA_SETTING, "usb-cam-2", CHO)
    assert clinic.settings.get(CAMERA_SETTING) == "usb-cam-2"
    register(clinic)
    first = clock().date().replace(day=1)
    assert clinic.monthly_summary(first, clock(), "Asia/Kolkata") == monthly_summary(
        clinic.store, first, clock(), "Asia/Kolkata"
    )
    october = clinic.monthly_summary(date(2026, 10, 1), clock(), "Asia/Kolkata")
    assert (october.month, october.new_patients) == (date(2026, 10, 1), 0)


def test_the_sync_ledger_says_what_waits_and_what_the_hub_refused(clinic: Clinic) -> None:
    ledger = SyncLedger(clinic.store)
    assert ledger.quarantined() == []
    first, second = register(clinic), register(clinic, "Kamla Bai")
    clinic.store.write(
        lambda db: db.execute(
            "UPDATE outbox SET state = ?, last_error = ? WHERE entity_id = ?",
            [QUARANTINED, "names another spoke", second],
        )
    )
    refused = ledger.quarantined()
    assert [(i.entity, i.entity_id, i.reason) for i in refused] == [
        ("patient", second, "names another spoke")
    ]
    status = ledger.not_enrolled_status("the code was used already")
    assert (status.enrolled, status.pending, status.quarantined) == (False, 1, 1)
    assert status.last_error == "the code was used already"
    assert [i.entity_id for i in refused] != [first]  # the other patient still waits
