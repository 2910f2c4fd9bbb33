"""Shared fixtures: a fresh store per test, a controllable clock, and no stray warnings."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Encryption at rest is on, as for a new kiosk, with the tests' machine key (and for the
# kiosk processes the tests start, which inherit this environment).
os.environ["KIOSK_KEY_SOURCE"] = "test"
os.environ.pop("KIOSK_ENCRYPT_AT_REST", None)
os.environ.pop("KIOSK_TEST_MACHINE_KEY", None)

from kiosk.store.clinic import Clinic
from kiosk.store.store import Store


class FakeClock:
    """A clock that only moves when a test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 11, 20, 5, 30, tzinfo=UTC)  # 11:00 in India

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "kiosk.db") as s:
        yield s


@pytest.fixture
def clinic(store: Store, clock: FakeClock) -> Clinic:
    return Clinic(store, spoke_id="spoke-test", clock=clock)


@contextlib.contextmanager
def kiosk_window(
    qtbot: Any, clinic: Clinic, home: Path, **settings: Any
) -> Iterator[tuple[Any, Any]]:
    """The kiosk window on ``clinic`` at 1366x768, in English unless ``settings`` say
    otherwise; on leaving, the window's work is waited for and its threads stopped (the
    clinic stays open: it is the test's)."""
    from kiosk import config
    from kiosk.app import application, build
    from kiosk.ui import i18n

    application()
    cfg = config.load(home=home, environ={}, overrides={"language": "en", **settings})
    window, ctx = build(cfg, clinic=clinic)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window, ctx
    window.close()
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0)
    ctx.bridge.shutdown()
    ctx.engine.stop()
    i18n.install("en")


@pytest.fixture
def window_in(
    qtbot: Any, clinic: Clinic, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[Any, Any]]:
    """The kiosk window in the language the test is parametrized with (``indirect``),
    1366x768, with a CHO account; Qt is loaded only by the tests that ask for it."""
    from kiosk import config
    from kiosk.app import application, build, shutdown
    from kiosk.ui import i18n

    application()
    cfg = config.load(home=tmp_path, environ={}, overrides={"language": request.param})
    window, ctx = build(cfg, clinic=clinic)
    i18n.install(request.param)
    ctx.cho = clinic.accounts.create("asha", "Asha Devi", "1357", check_pin=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window, ctx
    window.close()
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)
    shutdown(ctx)
    i18n.install("en")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """The PostgreSQL server of this test session (see :mod:`tests.pgtools`)."""
    from tests import pgtools

    url = os.environ.get("HUB_TEST_POSTGRES_URL")
    if url:
        yield url
        return
    with pgtools.own_server() as started:
        yield started


@pytest.fixture
def postgres_db(postgres_server: str) -> Iterator[str]:
    """The URL of an empty PostgreSQL database for this test only."""
    from tests import pgtools

    with pgtools.fresh_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once per hub storage backend: hubs the test starts through
    :mod:`tests.hubtools` use it. The URL, or "" for SQLite in the hub's home."""
    from tests import hubtools

    url = "" if request.param == "sqlite" else str(request.getfixturevalue("postgres_db"))
    monkeypatch.setattr(hubtools, "HUB_DB", url)
    return url


@pytest.fixture(scope="session")
def s3_server() -> Iterator[str]:
    """The URL of this session's S3 server on loopback (see :mod:`tests.s3tools`)."""
    from tests import s3tools

    with s3tools.own_server() as url:
        yield url


@pytest.fixture
def s3_settings(s3_server: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A bucket of this test's own, and the hub settings that keep blobs in it."""
    from tests import s3tools

    s3tools.use_test_credentials(monkeypatch)
    return s3tools.hub_settings(s3_server, s3tools.new_bucket(s3_server))


@pytest.fixture(params=["folder", "s3"])
def blob_store(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test once per blob store: hubs the test starts through
    :mod:`tests.hubtools` keep blob bytes in the folder or in an S3 bucket."""
    from tests import hubtools

    if request.param == "s3":
        monkeypatch.setattr(hubtools, "HUB_SETTINGS", request.getfixturevalue("s3_settings"))
    return str(request.param)


@pytest.fixture(autouse=True)
def _fail_on_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Any WARNING logged by the kiosk fails the test unless the test expected it
    (a test that expects one clears ``caplog`` after checking it)."""
    caplog.set_level(logging.WARNING, logger="kiosk")
    yield
    unexpected = [r for r in caplog.get_records("call") if r.levelno >= logging.WARNING]
    if unexpected:
        pytest.fail("unexpected log warnings: " + "; ".join(r.getMessage() for r in unexpected))


_SHARED_FOLDERS = (*(Path(p) for p in ("/", "/tmp", "/var/tmp")), Path.home())


@pytest.fixture(autouse=True)
def _shared_folders_keep_their_modes() -> Iterator[None]:
    """No code under test may make a folder it does not own private (a chmod of /tmp
    would lock every other user of the machine out)."""
    before = {p: p.stat().st_mode for p in _SHARED_FOLDERS if p.exists()}
    yield
    after = {p: p.stat().st_mode for p in before}
    changed = {str(p): f"{before[p]:o} -> {after[p]:o}" for p in before if before[p] != after[p]}
    for path in before:
        if before[path] != after[path]:
            path.chmod(before[path])
    assert not changed, f"shared folders changed mode: {changed}"
