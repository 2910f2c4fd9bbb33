"""A line on the home screen when the nightly backup did not happen: the CHO is the one
who can plug the backup drive back in. Quiet while backups work, and on kiosks with no
backup folder configured."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kiosk.backup.status import FULL, MISSING, BackupStatus, load_status
from kiosk.ui.context import Context


class BackupNotice(QLabel):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("warning")
        self.setWordWrap(True)
        self.hide()
        if not ctx.config.backup_folder:
            return
        ctx.bridge.events.backup_status.connect(self.show_status)
        home = ctx.config.home
        ctx.bridge.run(lambda: load_status(home), self.show_status, owner=self)

    def show_status(self, status: BackupStatus | None) -> None:
        if status is None or status.ok:
            self.hide()
            return
        if status.problem == MISSING:
            text = self.tr(
                "Backup not made: the backup drive is not plugged in. Please plug it in."
            )
        elif status.problem == FULL:
            text = self.tr("Backup not made: the backup drive is full. Please tell district IT.")
        else:
            text = self.tr("Backup not made. Please tell district IT ('kiosk doctor' shows why).")
        self.setText(text)
        self.show()
