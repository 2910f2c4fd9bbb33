"""Home: today's cases and what is still waiting to reach the hub."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.accounts import Role
from kiosk.store.encounters import EncounterSummary
from kiosk.ui.backup_notice import BackupNotice
from kiosk.ui.context import Context
from kiosk.ui.disk_space import DiskNotice
from kiosk.ui.followups import FollowUpsPanel
from kiosk.ui.sync_status import SyncStatusPanel
from kiosk.ui.widgets import button, card, label, local_date, local_time, screen_widget, status_chip


class HomeScreen(QWidget):
    find_patient = Signal()
    manage_accounts = Signal()
    monthly_report = Signal()
    open_encounter = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

        header = QHBoxLayout()
        name = ctx.cho.full_name if ctx.cho else ""
        header.addWidget(label(self.tr("Namaste, {name}").format(name=name), "h1"))
        header.addStretch(1)
        self.date = label(local_date(ctx.clinic.clock()), "muted")
        header.addWidget(self.date)
        layout.addLayout(header)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)

        today, today_layout = card()
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Today's cases"), "h2"))
        top.addStretch(1)
        self.count = label("", "muted")
        top.addWidget(self.count)
        today_layout.addLayout(top)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Patient"), self.tr("Complaint"), self.tr("Status")]
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.cellActivated.connect(self._activated)
        self.table.cellClicked.connect(self._activated)
        today_layout.addWidget(self.table, 1)
        self.empty = label(
            self.tr("No cases yet today. Find or register a patient to start one."),
            "muted",
            wrap=True,
        )
        today_layout.addWidget(self.empty)
        left = QVBoxLayout()
        left.setSpacing(16)
        self.disk_notice = DiskNotice(ctx)  # above the cases, only while the disk fills up
        left.addWidget(self.disk_notice)
        left.addWidget(today, 1)
        columns.addLayout(left, 1)

        side = QVBoxLayout()
        side.setSpacing(16)
        self.find_button = button(self.tr("Find or register patient"), "hero", default=True)
        self.find_button.clicked.connect(self.find_patient)
        side.addWidget(self.find_button)
        self.sync_panel = SyncStatusPanel(ctx)  # sync: status, progress, sync now
        side.addWidget(self.sync_panel)
        self.backup_notice = BackupNotice(ctx)  # only when the nightly backup failed
        side.addWidget(self.backup_notice)
        self.followups = FollowUpsPanel(ctx)  # follow-ups due (kiosk/ui/followups.py)
        self.followups.open_encounter.connect(self.open_encounter)
        side.addWidget(self.followups)
        side.addStretch(1)
        self.report_button = button(self.tr("Monthly report"))
        self.report_button.clicked.connect(self.monthly_report)
        side.addWidget(self.report_button)
        self.accounts_button = button(self.tr("CHO accounts"))
        self.accounts_button.clicked.connect(self.manage_accounts)
        self.accounts_button.setVisible(ctx.cho is not None and ctx.cho.role is Role.ADMIN)
        side.addWidget(self.accounts_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        # In the taller scripts the sync card, a notice and the follow-ups may not fit
        # beside the cases at 768 px: the column scrolls rather than squeezing its
        # wrapped lines into each other.
        self.side_scroll = QScrollArea()
        self.side_scroll.setWidgetResizable(True)
        self.side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_scroll.setWidget(side_widget)
        self.side_scroll.setFixedWidth(
            360 + self.side_scroll.verticalScrollBar().sizeHint().width()
        )
        columns.addWidget(self.side_scroll)
        self._ids: list[str] = []

    def refresh(self) -> None:
        self.ctx.bridge.run(self.ctx.clinic.encounters.on_day, self._show_cases, owner=self)
        self.followups.refresh()
        self.disk_notice.refresh()

    def _show_cases(self, cases: list[EncounterSummary]) -> None:
        self._ids = [c.id for c in cases]
        self.table.setRowCount(len(cases))
        chip_width = 0
        for row, case in enumerate(cases):
            self.table.setItem(row, 0, QTableWidgetItem(local_time(case.created_at)))
            self.table.setItem(row, 1, QTableWidgetItem(case.patient_name))
            complaint = case.complaint or self.tr("(no complaint written yet)")
            self.table.setItem(row, 2, QTableWidgetItem(complaint))
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(6, 0, 6, 0)
            chip = status_chip(case.status)
            holder_layout.addWidget(chip)
            chip_width = max(chip_width, chip.sizeHint().width())
            self.table.setCellWidget(row, 3, holder)
        self.table.setColumnWidth(3, max(chip_width + 24, 120))
        self.table.setVisible(bool(cases))
        self.empty.setVisible(not cases)
        self.count.setText(self.tr("{n} cases").format(n=len(cases)) if cases else "")

    def _activated(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self._ids):
            self.open_encounter.emit(self._ids[row])
