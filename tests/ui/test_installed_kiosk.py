"""What the CHO sees on a kiosk district IT installed: it enrolls itself with the kept
code once the hub answers, says why when the code is refused, and the home screen says
when the nightly backup could not be made."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import build, shutdown, start_maintenance, start_sync
from kiosk.backup.status import BACKUP_STATUS, FULL, MISSING, BackupStatus, save_status
from kiosk.commands.demo import demo_cho_id
from kiosk.sync import pending
from kiosk.ui.backup_notice import BackupNotice
from kiosk.ui.context import Context
from kiosk.ui.main_window import MainWindow
from kiosk.ui.sync_status import SyncStatusPanel
from tests.hubtools import ThreadHub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = ThreadHub(tmp_path / "hub")
    yield running
    running.close()


def _home_screen(qtbot: QtBot, home: Path, **settings: Any) -> tuple[MainWindow, Context]:
    cfg = config.load(home=home, environ={}, overrides={"language": "en", **settings})
    window, ctx = build(cfg)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cho_id = demo_cho_id(ctx.clinic)
    ctx.cho = next(c for c in ctx.clinic.accounts.list() if c.id == cho_id)
    window.signed_in(ctx.cho)
    return window, ctx


def test_the_kept_code_enrolls_the_kiosk_at_start(
    qtbot: QtBot, hub: ThreadHub, tmp_path: Path
) -> None:
    home = tmp_path / "kiosk"
    pending.save(home, pending.PendingEnrollment(hub.url, hub.code(), "spoke-a"))
    window, ctx = _home_screen(qtbot, home, spoke_id="spoke-a")
    try:
        start_sync(ctx)
        panel = window.current_screen.sync_panel  # type: ignore[union-attr]
        assert isinstance(panel, SyncStatusPanel)
        qtbot.waitUntil(
            lambda: ctx.sync is not None and ctx.sync.service is not None, timeout=20_000
        )
        panel.refresh()
        qtbot.waitUntil(lambda: panel.status is not None and panel.status.enrolled, timeout=10_000)
        assert panel.chip.text() != "Not enrolled"
        assert not pending.path(home).exists()
    finally:
        shutdown(ctx)


def test_a_refused_code_is_explained(
    qtbot: QtBot, hub: ThreadHub, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / "kiosk"
    pending.save(home, pending.PendingEnrollment(hub.url, "AAAA-BBBB-CCCC", "spoke-a"))
    window, ctx = _home_screen(qtbot, home, spoke_id="spoke-a")
    try:
        start_sync(ctx)
        panel = window.current_screen.sync_panel  # type: ignore[union-attr]
        assert isinstance(panel, SyncStatusPanel)
        qtbot.waitUntil(lambda: "could not enroll" in panel.note.text(), timeout=20_000)
        assert "unknown, used or expired" in panel.note.text()
        assert "district IT can give a new code" in panel.note.text()
        panel.refresh()  # the periodic refresh keeps the reason
        qtbot.wait(300)
        assert "could not enroll" in panel.note.text()
    finally:
        shutdown(ctx)
    assert "enrollment with the kept code failed" in caplog.text
    caplog.clear()


def _notice(window: MainWindow) -> BackupNotice:
    notice = window.current_screen.backup_notice  # type: ignore[union-attr]
    assert isinstance(notice, BackupNotice)
    return notice


def test_the_home_screen_says_when_the_backup_drive_is_missing_or_full(
    qtbot: QtBot, tmp_path: Path
) -> None:
    home = tmp_path / "kiosk"
    home.mkdir(mode=0o700)
    folder = str(tmp_path / "usb")
    save_status(home, BackupStatus(False, MISSING, "not there", folder, "2026-11-20T05:30:00"))
    window, ctx = _home_screen(qtbot, home, backup_folder=folder)
    try:
        notice = _notice(window)
        qtbot.waitUntil(notice.isVisible)
        assert "not plugged in" in notice.text()
        ctx.bus.publish(BACKUP_STATUS, BackupStatus(False, FULL, "full", folder))
        qtbot.waitUntil(lambda: "full" in notice.text())
        ctx.bus.publish(BACKUP_STATUS, BackupStatus(True, "", "backed up", folder))
        qtbot.waitUntil(lambda: not notice.isVisible())
        start_maintenance(ctx)  # the nightly job runs in the kiosk itself
        qtbot.waitUntil(lambda: ctx.maintenance is not None, timeout=10_000)
    finally:
        shutdown(ctx)


def test_no_backup_folder_no_notice(qtbot: QtBot, tmp_path: Path) -> None:
    home = tmp_path / "kiosk"
    home.mkdir(mode=0o700)
    save_status(home, BackupStatus(False, MISSING, "not there", "/media/usb"))
    window, ctx = _home_screen(qtbot, home)
    try:
        notice = _notice(window)
        qtbot.wait(200)
        assert not notice.isVisible()
    finally:
        shutdown(ctx)
