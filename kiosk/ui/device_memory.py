"""A device's memory on the encounter screen: the last results a meter (or any device
that sends ``memory`` readings) holds, newest first, for the CHO to pick the one taken
now. A device keeps old results, often other patients', so none is recorded by itself;
picking one that is not from the last few minutes asks a second time, saying how old it
is. Control-solution checks and HI/LO results are listed but cannot be recorded.
A device whose memory is read only when asked (a Contec oximeter's stored session) has
"Read memory" (``MemoryDownload``) and shows how far the download has got.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.devices.capture import CLOCK_AHEAD, StoredRecord
from kiosk.devices.parser import MemoryProgress
from kiosk.domain import languages
from kiosk.domain.vitals import MEASURES
from kiosk.ui import i18n
from kiosk.ui.widgets import button, label, local_time, spoke_zone

MEMORY_ROWS = 5  # the newest results shown; the one just taken is among them


class MemoryList(QWidget):
    """Emits ``picked`` with the StoredRecord the CHO chose (and confirmed, if old)."""

    picked = Signal(object)

    def __init__(
        self, clock: Callable[[], datetime], flag_text: Callable[[frozenset[str]], str]
    ) -> None:
        super().__init__()
        self.clock = clock
        self.flag_text = flag_text
        self.records: list[StoredRecord] = []
        self.recorded: set[tuple[object, ...]] = set()
        self.pending: StoredRecord | None = None
        self.drawn: datetime | None = None
        self.buttons: dict[tuple[object, ...], QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        self.heading = label(
            self.tr("Results stored in the device, newest first. Pick the one taken now:"),
            "muted",
            wrap=True,
        )
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        layout.addLayout(self.grid)
        self.confirm = QWidget()
        confirm = QVBoxLayout(self.confirm)
        confirm.setContentsMargins(0, 0, 0, 0)
        self.question = label("", "warning", wrap=True)
        confirm.addWidget(self.question)
        answers = QHBoxLayout()
        self.yes = button(self.tr("Record anyway"), "danger")
        self.yes.setMinimumHeight(40)
        self.yes.clicked.connect(self._confirmed)
        self.no = button(self.tr("Cancel"))
        self.no.setMinimumHeight(40)
        self.no.clicked.connect(self._cancel)
        answers.addWidget(self.yes)
        answers.addWidget(self.no)
        answers.addStretch(1)
        confirm.addLayout(answers)
        self.confirm.hide()
        layout.addWidget(self.confirm)

    # What is shown ---------------------------------------------------------------
    def show_records(self, records: list[StoredRecord]) -> None:
        records = records[:MEMORY_ROWS]
        minute = self.clock().replace(second=0, microsecond=0)  # "2 min ago" moves on
        if [r.key for r in records] == [r.key for r in self.records] and minute == self.drawn:
            return
        self.records, self.drawn = records, minute
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.hide()  # gone at once, not only when Qt gets round to deleting it
                widget.setParent(None)
                widget.deleteLater()
        self.buttons.clear()
        now = self.clock()
        # Records a second apart (an oximeter's session) would all read alike: seconds.
        minutes = {r.at.replace(second=0, microsecond=0) for r in records}
        seconds = len(minutes) < len(records)
        for row, record in enumerate(records):
            when = label(self.row_time(record.at, now, seconds))
            when.setMinimumHeight(40)  # rows with and without a button stand alike
            value = label(self.value_text(record), "memoryValue")
            value.setStyleSheet("font-weight: 600;")
            flags = label(self.flag_text(record.flags), "muted", wrap=True)
            self.grid.addWidget(when, row, 0)
            self.grid.addWidget(value, row, 1)
            self.grid.addWidget(flags, row, 2)
            action = self._action(record)
            self.buttons[record.key] = action
            self.grid.addWidget(action, row, 3, Qt.AlignmentFlag.AlignRight)

    def _action(self, record: StoredRecord) -> QWidget:
        if record.key in self.recorded:
            return label(self.tr("Recorded"), "muted")
        if "control_solution" in record.flags:
            return label(self.tr("Not a patient result"), "muted")
        if not record.recordable:
            return label(self.tr("Cannot be recorded"), "muted")
        pick = button(self.tr("Record this"), "primary")
        pick.setMinimumHeight(40)
        pick.clicked.connect(lambda: self.pick(record))
        return pick

    def row_time(self, at: datetime, now: datetime, seconds: bool = False) -> str:
        """When, as a list row shows it; today's results say how long ago, too."""
        zone = spoke_zone()
        day, today = at.astimezone(zone).date(), now.astimezone(zone).date()
        time = at.astimezone(zone).strftime("%H:%M:%S") if seconds else local_time(at)
        if day == today:
            return self.tr("Today {time} · {age}").format(time=time, age=self.age_text(at, now))
        if day == today - timedelta(days=1):
            return self.tr("Yesterday {time}").format(time=time)
        return f"{self._date(day)} {time}"

    def when_text(self, at: datetime, now: datetime) -> str:
        """When, inside a sentence: "today at 10:05", "yesterday at 18:40", "30 Nov 2026
        at 15:07"."""
        zone = spoke_zone()
        day, today = at.astimezone(zone).date(), now.astimezone(zone).date()
        time = local_time(at)
        if day == today:
            return self.tr("today at {time}").format(time=time)
        if day == today - timedelta(days=1):
            return self.tr("yesterday at {time}").format(time=time)
        return self.tr("{date} at {time}").format(date=self._date(day), time=time)

    @staticmethod
    def _date(day: date) -> str:
        # Qt's locale is English for the languages other than Hindi (it would change the
        # digits otherwise): the month comes from the language registry instead.
        return languages.format_day(i18n.current(), day)

    def age_text(self, at: datetime, now: datetime) -> str:
        seconds = (now - at).total_seconds()
        if seconds < -CLOCK_AHEAD.total_seconds():
            return self.tr("ahead of the clinic clock")
        minutes = max(0, round(seconds / 60))
        if minutes < 90:
            return self.tr("{n} min ago").format(n=minutes)
        hours = round(minutes / 60)
        if hours < 36:
            return self.tr("{n} h ago").format(n=hours)
        days = round(hours / 24)
        return self.tr("1 day ago") if days == 1 else self.tr("{n} days ago").format(n=days)

    def value_text(self, record: StoredRecord) -> str:
        if "above_range" in record.flags:
            return self.tr("HI")
        if "below_range" in record.flags:
            return self.tr("LO")
        parts = []
        for reading in record.readings:
            measure = MEASURES.get(reading.kind)
            if measure is not None:
                parts.append(f"{measure.format(reading.value)} {measure.unit_label}")
        return ", ".join(parts)

    # Picking -----------------------------------------------------------------------
    def pick(self, record: StoredRecord) -> None:
        now = self.clock()
        if record.is_recent(now):
            self._record(record)
            return
        self.pending = record
        self.question.setText(self.warning_text(record, now))
        self.confirm.show()

    def warning_text(self, record: StoredRecord, now: datetime) -> str:
        zone = spoke_zone()
        when = self.when_text(record.at, now)
        if record.at > now + CLOCK_AHEAD:
            return self.tr(
                "This result's time ({when}) is ahead of the clinic clock: the device's "
                "clock is wrong. Record it only if it is the result just taken for this "
                "patient, and set the device's clock."
            ).format(when=when)
        if record.at.astimezone(zone).date() != now.astimezone(zone).date():
            return self.tr(
                "This result is from {when}, not today. A device keeps old results, often "
                "another patient's. Record it only if it is this patient's, taken now."
            ).format(when=when)
        return self.tr(
            "This result was taken {age} ({when}), not just now. Record it only if it "
            "is this patient's."
        ).format(age=self.age_text(record.at, now), when=when)

    def _confirmed(self) -> None:
        if self.pending is not None:
            self._record(self.pending)

    def _cancel(self) -> None:
        self.pending = None
        self.confirm.hide()

    def _record(self, record: StoredRecord) -> None:
        self.pending = None
        self.confirm.hide()
        self.recorded.add(record.key)
        shown, self.records = self.records, []
        self.show_records(shown)  # redrawn, with this row marked as recorded
        self.picked.emit(record)


class MemoryDownload(QWidget):
    """ "Read memory" for a device whose memory is read only when asked (an oximeter's
    stored session), and how far the download has got. The request goes to the device's
    reader thread; this widget never touches the port. Emits ``asked``."""

    asked = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.button = button(self.tr("Read memory"))
        self.button.setMinimumHeight(40)
        self.button.setToolTip(self.tr("Read the results stored in the device"))
        self.button.clicked.connect(self.asked)
        layout.addWidget(self.button)
        self.status = label("", "muted", wrap=True)
        layout.addWidget(self.status, 1)
        self.live = False
        self.button.setEnabled(False)  # until the device is live

    @property
    def reading(self) -> bool:
        return bool(self.status.property("reading") == "yes")

    def set_live(self, live: bool) -> None:
        self.live = live
        self.button.setEnabled(live and not self.reading)

    def started(self) -> None:
        self._reading(True)
        self.status.setText(self.tr("Asking the device for its memory…"))

    def refused(self) -> None:
        self.status.setText(self.tr("The device cannot be asked now. Try again when it is live."))

    def show_progress(self, progress: MemoryProgress) -> None:
        self._reading(not progress.finished)
        if not progress.finished:
            if progress.expected is None:
                text = self.tr("Reading the device's memory… {n} records so far")
                self.status.setText(text.format(n=progress.read))
            else:
                text = self.tr("Reading the device's memory… {n} of {total} records")
                self.status.setText(text.format(n=progress.read, total=progress.expected))
        elif progress.expected == 0:
            self.status.setText(self.tr("The device's memory is empty."))
        elif progress.complete:
            self.status.setText(self.tr("Memory read: {n} records.").format(n=progress.read))
        else:
            text = self.tr("The device stopped after {n} of {total} records. Try again.")
            self.status.setText(text.format(n=progress.read, total=progress.expected or "?"))

    def _reading(self, reading: bool) -> None:
        self.status.setProperty("reading", "yes" if reading else "no")
        self.button.setEnabled(self.live and not reading)
