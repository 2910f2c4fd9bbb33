"""The call: the specialist large, the patient's own picture small, the live vitals strip,
the link's quality, and big buttons to mute, switch the camera off and end the call.

Everything shown comes from the consult service's status on the event bus; the buttons
ask the service (on the engine loop) through the bridge. When the link is too weak for
video, or drops and the kiosk rejoins, a banner says so in plain words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.devices.events import DeviceReadings
from kiosk.rtc.events import CallState, CallStatus, EndReason
from kiosk.ui.bus_signals import PlethSamples
from kiosk.ui.call_devices import CallDevicesDialog
from kiosk.ui.context import Context
from kiosk.ui.pleth import PlethWave
from kiosk.ui.video_view import VideoView
from kiosk.ui.widgets import button, label

SELF_VIEW = (224, 168)


class QualityBars(QWidget):
    """Three bars and a word: how good the link is right now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(3)
        self.bars = []
        for height in (8, 13, 18):
            bar = QFrame()
            bar.setObjectName("qualityBar")
            bar.setFixedSize(6, height)
            row.addWidget(bar, 0, Qt.AlignmentFlag.AlignBottom)
            self.bars.append(bar)
        self.text = label("", "qualityText")
        row.addSpacing(6)
        row.addWidget(self.text)
        self.level = ""

    def show_level(self, level: str, text: str) -> None:
        self.level = level
        lit = {"good": 3, "fair": 2, "poor": 1}.get(level, 0)
        for i, bar in enumerate(self.bars):
            bar.setProperty("lit", level if i < lit else "")
            bar.style().unpolish(bar)
            bar.style().polish(bar)
        self.text.setText(text)


class CallScreen(QWidget):
    back = Signal(str)  # the encounter to return to, when the CHO closes the ended call

    def __init__(self, ctx: Context, status: CallStatus) -> None:
        super().__init__()
        self.ctx = ctx
        self.status = status
        self.setObjectName("callScreen")
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 16, 16, 16)
        column.setSpacing(12)

        self.stage = QFrame()
        self.stage.setObjectName("callStage")
        grid = QGridLayout(self.stage)
        grid.setContentsMargins(12, 12, 12, 12)
        self.remote = VideoView(self.tr("Waiting for the specialist's video…"))
        self.remote.setObjectName("remoteVideo")
        grid.addWidget(self.remote, 1, 0, 2, 3)
        top = QHBoxLayout()
        self.who = label("", "callWho")
        top.addWidget(self.who)
        top.addStretch(1)
        self.quality = QualityBars()
        self.quality.setObjectName("qualityBox")
        top.addWidget(self.quality)
        grid.addLayout(top, 0, 0, 1, 3)
        self.banner = label("", "callBanner", wrap=True)
        self.banner.hide()
        grid.addWidget(self.banner, 1, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        # The patient's own picture floats over the specialist's, bottom right.
        self.self_view = VideoView(self.tr("Camera off"), self.stage)
        self.self_view.setObjectName("selfView")
        self.self_view.setFixedSize(*SELF_VIEW)
        self.stage.installEventFilter(self)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        column.addWidget(self.stage, 1)

        bottom = QFrame()
        bottom.setObjectName("callBar")
        row = QHBoxLayout(bottom)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(16)
        spo2_box, self.spo2_value = self._vital(self.tr("SpO₂"), "%")
        pulse_box, self.pulse_value = self._vital(self.tr("Pulse"), "/min")
        row.addWidget(spo2_box)
        row.addWidget(pulse_box)
        self.wave = PlethWave()
        self.wave.setFixedWidth(260)
        row.addWidget(self.wave)
        row.addStretch(1)
        self.mute = button(self.tr("Mute"), "callControl")
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self._mute)
        self.camera = button(self.tr("Camera off"), "callControl")
        self.camera.setCheckable(True)
        self.camera.toggled.connect(self._camera)
        self.devices = button(self.tr("Devices"), "callControl")
        self.devices.clicked.connect(self.choose_devices)
        self.devices_dialog: CallDevicesDialog | None = None
        self.end = button(self.tr("End call"), "endCall")
        self.end.clicked.connect(self._end_call)
        self.back_button = button(self.tr("Back to the case"), "primary")
        self.back_button.clicked.connect(lambda: self.back.emit(self.status.encounter_id or ""))
        self.back_button.hide()
        for widget in (self.devices, self.mute, self.camera, self.end, self.back_button):
            widget.setMinimumHeight(56)
            row.addWidget(widget)
        column.addWidget(bottom)
        ctx.bridge.events.call_status.connect(self.show_status)
        ctx.bridge.events.vitals_readings.connect(self.show_readings)
        ctx.bridge.events.pleth_samples.connect(self.show_pleth)
        self.show_status(status)
        self.attach()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if watched is self.stage and event.type() == QEvent.Type.Resize:
            width, height = SELF_VIEW
            margin = 16
            self.self_view.move(
                self.stage.width() - width - margin, self.stage.height() - height - margin
            )
            self.self_view.raise_()
        return False

    def _vital(self, caption: str, unit: str) -> tuple[QWidget, QLabel]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(label(caption, "vitalCaption"))
        value = label("–", "vitalValue")
        value.setAccessibleName(caption)
        row = QHBoxLayout()
        row.addWidget(value)
        row.addWidget(label(unit, "muted"), 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(row)
        return box, value

    # -- video sources ---------------------------------------------------------------------------
    def attach(self) -> None:
        """Watch the call's video: the specialist's, and our own camera (the same thread
        that feeds the call; never a second opening of the camera)."""
        service = self.ctx.consult
        remote = service.remote_video if service is not None else None
        camera = service.camera if service is not None else None
        self.remote.watch(remote.latest if remote is not None else None)
        self.self_view.watch(camera.latest if camera is not None else None)

    # -- what the service says ------------------------------------------------------------------
    def show_readings(self, batch: DeviceReadings) -> None:
        for reading in batch.readings:
            if reading.kind == "spo2":
                self.spo2_value.setText(f"{reading.value:.0f}")
            elif reading.kind in ("pulse_rate", "heart_rate"):
                self.pulse_value.setText(f"{reading.value:.0f}")

    def show_pleth(self, wave: PlethSamples) -> None:
        self.wave.add(wave.samples)

    def show_status(self, status: CallStatus) -> None:
        before, self.status = self.status, status
        name = status.specialist or self.tr("the hub specialist")
        self.who.setText(self.tr("In a call with {name}").format(name=name))
        self._show_quality(status)
        self._show_banner(status)
        ended = status.state is CallState.ENDED
        for widget in (self.devices, self.mute, self.camera, self.end):
            widget.setVisible(not ended)
        self.back_button.setVisible(ended)
        self.self_view.setVisible(not ended)
        self.quality.setVisible(not ended)
        if ended:
            self.remote.watch(None)
            self.self_view.watch(None)
            self.remote.show_placeholder(self._ended_text(status.ended))
            self.who.setText(self.tr("Call ended"))
        elif before.state is not status.state or self.remote.source is None:
            self.attach()
        if status.audio_only and not ended:
            self.remote.show_placeholder(self.tr("Audio only: you can still hear each other."))
            self.remote.watch(None)

    def _show_quality(self, status: CallStatus) -> None:
        texts = {
            "good": self.tr("Good connection"),
            "fair": self.tr("Fair connection"),
            "poor": self.tr("Poor connection"),
        }
        if status.state is CallState.CONNECTING:
            self.quality.show_level("", self.tr("Connecting…"))
        elif status.state is CallState.RECONNECTING:
            self.quality.show_level("poor", self.tr("Reconnecting…"))
        elif status.state is CallState.ENDED:
            self.quality.show_level("", "")
        else:
            self.quality.show_level(status.quality, texts.get(status.quality, ""))

    def _show_banner(self, status: CallStatus) -> None:
        text = ""
        if status.state is CallState.RECONNECTING:
            text = self.tr("The connection dropped. Reconnecting to the same consult; please wait.")
        elif status.audio_only and status.state is not CallState.ENDED:
            text = self.tr(
                "The internet link is weak, so the call continues with sound only. "
                "Video comes back by itself when the link improves."
            )
        elif status.problems and status.state is not CallState.ENDED:
            text = self.tr("Sound problem: {problem}").format(problem=status.problems[0])
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _ended_text(self, reason: EndReason) -> str:
        return {
            EndReason.SPECIALIST: self.tr("The specialist ended the call."),
            EndReason.CHO: self.tr("You ended the call."),
            EndReason.DROPPED: self.tr(
                "The call could not be reconnected. The specialist can call again."
            ),
            EndReason.DECLINED: self.tr("You declined the call."),
        }.get(reason, self.tr("The call has ended."))

    # -- what the CHO does ------------------------------------------------------------------------
    def _mute(self, on: bool) -> None:
        self.mute.setText(self.tr("Unmute") if on else self.tr("Mute"))
        if self.ctx.consult is not None:
            consult = self.ctx.consult
            self.ctx.bridge.run_async(lambda: consult.set_muted(on), owner=self)

    def _camera(self, off: bool) -> None:
        self.camera.setText(self.tr("Camera on") if off else self.tr("Camera off"))
        if self.ctx.consult is not None:
            consult = self.ctx.consult
            self.ctx.bridge.run_async(lambda: consult.set_camera_off(off), owner=self)

    def choose_devices(self) -> None:
        dialog = CallDevicesDialog(self.ctx, self)
        dialog.open()
        self.devices_dialog = dialog

    def _end_call(self) -> None:
        if self.ctx.consult is not None:
            self.ctx.bridge.run_async(self.ctx.consult.hang_up, owner=self)

    def leave(self) -> None:
        self.remote.watch(None)
        self.self_view.watch(None)
