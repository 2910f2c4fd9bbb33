"""Home: patients whose follow-up date has come, so the CHO can call them back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.store.prescriptions import FollowUp
from kiosk.ui.context import Context
from kiosk.ui.widgets import card, label


class FollowUpsPanel(QWidget):
    open_encounter = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        frame, layout = card(spacing=8)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        layout.addWidget(label(self.tr("Follow-ups due"), "h2"))
        self.list = QListWidget()
        self.list.setObjectName("followUps")
        self.list.setMaximumHeight(180)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        layout.addWidget(self.list)
        self.empty = label(self.tr("No follow-ups due today."), "muted", wrap=True)
        layout.addWidget(self.empty)

    def refresh(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.prescriptions.follow_ups_due, self._show, owner=self)

    def _show(self, due: list[FollowUp]) -> None:
        self.list.clear()
        today = self.ctx.clinic.clock().astimezone(self.ctx.clinic.prescriptions.zone).date()
        for item in due:
            text = f"{item.patient_name}   ·   {self._when(item.due, today)}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.encounter_id)
            self.list.addItem(row)
        self.list.setVisible(bool(due))
        self.empty.setVisible(not due)

    def _when(self, due: date, today: date) -> str:
        late = (today - due).days
        if late <= 0:
            return self.tr("due today")
        return self.tr("{n} days late").format(n=late)

    def _activated(self, item: QListWidgetItem) -> None:
        self.open_encounter.emit(str(item.data(Qt.ItemDataRole.UserRole)))
