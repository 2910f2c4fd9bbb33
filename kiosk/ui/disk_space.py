"""A full disk in plain words on screen: the message when a save fails for lack of room,
and the line on the home screen that warns while there is still time to act.

The thresholds are settings (``disk_warn_free_mib``, ``photos_min_free_mib``; see
kiosk/store/space.py for the order in which things are given up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.store.space import BACKUP, PHOTO, SYNC, SpaceStatus, StorageFullError, space_status
from kiosk.ui.context import Context


def full_disk_text(error: StorageFullError) -> str:
    """What was kept and what to do, for each kind of write that met a full disk."""
    if error.what == PHOTO and error.refused:
        return QCoreApplication.translate(
            "DiskSpace",
            "Photo not saved: the disk is nearly full, and the space left is kept for "
            "patients' records. The case and its earlier photos are safe. Please tell "
            "district IT.",
        )
    if error.what == PHOTO:
        return QCoreApplication.translate(
            "DiskSpace",
            "Photo not saved: the disk is full. The case and its earlier photos are safe. "
            "Please tell district IT.",
        )
    if error.what == SYNC:
        return QCoreApplication.translate(
            "DiskSpace",
            "Records from the hub could not be saved: the disk is full. Nothing was lost; "
            "they will come again once there is room. Please tell district IT.",
        )
    if error.what == BACKUP:
        return QCoreApplication.translate(
            "DiskSpace", "Backup not made: the backup drive is full. Please tell district IT."
        )
    return QCoreApplication.translate(
        "DiskSpace",
        "Not saved: the kiosk's disk is full. Everything saved before is safe, and what "
        "you typed is still on the screen. Please tell district IT to make room, then "
        "save again.",
    )


class DiskNotice(QLabel):
    """Shown on the home screen only while free space is below ``disk_warn_free_mib``."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("warning")
        self.setWordWrap(True)
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        cfg = self.ctx.config
        home, warn, photos = cfg.home, cfg.disk_warn_free_mib, cfg.photos_min_free_mib
        self.ctx.bridge.run(lambda: space_status(home, warn, photos), self.show_status, owner=self)

    def show_status(self, status: SpaceStatus) -> None:
        if not status.low:
            self.hide()
            return
        if status.photos_refused:
            text = self.tr(
                "Disk nearly full ({free} MB left): new photos are not taken, to keep room "
                "for patients' records. Please tell district IT today."
            )
        else:
            text = self.tr("The disk is filling up ({free} MB left). Please tell district IT soon.")
        self.setText(text.format(free=status.free_mib))
        self.show()
