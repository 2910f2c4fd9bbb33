"""The import contracts that draw the border between kiosk and hub name every part of the
kiosk but its domain: a new kiosk package is forbidden to the hub without anyone
remembering to add it."""

from __future__ import annotations

import tomllib
from pathlib import Path

import kiosk

ROOT = Path(__file__).resolve().parent.parent
BORDER = (
    "The hub imports only the shared package and the kiosk's domain",
    "The shared package imports nothing of either side but the kiosk's domain",
)


def _kiosk_parts() -> set[str]:
    here = Path(kiosk.__file__).parent
    parts = {p.stem for p in here.glob("*.py") if not p.stem.startswith("__")}
    parts |= {p.name for p in here.iterdir() if (p / "__init__.py").exists()}
    return {f"kiosk.{name}" for name in parts}


def test_the_border_contracts_forbid_every_part_of_the_kiosk_but_its_domain() -> None:
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    by_name = {c["name"]: c for c in contracts}
    expected = _kiosk_parts() - {"kiosk.domain"}
    assert "kiosk.sync" in expected and "kiosk.store" in expected
    for name in BORDER:
        forbidden = {m for m in by_name[name]["forbidden_modules"] if m.startswith("kiosk")}
        assert forbidden == expected, name


def test_the_kiosk_contract_forbids_the_hub_and_the_composition_root() -> None:
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "importlinter"
    ]["contracts"]
    kiosk_side = [c for c in contracts if c["source_modules"] == ["kiosk"]]
    assert len(kiosk_side) == 1
    assert set(kiosk_side[0]["forbidden_modules"]) == {"hub", "hwc_demo"}
