"""``kiosk backup`` and ``kiosk restore``: every row and file comes back, a damaged or
foreign backup changes nothing, an older one is migrated, and the kiosk must be closed."""

from __future__ import annotations

import io
import json
import os
import stat
import tarfile
from pathlib import Path

import pytest

from kiosk.backup.archive import BackupError, check_owner, write_backup
from kiosk.backup.crypto import BackupLocked, DecryptingReader, EncryptingWriter
from kiosk.backup.manifest import Manifest, ManifestError
from kiosk.backup.restore import restore
from kiosk.cli import main
from kiosk.store import lock, migrations
from kiosk.store.database import connect
from tests.backup.support import SPOKE, make_home, tables, user_files
from tests.conftest import FakeClock


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_round_trip_brings_back_every_row_and_file(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock)
    target = tmp_path / "usb" / "b.tar.gz"
    target.parent.mkdir()
    code, _, err = run(capsys, "backup", "--home", str(home), "--out", str(target), "--plain")
    assert code == 0 and "to " + str(target) in err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert not (home / "backup-work").exists()

    with tarfile.open(target) as tar:  # a plain tar.gz, readable with standard tools
        names = tar.getnames()
        manifest = Manifest.from_json(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
    assert names[-1] == "manifest.json" and names[0] == "kiosk.db"
    assert {"kiosk.toml", "enrollment.json", "prescriptions/rx-1-a5-hi.pdf"} <= set(names)
    assert len([n for n in names if n.startswith("blobs/")]) == 6  # 3 photos x 2 copies
    assert manifest.spoke_id == SPOKE and manifest.counts["patients"] == 5
    assert manifest.migrations == [m.name for m in migrations.MIGRATIONS]
    assert not any(n.startswith(("logs", "kiosk.lock", "backup-passphrase")) for n in names)

    restored_home = tmp_path / "new-terminal" / "home"
    restored_home.parent.mkdir()
    code, out, _ = run(capsys, "restore", "--home", str(restored_home), str(target))
    assert code == 0 and f"spoke {SPOKE}" in out and "kept at" not in out
    assert tables(restored_home / "kiosk.db") == tables(home / "kiosk.db")
    assert user_files(restored_home) == user_files(home)
    for path in restored_home.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path
    assert stat.S_IMODE(restored_home.stat().st_mode) == 0o700


def test_encrypted_backups_need_the_passphrase(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    secret = tmp_path / "pass"
    secret.write_text("pahaad par chadhna\n")
    target = tmp_path / "b.tar.gz.enc"
    assert run(capsys, "backup", "--home", str(home), "--out", str(target),
               "--passphrase-file", str(secret))[0] == 0  # fmt: skip
    raw = target.read_bytes()
    assert b"kiosk.db" not in raw and b"Sunita" not in raw and b"secret-token" not in raw
    other = tmp_path / "other"
    code, _, err = run(capsys, "restore", "--home", str(other), str(target))
    assert code == 1 and "encrypted" in err and not other.exists()
    wrong = tmp_path / "wrong"
    wrong.write_text("pahaad\n")
    code, _, err = run(capsys, "restore", "--home", str(other), str(target),
                       "--passphrase-file", str(wrong))  # fmt: skip
    assert code == 1 and "wrong passphrase" in err and not other.exists()
    code, _, _ = run(capsys, "restore", "--home", str(other), str(target),
                     "--passphrase-file", str(secret))  # fmt: skip
    assert code == 0 and tables(other / "kiosk.db") == tables(home / "kiosk.db")


@pytest.mark.parametrize("damage", ["flip", "cut", "swap", "tail"])
def test_sealed_stream_refuses_any_change(damage: str) -> None:
    plain = bytes(range(256)) * 20_000  # about 5 MB: several chunks
    out = io.BytesIO()
    writer = EncryptingWriter(out, "correct horse", chunk=1 << 20)
    writer.write(plain)
    writer.finish()
    sealed = bytearray(out.getvalue())
    assert DecryptingReader(io.BytesIO(bytes(sealed)), "correct horse").read() == plain
    header = len(sealed) - len(plain) - 5 * (4 + 16)  # header bytes before the first chunk
    if damage == "flip":
        sealed[header + 100] ^= 1
    elif damage == "cut":
        del sealed[-(1 << 20) :]  # the last chunk(s) gone: no final flag ever arrives
    elif damage == "swap":
        first, second = header, header + 4 + (1 << 20) + 16
        chunk = 4 + (1 << 20) + 16
        sealed[first : first + chunk], sealed[second : second + chunk] = (
            sealed[second : second + chunk],
            sealed[first : first + chunk],
        )
    else:
        sealed += b"more"
    with pytest.raises(BackupLocked):
        DecryptingReader(io.BytesIO(bytes(sealed)), "correct horse").read()


def _backup_bytes(home: Path, spoke: str = SPOKE) -> bytes:
    out = io.BytesIO()
    write_backup(home, spoke, out)
    return out.getvalue()


def _rewrite(backup: bytes, change: str) -> bytes:
    """The same backup with one member changed, as a damaged USB stick might give it."""
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(backup)) as source,
        tarfile.open(fileobj=out, mode="w:gz") as tar,
    ):
        for member in source.getmembers():
            data = source.extractfile(member).read()  # type: ignore[union-attr]
            if change == "blob" and member.name.startswith("blobs/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
                change = ""
            if change == "drop" and member.name == "kiosk.toml":
                continue
            if change == "escape" and member.name == "kiosk.toml":
                member.name = "../outside.toml"
            if change == "no-manifest" and member.name == "manifest.json":
                continue
            member.size = len(data)
            tar.addfile(member, io.BytesIO(data))
    return out.getvalue()


@pytest.mark.parametrize("change", ["blob", "drop", "escape", "no-manifest", "truncate"])
def test_a_damaged_backup_changes_nothing(tmp_path: Path, clock: FakeClock, change: str) -> None:
    home = make_home(tmp_path / "home", clock, photos=2)
    backup = _backup_bytes(home)
    damaged = backup[: len(backup) // 2] if change == "truncate" else _rewrite(backup, change)
    before_rows, before_files = tables(home / "kiosk.db"), user_files(home)
    with pytest.raises(ManifestError):
        restore(home, io.BytesIO(damaged))
    assert tables(home / "kiosk.db") == before_rows and user_files(home) == before_files
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]  # no staging left behind
    assert not (tmp_path / "outside.toml").exists()


def test_restore_keeps_the_previous_data_aside(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    backup = _backup_bytes(home)
    logs = home / "logs"
    logs.mkdir()
    (logs / "kiosk.log").write_text("terminal history\n")
    make_home(tmp_path / "scratch", clock, photos=0)  # a different register of patients
    (home / "kiosk.db").unlink()
    (tmp_path / "scratch" / "kiosk.db").rename(home / "kiosk.db")
    (tmp_path / "scratch" / "keyring.json").replace(home / "keyring.json")  # its key with it
    changed_rows = tables(home / "kiosk.db")
    done = restore(home, io.BytesIO(backup))
    assert done.previous is not None and done.previous.parent == tmp_path
    assert stat.S_IMODE(done.previous.stat().st_mode) == 0o700
    assert tables(done.previous / "kiosk.db") == changed_rows  # nothing thrown away
    assert (home / "logs" / "kiosk.log").read_text() == "terminal history\n"  # logs stay
    assert tables(home / "kiosk.db") != changed_rows


def test_an_older_backup_is_migrated_forward(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This code is the earlier release; the next one adds a migration of its own (the
    # code of today writes the columns of today's last migration, so it cannot stand in
    # for a release without it).
    later = migrations.Migration(
        "9000_next_release", lambda db: db.execute("CREATE TABLE next_release (x TEXT)")
    )
    everything = [*migrations.MIGRATIONS, later]
    home = make_home(tmp_path / "home", clock, photos=1)
    backup = _backup_bytes(home)
    assert Manifest.from_json(_member(backup, "manifest.json")).migrations == [
        m.name for m in everything[:-1]
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", everything)  # this release
    target = tmp_path / "new"
    done = restore(target, io.BytesIO(backup))
    assert done.migrated == [everything[-1].name]
    db = connect(target / "kiosk.db", readonly=True)
    assert migrations.applied(db) == [m.name for m in everything]
    assert db.execute("SELECT count(*) FROM patients").fetchone()[0] == 5
    db.close()
    kept = tmp_path / "as-is"
    assert restore(kept, io.BytesIO(backup), migrate=False).migrated == []
    assert tables(kept / "kiosk.db") == tables(home / "kiosk.db")


def _member(backup: bytes, name: str) -> bytes:
    with tarfile.open(fileobj=io.BytesIO(backup)) as tar:
        return tar.extractfile(name).read()  # type: ignore[union-attr]


def test_a_backup_from_a_newer_kiosk_is_refused(tmp_path: Path, clock: FakeClock) -> None:
    home = make_home(tmp_path / "home", clock, photos=0)
    db = connect(home / "kiosk.db")
    db.execute("INSERT INTO _migrations VALUES ('0099_from_the_future', '2030-01-01')")
    db.close()
    backup = _backup_bytes(home)
    with pytest.raises(ManifestError, match="newer kiosk"):
        restore(tmp_path / "old-terminal", io.BytesIO(backup))
    assert not (tmp_path / "old-terminal").exists()


def test_another_spokes_backup_needs_a_flag(tmp_path: Path, clock: FakeClock) -> None:
    theirs_home = make_home(tmp_path / "theirs", clock, photos=0, spoke="hwc-other")
    theirs = _backup_bytes(theirs_home, "hwc-other")
    ours = make_home(tmp_path / "ours", clock, photos=0)
    before = tables(ours / "kiosk.db")
    with pytest.raises(Exception, match="spoke hwc-other"):
        restore(ours, io.BytesIO(theirs))
    assert tables(ours / "kiosk.db") == before
    assert restore(ours, io.BytesIO(theirs), other_spoke=True).previous is not None


def test_restore_refuses_while_the_kiosk_is_open(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock, photos=0)
    target = tmp_path / "b.tar.gz"
    assert run(capsys, "backup", "--home", str(home), "--out", str(target))[0] == 0
    held = lock.acquire_app_lock(home, record_pid=True)  # what the open window holds
    try:
        code, _, err = run(capsys, "restore", "--home", str(home), str(target))
        assert code == 3 and "the kiosk is open" in err and "close it first" in err
        code, _, err = run(capsys, "db", "migrate", "--home", str(home))
        assert code == 3 and "the kiosk is open" in err
        # Backups work while it is open.
        assert run(capsys, "backup", "--home", str(home), "--out", str(tmp_path / "c"))[0] == 0
    finally:
        held.release()
    assert run(capsys, "restore", "--home", str(home), str(target))[0] == 0


def test_check_reports_a_whole_backup_without_restoring(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    target = tmp_path / "b.tar.gz"
    run(capsys, "backup", "--home", str(home), "--out", str(target), "--plain")
    other = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "restore", "--check", "--json", "--home", str(other), str(target))
    summary = json.loads(out)
    assert code == 0 and summary["ok"] and summary["counts"]["encounters"] == 5
    assert summary["spoke_id"] == SPOKE and summary["migrations_to_apply"] == []
    assert not other.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["b.tar.gz", "home"]
    code, _, err = run(capsys, "backup", "--home", str(home), "--out", str(target))
    assert code == 1 and "already exists" in err


def test_another_users_data_is_refused(tmp_path: Path) -> None:
    """As root, a backup or restore would leave files the kiosk user cannot open."""
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    if os.getuid() == 0:
        os.chown(theirs, 65534, 65534)
    else:
        theirs = Path("/")  # root's, never this user's
    for home in (theirs, theirs / "hwc-kiosk"):
        with pytest.raises(BackupError, match="belongs to another user"):
            check_owner(home)
    with pytest.raises(BackupError, match="belongs to another user"):
        restore(theirs / "hwc-kiosk", io.BytesIO(b""))
