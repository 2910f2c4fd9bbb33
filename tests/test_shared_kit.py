"""The shared kit as both sides use it: settings loaded the same way (an unknown setting
refused with the nearest name, booleans from the environment), and named migrations run
once each, all or nothing, refusing a database from a newer program."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from hub import config as hub_config
from hwc_shared import sqlite as kit
from hwc_shared.settings import load_settings
from kiosk import config as kiosk_config


@dataclass(frozen=True)
class Example:
    home: Path
    fast: bool = False
    port: int = 8080
    name: str = "hub"


def test_file_environment_and_command_line_in_that_order(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('port = 9000\nname = "file"\n')
    got = load_settings(
        Example, home=tmp_path, file_name="x.toml", env_prefix="X_",
        environ={"X_NAME": "env", "X_FAST": "no"}, overrides={"name": "cli"}, error=ValueError,
    )  # fmt: skip
    assert got == Example(tmp_path, fast=False, port=9000, name="cli")
    on = load_settings(
        Example, home=tmp_path, file_name="x.toml", env_prefix="X_",
        environ={"X_FAST": "yes"}, overrides=None, error=ValueError,
    )  # fmt: skip
    assert on.fast is True and on.name == "file"


@pytest.mark.parametrize(
    ("write", "load", "error"),
    [
        (lambda home: (home / "kiosk.toml").write_text('hub_ulr = "https://x"\n'),
         lambda home: kiosk_config.load(home=home, environ={}), kiosk_config.ConfigError),
        (lambda home: (home / "hub.toml").write_text("prot = 1\n"),
         lambda home: hub_config.load(home=home, environ={}), hub_config.HubConfigError),
    ],
)  # fmt: skip
def test_kiosk_and_hub_refuse_an_unknown_setting_alike(
    tmp_path: Path, write: Any, load: Any, error: type[Exception]
) -> None:
    write(tmp_path)
    with pytest.raises(
        error, match=r"unknown setting '(hub_ulr|prot)' \(did you mean '(hub_url|port)'\?\)"
    ):
        load(tmp_path)


def test_a_migration_runs_once_and_a_failed_one_leaves_nothing(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    steps = [kit.Migration("0001_a", kit.script("CREATE TABLE a (x INTEGER);"))]
    assert kit.migrate(conn, conn, steps, newer="newer: {names}") == ["0001_a"]
    assert kit.migrate(conn, conn, steps, newer="newer: {names}") == []

    def half(c: sqlite3.Connection) -> None:
        c.execute("CREATE TABLE b (y INTEGER)")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        kit.migrate(conn, conn, [*steps, kit.Migration("0002_b", half)], newer="{names}")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "b" not in tables and kit.applied(conn) == ["0001_a"]
    with pytest.raises(kit.NewerSchemaError, match="newer: 0001_a"):
        kit.migrate(conn, conn, [], newer="newer: {names}")
