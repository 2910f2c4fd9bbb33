"""Encryption at rest: the raw files hold no patient data, the keys fail in plain words,
district IT's recovery key brings the data back, a clear kiosk is migrated (and a stopped
migration finishes when run again), and backups of an encrypted kiosk restore."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from pathlib import Path

import pytest

from kiosk.backup.archive import write_backup
from kiosk.backup.restore import restore
from kiosk.cli import KEYS_UNAVAILABLE, main
from kiosk.domain.patient import PatientForm
from kiosk.store import encrypt, keys
from kiosk.store.attachments import CLINICAL_PHOTO, Attachments
from kiosk.store.blobs import MAGIC, BlobFiles
from kiosk.store.clinic import Clinic
from kiosk.store.database import raw_connect
from kiosk.store.store import Store
from tests.conftest import FakeClock
from tests.hubtools import photo_bytes

NAME = "Sunitadevi Kushwaha"
OTHER_MACHINE = "ab" * 32


def _kiosk(home: Path, clock: FakeClock) -> tuple[str, bytes]:
    """A kiosk with one patient and one photo; (the photo's sha256, its bytes)."""
    clinic = Clinic(Store(home / "kiosk.db"), "spoke-test", clock=clock)
    try:
        cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False)
        form = PatientForm(name=NAME, sex="female", age_years="34", phone="9876543210")
        patient = clinic.patients.register(form, cho.id)
        case = clinic.encounters.open(patient.id, cho.id, "fever for three days")
        photo = photo_bytes(20_000, 7)
        files = Attachments(clinic.store, BlobFiles(home / "blobs"), clock)
        files.add_photo(
            patient_id=patient.id, encounter_id=case.id, kind=CLINICAL_PHOTO,
            original=photo, upload=photo_bytes(5_000, 8), by=cho.id,
        )  # fmt: skip
    finally:
        clinic.close()
    return hashlib.sha256(photo).hexdigest(), photo


def _raw(home: Path) -> bytes:
    """Every byte of every file in the home, as a thief with the disk would read them."""
    return b"".join(p.read_bytes() for p in sorted(home.rglob("*")) if p.is_file())


def _names(home: Path) -> list[str]:
    conn = raw_connect(home / "kiosk.db")
    try:
        return [r[0] for r in conn.execute("SELECT name FROM patients")]
    finally:
        conn.close()


def test_the_disk_holds_no_patient_name_and_no_photo_bytes(
    tmp_path: Path, clock: FakeClock
) -> None:
    home = tmp_path / "home"
    sha, photo = _kiosk(home, clock)
    raw = _raw(home)
    assert NAME.encode() not in raw and b"9876543210" not in raw and b"fever" not in raw
    assert photo[100:164] not in raw  # not one stretch of the photo's own bytes
    stored = (home / "blobs" / sha[:2] / sha).read_bytes()
    assert stored.startswith(MAGIC)
    assert BlobFiles(home / "blobs").read(sha) == photo  # the kiosk reads it back
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read the database
        sqlite3.connect(home / "kiosk.db").execute("SELECT * FROM sqlite_master").fetchall()
    assert _names(home) == [NAME]
    assert b"by_machine" in (home / keys.KEYRING).read_bytes()


def test_each_photo_has_a_nonce_of_its_own(tmp_path: Path) -> None:
    home = tmp_path / "home"
    Store(home / "kiosk.db").close()  # a new kiosk: its keyring is made
    files = BlobFiles(home / "blobs")
    one, two = (
        files.put(b"same start " * 50 + b"1", "x"),
        files.put(b"same start " * 50 + b"2", "x"),
    )
    first, second = (files.path(r.sha256).read_bytes() for r in (one, two))
    assert first[len(MAGIC) : len(MAGIC) + 12] != second[len(MAGIC) : len(MAGIC) + 12]
    assert first[40:80] != second[40:80]


def test_another_machine_key_fails_in_plain_words(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    _kiosk(home, clock)
    keys.forget()
    monkeypatch.setenv("KIOSK_TEST_MACHINE_KEY", OTHER_MACHINE)
    with pytest.raises(keys.KeysUnavailableError, match="machine key does not open"):
        Store(home / "kiosk.db")
    code = main(["encounters", "list", "--home", str(home)])
    err = capsys.readouterr().err
    assert code == KEYS_UNAVAILABLE
    assert "cannot be opened" in err and "recovery key" in err and "Traceback" not in err


def test_lost_machine_key_and_the_recovery_key_bring_the_data_back(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    sha, photo = _kiosk(home, clock)
    assert main(["keys", "recovery", "--show", "--home", str(home)]) == 0
    recovery = capsys.readouterr().out.split("\n")[2].strip()
    assert len(recovery.split("-")) == 13
    assert recovery.encode() not in _raw(home)  # never on disk in the clear
    # The terminal is replaced: a machine key of its own, the old one gone.
    keys.forget()
    monkeypatch.setenv("KIOSK_TEST_MACHINE_KEY", OTHER_MACHINE)
    assert main(
        ["keys", "recover", "--home", str(home), "--recovery-key", "AAAA-" * 12 + "AAAA"]
    ) == (KEYS_UNAVAILABLE)
    assert "not this kiosk's" in capsys.readouterr().err
    assert main(["keys", "recover", "--home", str(home), "--recovery-key", recovery.lower()]) == 0
    assert _names(home) == [NAME]
    assert BlobFiles(home / "blobs").read(sha) == photo
    assert main(["keys", "status", "--home", str(home)]) == 0


def test_both_keys_lost_nothing_opens_and_the_words_say_so(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    _kiosk(home, clock)
    (home / keys.KEYRING).unlink()  # neither key can be unwrapped from anywhere now
    keys.forget()
    code = main(["db", "check", "--home", str(home)])
    out, err = capsys.readouterr()
    assert code == KEYS_UNAVAILABLE and NAME not in out + err and "Traceback" not in err
    assert "cannot be opened" in err and "keyring (keyring.json) is gone" in err


def test_a_file_machine_key_is_made_owner_only_outside_the_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home, machine = tmp_path / "home", tmp_path / "etc" / "machine.key"
    monkeypatch.setenv("KIOSK_KEY_SOURCE", "file")
    monkeypatch.setenv("KIOSK_MACHINE_KEY_FILE", str(machine))
    Store(home / "kiosk.db").close()
    assert machine.stat().st_mode & 0o777 == 0o600 and len(machine.read_bytes()) == 32
    assert json.loads((home / keys.KEYRING).read_text())["source"] == "file"
    machine.chmod(0o644)
    keys.forget()
    with pytest.raises(keys.KeysUnavailableError, match="readable by others"):
        Store(home / "kiosk.db")
    machine.unlink()
    keys.forget()
    with pytest.raises(keys.KeysUnavailableError, match="missing"):
        Store(home / "kiosk.db")


def _clear_kiosk(
    home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> tuple[str, bytes]:
    """A kiosk from before encryption at rest: everything in the clear."""
    monkeypatch.setenv("KIOSK_ENCRYPT_AT_REST", "0")
    made = _kiosk(home, clock)
    monkeypatch.delenv("KIOSK_ENCRYPT_AT_REST")
    assert NAME.encode() in _raw(home) and not (home / keys.KEYRING).exists()
    return made


def test_a_clear_kiosk_is_encrypted_and_search_still_finds_the_patient(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    sha, photo = _clear_kiosk(home, clock, monkeypatch)
    assert main(["doctor", "--home", str(home), "--json"]) in (0, 1)
    rows = {r["check"]: r for r in json.loads(capsys.readouterr().out)}
    assert (
        rows["data encryption"]["status"] == "warn"
        and "IN THE CLEAR" in rows["data encryption"]["detail"]
    )
    assert main(["db", "encrypt", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    assert "database encrypted now" in out and "2 encrypted now" in out and "RECOVERY KEY" in out
    raw = _raw(home)
    assert NAME.encode() not in raw and photo[100:164] not in raw
    clinic = Clinic(Store(home / "kiosk.db"), "spoke-test", clock=clock)
    try:
        found = clinic.patients.search("Kushwaha")
    finally:
        clinic.close()
    assert [p.name for p in found] == [NAME]
    assert BlobFiles(home / "blobs").read(sha) == photo
    assert main(["db", "check", "--home", str(home)]) == 0
    assert main(["db", "encrypt", "--home", str(home)]) == 0  # a second run: nothing to do
    assert "was encrypted already" in capsys.readouterr().out
    assert main(["doctor", "--home", str(home), "--json"]) in (0, 1)
    rows = {r["check"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["data encryption"]["status"] == "ok", rows["data encryption"]


def test_a_migration_stopped_half_way_finishes_when_run_again(
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    home = tmp_path / "home"
    sha, photo = _clear_kiosk(home, clock, monkeypatch)

    def power_cut(*_: object) -> tuple[int, int]:
        raise KeyboardInterrupt

    monkeypatch.setattr(encrypt, "encrypt_photos", power_cut)  # after the swap, before photos
    with pytest.raises(KeyboardInterrupt):
        encrypt.encrypt_home(home)
    monkeypatch.undo()
    assert NAME.encode() not in (home / "kiosk.db").read_bytes()
    assert (home / "blobs" / sha[:2] / sha).read_bytes() == photo  # still clear, still read
    assert BlobFiles(home / "blobs").read(sha) == photo
    # A copy left half made (stopped before the swap) is made again from the start.
    (home / encrypt.PARTIAL).write_bytes(b"half a copy")
    assert main(["db", "encrypt", "--home", str(home)]) == 0
    assert "2 encrypted now" in capsys.readouterr().out
    assert NAME.encode() not in _raw(home) and _names(home) == [NAME]
    assert not (home / encrypt.PARTIAL).exists()


def test_a_backup_of_an_encrypted_kiosk_restores_onto_another_terminal_with_the_recovery_key(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    sha, photo = _kiosk(home, clock)
    recovery = keys.recovery_key(home, mark_shown=True)
    archive = io.BytesIO()
    write_backup(home, "spoke-test", archive, passphrase="district backup words")
    assert NAME.encode() not in archive.getvalue()
    new = tmp_path / "new-terminal"
    keys.forget()
    monkeypatch.setenv("KIOSK_TEST_MACHINE_KEY", OTHER_MACHINE)
    with pytest.raises(keys.KeysUnavailableError, match="recovery key"):
        restore(new, io.BytesIO(archive.getvalue()), passphrase="district backup words")
    assert not new.exists() or not (new / "kiosk.db").exists()  # nothing half restored
    restore(new, io.BytesIO(archive.getvalue()), "district backup words", recovery_key=recovery)
    assert _names(new) == [NAME]
    assert BlobFiles(new / "blobs").read(sha) == photo
    assert NAME.encode() not in _raw(new)


def test_a_recovery_key_copied_with_digits_for_look_alike_letters_still_reads() -> None:
    """Base32 has no 0, 1 or 8: written down by hand, they are the O, I and B they
    look like."""
    raw = bytes(range(32))
    assert set("OIB") <= set(keys.format_recovery_key(raw))  # the test means something
    written = keys.format_recovery_key(raw).replace("O", "0").replace("I", "1").replace("B", "8")
    assert keys.parse_recovery_key(written.lower()) == raw
