"""The sync status area on the home screen, against a real hub on loopback."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import build, shutdown, start_sync
from kiosk.commands.demo import demo_cho_id
from kiosk.domain.patient import PatientForm
from kiosk.sync.enrollment import enroll
from kiosk.sync.report import DISK_FULL, SyncProgress, SyncStatus
from kiosk.ui.context import Context
from kiosk.ui.main_window import MainWindow
from kiosk.ui.quarantine import QuarantineDialog
from kiosk.ui.sync_status import SyncStatusPanel
from tests.hubtools import ThreadHub


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[ThreadHub]:
    running = ThreadHub(tmp_path / "hub")
    yield running
    running.close()


def _app(qtbot: QtBot, home: Path) -> tuple[MainWindow, Context]:
    cfg = config.load(home=home, environ={}, overrides={"language": "en"})
    window, ctx = build(cfg)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    cho_id = demo_cho_id(ctx.clinic)
    ctx.cho = next(c for c in ctx.clinic.accounts.list() if c.id == cho_id)
    return window, ctx


def _home_panel(window: MainWindow) -> SyncStatusPanel:
    window.signed_in(window.ctx.cho)  # type: ignore[arg-type]
    panel = window.current_screen.sync_panel  # type: ignore[union-attr]
    assert isinstance(panel, SyncStatusPanel)
    return panel


def test_not_enrolled_kiosk_says_so_and_keeps_work(qtbot: QtBot, tmp_path: Path) -> None:
    window, ctx = _app(qtbot, tmp_path / "kiosk")
    try:
        form = PatientForm(name="Sunita Devi", sex="female", age_years="30")
        ctx.clinic.patients.register(form, ctx.cho_id)
        panel = _home_panel(window)
        qtbot.waitUntil(lambda: panel.status is not None and panel.status.pending == 1)
        assert panel.chip.text() == "Not enrolled"
        assert "not enrolled" in panel.note.text()
        assert panel.waiting.text() == "1 changes waiting to be sent"
        assert not panel.sync_now_button.isEnabled()
    finally:
        shutdown(ctx)


# The offscreen platform cannot size a dialog's native window and says so.
@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_status_area_syncs_now_and_lists_what_was_refused(
    qtbot: QtBot, hub: ThreadHub, tmp_path: Path
) -> None:
    home = tmp_path / "kiosk"
    asyncio.run(enroll(hub.url, hub.code(), home))
    window, ctx = _app(qtbot, home)
    try:
        form = PatientForm(name="Sunita Devi", sex="female", age_years="30")
        pid = ctx.clinic.patients.register(form, ctx.cho_id).id
        enc = ctx.clinic.encounters.open(pid, ctx.cho_id, "Fever")
        # One record the hub will refuse: an encounter that names another spoke.
        ctx.clinic.store.write(
            lambda db: db.execute(
                "UPDATE outbox SET payload = json_set(payload, '$.spoke_id', 'elsewhere') "
                "WHERE entity_id = ?",
                [enc.id],
            )
        )
        panel = _home_panel(window)
        qtbot.waitUntil(lambda: panel.status is not None and panel.status.pending == 2)
        start_sync(ctx)
        qtbot.waitUntil(lambda: ctx.sync is not None and ctx.sync.service is not None)
        qtbot.waitUntil(
            lambda: panel.status is not None and panel.status.quarantined == 1, timeout=10_000
        )
        assert panel.chip.text() == "Needs attention"
        assert panel.refused_row.isVisible()
        assert "1 changes were refused" in panel.refused.text()
        assert panel.status.pending == 0 and not panel.status.synced

        # Progress shows while a sync runs.
        panel.show_progress(SyncProgress("blobs", 1, 4, 300_000, 1_200_000))
        assert panel.items.isVisible() and panel.bytes.isVisible()
        assert panel.bytes.text() == "0.3 of 1.1 MB"

        panel.open_quarantine()
        dialog = panel.findChild(QuarantineDialog)
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        assert dialog.table.item(0, 1).text() == "Case"
        assert dialog.table.item(0, 2).text() == "the encounter names another spoke"

        # District IT fixes the record; "Try again" and "Sync now" get it through.
        ctx.clinic.store.write(
            lambda db: db.execute(
                "UPDATE outbox SET payload = json_set(payload, '$.spoke_id', 'spoke-a')"
            )
        )
        dialog.try_again()
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0 and dialog.empty.isVisible())
        panel.sync_now()
        qtbot.waitUntil(
            lambda: panel.status is not None and panel.status.synced and not panel.status.syncing,
            timeout=10_000,
        )
        assert panel.chip.text() == "Online · Synced"
        assert panel.waiting.text().startswith("Synced")
        assert panel.last_sync.text().startswith("Last successful sync")
        assert not panel.items.isVisible()
        stats = hub.run(hub.running.storage.stats())
        assert (stats["patients"], stats["encounters"]) == (1, 1)
        qtbot.waitUntil(lambda: ctx.bridge.pending == 0)
    finally:
        shutdown(ctx)


def test_a_pull_that_met_a_full_disk_says_so_in_plain_words(qtbot: QtBot, tmp_path: Path) -> None:
    window, ctx = _app(qtbot, tmp_path / "kiosk")
    try:
        panel = _home_panel(window)
        qtbot.waitUntil(lambda: panel.status is not None)
        status = SyncStatus(
            enrolled=True, online=True, syncing=False, pending=0, quarantined=0,
            oldest_pending_at=None, last_success_at=datetime.now(UTC),
            last_error=f"{DISK_FULL}: the disk on /data is full (0 MiB free)",
        )  # fmt: skip
        panel.show_status(status)
        assert panel.note.text().startswith("Records from the hub could not be saved")
        assert "Nothing was lost" in panel.note.text()
    finally:
        shutdown(ctx)
