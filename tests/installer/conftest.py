"""Bundles built once per test session: this version; for the upgrade, this source as the
release before and as the release after (one migration more); and a broken release;
the others built from the first one's wheels without any index."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hwc_shared import __version__
from tests.installer.bundles import (
    ROOT,
    NetworkTrap,
    broken_source,
    build,
    next_source,
    older_source,
)

OLD_VERSION = "0.0.1"
NEXT_VERSION = f"{__version__}.1"
BROKEN_VERSION = "99.0.0"


@pytest.fixture(autouse=True)
def terminal_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed kiosk keeps its machine key as a real terminal does (key_source
    "file", in the kiosk user's configuration folder), here a folder of this test's own:
    the installer runs ``kiosk`` without the tests' KIOSK_* settings, and this test reads
    the database the same way."""
    monkeypatch.delenv("KIOSK_KEY_SOURCE", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(ROOT, tmp_path_factory.mktemp("dist"), __version__)


@pytest.fixture(scope="session")
def old_bundle(tmp_path_factory: pytest.TempPathFactory, bundle: Path) -> Path:
    source = older_source(tmp_path_factory.mktemp("old-source"))
    out = tmp_path_factory.mktemp("old-dist")
    return build(source, out, OLD_VERSION, "--wheels-from", str(bundle / "wheels"), "--no-check")


@pytest.fixture(scope="session")
def next_bundle(tmp_path_factory: pytest.TempPathFactory, bundle: Path) -> Path:
    source = next_source(tmp_path_factory.mktemp("next-source"))
    out = tmp_path_factory.mktemp("next-dist")
    return build(source, out, NEXT_VERSION, "--wheels-from", str(bundle / "wheels"), "--no-check")


@pytest.fixture(scope="session")
def broken_bundle(tmp_path_factory: pytest.TempPathFactory, bundle: Path) -> Path:
    source = broken_source(tmp_path_factory.mktemp("broken-source"))
    out = tmp_path_factory.mktemp("broken-dist")
    return build(source, out, BROKEN_VERSION, "--wheels-from", str(bundle / "wheels"), "--no-check")


@pytest.fixture
def trap() -> Iterator[NetworkTrap]:
    listening = NetworkTrap()
    yield listening
    listening.close()
