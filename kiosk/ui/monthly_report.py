"""The HWC's monthly report on screen: this month's (or an earlier month's) figures from
the kiosk's own records, offline; saved as CSV and PDF in the kiosk's reports folder,
and printed on the kiosk's printer in its language."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from hwc_shared.files import private_file
from kiosk.domain.encounter import SPECIALTY_LABELS, Specialty
from kiosk.domain.errors import QT_TRANSLATE_NOOP
from kiosk.domain.vitals import ObservationKind
from kiosk.reports.monthly_pdf import write_monthly
from kiosk.rx import printing
from kiosk.store.monthly import MonthlySummary, to_csv
from kiosk.ui.context import Context
from kiosk.ui.i18n import domain_text
from kiosk.ui.widgets import button, card, label, screen_widget

_CONTEXT = "MonthlyReportScreen"
MONTHS = (
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "January"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "February"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "March"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "April"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "May"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "June"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "July"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "August"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "September"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "October"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "November"),
    QT_TRANSLATE_NOOP("MonthlyReportScreen", "December"),
)


def _kind_label(kind: str) -> str:
    try:
        return domain_text(ObservationKind(kind).label)
    except ValueError:
        return kind.replace("_", " ")


def _specialty(key: str) -> str:
    try:
        return domain_text(SPECIALTY_LABELS[Specialty(key)])
    except ValueError:
        return key


class MonthlyReportScreen(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        today = ctx.clinic.clock().astimezone(ctx.clinic.prescriptions.zone).date()
        self.month = today.replace(day=1)
        self.current = self.month
        self.summary: MonthlySummary | None = None
        page, layout = screen_widget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(page)

        head = QHBoxLayout()
        head.addWidget(label(self.tr("Monthly report"), "h1"))
        head.addStretch(1)
        self.previous = button(self.tr("Previous month"))
        self.previous.clicked.connect(lambda: self._move(-1))
        head.addWidget(self.previous)
        self.title = label("", "h2")
        head.addWidget(self.title)
        self.next = button(self.tr("Next month"))
        self.next.clicked.connect(lambda: self._move(1))
        head.addWidget(self.next)
        layout.addLayout(head)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        left, self.left = card()
        right, self.right = card()
        columns.addWidget(left, 1)
        columns.addWidget(right, 1)
        layout.addLayout(columns, 1)

        actions = QHBoxLayout()
        self.note = label("", "muted", wrap=True)
        actions.addWidget(self.note, 1)
        self.save = button(self.tr("Save CSV and PDF"))
        self.save.clicked.connect(self._save)
        actions.addWidget(self.save)
        self.print_button = button(self.tr("Print report"), "primary", default=True)
        self.print_button.clicked.connect(self._print)
        actions.addWidget(self.print_button)
        layout.addLayout(actions)
        self._grids: list[QWidget] = []

    # -- figures -------------------------------------------------------------------------
    def refresh(self) -> None:
        month = self.month
        self.title.setText(self._month_name(month))
        self.next.setEnabled(month < self.current)
        now = self.ctx.clinic.clock()
        zone, clinic = self.ctx.config.timezone, self.ctx.clinic
        self.ctx.bridge.run(
            lambda: clinic.monthly_summary(month, now, zone), self._show, owner=self
        )

    def _month_name(self, month: date) -> str:
        name = QCoreApplication.translate(_CONTEXT, MONTHS[month.month - 1])
        return f"{name} {month.year}"

    def _move(self, step: int) -> None:
        if step < 0:
            self.month = (self.month - timedelta(days=1)).replace(day=1)
        else:
            self.month = (self.month.replace(day=28) + timedelta(days=4)).replace(day=1)
        self.note.setText("")
        self.refresh()

    def _grid(self, into: QVBoxLayout, title: str, rows: list[tuple[str, int]]) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 8)
        grid.addWidget(label(title, "h2"), 0, 0, 1, 2)
        if not rows:
            grid.addWidget(label(self.tr("None this month."), "muted"), 1, 0, 1, 2)
        for n, (text, count) in enumerate(rows, start=1):
            grid.addWidget(label(text), n, 0)
            number = label(str(count), "figure")
            grid.addWidget(number, n, 1)
        grid.setColumnStretch(0, 1)
        into.addWidget(box)
        self._grids.append(box)

    def _show(self, s: MonthlySummary) -> None:
        self.summary = s
        for box in self._grids:
            box.deleteLater()
        self._grids = []
        self._grid(self.left, self.tr("Patients"), [
            (self.tr("Patients seen"), s.patients_seen),
            (self.tr("New registrations"), s.new_patients),
            (self.tr("Cases opened"), s.cases)])  # fmt: skip
        consults = [(_specialty(k), n) for k, n in s.consults.items()]
        if consults:
            consults.append((self.tr("Total"), s.consults_total))
        self._grid(self.left, self.tr("Consults by specialty"), consults)
        vitals = [(_kind_label(k), n) for k, n in s.vitals.items()]
        if vitals:
            vitals.append((self.tr("Total"), s.vitals_total))
        self._grid(self.right, self.tr("Vitals taken"), vitals)
        self._grid(self.right, self.tr("Prescriptions and follow-ups"), [
            (self.tr("Prescriptions received"), s.prescriptions),
            (self.tr("Referrals"), s.referrals),
            (self.tr("Follow-ups due"), s.follow_ups_due),
            (self.tr("Follow-ups missed"), s.follow_ups_missed)])  # fmt: skip
        self.left.addStretch(1)
        self.right.addStretch(1)

    # -- files and paper -----------------------------------------------------------------
    def _files(self, s: MonthlySummary) -> tuple[Path, Path]:
        folder = self.ctx.config.home / "reports"
        stem = f"monthly-{s.month:%Y-%m}"
        csv_path, pdf_path = folder / f"{stem}.csv", folder / f"{stem}.pdf"
        folder.mkdir(parents=True, exist_ok=True)
        private_file(csv_path).write_text(to_csv(s), encoding="utf-8")
        hwc = self.ctx.config.spoke_name or self.ctx.config.spoke_id
        write_monthly(s, pdf_path, hwc, self.ctx.config.language, self.ctx.clinic.clock())
        return csv_path, pdf_path

    def _save(self) -> None:
        if self.summary is None:
            return
        s = self.summary
        self.ctx.bridge.run(lambda: self._files(s), self._saved, self._failed, owner=self)

    def _saved(self, paths: tuple[Path, Path]) -> None:
        self.note.setText(self.tr("Saved in {folder}").format(folder=paths[0].parent))

    def _print(self) -> None:
        if self.summary is None:
            return
        s = self.summary
        printer = self.ctx.config.printer

        def work() -> str:
            _, pdf = self._files(s)
            job = printing.submit(pdf, printer, f"Monthly report {s.month:%Y-%m}")
            return job.job_id

        self.ctx.bridge.run(work, self._printed, self._failed, owner=self)

    def _printed(self, _job: str) -> None:
        self.note.setText(self.tr("Sent to the printer."))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, printing.PrintError):
            self.note.setText(self.tr("Could not print: the printer is not ready. "
                                      "The report is saved as a PDF."))  # fmt: skip
        else:
            self.note.setText(self.tr("The report could not be saved."))
