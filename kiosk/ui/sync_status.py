"""The sync status area: is the hub reachable, what waits, what was refused, and a
"Sync now" button. It listens to the sync service's events on the bus and asks it for
a fresh status every few seconds (ages change even when nothing else does)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kiosk.store.space import SYNC, StorageFullError
from kiosk.sync.report import (
    DISK_FULL,
    SyncProgress,
    SyncReport,
    SyncStatus,
)
from kiosk.ui.context import Context
from kiosk.ui.disk_space import full_disk_text
from kiosk.ui.widgets import button, label, local_time

REFRESH_MS = 5_000
MB = 1024 * 1024


def waited_text(since: datetime, now: datetime) -> str:
    """How long something has waited, in the unit a person would use."""
    translate = QCoreApplication.translate
    minutes = max(int((now - since).total_seconds() // 60), 0)
    if minutes < 1:
        return translate("SyncStatus", "under a minute")
    if minutes < 60:
        return translate("SyncStatus", "{n} min").format(n=minutes)
    if minutes < 48 * 60:
        return translate("SyncStatus", "{n} h").format(n=minutes // 60)
    return translate("SyncStatus", "{n} days").format(n=minutes // 1440)


def set_state(widget: QWidget, state: str) -> None:
    widget.setProperty("state", state)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class SyncStatusPanel(QFrame):
    """A card for the home screen. Works before enrollment too: it then says so."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("card")
        self.status: SyncStatus | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(8)

        top = QHBoxLayout()
        # A long title wraps beside the chip rather than running under it.
        self.title = label(self.tr("Hub sync"), "h2", wrap=True)
        top.addWidget(self.title, 1)
        self.chip = label("", "syncChip")
        top.addWidget(self.chip, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        self.waiting = label("", wrap=True)
        self.oldest = label("", "muted", wrap=True)
        self.last_sync = label("", "muted", wrap=True)
        for widget in (self.waiting, self.oldest, self.last_sync):
            layout.addWidget(widget)

        refused = QHBoxLayout()
        self.refused = label("", "warning", wrap=True)
        refused.addWidget(self.refused, 1)
        self.show_refused = button(self.tr("Show"))
        self.show_refused.clicked.connect(self.open_quarantine)
        refused.addWidget(self.show_refused)
        self.refused_row = QWidget()
        self.refused_row.setLayout(refused)
        refused.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.refused_row)

        self.items = QProgressBar()
        self.items.setTextVisible(True)
        self.bytes = QProgressBar()
        self.bytes.setTextVisible(True)
        layout.addWidget(self.items)
        layout.addWidget(self.bytes)

        self.note = label("", "notice", wrap=True)
        layout.addWidget(self.note)

        self.sync_now_button: QPushButton = button(self.tr("Sync now"), "primary")
        self.sync_now_button.clicked.connect(self.sync_now)
        layout.addWidget(self.sync_now_button)

        hidden: tuple[QWidget, ...] = (self.refused_row, self.items, self.bytes, self.note)
        for quiet in hidden:
            quiet.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        ctx.bridge.events.sync_status.connect(self.show_status)
        ctx.bridge.events.sync_progress.connect(self.show_progress)
        self.refresh()

    # -- data in -------------------------------------------------------------------------
    @property
    def service(self) -> Any:
        runtime = self.ctx.sync
        return runtime.service if runtime is not None else None

    def refresh(self) -> None:
        service = self.service
        if service is not None:
            self.ctx.bridge.run_async(service.status, self.show_status, owner=self)
        else:
            ledger = self.ctx.sync_ledger
            problem = self.ctx.sync.enrollment_problem if self.ctx.sync is not None else ""
            self.ctx.bridge.run(
                lambda: ledger.not_enrolled_status(problem), self.show_status, owner=self
            )

    # -- what it shows -------------------------------------------------------------------
    def show_status(self, status: SyncStatus) -> None:
        if not status.enrolled and self.service is not None:
            return  # a late answer from before the service started
        self.status = status
        now = self.ctx.clinic.clock()
        self._show_chip(status)
        if status.pending == 0:
            if status.synced:
                text = self.tr("Synced: everything recorded has reached the hub.")
            else:
                text = self.tr("Nothing else waiting to be sent.")
            self.waiting.setText(text)
            self.oldest.hide()
        else:
            self.waiting.setText(self.tr("{n} changes waiting to be sent").format(n=status.pending))
            assert status.oldest_pending_at is not None
            self.oldest.setText(
                self.tr("Oldest waiting for {age}").format(
                    age=waited_text(status.oldest_pending_at, now)
                )
            )
            self.oldest.show()
        if status.last_success_at is None:
            self.last_sync.setText(self.tr("Not synced with the hub yet"))
        else:
            self.last_sync.setText(
                self.tr("Last successful sync: {time} ({age} ago)").format(
                    time=local_time(status.last_success_at),
                    age=waited_text(status.last_success_at, now),
                )
            )
        self.refused_row.setVisible(status.quarantined > 0)
        self.refused.setText(
            self.tr("{n} changes were refused by the hub and need attention.").format(
                n=status.quarantined
            )
        )
        self._show_note(status)
        self.sync_now_button.setEnabled(status.enrolled and not status.syncing)
        if not status.syncing:
            self.items.hide()
            self.bytes.hide()

    def _show_chip(self, status: SyncStatus) -> None:
        if not status.enrolled:
            text, state = self.tr("Not enrolled"), "waiting"
        elif status.syncing:
            text, state = self.tr("Syncing…"), "ok"
        elif status.online is False:
            text, state = self.tr("Offline"), "waiting"
        elif status.quarantined:
            text, state = self.tr("Needs attention"), "problem"
        elif status.online is None:
            text, state = self.tr("Connecting…"), "waiting"
        elif status.synced:
            text, state = self.tr("Online · Synced"), "ok"
        else:
            text, state = self.tr("Online"), "ok"
        self.chip.setText(text)
        set_state(self.chip, state)

    def _show_note(self, status: SyncStatus) -> None:
        if not status.enrolled and status.last_error:
            text = self.tr(
                "This kiosk could not enroll with the hub: {reason}. Everything is kept here; "
                "district IT can give a new code."
            ).format(reason=status.last_error)
        elif not status.enrolled:
            text = self.tr(
                "This kiosk is not enrolled with a hub yet. Everything is kept here; district "
                "IT enrolls it with a one-time code."
            )
        elif status.online is False:
            text = self.tr(
                "The hub cannot be reached. Keep working: everything is saved on this kiosk "
                "and sent when the connection returns."
            )
            if status.next_try_at is not None:
                text += " " + self.tr("Next try at {time}.").format(
                    time=local_time(status.next_try_at)
                )
        elif status.last_error.startswith(DISK_FULL):
            text = full_disk_text(StorageFullError(SYNC))
        elif status.last_error:
            text = self.tr("The last sync did not finish; it will be tried again.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def show_progress(self, progress: SyncProgress) -> None:
        phases = {
            "push": self.tr("Sending changes: %v of %m"),
            "pull": self.tr("Receiving from the hub: %v"),
            "blobs": self.tr("Sending photos: %v of %m"),
        }
        self.items.setFormat(phases.get(progress.phase, "%v / %m"))
        self.items.setRange(0, max(progress.items_total, 1))
        self.items.setValue(min(progress.items_done, max(progress.items_total, 1)))
        self.items.show()
        if progress.bytes_total > 0:
            self.bytes.setRange(0, 1000)
            self.bytes.setValue(int(1000 * progress.bytes_done / progress.bytes_total))
            self.bytes.setFormat(
                self.tr("{done:.1f} of {total:.1f} MB").format(
                    done=progress.bytes_done / MB, total=progress.bytes_total / MB
                )
            )
            self.bytes.show()

    # -- actions -------------------------------------------------------------------------
    def sync_now(self) -> None:
        service = self.service
        if service is None:
            return
        self.sync_now_button.setEnabled(False)
        self.ctx.bridge.run_async(service.sync_now, self._synced, self._sync_failed, owner=self)

    def _synced(self, report: SyncReport) -> None:
        self.sync_now_button.setEnabled(True)
        self.refresh()

    def _sync_failed(self, error: BaseException) -> None:
        self.sync_now_button.setEnabled(True)
        self.note.setText(self.tr("Sync could not run: {error}").format(error=error))
        self.note.show()

    def open_quarantine(self) -> None:
        from kiosk.ui.quarantine import QuarantineDialog

        dialog = QuarantineDialog(self.ctx, self)
        dialog.released.connect(self.refresh)
        dialog.open()
