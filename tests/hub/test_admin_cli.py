"""``kiosk-hub`` admin commands against a hub home."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from hub.cli import main
from hub.credentials import code_hash, normalize_code

STATS = ["spokes", "patients", "encounters", "observations", "blobs", "prescriptions"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    home = str(tmp_path / "hub")
    assert run(capsys, "spokes", "add", "hwc-1", "--name", "HWC Bassi", "--home", home)[0] == 0
    code, _, err = run(capsys, "spokes", "add", "hwc-1", "--name", "again", "--home", home)
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "enroll-code", "hwc-1", "--home", home)
    last = out.strip().splitlines()[-1]
    assert code == 0 and len(normalize_code(last)) == 12
    db = sqlite3.connect(Path(home) / "hub.db")
    stored = db.execute("SELECT code_hash FROM enroll_codes").fetchall()
    assert stored == [(code_hash(last),)]  # only the hash is kept
    assert run(capsys, "enroll-code", "nowhere", "--home", home)[0] == 1

    secret = tmp_path / "pw"
    secret.write_text("correct horse battery\n")
    code, out, _ = run(
        capsys, "specialists", "add", "dr.verma", "--name", "Dr Asha Verma",
        "--specialty", "general_medicine", "--registration-no", "RMC-1",
        "--hub-site", "SMS Jaipur", "--password-file", str(secret), "--home", home,
    )  # fmt: skip
    assert code == 0
    hashed = db.execute("SELECT password_hash FROM specialists").fetchone()[0]
    assert hashed.startswith("scrypt$") and "correct horse" not in hashed
    with pytest.raises(SystemExit):
        main(["map", "hwc-1", "--specialty", "astrology", "--hub-site", "x", "--home", home])
    capsys.readouterr()
    mapped = run(capsys, "map", "hwc-1", "--specialty", "paediatrics", "--hub-site", "SMS",
                 "--home", home)  # fmt: skip
    assert mapped[0] == 0
    assert db.execute("SELECT * FROM spoke_mappings").fetchall() == [
        ("hwc-1", "paediatrics", "SMS")
    ]

    code, out, _ = run(capsys, "stats", "--json", "--home", home)
    assert code == 0 and list(json.loads(out)) == STATS
    assert json.loads(out)["spokes"] == 1
    code, out, _ = run(capsys, "kiosks", "list", "--home", home)
    assert code == 0 and "no kiosks" in out
    assert run(capsys, "kiosks", "revoke", "no-such-kiosk", "--home", home)[0] == 1
    db.close()
