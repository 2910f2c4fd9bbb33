"""The ``kiosk`` command line: version, doctor, demo data, encounters, database check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hwc_shared import __version__
from kiosk.cli import main
from kiosk.commands import doctor


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_from_the_installed_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"kiosk {__version__}"


def test_demo_data_then_list_encounters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "home")
    code, out, _ = run(
        capsys, "demo-data", "--home", home, "--patients", "30", "--encounters", "12"
    )
    assert code == 0 and "made 30 patients, 12 encounters, 60 observations" in out
    code, out, _ = run(capsys, "--home", home, "encounters", "list", "--json")
    listed = json.loads(out)
    assert code == 0 and len(listed) == 12
    assert {"id", "patient_id", "status"} <= set(listed[0])
    assert {e["status"] for e in listed} <= {"draft", "queued", "closed"}
    code, out, _ = run(capsys, "encounters", "list", "--home", home)
    assert code == 0 and len(out.strip().splitlines()) == 12
    for line in out.splitlines():  # ids only: names stay out of terminals and logs
        assert "Devi" not in line and "Kumar" not in line


def test_demo_data_refuses_encounters_without_patients(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(
        capsys, "demo-data", "--home", str(tmp_path), "--patients", "0", "--encounters", "3"
    )
    assert code == 2 and "need patients" in err


def test_db_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    code, out, _ = run(capsys, "db", "check", "--home", str(home))
    assert code == 1 and "does not exist" in out
    run(capsys, "demo-data", "--home", str(home), "--patients", "3", "--encounters", "1")
    code, out, _ = run(capsys, "db", "check", "--home", str(home), "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] and report["integrity"] == "ok" and not report["pending"]


def test_db_check_finds_corruption(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = tmp_path / "home"
    run(capsys, "demo-data", "--home", str(home), "--patients", "200", "--encounters", "50")
    db_file = home / "kiosk.db"
    data = bytearray(db_file.read_bytes())
    for offset in range(4096 * 3, min(len(data), 4096 * 12), 4096):
        data[offset + 100 : offset + 400] = b"\xff" * 300  # scribble over b-tree pages
    db_file.write_bytes(bytes(data))
    code, out, _ = run(capsys, "db", "check", "--home", str(home))
    assert code == 1 and "PROBLEM" in out


def test_doctor_reports_every_check_and_fails_on_bad_permissions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    run(capsys, "demo-data", "--home", str(home), "--patients", "2", "--encounters", "0")
    code, out, _ = run(capsys, "doctor", "--home", str(home), "--json")
    rows = {r["check"]: r for r in json.loads(out)}
    assert set(rows) == {
        "qt platform",
        "script fonts",
        "input methods",
        "data folder",
        "disk space",
        "disk encryption",
        "data encryption",
        "swap encryption",
        "database",
        "serial ports",
        "printers",
        "hub",
        "installation",
        "autostart",
        "serial access",
        "enrollment",
        "last backup",
    }
    assert rows["database"]["status"] == "ok"
    assert rows["data folder"]["status"] == "ok"
    assert rows["script fonts"]["status"] == "ok"
    assert (
        "Devanagari" in rows["script fonts"]["detail"]
        and "Malayalam" in rows["script fonts"]["detail"]
    )
    assert rows["hub"]["status"] == "warn"  # not configured
    assert rows["installation"]["status"] == "ok"  # a development copy, not installed
    assert rows["enrollment"]["status"] == "warn"
    assert rows["last backup"]["status"] == "warn"  # no backup folder
    assert all(r["status"] in ("ok", "warn", "fail") for r in rows.values())
    assert code == (1 if any(r["status"] == "fail" for r in rows.values()) else 0)
    (home / "kiosk.db").chmod(0o644)
    code, out, _ = run(capsys, "doctor", "--home", str(home), "--json")
    rows = {r["check"]: r for r in json.loads(out)}
    assert code == 1 and rows["data folder"]["status"] == "fail"
    assert "readable by others" in rows["data folder"]["detail"]


def test_doctor_fails_when_the_hub_is_unreachable(tmp_path: Path) -> None:
    from kiosk.config import load

    cfg = load(home=tmp_path, environ={"KIOSK_HUB_URL": "http://127.0.0.1:9"})
    result = doctor.hub(cfg)
    assert result.status == "fail" and "unreachable" in result.detail


def test_configuration_precedence(tmp_path: Path) -> None:
    from kiosk.config import ConfigError, load

    (tmp_path / "kiosk.toml").write_text('language = "en"\nlock_after_seconds = 120\n')
    assert load(home=tmp_path, environ={}).language == "en"
    assert load(home=tmp_path, environ={"KIOSK_LANGUAGE": "hi"}).language == "hi"
    cfg = load(home=tmp_path, environ={"KIOSK_LANGUAGE": "hi"}, overrides={"language": "en"})
    assert cfg.language == "en" and cfg.lock_after_seconds == 120
    assert load(environ={"KIOSK_HOME": str(tmp_path)}).home == tmp_path
    (tmp_path / "kiosk.toml").write_text("lock_after_seconds = 'soon'\n")
    with pytest.raises(ConfigError, match="lock_after_seconds"):
        load(home=tmp_path, environ={})


def test_accounts_add_and_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pin_file = tmp_path / "pin"
    pin_file.write_text("2580\n")
    home = str(tmp_path / "home")
    code, out, _ = run(
        capsys,
        "accounts",
        "add",
        "kavita",
        "--name",
        "Kavita Sharma",
        "--role",
        "admin",
        "--pin-file",
        str(pin_file),
        "--home",
        home,
    )
    assert code == 0 and "added kavita (admin)" in out
    pin_file.write_text("1111")
    code, _, err = run(
        capsys,
        "accounts",
        "add",
        "ravi",
        "--name",
        "Ravi",
        "--pin-file",
        str(pin_file),
        "--home",
        home,
    )
    assert code == 2 and "too easy" in err
    code, out, _ = run(capsys, "accounts", "list", "--json", "--home", home)
    assert [a["username"] for a in json.loads(out)] == ["kavita"]
    code, out, _ = run(capsys, "demo-data", "--home", home, "--patients", "1", "--encounters", "0")
    code, out, _ = run(capsys, "accounts", "list", "--json", "--home", home)
    assert [a["username"] for a in json.loads(out)] == ["kavita"], "no demo login on a real kiosk"
