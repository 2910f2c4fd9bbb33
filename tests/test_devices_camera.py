"""The webcam thread, photos, QR codes on ABHA cards, and attachments in the store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import segno

from kiosk.devices.camera import (
    Camera,
    Cameras,
    CameraUnavailableError,
    SimulatedCamera,
    encode_photo,
    read_qr,
)
from kiosk.domain.abha_card import parse_abha_qr
from kiosk.domain.patient import PatientForm
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from tests.devices_support import wait_for

CARD = {
    "hidn": "91-2345-6789-0123",
    "hid": "kamla.meena@abdm",
    "name": "KAMLA BAI MEENA",
    "gender": "F",
    "dob": "15-8-1978",
    "mobile": "9828012345",
    "address": "Ward 4, Chaksu",
    "district_name": "JAIPUR",
    "state name": "RAJASTHAN",
}


def qr_image(text: str, box: int = 6) -> np.ndarray:
    """A QR code drawn by another library (segno) than the one that reads it (OpenCV)."""
    dark = np.array(segno.make(text, error="m").matrix, dtype=bool)
    grey = np.where(np.kron(dark, np.ones((box, box), dtype=bool)), 0, 255).astype(np.uint8)
    grey = np.pad(grey, 4 * box, constant_values=255)
    return cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR)


def test_camera_keeps_only_the_newest_frame() -> None:
    camera = Camera(lambda: SimulatedCamera()).start()
    try:
        assert camera.wait_open()
        first = camera.latest()
        assert first is not None
        wait_for(lambda: (camera.latest() or (0,))[0] > first[0] + 2, 3, "newer frames")
        _, frame = camera.latest() or (0, None)
        assert frame is not None and frame.shape == (480, 640, 3)
    finally:
        camera.stop()


def test_camera_that_will_not_open_says_so() -> None:
    def broken() -> SimulatedCamera:
        raise CameraUnavailableError("camera 0 would not open")

    camera = Camera(broken).start()
    assert not camera.wait_open()
    assert camera.error == "camera 0 would not open"
    camera.stop()


def test_no_video_devices_means_no_choices(tmp_path: Path) -> None:
    assert Cameras(tmp_path / "missing").choices() == []
    node = tmp_path / "video2"
    node.mkdir()
    (node / "name").write_text("HD Webcam\n")
    (node / "index").write_text("0\n")
    meta = tmp_path / "video3"
    meta.mkdir()
    (meta / "index").write_text("1\n")
    assert [(c.id, c.name) for c in Cameras(tmp_path).choices()] == [("2", "HD Webcam")]


def test_photo_has_an_original_and_a_smaller_upload_copy() -> None:
    frame = np.full((1080, 1920, 3), 120, np.uint8)
    photo = encode_photo(frame)
    original = cv2.imdecode(np.frombuffer(photo.original, np.uint8), cv2.IMREAD_COLOR)
    upload = cv2.imdecode(np.frombuffer(photo.upload, np.uint8), cv2.IMREAD_COLOR)
    assert original.shape == (1080, 1920, 3)
    assert upload.shape == (720, 1280, 3)
    assert len(photo.upload) < len(photo.original)


def test_qr_on_an_abha_card_prefills_registration() -> None:
    frame = SimulatedCamera(card=qr_image(json.dumps(CARD), box=3)).read()[1]
    assert frame is not None
    text = read_qr(frame)
    assert text is not None
    card = parse_abha_qr(text)
    assert card is not None
    assert card.abha_number == "91-2345-6789-0123"
    assert card.abha_address == "kamla.meena@abdm"
    assert (card.name, card.sex, card.birth_date) == (
        "Kamla Bai Meena",
        "female",
        date(1978, 8, 15),
    )
    assert (card.phone, card.district, card.state) == ("9828012345", "Jaipur", "Rajasthan")


def test_qr_that_is_not_an_abha_card() -> None:
    assert read_qr(np.full((200, 200, 3), 255, np.uint8)) is None
    assert parse_abha_qr("https://example.org") is None
    assert parse_abha_qr(json.dumps({"name": "x"})) is None
    card = parse_abha_qr(json.dumps({"hidn": "12345678901234", "dob": "31-2-1990", "yob": "1990"}))
    assert card is not None and card.birth_date is None and card.birth_year == 1990


def test_photo_attachment_with_blobs_outbox_and_audit(clinic: Clinic, tmp_path: Path) -> None:
    cho = clinic.accounts.create("asha", "Asha Devi", "1357", check_pin=False)
    patient = clinic.patients.register(
        PatientForm(name="Kamla Bai", sex="female", age_years="46"), cho.id
    )
    enc = clinic.encounters.open(patient.id, cho.id)
    attachments = Attachments(clinic.store, BlobFiles(tmp_path / "blobs"), clinic.clock)
    photo = encode_photo(np.full((900, 1600, 3), 90, np.uint8))
    made = attachments.add_photo(
        patient_id=patient.id,
        encounter_id=enc.id,
        kind=CLINICAL_PHOTO,
        original=photo.original,
        upload=photo.upload,
        by=cho.id,
        caption=" wound, left foot ",
    )
    assert attachments.for_encounter(enc.id) == [made]
    assert made.caption == "wound, left foot"
    assert attachments.read(made.original_sha256) == photo.original
    blobs = clinic.store.read(
        lambda db: {r[0]: r[1] for r in db.execute("SELECT sha256, needs_upload FROM blobs")}
    )
    assert blobs == {made.original_sha256: 0, made.upload_sha256: 1}
    op = clinic.store.read(
        lambda db: db.execute(
            "SELECT payload, depends_on FROM outbox WHERE entity = 'attachment'"
        ).fetchone()
    )
    payload = json.loads(op[0])
    assert payload["sha256"] == made.upload_sha256 and made.original_sha256 not in op[0]
    assert json.loads(op[1]) == [f"encounter:{enc.id}", f"patient:{enc.patient_id}"]
    actions = clinic.store.read(
        lambda db: [r[0] for r in db.execute("SELECT action FROM audit_log")]
    )
    assert "attachment.add" in actions
