"""The event bus as the screens hear it: one typed signal per topic, on the UI thread,
so that a burst of pleth samples wakes only the screens that draw the wave."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import build, shutdown
from kiosk.backup.status import BACKUP_STATUS, BackupStatus
from kiosk.devices.events import (
    MEMORY_READ,
    READINGS,
    STATE,
    DeviceInfo,
    DeviceMemory,
    DeviceReadings,
    DeviceState,
    DeviceStatus,
)
from kiosk.devices.parser import MemoryProgress
from kiosk.devices.readings import Reading
from kiosk.events import EventBus
from kiosk.rtc.events import (
    CALL_STATUS,
    HUB_PRESENCE,
    RING_RESULT,
    CallState,
    CallStatus,
    HubPresence,
    RingResult,
)
from kiosk.sync.report import SYNC_PROGRESS, SYNC_STATUS, SyncProgress, SyncStatus
from kiosk.ui.bus_signals import TOPICS, BusSignals, PlethSamples
from kiosk.ui.call_screen import CallScreen
from kiosk.ui.context import Context
from kiosk.ui.sync_status import SyncStatusPanel

OXIMETER = DeviceInfo("usb:1", "/dev/ttyUSB0", "contec-cms50d", "Pulse oximeter", "oximeter")
SPO2 = Reading("spo2", 97, "%", "contec-cms50d")
NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)
SYNCED = SyncStatus(True, True, False, 0, 0, None, NOW)

# One event of every topic the screens listen to, as its publisher sends it.
EVENTS: dict[str, object] = {
    STATE: DeviceStatus(OXIMETER, DeviceState.STREAMING),
    READINGS: DeviceReadings(OXIMETER, (SPO2,), (1.0, 2.0, 3.0)),
    MEMORY_READ: DeviceMemory(OXIMETER, MemoryProgress(3, 10)),
    SYNC_STATUS: SYNCED,
    SYNC_PROGRESS: SyncProgress("push", 1, 4, 100, 400),
    BACKUP_STATUS: BackupStatus(False, "missing", "not there", "/media/usb"),
    CALL_STATUS: CallStatus(CallState.RINGING, "enc-1", "Dr Rao"),
    HUB_PRESENCE: HubPresence(True, ("medicine",)),
    RING_RESULT: RingResult("enc-1", True),
}


class Heard:
    """Every signal of a BusSignals, recorded with the thread it was delivered on."""

    def __init__(self, signals: BusSignals) -> None:
        self.calls: list[tuple[str, Any, bool]] = []
        for topic in TOPICS:
            signals.signal(topic).connect(
                lambda payload, name=topic.signal: self.calls.append(
                    (name, payload, threading.current_thread() is threading.main_thread())
                )
            )

    def names(self) -> list[str]:
        return [name for name, _payload, _ui in self.calls]


def publish_from_a_thread(bus: EventBus, events: Sequence[tuple[str, object]]) -> None:
    """As a device reader or the engine loop does: from a thread that is not the UI's."""

    def publish() -> None:
        for topic, payload in events:
            bus.publish(topic, payload)

    worker = threading.Thread(target=publish)
    worker.start()
    worker.join()


def test_every_topic_arrives_on_its_own_signal_on_the_ui_thread_as_the_type_it_declares(
    qtbot: QtBot,
) -> None:
    bus = EventBus()
    signals = BusSignals(bus)
    heard = Heard(signals)
    expected = {t.signal for t in TOPICS}
    for topic, payload in EVENTS.items():
        before = len(heard.calls)
        publish_from_a_thread(bus, [(topic, payload)])
        routes = {t.signal for t in TOPICS if t.name == topic}
        total = before + len(routes)

        def all_in(total: int = total) -> bool:
            return len(heard.calls) == total

        qtbot.waitUntil(all_in)
        arrived = heard.calls[before:]
        assert {name for name, _p, _ui in arrived} == routes, topic
        for name, delivered, on_ui_thread in arrived:
            declared = next(t.payload for t in TOPICS if t.signal == name)
            assert isinstance(delivered, declared), (name, delivered)
            assert on_ui_thread, name
        expected -= routes
    assert expected == set()  # every signal was heard once its topic was published
    signals.close()


def test_a_reading_batch_becomes_its_wave_then_its_numbers(qtbot: QtBot) -> None:
    bus = EventBus()
    signals = BusSignals(bus)
    heard = Heard(signals)
    wave_only = DeviceReadings(OXIMETER, (), (4.0, 5.0))
    numbers_only = DeviceReadings(OXIMETER, (SPO2,))
    publish_from_a_thread(bus, [(READINGS, EVENTS[READINGS]), (READINGS, wave_only),
                                (READINGS, numbers_only)])  # fmt: skip
    qtbot.waitUntil(lambda: len(heard.calls) == 4)
    assert heard.names() == ["pleth_samples", "vitals_readings", "pleth_samples",
                             "vitals_readings"]  # fmt: skip
    payloads = [payload for _name, payload, _ui in heard.calls]
    assert payloads[0] == PlethSamples(OXIMETER, (1.0, 2.0, 3.0))
    assert payloads[1] == DeviceReadings(OXIMETER, (SPO2,), ())  # the numbers carry no wave
    assert payloads[2] == PlethSamples(OXIMETER, (4.0, 5.0))
    assert payloads[3] == numbers_only
    signals.close()


def test_a_payload_that_is_not_its_topics_type_reaches_no_screen(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    bus = EventBus()
    signals = BusSignals(bus)
    heard = Heard(signals)
    with caplog.at_level(logging.ERROR, logger="kiosk.ui"):
        publish_from_a_thread(bus, [(SYNC_STATUS, "online"), (READINGS, SYNCED),
                                    (RING_RESULT, RingResult("enc-1", False))])  # fmt: skip
        qtbot.waitUntil(lambda: len(heard.calls) == 1)  # events arrive in order: all are in
    assert heard.names() == ["ring_result"]
    assert "sync.status carried a str, not a SyncStatus" in caplog.text
    assert "device.readings carried a SyncStatus, not a DeviceReadings" in caplog.text
    caplog.clear()  # expected, and checked


def test_after_close_the_bus_no_longer_reaches_the_screens(qtbot: QtBot) -> None:
    bus = EventBus()
    signals = BusSignals(bus)
    heard = Heard(signals)
    signals.close()
    other = BusSignals(bus)  # a second listener shows when the events were delivered
    other_heard = Heard(other)
    publish_from_a_thread(bus, [(SYNC_STATUS, SYNCED)])
    qtbot.waitUntil(lambda: len(other_heard.calls) == 1)
    assert heard.calls == []
    other.close()


class CountingPanel(SyncStatusPanel):
    """The home screen's sync card, counting every call of what it connects to the bus."""

    def __init__(self, ctx: Context) -> None:
        self.heard: list[object] = []
        super().__init__(ctx)

    def show_status(self, status: SyncStatus) -> None:
        self.heard.append(status)
        super().show_status(status)

    def show_progress(self, progress: SyncProgress) -> None:
        self.heard.append(progress)
        super().show_progress(progress)


@pytest.fixture
def ctx(qtbot: QtBot, tmp_path: Path) -> Iterator[Context]:
    cfg = config.load(home=tmp_path / "kiosk", environ={}, overrides={"language": "en"})
    window, built = build(cfg)
    qtbot.addWidget(window)
    yield built
    qtbot.waitUntil(lambda: built.bridge.pending == 0)
    shutdown(built)


def test_the_sync_card_is_not_woken_by_pleth_samples(qtbot: QtBot, ctx: Context) -> None:
    events = ctx.bridge.events
    pleth, sync = SIGNAL("pleth_samples(PyObject)"), SIGNAL("sync_status(PyObject)")
    listening = events.receivers(pleth), events.receivers(sync)
    panel = CountingPanel(ctx)
    qtbot.addWidget(panel)
    panel.timer.stop()
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0)  # its first look at the outbox is in
    assert events.receivers(pleth) == listening[0]  # the card does not listen to the wave
    assert events.receivers(sync) == listening[1] + 1
    panel.heard.clear()
    burst = [(READINGS, DeviceReadings(OXIMETER, (), (float(i),) * 12)) for i in range(200)]
    publish_from_a_thread(ctx.bus, [*burst, (SYNC_STATUS, SYNCED)])
    qtbot.waitUntil(lambda: panel.heard != [])
    assert panel.heard == [SYNCED]  # 200 batches of wave, and the card heard only its own
    assert panel.chip.text() == "Online · Synced"


def test_the_call_screen_shows_the_oximeters_numbers_and_wave(qtbot: QtBot, ctx: Context) -> None:
    screen = CallScreen(ctx, CallStatus(CallState.IN_CALL, "enc-1", "Dr Rao"))
    qtbot.addWidget(screen)
    pulse = Reading("pulse_rate", 84, "/min", "contec-cms50d")
    batches = [(READINGS, DeviceReadings(OXIMETER, (SPO2, pulse), (float(i),) * 6))
               for i in range(5)]  # fmt: skip
    publish_from_a_thread(ctx.bus, batches)
    qtbot.waitUntil(lambda: len(screen.wave.samples) >= 30)
    assert (screen.spo2_value.text(), screen.pulse_value.text()) == ("97", "84")
