"""Backups are encrypted by default: with the configured passphrase, else with the
kiosk's own key, made at the first backup and shown to district IT to record. The key's
loss and recovery: the kiosk finds its own key again; a new terminal needs the recorded
one; without it nobody opens the backup."""

from __future__ import annotations

import re
import stat
import tarfile
from pathlib import Path

import pytest

from kiosk.backup.crypto import is_encrypted
from kiosk.backup.key import ALPHABET
from kiosk.cli import main
from tests.backup.support import make_home, tables
from tests.conftest import FakeClock


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_backup_is_sealed_with_the_kiosks_own_key_unless_asked_otherwise(
    tmp_path: Path, clock: FakeClock, capsys: pytest.CaptureFixture[str]
) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    (home / "backup-passphrase").unlink()  # a kiosk with no key configured or made yet
    target = tmp_path / "b.tar.gz.enc"
    code, _, err = run(capsys, "backup", "--home", str(home), "--out", str(target))
    assert code == 0 and "(encrypted)" in err
    assert is_encrypted(target.read_bytes()[:16])
    own = home / "backup-passphrase"
    assert stat.S_IMODE(own.stat().st_mode) == 0o600
    key = own.read_text().strip()
    group = f"[{ALPHABET}]{{5}}"
    assert re.fullmatch(f"{group}(-{group}){{5}}", key)
    code, out, _ = run(capsys, "backup", "--home", str(home), "--show-key")
    assert code == 0 and out.strip() == key  # what district IT writes down

    # The same kiosk restores its own backup without being told the key.
    assert run(capsys, "restore", "--check", "--home", str(home), str(target))[0] == 0
    # A new terminal: refused in plain words until the recorded key is given.
    fresh = tmp_path / "new-terminal"
    code, _, err = run(capsys, "restore", "--home", str(fresh), str(target))
    assert code == 1 and "encrypted" in err and not fresh.exists()
    recorded = tmp_path / "recorded-key"
    recorded.write_text(key + "\n")
    code, _, _ = run(
        capsys, "restore", "--home", str(fresh), str(target), "--passphrase-file", str(recorded)
    )
    assert code == 0 and tables(fresh / "kiosk.db") == tables(home / "kiosk.db")
    assert not (fresh / "backup-passphrase").exists()  # the key never travels in a backup

    # Restored over its own data, the kiosk keeps its key (it is not in the backup).
    assert run(capsys, "restore", "--home", str(home), str(target))[0] == 0
    assert own.read_text().strip() == key

    # The key lost: nobody opens the backup, and nothing is changed trying.
    own.unlink()
    lost = tmp_path / "lost"
    code, _, err = run(capsys, "restore", "--home", str(lost), str(target))
    assert code == 1 and "encrypted" in err and not lost.exists()

    # Asked for plainly: a standard tar.gz.
    plain = tmp_path / "plain.tar.gz"
    assert run(capsys, "backup", "--home", str(home), "--out", str(plain), "--plain")[0] == 0
    with tarfile.open(plain) as tar:
        assert "kiosk.db" in tar.getnames()


def test_a_configured_passphrase_wins_over_the_kiosks_own(
    tmp_path: Path,
    clock: FakeClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    home = make_home(tmp_path / "home", clock, photos=1)
    district = tmp_path / "district-key"
    district.write_text("the district's own passphrase\n")
    monkeypatch.setenv("KIOSK_BACKUP_PASSPHRASE_FILE", str(district))
    target = tmp_path / "b.enc"
    assert run(capsys, "backup", "--home", str(home), "--out", str(target))[0] == 0
    _, out, _ = run(capsys, "backup", "--home", str(home), "--show-key")
    assert out.strip() == "the district's own passphrase"
    fresh = tmp_path / "fresh"
    code, _, _ = run(
        capsys, "restore", "--home", str(fresh), str(target), "--passphrase-file", str(district)
    )
    assert code == 0
