"""Finding a patient by name, phone, ABHA number or village; starting a case for them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.encounter import Encounter
from kiosk.store.patients import PatientSummary
from kiosk.ui.context import Context
from kiosk.ui.widgets import button, card, label, screen_widget

SEARCH_DELAY_MS = 200


def sex_letter(sex: str) -> str:
    """F, M or O as the CHO's language writes them."""
    translate = QCoreApplication.translate
    letters = {"female": translate("Sex", "F"), "male": translate("Sex", "M")}
    return letters.get(sex, translate("Sex", "O"))


class SearchScreen(QWidget):
    register_patient = Signal()
    edit_patient = Signal(str)
    encounter_opened = Signal(str)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self._asked = 0  # answers to older queries are dropped when they arrive late
        self._results: list[PatientSummary] = []
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(label(self.tr("Find a patient"), "h1"))
        top.addStretch(1)
        self.register_button = button(self.tr("Register new patient"))
        self.register_button.clicked.connect(self.register_patient)
        top.addWidget(self.register_button)
        layout.addLayout(top)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.query = QLineEdit()
        self.query.setObjectName("search")
        self.query.setClearButtonEnabled(True)
        self.query.setPlaceholderText(self.tr("Name, phone, ABHA number or village"))
        self.query.setAccessibleName(self.tr("Search patients"))
        self.query.textChanged.connect(lambda _: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        layout.addWidget(self.query)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        layout.addLayout(columns, 1)
        results_card, results_layout = card(margins=8, spacing=4)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Matching patients"))
        self.results.currentRowChanged.connect(self._selected)
        self.results.itemActivated.connect(lambda _: self.start_case())
        results_layout.addWidget(self.results, 1)
        self.empty = label("", "muted", wrap=True)
        self.empty.setContentsMargins(12, 12, 12, 12)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        results_layout.addWidget(self.empty)
        columns.addWidget(results_card, 1)

        detail_card, detail = card()
        detail_card.setFixedWidth(380)
        self.detail_title = label(self.tr("No patient chosen"), "h2", wrap=True)
        self.detail_text = label("", wrap=True)
        self.detail_text.setTextFormat(Qt.TextFormat.RichText)
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_text)
        detail.addStretch(1)
        self.start_button = button(self.tr("Start new case"), "primary")
        self.start_button.setMinimumHeight(56)
        self.start_button.clicked.connect(self.start_case)
        self.edit_button = button(self.tr("Correct details"))
        self.edit_button.clicked.connect(self._edit)
        detail.addWidget(self.edit_button)
        detail.addWidget(self.start_button)
        columns.addWidget(detail_card)
        self._selected(-1)

    def reset(self) -> None:
        self.query.clear()
        self.query.setFocus()
        self.search()

    def search(self) -> None:
        self._asked += 1
        asked, text = self._asked, self.query.text()
        self.ctx.bridge.run(
            lambda: self.ctx.clinic.patients.search(text),
            lambda found: self._show(asked, text, found),
            owner=self,
        )

    def _show(self, asked: int, text: str, found: list[PatientSummary]) -> None:
        if asked != self._asked:
            return
        self._results = found
        self.results.clear()
        for patient in found:
            self._add_result(patient)
        self.results.setVisible(bool(found))
        self.empty.setVisible(not found)
        if not found:
            self.empty.setText(
                self.tr(
                    "No patient matches '{text}'. Check the spelling, try the phone "
                    "number, or register a new patient."
                ).format(text=text)
                if text.strip()
                else self.tr("No patients registered yet.")
            )
        if found:
            self.results.setCurrentRow(0)
        else:
            self._selected(-1)

    def _add_result(self, p: PatientSummary) -> None:
        age = p.age_on(self.ctx.clinic.clock().date())
        details = "   ·   ".join(x for x in (p.village, p.phone or "", p.abha_display) if x)
        text = label(
            f"<b>{html.escape(p.name)}</b>&nbsp;&nbsp;<span style='color:#475569'>"
            f"{sex_letter(p.sex)} {age}</span><br>"
            f"<span style='color:#64748b'>{html.escape(details)}</span>"
        )
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setContentsMargins(10, 6, 10, 6)
        text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        item = QListWidgetItem()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{p.name}, {details}")
        text.ensurePolished()  # the style sheet's font decides the height
        item.setSizeHint(text.sizeHint() + QSize(0, 10))
        self.results.addItem(item)
        self.results.setItemWidget(item, text)

    def _selected(self, row: int) -> None:
        has = 0 <= row < len(self._results)
        self.start_button.setEnabled(has)
        self.edit_button.setEnabled(has)
        if not has:
            self.detail_title.setText(self.tr("No patient chosen"))
            self.detail_text.setText(
                self.tr("Search above, then choose a patient to start a case.")
            )
            return
        p = self._results[row]
        self.detail_title.setText(p.name)
        rows = [
            (
                self.tr("Age / sex"),
                f"{p.age_on(self.ctx.clinic.clock().date())} / {sex_letter(p.sex)}",
            ),
            (self.tr("Guardian"), p.guardian_name),
            (self.tr("Village"), p.village),
            (self.tr("Phone"), p.phone or "—"),
            (self.tr("ABHA"), p.abha_display or "—"),
        ]
        self.detail_text.setText(
            "<table cellspacing='6'>"
            + "".join(
                f"<tr><td style='color:#64748b'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )

    def current_patient(self) -> PatientSummary | None:
        row = self.results.currentRow()
        return self._results[row] if 0 <= row < len(self._results) else None

    def _enter(self) -> None:
        self._timer.stop()
        if self.current_patient() is not None and self.results.isVisible():
            self.results.setFocus()
        else:
            self.search()

    def _edit(self) -> None:
        patient = self.current_patient()
        if patient is not None:
            self.edit_patient.emit(patient.id)

    def start_case(self) -> None:
        patient = self.current_patient()
        if patient is None:
            return
        self.start_button.setEnabled(False)
        cho_id = self.ctx.cho_id

        def opened(encounter: Encounter) -> None:
            self.start_button.setEnabled(True)
            self.encounter_opened.emit(encounter.id)

        def failed(error: BaseException) -> None:
            self.start_button.setEnabled(True)
            self.ctx.bridge.on_unhandled(error)

        self.ctx.bridge.run(
            lambda: self.ctx.clinic.encounters.open(patient.id, cho_id), opened, failed, owner=self
        )
