"""Storage housekeeping: photo originals leave the disk only when old enough and wholly at
the hub; the upload copy always stays; nothing unsynced is ever removed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.store import lock
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.housekeeping import trim_originals
from kiosk.sync.report import SyncReport
from tests.conftest import FakeClock
from tests.hubtools import Kiosk, hub_and_kiosk, photo_bytes


def add_photo(kiosk: Kiosk, seed: int) -> tuple[str, str]:
    patient = kiosk.patient("Patient " + "ABCDEFGHIJ"[seed % 10])
    encounter = kiosk.encounter(patient, vitals=1)
    photos = Attachments(kiosk.store, kiosk.blobs, kiosk.clinic.clock)
    made = photos.add_photo(
        patient_id=patient, encounter_id=encounter, kind=CLINICAL_PHOTO,
        original=photo_bytes(40_000, seed), upload=photo_bytes(8_000, seed + 1000), by=kiosk.cho_id,
    )  # fmt: skip
    return made.original_sha256, made.upload_sha256


def trimmed_at(kiosk: Kiosk, sha256: str) -> str | None:
    return kiosk.store.read(
        lambda db: db.execute("SELECT trimmed_at FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    )[0]


def test_only_old_synced_originals_go(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            home = tmp_path / "kiosk"
            first = [add_photo(kiosk, seed) for seed in (1, 2)]  # day 0
            assert (await kiosk.sync(hub.url)).clean
            clock.advance(days=50)
            later = add_photo(kiosk, 3)  # day 50
            assert (await kiosk.sync(hub.url)).clean
            clock.advance(days=10)
            unsent = add_photo(kiosk, 4)  # day 60, never sent
            clock.advance(days=60)  # day 120: only day-0 photos are 90 days old

            report = trim_originals(kiosk.store, kiosk.blobs, home, 90, clock())
            assert (report.trimmed, report.bytes_freed, report.waiting) == (2, 80_000, 0)
            for original, upload in first:
                assert not kiosk.blobs.path(original).exists()
                assert trimmed_at(kiosk, original) is not None
                assert kiosk.blobs.path(upload).exists()  # upload copies always stay
            for original, upload in (later, unsent):
                assert kiosk.blobs.path(original).exists() and kiosk.blobs.path(upload).exists()
                assert trimmed_at(kiosk, original) is None

            clock.advance(days=80)  # day 200: both later ones are old now
            report = trim_originals(kiosk.store, kiosk.blobs, home, 90, clock())
            assert (report.trimmed, report.waiting) == (1, 1)  # the unsent one waits
            assert not kiosk.blobs.path(later[0]).exists()
            assert kiosk.blobs.path(unsent[0]).exists()
            # The screens read the upload copy, which is still there for every photo.
            photos = Attachments(kiosk.store, kiosk.blobs)
            uploads = kiosk.store.read(
                lambda db: [r[0] for r in db.execute("SELECT upload_sha256 FROM attachments")]
            )
            assert len(uploads) == 4 and all(photos.read(sha) for sha in uploads)
            assert trim_originals(kiosk.store, kiosk.blobs, home, 90, clock()).trimmed == 0

    asyncio.run(scenario())


def test_nothing_unsynced_goes_even_when_very_old(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            home = tmp_path / "kiosk"
            in_outbox = add_photo(kiosk, 1)
            clock.advance(days=365)
            assert trim_originals(kiosk.store, kiosk.blobs, home, 30, clock()).trimmed == 0
            # Records sent but the photo itself not yet uploaded: still kept.
            cycle, client = kiosk.cycle(hub.url)
            async with client:
                await cycle.push(SyncReport())
            assert kiosk.outbox_count() == 0
            assert trim_originals(kiosk.store, kiosk.blobs, home, 30, clock()).trimmed == 0
            assert kiosk.blobs.path(in_outbox[0]).exists()
            assert (await kiosk.sync(hub.url)).clean
            assert trim_originals(kiosk.store, kiosk.blobs, home, 30, clock()).trimmed == 1
            assert trim_originals(kiosk.store, kiosk.blobs, home, 0, clock()).trimmed == 0

    asyncio.run(scenario())


def test_an_original_shared_with_an_unsynced_photo_stays(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            home = tmp_path / "kiosk"
            original, _ = add_photo(kiosk, 7)
            assert (await kiosk.sync(hub.url)).clean
            # The same picture attached again (the same two blobs), its record not yet sent:
            # the upload copy is at the hub already, but this attachment is not.
            patient = kiosk.patient("Again")
            Attachments(kiosk.store, kiosk.blobs, kiosk.clinic.clock).add_photo(
                patient_id=patient, encounter_id=None, kind=CLINICAL_PHOTO,
                original=photo_bytes(40_000, 7), upload=photo_bytes(8_000, 1007), by=kiosk.cho_id,
            )  # fmt: skip
            clock.advance(days=200)
            assert trim_originals(kiosk.store, kiosk.blobs, home, 90, clock()).trimmed == 0
            assert kiosk.blobs.path(original).exists()

    asyncio.run(scenario())


@asynccontextmanager
async def an_old_synced_photo(
    tmp_path: Path, clock: FakeClock
) -> AsyncIterator[tuple[Kiosk, Path, str]]:
    """A kiosk whose one photo reached the hub 100 days ago: its original may go."""
    async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
        original, _ = add_photo(kiosk, 3)
        assert (await kiosk.sync(hub.url)).clean
        clock.advance(days=100)
        yield kiosk, tmp_path / "kiosk", original


def test_a_crash_after_marking_is_finished_next_time(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with an_old_synced_photo(tmp_path, clock) as (kiosk, home, original):
            mark = "UPDATE blobs SET trimmed_at = 'x' WHERE sha256 = ?"
            kiosk.store.write(lambda db: db.execute(mark, [original]))
            # ...marked, and the power went before the file was removed
            assert kiosk.blobs.path(original).exists()
            trim_originals(kiosk.store, kiosk.blobs, home, 90, clock())
            assert not kiosk.blobs.path(original).exists()

    asyncio.run(scenario())


def test_trimming_waits_for_a_backup_being_written(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with an_old_synced_photo(tmp_path, clock) as (kiosk, home, original):
            with lock.maintenance(home, exclusive=False), pytest.raises(lock.MaintenanceBusy):
                trim_originals(kiosk.store, kiosk.blobs, home, 90, clock())
            assert kiosk.blobs.path(original).exists() and trimmed_at(kiosk, original) is None

    asyncio.run(scenario())


def test_housekeeping_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    assert main(["housekeeping", "--home", str(home)]) == 1
    assert "no kiosk database" in capsys.readouterr().err
    main(["demo-data", "--home", str(home), "--patients", "2", "--encounters", "1"])
    capsys.readouterr()
    assert main(["housekeeping", "--home", str(home), "--days", "30", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would remove 0" in out and "older than 30 days" in out
