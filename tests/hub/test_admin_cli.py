"""``kiosk-hub`` admin commands against a hub home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hub.cli import main
from hub.credentials import code_hash, normalize_code
from tests.pgtools import query

STATS = ["spokes", "patients", "encounters", "observations", "blobs", "prescriptions"]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_admin_commands(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, hub_db: str
) -> None:
    home = str(tmp_path / "hub")
    monkeypatch.setenv("HUB_DB", hub_db)  # each backend; --db is tested below

    def db(sql: str) -> list[tuple[object, ...]]:
        return query(hub_db, Path(home), sql)

    assert run(capsys, "spokes", "add", "hwc-1", "--name", "HWC Bassi", "--home", home)[0] == 0
    code, _, err = run(capsys, "spokes", "add", "hwc-1", "--name", "again", "--home", home)
    assert code == 1 and "already exists" in err
    code, out, _ = run(capsys, "enroll-code", "hwc-1", "--home", home)
    last = out.strip().splitlines()[-1]
    assert code == 0 and len(normalize_code(last)) == 12
    stored = db("SELECT code_hash FROM enroll_codes")
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
    hashed = db("SELECT password_hash FROM specialists")[0][0]
    assert hashed.startswith("scrypt$") and "correct horse" not in hashed
    with pytest.raises(SystemExit):
        main(["map", "hwc-1", "--specialty", "astrology", "--hub-site", "x", "--home", home])
    capsys.readouterr()
    mapped = run(capsys, "map", "hwc-1", "--specialty", "paediatrics", "--hub-site", "SMS",
                 "--home", home)  # fmt: skip
    assert mapped[0] == 0
    assert db("SELECT * FROM spoke_mappings") == [("hwc-1", "paediatrics", "SMS")]

    code, out, _ = run(capsys, "stats", "--json", "--home", home)
    assert code == 0 and list(json.loads(out)) == STATS
    assert json.loads(out)["spokes"] == 1
    code, out, _ = run(capsys, "kiosks", "list", "--home", home)
    assert code == 0 and "no kiosks" in out
    assert run(capsys, "kiosks", "revoke", "no-such-kiosk", "--home", home)[0] == 1


COMMANDS = [
    ["spokes", "add", "hwc-2", "--name", "HWC Chaksu"],
    ["spokes", "list"],
    ["enroll-code", "hwc-2"],
    ["kiosks", "list", "--json"],
    ["kiosks", "revoke", "nobody"],
    ["map", "hwc-2", "--specialty", "paediatrics", "--hub-site", "SMS"],
    ["stats", "--json"],
]


def test_every_command_takes_the_database_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, hub_db: str
) -> None:
    if not hub_db:
        hub_db = f"sqlite:{tmp_path / 'elsewhere.db'}"
    monkeypatch.delenv("HUB_DB", raising=False)
    home = str(tmp_path / "hub")
    for argv in COMMANDS:
        code, out, err = run(capsys, *argv, "--db", hub_db, "--home", home)
        assert code == (1 if argv[1] == "revoke" else 0), (argv, err)
        assert "***" not in err and hub_db.split("@")[0] not in out + err
    assert json.loads(out)["spokes"] == 1
    # Nothing went to the home's own database: it was never made.
    assert not (Path(home) / "hub.db").exists()
    assert run(capsys, "stats", "--json", "--home", home)[1].count('"spokes": 0') == 1
    secret = tmp_path / "pw"
    secret.write_text("correct horse battery\n")
    code, _, _ = run(
        capsys, "specialists", "add", "dr.rao", "--name", "Dr Rao", "--specialty",
        "paediatrics", "--registration-no", "R-2", "--hub-site", "SMS", "--password-file",
        str(secret), "--db", hub_db, "--home", home,
    )  # fmt: skip
    assert code == 0


def test_a_database_password_is_never_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "postgresql://hub:s3cret-pw@127.0.0.1:1/hub"
    code, out, err = run(capsys, "stats", "--db", url, "--home", str(tmp_path))
    assert code == 1 and "cannot open the hub database" in err
    assert "s3cret" not in out + err and "postgresql://hub:***@127.0.0.1:1/hub" in err
