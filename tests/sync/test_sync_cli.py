"""``kiosk enroll`` and ``kiosk sync now|status`` against a hub on loopback."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from hub import keys
from kiosk.cli import main
from tests.hubtools import ThreadHub

pytestmark = pytest.mark.usefixtures("hub_db")  # each storage backend


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = ThreadHub(tmp_path / "hub")
    yield running
    running.close()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enroll_then_sync_now_and_status(
    hub: ThreadHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = str(tmp_path / "kiosk")
    code, _, err = run(capsys, "sync", "now", "--home", home)
    assert code == 2 and "not enrolled" in err
    code, out, _ = run(capsys, "enroll", "--hub", hub.url, "--code", hub.code(), "--home", home)
    assert code == 0 and "spoke-a" in out
    saved = Path(home) / "enrollment.json"
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    pinned = json.loads(saved.read_text())["hub_public_key"]
    assert pinned == keys.public_b64(hub.running.context.signing_key)
    code, _, err = run(
        capsys, "enroll", "--hub", hub.url, "--code", "AAAA-BBBB-CCCC", "--home", home
    )
    assert code == 1 and "unknown, used or expired" in err

    assert run(capsys, "demo-data", "--patients", "5", "--encounters", "12", "--home", home)[0] == 0
    code, out, _ = run(capsys, "sync", "now", "--json", "--home", home)
    report = json.loads(out)
    assert code == 0 and report["clean"]
    assert report["pending"] == 0 and report["accepted"] == report["pushed"] > 60
    assert {"pushed", "accepted", "rejected", "pulled", "blobs", "pending"} <= set(report)
    stats = hub.run(hub.running.storage.stats())
    assert (stats["patients"], stats["encounters"], stats["observations"]) == (5, 12, 60)

    code, out, _ = run(capsys, "sync", "status", "--json", "--home", home)
    status = json.loads(out)
    assert code == 0 and status["online"] is True and status["synced"] is True
    assert status["last_success_at"] is not None


def test_sync_now_fails_while_something_is_quarantined(
    hub: ThreadHub, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "kiosk"
    assert (
        run(capsys, "enroll", "--hub", hub.url, "--code", hub.code(), "--home", str(home))[0] == 0
    )
    # Records made under another spoke id before enrollment: the hub refuses them.
    (home / "kiosk.toml").write_text('spoke_id = "somewhere-else"\n')
    assert (
        run(capsys, "demo-data", "--patients", "2", "--encounters", "1", "--home", str(home))[0]
        == 0
    )
    (home / "kiosk.toml").unlink()
    code, out, _ = run(capsys, "sync", "now", "--home", str(home))
    assert code == 1 and "quarantined 1" in out
    code, out, _ = run(capsys, "sync", "status", "--home", str(home))
    assert "the encounter names another spoke" in out
