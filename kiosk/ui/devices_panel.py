"""The devices on the encounter screen: each connected device, its state, its live
values and pleth wave, and "Capture" to record what it shows as observations.

Values come from the device reader threads through the event bus and the bridge's
typed signals (``device_state``, ``vitals_readings``, ``pleth_samples``,
``device_memory``: :mod:`kiosk.ui.bus_signals`), and are shown as soon as they
arrive. Automatic capture records a value once the capture rules
(``kiosk.devices.capture``) trust it. A device that sends its memory (a glucometer's
stored results) shows them as a list to pick the one taken now
(``kiosk.ui.device_memory``); one whose memory is read only when asked (a Contec
oximeter) has "Read memory" on its card. A device that disappears is marked
"disconnected"; what was captured stays recorded.
"""

from __future__ import annotations

import time
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kiosk.devices.capture import Capture, CaptureTracker, StoredRecord, newest
from kiosk.devices.events import (
    DeviceInfo,
    DeviceMemory,
    DeviceReadings,
    DeviceState,
    DeviceStatus,
)
from kiosk.devices.readings import MEMORY
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.domain.observation import Device, Observation
from kiosk.domain.vitals import MEASURES
from kiosk.ui.bus_signals import PlethSamples
from kiosk.ui.context import Context
from kiosk.ui.device_memory import MEMORY_ROWS, MemoryDownload, MemoryList
from kiosk.ui.i18n import domain_text, error_text
from kiosk.ui.pleth import PlethWave
from kiosk.ui.widgets import button, label, local_time, spoke_zone

AUTO_CHECK_SECONDS = 0.5  # how often a device's values are weighed for automatic capture
LIVE = (DeviceState.STREAMING, DeviceState.STALE)
ORDER = (
    "spo2",
    "bp",
    "pulse_rate",
    "heart_rate",
    "respiratory_rate",
    "body_temperature",
    "weight",
    "height",
    "blood_glucose",
)
STYLE = """
QFrame#deviceCard { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 10px; }
QLabel#deviceValue { font-size: 28px; font-weight: 600; color: #0f172a; }
QLabel#deviceValue[live="false"] { color: #94a3b8; }
QLabel#chip[device="streaming"] { background: #dcfce7; color: #166534; }
QLabel#chip[device="connecting"] { background: #dbeafe; color: #1e40af; }
QLabel#chip[device="stale"] { background: #fef3c7; color: #92400e; }
QLabel#chip[device="disconnected"] { background: #fee2e2; color: #991b1b; }
QLabel#chip[device="gone"] { background: #fee2e2; color: #991b1b; }
QLabel#chip[device="unknown"] { background: #e2e8f0; color: #475569; }
"""


def _repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class DeviceCard(QFrame):
    """One device: title, state, live values, pleth wave and its Capture button."""

    def __init__(self, panel: DevicesPanel, info: DeviceInfo) -> None:
        super().__init__()
        self.panel = panel
        self.info = info
        self.state = DeviceState.CONNECTING
        self.tracker = CaptureTracker(Device(info.driver, info.device_id), panel.ctx.clinic.clock)
        self.values: dict[str, tuple[QLabel, QLabel]] = {}
        self.recorded: dict[str, str] = {}  # what this card has put on record, by kind
        self.last_auto_check = 0.0
        self.setObjectName("deviceCard")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.title = label(info.title or info.url)
        self.title.setStyleSheet("font-weight: 600;")
        top.addWidget(self.title)
        self.chip = label("", "chip")
        self.chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.chip)
        top.addStretch(1)
        self.capture_button = button(self.tr("Capture"), "primary")
        self.capture_button.setMinimumHeight(44)
        self.capture_button.setEnabled(False)
        self.capture_button.clicked.connect(self.capture_now)
        top.addWidget(self.capture_button)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(24)
        self.grid.setVerticalSpacing(0)
        layout.addLayout(self.grid)
        self.wave = PlethWave()
        self.wave.hide()
        layout.addWidget(self.wave)
        self.download: MemoryDownload | None = None
        if info.reads_memory:
            self.download = MemoryDownload()
            self.download.asked.connect(self.read_memory)
            layout.addWidget(self.download)
        self.memory = MemoryList(panel.ctx.clinic.clock, panel.flag_text)
        self.memory.picked.connect(self.record_stored)
        self.memory.hide()
        layout.addWidget(self.memory)
        self.flags = label("", "muted", wrap=True)
        self.flags.hide()
        layout.addWidget(self.flags)
        self.note = label("", "notice", wrap=True)
        self.note.hide()
        layout.addWidget(self.note)
        self.warning = label("", "warning", wrap=True)
        self.warning.hide()
        layout.addWidget(self.warning)
        self.show_state(DeviceStatus(info, DeviceState.CONNECTING))

    # What the device says ------------------------------------------------------------
    def show_state(self, status: DeviceStatus) -> None:
        text = {
            DeviceState.CONNECTING: self.tr("Connecting…"),
            DeviceState.STREAMING: self.tr("Live"),
            DeviceState.STALE: self.tr("No signal"),
            DeviceState.DISCONNECTED: self.tr("Disconnected"),
            DeviceState.GONE: self.tr("Unplugged"),
            DeviceState.UNKNOWN: self.tr("Not recognised"),
        }[status.state]
        was_live = self.state in LIVE
        self.state = status.state
        self.chip.setText(text)
        self.chip.setProperty("device", status.state.value)
        _repolish(self.chip)
        live = status.state in LIVE
        self.capture_button.setEnabled(live and bool(self.tracker.current()))
        if self.download is not None:
            self.download.set_live(status.state is DeviceState.STREAMING)
        for value, _ in self.values.values():
            value.setProperty("live", "true" if live else "false")
            _repolish(value)
        if status.state in (DeviceState.DISCONNECTED, DeviceState.GONE) and (
            was_live or self.values
        ):
            self.warn(self.tr("Device disconnected. Values already captured are kept."))
        elif status.state is DeviceState.UNKNOWN:
            self.warn(self.tr("This device was not recognised. District IT can choose its driver."))
        elif live:
            self.warning.hide()
        self.show_flags(status.flags)

    def show_flags(self, flags: frozenset[str]) -> None:
        text = self.panel.flag_text(flags)
        self.flags.setText(text)
        self.flags.setVisible(bool(text))

    def show_pleth(self, samples: tuple[float, ...]) -> None:
        self.wave.show()
        self.wave.add(samples)

    def show_readings(self, batch: DeviceReadings) -> None:
        if batch.pleth:  # a batch handed in whole (the bridge splits the wave off)
            self.show_pleth(batch.pleth)
        if not batch.readings:
            return
        self.tracker.add(batch.readings)
        if any(MEMORY in r.flags for r in batch.readings) and not self.downloading():
            self.show_memory()
        latest = newest(r for r in batch.readings if MEMORY not in r.flags)
        for kind, reading in latest.items():
            if kind.startswith("bp_"):
                continue
            measure = MEASURES[kind]
            self._value(kind, domain_text(measure.label)).setText(
                f"{measure.format(reading.value)} {measure.unit_label}"
            )
        if "bp_systolic" in latest and "bp_diastolic" in latest:
            text = f"{latest['bp_systolic'].value:.0f}/{latest['bp_diastolic'].value:.0f} mmHg"
            self._value("bp", self.tr("Blood pressure")).setText(text)
        self.capture_button.setEnabled(self.state in LIVE and bool(self.tracker.current()))
        # A meter that only sends its memory is recorded from the list, not "Capture".
        self.capture_button.setVisible(bool(self.values) or self.memory.isHidden())

    def _value(self, key: str, caption: str) -> QLabel:
        if key not in self.values:
            value = label("", "deviceValue")
            value.setProperty("live", "true")
            name = label(caption, "muted")
            self.values[key] = (value, name)
            for column, k in enumerate(sorted(self.values, key=ORDER.index)):
                self.grid.addWidget(self.values[k][0], 0, column)
                self.grid.addWidget(self.values[k][1], 1, column)
        return self.values[key][0]

    def warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()

    def read_memory(self) -> None:
        """Ask the device's reader thread for the memory; it answers with progress."""
        devices = self.panel.ctx.devices
        assert self.download is not None
        if devices is not None and devices.read_memory(self.info.key):
            self.download.started()
        else:
            self.download.refused()

    def show_memory_progress(self, progress: DeviceMemory) -> None:
        if self.download is not None:
            self.download.show_progress(progress.progress)
        if progress.progress.finished and self.tracker.memory(1):
            self.show_memory()  # the list once the download is over, not row by row

    def downloading(self) -> bool:
        return self.download is not None and self.download.reading

    def show_memory(self) -> None:
        self.memory.show_records(self.tracker.memory(MEMORY_ROWS))
        self.memory.show()

    # Capturing -----------------------------------------------------------------------
    def capture_now(self) -> None:
        captures = self.tracker.current()
        self.tracker.mark(captures)
        self.panel.record(self, captures)

    def record_stored(self, record: StoredRecord) -> None:
        """The CHO picked a result from the device's memory: record it at its own time."""
        self.panel.record(self, self.tracker.from_memory(record))

    def auto_capture(self) -> None:
        now = time.monotonic()
        if now - self.last_auto_check < AUTO_CHECK_SECONDS or self.state not in LIVE:
            return
        self.last_auto_check = now
        ready = self.tracker.ready()
        if ready:
            self.tracker.mark(ready)
            self.panel.record(self, ready)

    def captured(self, made: list[Observation]) -> None:
        for obs in made:
            self.recorded[obs.kind.value] = f"{domain_text(obs.kind.label)} {obs.display()}"
        taken, now = made[0].taken_at, self.panel.ctx.clinic.clock()
        values = ", ".join(self.recorded.values())
        if taken.astimezone(spoke_zone()).date() == now.astimezone(spoke_zone()).date():
            text = self.tr("Recorded at {time}: {values}").format(
                time=local_time(taken), values=values
            )
        else:  # an older result picked from a device's memory: say its day too
            when = self.memory.when_text(taken, now)
            text = self.tr("Recorded, taken {when}: {values}").format(when=when, values=values)
        self.note.setText(text)
        self.note.show()


class DevicesPanel(QWidget):
    """Mounted in the encounter screen's vitals column; emits ``recorded`` after saving."""

    recorded = Signal()

    def __init__(self, ctx: Context, encounter_id: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.encounter_id = encounter_id
        self.cards: dict[str, DeviceCard] = {}
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.setSpacing(8)
        header = QHBoxLayout()
        heading = label(self.tr("Devices"))
        heading.setStyleSheet("font-weight: 600;")
        header.addWidget(heading)
        header.addStretch(1)
        self.auto = QCheckBox(self.tr("Capture by itself when steady"))
        self.auto.setChecked(True)
        header.addWidget(self.auto)
        layout.addLayout(header)
        self.empty = label(
            self.tr("No vitals device is connected. Plug one in, or type the values below."),
            "muted",
            wrap=True,
        )
        layout.addWidget(self.empty)
        self.list = QVBoxLayout()
        self.list.setSpacing(8)
        layout.addLayout(self.list)
        events = ctx.bridge.events
        events.device_state.connect(self.show_state)
        events.vitals_readings.connect(self.show_readings)
        events.pleth_samples.connect(self.show_pleth)
        events.device_memory.connect(self.show_memory_progress)
        if ctx.devices is not None:
            for status in ctx.devices.statuses():
                self.show_state(status)

    def flag_text(self, flags: frozenset[str]) -> str:
        names = {
            "probe_error": self.tr("Probe problem"),
            "searching": self.tr("Searching for pulse"),
            "searching_too_long": self.tr("Searching for pulse"),
            "pulse_search": self.tr("Searching for pulse"),
            "finger_out": self.tr("Finger out of the probe"),
            "sensor_disconnect": self.tr("Sensor not connected"),
            "no_sensor": self.tr("Sensor not connected"),
            "sensor_off": self.tr("Sensor off the patient"),
            "artifact": self.tr("Movement: keep the hand still"),
            "out_of_track": self.tr("Signal lost"),
            "low_perfusion": self.tr("Weak pulse signal"),
            "low_signal_quality": self.tr("Weak pulse signal"),
            "low_spo2": self.tr("Low SpO2 alarm"),
            "unstable": self.tr("Weight settling…"),
            "overload": self.tr("Scale overloaded"),
            "control_solution": self.tr("Control solution test, not a patient reading"),
            "before_meal": self.tr("Before a meal"),
            "after_meal": self.tr("After a meal"),
            "above_range": self.tr("Above the meter's range"),
            "below_range": self.tr("Below the meter's range"),
            "meter_check": self.tr("The meter marked this result as doubtful"),
        }
        return " · ".join(sorted({names[f] for f in flags if f in names}))

    def show_state(self, status: DeviceStatus) -> None:
        self.card(status.device).show_state(status)

    def show_readings(self, batch: DeviceReadings) -> None:
        card = self.card(batch.device)
        card.show_readings(batch)
        if self.auto.isChecked():
            card.auto_capture()

    def show_pleth(self, wave: PlethSamples) -> None:
        card = self.card(wave.device)
        card.show_pleth(wave.samples)
        if self.auto.isChecked():
            card.auto_capture()  # as often as the device sends anything, as before

    def show_memory_progress(self, progress: DeviceMemory) -> None:
        self.card(progress.device).show_memory_progress(progress)

    def card(self, info: DeviceInfo) -> DeviceCard:
        card = self.cards.get(info.key)
        if card is None:
            card = self.cards[info.key] = DeviceCard(self, info)
            self.list.addWidget(card)
            self.empty.hide()
        return card

    def record(self, card: DeviceCard, captures: list[Capture]) -> None:
        cho_id = self.ctx.cho_id
        encounters = self.ctx.clinic.encounters

        def save(capture: Capture) -> list[Observation]:
            return encounters.record_vital(
                self.encounter_id,
                capture.kind,
                cho_id,
                value=capture.value,
                components=capture.components or None,
                device=capture.device,
                raw=capture.raw,
                taken_at=capture.taken_at,
            )

        def saved(made: list[Observation]) -> None:
            card.captured(made)
            self.recorded.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                card.warn(error_text(error))
            elif isinstance(error, ValidationErrors):
                card.warn("\n".join(error_text(e) for e in error.errors))
            else:
                self.ctx.bridge.on_unhandled(error)

        for capture in captures:
            self.ctx.bridge.run(partial(save, capture), saved, failed, owner=self)
