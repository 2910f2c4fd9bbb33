"""The nightly backup into a folder: the last N kept, other files left alone, and a plain
status when the drive is missing or full; the running kiosk schedules it and catches up
after a night switched off."""

from __future__ import annotations

import asyncio
import io
import os
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk import config
from kiosk.backup.folder import backup_name, backup_to_folder, ours
from kiosk.backup.restore import restore
from kiosk.backup.service import MaintenanceService, daily_time
from kiosk.backup.status import BACKUP_STATUS, FULL, MISSING, BackupStatus, load_status
from kiosk.commands import doctor_install
from kiosk.events import EventBus
from kiosk.store.store import Store
from tests.backup.support import SPOKE, make_home, tables
from tests.conftest import FakeClock


def test_keeps_the_last_n_and_nothing_else_is_touched(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "family-photos.jpg").write_bytes(b"not ours")
    (usb / backup_name("hwc-other-spoke", clock(), False)).write_bytes(b"another spoke's")
    cut = usb / (backup_name(SPOKE, clock() - timedelta(days=2), True) + ".part")
    cut.write_bytes(b"half a backup, from a power cut")
    os.utime(cut, (clock().timestamp() - 2 * 86400,) * 2)
    recent = usb / (backup_name(SPOKE, clock(), False) + ".part")
    recent.write_bytes(b"another backup being written just now")
    os.utime(recent, (clock().timestamp() + 4 * 86400,) * 2)  # "now" at the last run below
    made = []
    for _ in range(5):
        status = backup_to_folder(home, SPOKE, usb, 3, clock())
        assert status.ok and status.problem == ""
        made.append(Path(status.file))
        clock.advance(days=1)
    assert ours(usb, SPOKE) == made[-3:]
    assert not cut.exists() and recent.exists()
    assert (usb / "family-photos.jpg").exists() and len(list(usb.iterdir())) == 6
    for path in made[-3:]:
        assert oct(path.stat().st_mode & 0o777) == "0o600"
    newest = tmp_path / "restored"
    with made[-1].open("rb") as source:
        restore(newest, source, (home / "backup-passphrase").read_text().strip())
    assert tables(newest / "kiosk.db") == tables(home / "kiosk.db")
    saved = load_status(home)
    assert saved is not None and saved.ok and saved.file == str(made[-1])


def test_encrypted_nightly_backups(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=0)
    secret = tmp_path / "passphrase"
    secret.write_text("ek lambi baat\n")
    status = backup_to_folder(home, SPOKE, tmp_path, 2, clock(), str(secret))
    assert status.ok and status.file.endswith(".tar.gz.enc")
    with Path(status.file).open("rb") as source:
        restore(tmp_path / "r", source, passphrase="ek lambi baat")
    missing = backup_to_folder(home, SPOKE, tmp_path, 2, clock(), str(tmp_path / "nope"))
    assert not missing.ok and "passphrase" in missing.detail


def test_a_missing_drive_says_so_and_keeps_the_last_good_time(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(doctor_install, "clock", clock)
    home = make_home(tmp_path / "home", clock, photos=0)
    usb = tmp_path / "usb"
    usb.mkdir()
    good = backup_to_folder(home, SPOKE, usb, 3, clock())
    clock.advance(days=3)
    gone = backup_to_folder(home, SPOKE, tmp_path / "unplugged", 3, clock())
    assert not gone.ok and gone.problem == MISSING and "plug in the backup drive" in gone.detail
    assert gone.succeeded_at == good.succeeded_at
    cfg = config.load(home=home, environ={}, overrides={"backup_folder": str(usb)})
    row = doctor_install.last_backup(cfg)
    assert row.status == "warn" and "3.0 days ago" in row.detail and "plug in" in row.detail
    clock.advance(days=5)
    backup_to_folder(home, SPOKE, tmp_path / "unplugged", 3, clock())
    assert doctor_install.last_backup(cfg).status == "fail"  # a week without a backup


def test_a_full_drive_says_so_before_writing(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=2)
    usb = tmp_path / "usb"
    usb.mkdir()
    for _ in range(2):
        assert backup_to_folder(home, SPOKE, usb, 5, clock()).ok
        clock.advance(hours=1)

    def no_room(folder: Path) -> int:
        return 1000

    status = backup_to_folder(home, SPOKE, usb, 5, clock(), free_space=no_room)
    assert not status.ok and status.problem == FULL and "full" in status.detail
    assert len(ours(usb, SPOKE)) == 2  # old backups are not thrown away for nothing
    assert not list(usb.glob("*.part"))


def test_the_drive_filling_up_during_the_backup(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    partial = usb / (backup_name(SPOKE, clock(), True) + ".part")  # sealed by default
    partial.symlink_to("/dev/full")  # writing there always fails: no space left on device
    status = backup_to_folder(home, SPOKE, usb, 3, clock())
    assert not status.ok and status.problem == FULL and "filled up" in status.detail
    assert not partial.exists() and not partial.is_symlink()
    assert ours(usb, SPOKE) == []


def test_daily_time() -> None:
    assert daily_time("07:45") == (7, 45)


def test_a_bad_daily_time_falls_back(caplog: pytest.LogCaptureFixture) -> None:
    assert daily_time("25:99") == (20, 0)
    assert "not HH:MM" in caplog.text
    caplog.clear()


def test_the_running_kiosk_catches_up_and_schedules_tonight(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    cfg = config.load(
        home=home, environ={},
        overrides={"backup_folder": str(usb), "backup_keep": 2, "backup_time": "21:15",
                   "trim_originals_after_days": 30},
    )  # fmt: skip
    bus = EventBus()
    seen: list[BackupStatus] = []
    arrived = threading.Event()

    def note(topic: str, status: BackupStatus) -> None:
        seen.append(status)
        arrived.set()

    bus.subscribe(BACKUP_STATUS, note)

    async def scenario() -> None:
        with Store(cfg.db_path) as store:
            service = MaintenanceService(cfg, store, bus, clock, catch_up_seconds=0.2)
            await service.start()
            jobs = {job.id: job for job in service._scheduler.get_jobs()}  # type: ignore[union-attr]
            assert set(jobs) == {"backup", "backup-catch-up", "housekeeping",
                                 "housekeeping-catch-up"}  # fmt: skip
            tonight = jobs["backup"].next_run_time
            assert (tonight.hour, tonight.minute) == (21, 15) and str(
                tonight.tzinfo
            ) == "Asia/Kolkata"
            for _ in range(100):
                if seen:
                    break
                await asyncio.sleep(0.05)
            await service.stop()
            assert seen and seen[0].ok and len(ours(usb, SPOKE)) == 1

            # Started again the same day: the last backup is fresh, no catch-up.
            clock.advance(hours=3)
            again = MaintenanceService(cfg, store, bus, clock, catch_up_seconds=0.1)
            await again.start()
            ids = {job.id for job in again._scheduler.get_jobs()}  # type: ignore[union-attr]
            assert "backup-catch-up" not in ids and "backup" in ids
            await again.stop()

    asyncio.run(scenario())
    assert arrived.is_set()
    with io.BytesIO(ours(usb, SPOKE)[0].read_bytes()) as source:
        restore(tmp_path / "r", source, (cfg.home / "backup-passphrase").read_text().strip())


def test_no_folder_no_backup_jobs(tmp_path: Path, clock: FakeClock) -> None:
    cfg = config.load(
        home=tmp_path / "home", environ={}, overrides={"trim_originals_after_days": 0}
    )

    async def scenario() -> None:
        with Store(cfg.db_path) as store:
            service = MaintenanceService(cfg, store, EventBus(), clock)
            await service.start()
            assert service._scheduler.get_jobs() == []  # type: ignore[union-attr]
            await service.stop()

    asyncio.run(scenario())
