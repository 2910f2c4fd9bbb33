"""The vitals panel of a case: manual entry with immediate validation, and what is recorded.

Each row checks its value as it is typed against the domain's plausible range. A row
that already holds a value offers "Correct": the new value supersedes the old one,
which stays in the record.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from kiosk.domain.errors import ValidationError
from kiosk.domain.observation import Method, Observation, parse_number
from kiosk.domain.vitals import MEASURES, ObservationKind, check_blood_pressure
from kiosk.ui.i18n import domain_text, error_text
from kiosk.ui.widgets import button, label, local_time, set_invalid

ROWS = (
    ObservationKind.BLOOD_PRESSURE,
    ObservationKind.PULSE_RATE,
    ObservationKind.SPO2,
    ObservationKind.BODY_TEMPERATURE,
    ObservationKind.RESPIRATORY_RATE,
    ObservationKind.WEIGHT,
    ObservationKind.HEIGHT,
    ObservationKind.BMI,
    ObservationKind.BLOOD_GLUCOSE,
)

Entry = tuple[ObservationKind, float | None, dict[str, float]]


def _edit(placeholder: str, width: int = 90) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedWidth(width)
    edit.setFixedHeight(42)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
    return edit


class VitalRow(QObject):
    """One line of the panel; BP has two editors, BMI none (it is derived)."""

    def __init__(self, panel: VitalsPanel, kind: ObservationKind) -> None:
        super().__init__(panel)
        self.panel = panel
        self.kind = kind
        self.standing: Observation | None = None
        # Captions and recorded values wrap: in Tamil or Malayalam a row written on one
        # line is wider than the vitals column.
        self.caption = label(domain_text(kind.label), wrap=True)
        self.editors: list[QLineEdit] = []
        editors = QWidget()
        box = QHBoxLayout(editors)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        self.fasting: QCheckBox | None = None
        if kind is ObservationKind.BLOOD_PRESSURE:
            self.editors = [_edit(self.tr("sys"), 64), _edit(self.tr("dia"), 64)]
            box.addWidget(self.editors[0])
            box.addWidget(label("/"))
            box.addWidget(self.editors[1])
        elif kind is not ObservationKind.BMI:
            self.editors = [_edit("", 80)]
            box.addWidget(self.editors[0])
        box.addStretch(1)
        self.editor_box = editors
        unit = "mmHg" if kind is ObservationKind.BLOOD_PRESSURE else MEASURES[kind.value].unit_label
        self.unit = label(unit, "muted")
        if kind is ObservationKind.BLOOD_GLUCOSE:
            self.fasting = QCheckBox(self.tr("fasting"))
            box.insertWidget(box.count() - 1, self.fasting)
        self.value = label("—", "muted", wrap=True)
        self.value.setTextFormat(Qt.TextFormat.RichText)
        self.button: QPushButton | None = None
        if self.editors:
            self.button = button(self.tr("Record"))
            self.button.setMinimumWidth(96)
            self.button.setEnabled(False)
            self.button.clicked.connect(self.submit)
        self.error = label("", "error", wrap=True)
        self.error.hide()
        for edit in self.editors:
            edit.textEdited.connect(lambda _t: self.check())
            edit.returnPressed.connect(self.submit)
        for widget in (self.caption, self.value):
            widget.setAccessibleName(domain_text(kind.label))

    def check(self) -> Entry | None:
        """Validate what is typed; show the problem at once; return the entry if it is good."""
        texts = [e.text().strip() for e in self.editors]
        if not any(texts):
            self._problem("", ())
            return None
        kind = self.kind
        if self.fasting is not None and self.fasting.isChecked():
            kind = ObservationKind.BLOOD_GLUCOSE_FASTING
        try:
            if kind is ObservationKind.BLOOD_PRESSURE:
                if not all(texts):
                    self._problem("", ())
                    return None
                systolic = parse_number(texts[0], "bp_systolic")
                diastolic = parse_number(texts[1], "bp_diastolic")
                parts = check_blood_pressure(systolic, diastolic)
                entry: Entry = (kind, None, parts)
            else:
                number = parse_number(texts[0], kind.value)
                entry = (kind, MEASURES[kind.value].check(number, kind.value), {})
        except ValidationError as error:
            bad = self.editors[1:] if error.field == "bp_diastolic" else self.editors[:1]
            self._problem(
                error_text(error), bad if kind is ObservationKind.BLOOD_PRESSURE else self.editors
            )
            return None
        self._problem("", ())
        return entry

    def _problem(self, text: str, editors: Sequence[QLineEdit]) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        bad = list(editors) if text else []
        for edit in self.editors:
            set_invalid(edit, edit in bad)
        if self.button is not None:
            self.button.setEnabled(not text and all(e.text().strip() for e in self.editors))

    def submit(self) -> None:
        entry = self.check()
        if entry is not None and self.button is not None and self.button.isEnabled():
            self.panel.record_requested.emit(entry, self.standing.id if self.standing else None)

    def clear(self) -> None:
        for edit in self.editors:
            edit.clear()
        self._problem("", ())

    def show_standing(self, obs: Observation | None) -> None:
        self.standing = obs
        if obs is None:
            self.value.setText("—")
        else:
            how = {
                Method.DEVICE: self.tr("device"),
                Method.MANUAL: self.tr("typed"),
                Method.DERIVED: self.tr("calculated"),
            }[obs.method]
            self.value.setText(
                f"<b style='color:#0f172a'>{obs.display()}</b><br>"
                f"<span style='color:#64748b; font-size:13px'>"
                f"{local_time(obs.taken_at)} · {how}</span>"
            )
        if self.button is not None:
            self.button.setText(self.tr("Correct") if obs else self.tr("Record"))


class VitalsPanel(QWidget):
    """Emits ``record_requested(entry, supersedes_id)``; the screen saves and calls ``show``."""

    record_requested = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.rows: dict[ObservationKind, VitalRow] = {}
        for i, kind in enumerate(ROWS):
            row = VitalRow(self, kind)
            self.rows[kind] = row
            r = i * 2
            grid.addWidget(row.caption, r, 0)
            grid.addWidget(row.editor_box, r, 1)
            grid.addWidget(row.unit, r, 2)
            grid.addWidget(row.value, r, 3)
            if row.button is not None:
                grid.addWidget(row.button, r, 4)
            grid.addWidget(row.error, r + 1, 0, 1, 5)
        grid.setColumnStretch(3, 1)

    def show_standing(self, standing: Mapping[ObservationKind, Observation]) -> None:
        for kind, row in self.rows.items():
            held = standing.get(kind)
            if kind is ObservationKind.BLOOD_GLUCOSE and held is None:
                held = standing.get(ObservationKind.BLOOD_GLUCOSE_FASTING)
            row.show_standing(held)

    def recorded(self, kind: ObservationKind) -> None:
        base = (
            ObservationKind.BLOOD_GLUCOSE if kind is ObservationKind.BLOOD_GLUCOSE_FASTING else kind
        )
        if base in self.rows:
            self.rows[base].clear()

    def row(self, kind: ObservationKind) -> VitalRow:
        return self.rows[kind]
