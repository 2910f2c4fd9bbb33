"""The list of changes the hub refused, with its reasons. They stay saved on the kiosk;
only what depends on them waits. After district IT has fixed the cause, "Try again"
sends them once more."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.sync.report import QuarantineItem
from kiosk.ui.context import Context
from kiosk.ui.widgets import button, label, local_date, local_time


def entity_text(entity: str) -> str:
    translate = QCoreApplication.translate
    names = {
        "patient": translate("Quarantine", "Patient record"),
        "encounter": translate("Quarantine", "Case"),
        "observation": translate("Quarantine", "Vital sign"),
        "attachment": translate("Quarantine", "Photo"),
    }
    return names.get(entity, entity)


class QuarantineDialog(QDialog):
    released = Signal()

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Refused by the hub"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Changes the hub refused"), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "These changes are kept safe on this kiosk. Only what depends on them "
                    "waits; everything else keeps going to the hub. Tell district IT the "
                    "reason shown; after they fix it, press Try again."
                ),
                "muted",
                wrap=True,
            )
        )
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Recorded"), self.tr("What"), self.tr("Reason"), self.tr("Tries")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.empty = label(self.tr("Nothing is refused."), "muted")
        self.empty.hide()
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.retry = button(self.tr("Try again"), "primary")
        self.retry.clicked.connect(self.try_again)
        buttons.addWidget(self.retry)
        close = button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.items: list[QuarantineItem] = []
        self.reload()

    def reload(self) -> None:
        self.ctx.bridge.run(self.ctx.sync_ledger.quarantined, self.show_items, owner=self)

    def show_items(self, items: list[QuarantineItem]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            when = f"{local_date(item.created_at)} {local_time(item.created_at)}"
            cells = [when, entity_text(item.entity), item.reason, str(item.attempts)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"{item.entity} {item.entity_id}")
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(items))
        self.empty.setVisible(not items)
        self.retry.setEnabled(bool(items) and self._service() is not None)

    def _service(self) -> object:
        runtime = self.ctx.sync
        return runtime.service if runtime is not None else None

    def try_again(self) -> None:
        service = self._service()
        if service is None:
            return
        self.retry.setEnabled(False)
        self.ctx.bridge.run_async(
            service.retry_quarantined,  # type: ignore[attr-defined]
            lambda _count: self._released(),
            owner=self,
        )

    def _released(self) -> None:
        self.released.emit()
        self.reload()
