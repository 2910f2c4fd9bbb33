"""``kiosk-hub officers`` and ``kiosk-hub report`` against a hub home, on each backend."""

from __future__ import annotations

import asyncio
import csv
import io
import json
from pathlib import Path

import pytest

from hub import config as hub_config
from hub.cli import main
from hub.server import open_context
from tests.hub.dashtools import consult, day, small_state
from tests.pgtools import query


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _seed(home: Path) -> None:
    async def seed() -> None:
        ctx = await open_context(hub_config.load(home=home))
        try:
            await small_state(ctx.storage)
            for wait in (10, 20, 30):
                await consult(ctx.storage, "hwc-bassi", "cardiology", day(4), wait_min=wait,
                              by="dr.mehta")  # fmt: skip
            await consult(ctx.storage, "hwc-gaya", "general_medicine", day(6), wait_min=5,
                          by="dr.kumar")  # fmt: skip
        finally:
            await ctx.storage.close()

    asyncio.run(seed())


def test_officers_and_the_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, hub_db: str
) -> None:
    home = tmp_path / "hub"
    monkeypatch.setenv("HUB_DB", hub_db)
    _seed(home)
    secret = tmp_path / "pw"
    secret.write_text("district figures 2026\n")
    code, out, _ = run(capsys, "officers", "add", "DPO.Jaipur", "--name", "DPO Jaipur",
                       "--scope", "district:Jaipur", "--password-file", str(secret),
                       "--home", str(home))  # fmt: skip
    assert code == 0 and "dpo.jaipur (district:Jaipur)" in out
    hashed = query(hub_db, home, "SELECT password_hash FROM officers")[0][0]
    assert hashed.startswith("scrypt$") and "district figures" not in hashed
    again = run(capsys, "officers", "add", "dpo.jaipur", "--name", "x", "--scope",
                "state:Rajasthan", "--password-file", str(secret), "--home", str(home))  # fmt: skip
    assert again[0] == 1 and "already exists" in again[2]
    with pytest.raises(SystemExit):
        main(["officers", "add", "x", "--name", "x", "--scope", "block:Bassi", "--home", str(home)])
    capsys.readouterr()
    short = tmp_path / "short"
    short.write_text("tiny\n")
    code, _, err = run(capsys, "officers", "add", "x", "--name", "x", "--scope", "hub:SMS",
                       "--password-file", str(short), "--home", str(home))  # fmt: skip
    assert code == 1 and "at least" in err
    assert run(capsys, "officers", "list", "--home", str(home))[1].split("\t")[0] == "dpo.jaipur"

    november = ("--from", "2026-11-01", "--to", "2026-11-30", "--home", str(home))
    code, out, _ = run(capsys, "report", *november)
    assert code == 0
    figures = json.loads(out)
    assert figures["filter"]["from"] == "2026-11-01" and figures["filter"]["scope"] is None
    shares = figures["tables"]["shares"][0]
    assert (shares["consults"], shares["median_wait_min"]) == (4, 15.0)
    idle = {r["spoke_id"] for r in figures["tables"]["idle_spokes"]}
    assert idle == {"hwc-chomu", "hwc-sanganer", "hwc-ajmer"}

    code, out, _ = run(capsys, "report", *november, "--table", "by_specialty", "--csv", "-",
                       "--district", "Jaipur")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [(r["specialty"], r["consults"], r["median_wait_min"]) for r in rows] == [
        ("cardiology", "3", "20.0")]  # fmt: skip
    folder = tmp_path / "csv"
    code, out, _ = run(capsys, "report", *november, "--csv", str(folder))
    assert code == 0 and (folder / "idle_spokes.csv").read_text().startswith("spoke_id,spoke,")
    assert len(list(folder.glob("*.csv"))) == 11
    bad = run(capsys, "report", "--from", "2026-11-30", "--to", "2026-11-01", "--home", str(home))
    assert bad[0] == 1 and "before" in bad[2]
