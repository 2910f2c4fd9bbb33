"""A full disk, for real (a small tmpfs): every write path fails whole, in plain words,
and the kiosk works again once there is room."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.backup.folder import backup_to_folder
from kiosk.cli import main
from kiosk.domain.patient import PatientForm
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from kiosk.store.database import raw_connect
from kiosk.store.housekeeping import PhotoReserve
from kiosk.store.space import PHOTO, RECORD, StorageFullError, space_status
from kiosk.store.store import Store
from kiosk.sync import state
from tests.conftest import FakeClock
from tests.hubtools import make_kiosk, photo_bytes, running_hub
from tests.smalldisk import fill, make_room, small_disk

KIB = 1024


def _count(store: Store, table: str) -> int:
    return int(store.read(lambda db: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]))


def _integrity(path: Path) -> str:
    conn = raw_connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _letters(n: int) -> str:
    """A different name for each number (names hold no digits)."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out += chr(ord("a") + digit)
        if n == 0:
            return out.capitalize()


def _register(clinic: Clinic, cho: str, n: int) -> None:
    form = PatientForm(name=f"Kamla {_letters(n)}", sex="female", age_years="40", village="Bassi")
    clinic.patients.register(form, cho)


def test_records_fill_the_disk_whole_or_not_at_all_then_work_again(
    tmp_path: Path, clock: FakeClock
) -> None:
    with small_disk(tmp_path / "disk", 2048) as disk:
        clinic = Clinic(Store(disk / "kiosk.db"), "spoke-a", clock=clock)
        try:
            cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False).id
            fill(disk, 96 * KIB)
            saved = 0
            with pytest.raises(StorageFullError) as raised:
                for n in range(5000):
                    _register(clinic, cho, n)
                    saved += 1
            assert raised.value.what == RECORD and not raised.value.refused
            assert saved > 0, "the disk was filled too far for the test to mean anything"
            # Each registration is its patient, its outbox op and its audit line, or nothing.
            assert _count(clinic.store, "patients") == saved
            assert _count(clinic.store, "outbox") == saved
            assert _integrity(disk / "kiosk.db") == "ok"
            make_room(disk)
            _register(clinic, cho, 9999)  # the writer is not stuck inside a failed transaction
            assert _count(clinic.store, "patients") == saved + 1
        finally:
            clinic.close()
        assert _integrity(disk / "kiosk.db") == "ok"


def test_demo_data_on_a_full_disk_says_what_was_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with small_disk(tmp_path / "disk", 1536) as disk:
        home = disk / "home"
        code = main(["demo-data", "--home", str(home), "--patients", "3000", "--encounters", "0"])
        _, err = capsys.readouterr()
        assert code == 4
        assert "Traceback" not in err and "OperationalError" not in err
        assert "patients and cases were saved, each batch whole." in err
        assert "The disk holding the kiosk's data is full" in err
        assert "kiosk housekeeping" in err
        assert main(["db", "check", "--home", str(home)]) == 0
        capsys.readouterr()
        # Any other command that writes, here on a second home that has no room even to
        # make its database: the same plain words, exit 4, no traceback.
        fill(disk, 0)
        pin = tmp_path / "pin"
        pin.write_text("2468\n")
        code = main([
            "accounts", "add", "meena", "--name", "Meena Kumari", "--home", str(disk / "two"),
            "--pin-file", str(pin),
        ])  # fmt: skip
        _, err = capsys.readouterr()
        assert code == 4 and err.startswith("kiosk: The disk holding the kiosk's data is full")
        assert "Traceback" not in err
        # kiosk doctor warns: the early warning is a setting, here above what is left.
        monkeypatch.setenv("KIOSK_DISK_WARN_FREE_MIB", "64")
        monkeypatch.setenv("KIOSK_PHOTOS_MIN_FREE_MIB", "32")
        main(["doctor", "--home", str(home), "--json"])
        out, _ = capsys.readouterr()
        assert '"check": "disk space",\n    "status": "fail"' in out
        assert "new photos are refused" in out


def _synced_photo(attachments: Attachments, store: Store, patient: str, enc: str, size: int) -> str:
    """A photo whose record and upload copy are at the hub (as after a sync)."""
    a = attachments.add_photo(
        patient_id=patient, encounter_id=enc, kind=CLINICAL_PHOTO,
        original=photo_bytes(size, seed=size), upload=photo_bytes(8 * KIB, seed=size + 1), by="x",
    )  # fmt: skip
    now = attachments.clock().isoformat()

    def at_hub(db: object) -> None:
        db.execute("DELETE FROM outbox")  # type: ignore[attr-defined]
        db.execute("UPDATE blobs SET uploaded_at = ? WHERE needs_upload = 1", [now])  # type: ignore[attr-defined]

    store.write(at_hub)
    return a.original_sha256


def test_synced_originals_go_first_then_photos_are_refused_and_records_still_save(
    tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    with small_disk(tmp_path / "disk", 4096) as disk:
        clinic = Clinic(Store(disk / "kiosk.db"), "spoke-a", clock=clock)
        try:
            cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False).id
            patient = clinic.patients.register(
                PatientForm(name="Geeta", sex="female", age_years="30"), cho
            ).id
            enc = clinic.encounters.open(patient, cho, "Wound on the left foot").id
            files = BlobFiles(disk / "blobs")
            reserve = PhotoReserve(clinic.store, files, disk, 1024 * KIB)
            attachments = Attachments(clinic.store, files, clock, reserve)
            old = _synced_photo(attachments, clinic.store, patient, enc, 700 * KIB)
            clock.advance(days=1)
            fill(disk, 1200 * KIB)
            # Not enough room above the reserve: the synced original goes, the photo is kept.
            attachments.add_photo(
                patient_id=patient, encounter_id=enc, kind=CLINICAL_PHOTO,
                original=photo_bytes(300 * KIB, seed=5), upload=photo_bytes(20 * KIB, seed=6),
                by=cho,
            )  # fmt: skip
            assert not files.path(old).exists()
            assert "trimmed 1 synced photo originals" in caplog.text
            caplog.clear()
            assert _count(clinic.store, "attachments") == 2
            fill(disk, 1100 * KIB)
            with pytest.raises(StorageFullError) as raised:
                attachments.add_photo(
                    patient_id=patient, encounter_id=enc, kind=CLINICAL_PHOTO,
                    original=photo_bytes(300 * KIB, seed=7), upload=photo_bytes(20 * KIB, seed=8),
                    by=cho,
                )  # fmt: skip
            assert raised.value.what == PHOTO and raised.value.refused
            assert _count(clinic.store, "attachments") == 2
            # The reserve is for records: the case still saves.
            clinic.encounters.save_notes(enc, "Wound, cleaned and dressed", "", cho)
            assert space_status(disk, 2, 1).free > 0
        finally:
            clinic.close()


def test_a_pull_that_meets_a_full_disk_keeps_its_cursor_and_comes_again(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario(disk: Path) -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await hub.add_spoke("spoke-a")
            first, second = await hub.enroll("spoke-a"), await hub.enroll("spoke-a")
            sender = make_kiosk(tmp_path / "a", "spoke-a", clock, first["token"])
            late = make_kiosk(disk / "b", "spoke-a", clock, second["token"])
            try:
                for n in range(300):
                    sender.patient(f"Meera {_letters(n)}")
                assert (await sender.sync(hub.url)).clean
                fill(disk, 64 * KIB)
                report = await late.sync(hub.url, pull_page=100)
                assert not report.ok and report.disk_full
                assert report.error.startswith("the kiosk's disk is full")
                kept = late.ids("patients")
                assert len(kept) % 100 == 0 and len(kept) < 300  # whole pages only
                cursor = late.store.read(state.cursor)
                make_room(disk)
                report = await late.sync(hub.url, pull_page=100)
                assert report.ok and len(late.ids("patients")) == 300
                assert late.store.read(state.cursor) > cursor
            finally:
                sender.close()
                late.close()

    with small_disk(tmp_path / "disk", 1024) as disk:
        asyncio.run(scenario(disk))
        assert _integrity(disk / "b" / "kiosk.db") == "ok"


def test_a_backup_on_a_full_kiosk_disk_says_so_and_leaves_nothing_behind(
    tmp_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    disk_at, usb_at = tmp_path / "disk", tmp_path / "usb"
    with small_disk(disk_at, 2048) as disk, small_disk(usb_at, 24 * 1024) as usb:
        home = disk / "home"
        made = ["demo-data", "--home", str(home), "--patients", "40", "--encounters", "40"]
        assert main(made) == 0
        capsys.readouterr()
        fill(disk, 16 * KIB)
        status = backup_to_folder(home, "spoke-a", usb, 3, clock())
        assert not status.ok
        assert "no room for the database snapshot" in status.detail
        assert list(usb.iterdir()) == [] and not (home / "backup-work").exists()
        assert "backup status not kept: No space left on device" in caplog.text
        caplog.clear()
        make_room(disk)
        # A full drive: the half-written file goes and the words say which disk.
        fill(usb, 0)
        code = main(["backup", "--home", str(home), "--out", str(usb / "c.tar.gz")])
        _, err = capsys.readouterr()
        assert code == 1 and "is full: no backup was written there" in err
        assert "Traceback" not in err
        assert [p.name for p in usb.iterdir()] == [".filler"]
