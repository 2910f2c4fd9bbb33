"""What the event bus says, as one typed Qt signal per topic, on the UI thread.

Device readers, the engine loop and the backup job publish on :class:`kiosk.events.EventBus`
from their own threads. :class:`BusSignals` subscribes to each topic a screen listens to
(never to ``"*"``), hands the event over to the UI thread through one queued signal, checks
that its payload is the type the topic promises and emits the topic's own signal. A
screen connects only to the topics it shows, so a burst of pleth samples wakes the
devices panel and the call screen and nothing else. Every slot runs on the UI thread,
however it was connected (a bound method or a lambda), because the typed signals are
only ever emitted there.

A device's read of the port is one ``device.readings`` event carrying numbers and pleth
samples together; here it becomes two signals: ``vitals_readings`` (the numbers, about
once a second) and ``pleth_samples`` (the wave, many times a second), the wave first, as
the card has always drawn it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance

from kiosk.backup.status import BACKUP_STATUS, BackupStatus
from kiosk.devices.events import (
    MEMORY_READ,
    READINGS,
    STATE,
    DeviceInfo,
    DeviceMemory,
    DeviceReadings,
    DeviceStatus,
)
from kiosk.events import EventBus
from kiosk.rtc.events import (
    CALL_STATUS,
    HUB_PRESENCE,
    RING_RESULT,
    CallStatus,
    HubPresence,
    RingResult,
)
from kiosk.sync.report import SYNC_PROGRESS, SYNC_STATUS, SyncProgress, SyncStatus

log = logging.getLogger("kiosk.ui")


@dataclass(frozen=True)
class PlethSamples:
    """The pleth wave's samples from one read of an oximeter's port."""

    device: DeviceInfo
    samples: tuple[float, ...]


@dataclass(frozen=True)
class Topic:
    """One bus topic as the screens hear it: the signal that carries it and its payload."""

    name: str  # the event bus topic
    signal: str  # the attribute of BusSignals
    payload: type  # what that signal carries, and nothing else


TOPICS: tuple[Topic, ...] = (
    Topic(STATE, "device_state", DeviceStatus),
    Topic(READINGS, "vitals_readings", DeviceReadings),
    Topic(READINGS, "pleth_samples", PlethSamples),
    Topic(MEMORY_READ, "device_memory", DeviceMemory),
    Topic(SYNC_STATUS, "sync_status", SyncStatus),
    Topic(SYNC_PROGRESS, "sync_progress", SyncProgress),
    Topic(BACKUP_STATUS, "backup_status", BackupStatus),
    Topic(CALL_STATUS, "call_status", CallStatus),
    Topic(HUB_PRESENCE, "hub_presence", HubPresence),
    Topic(RING_RESULT, "ring_result", RingResult),
)
# What each bus topic must carry; a readings event is split into two signals (above).
BUS_PAYLOADS: dict[str, type] = {t.name: t.payload for t in TOPICS if t.name != READINGS}
BUS_PAYLOADS[READINGS] = DeviceReadings


class BusSignals(QObject):
    device_state = Signal(DeviceStatus)
    vitals_readings = Signal(DeviceReadings)  # numbers only: its ``pleth`` is always empty
    pleth_samples = Signal(PlethSamples)
    device_memory = Signal(DeviceMemory)
    sync_status = Signal(SyncStatus)
    sync_progress = Signal(SyncProgress)
    backup_status = Signal(BackupStatus)
    call_status = Signal(CallStatus)
    hub_presence = Signal(HubPresence)
    ring_result = Signal(RingResult)
    _arrived = Signal(str, object)  # (topic, payload) from the publisher's thread

    def __init__(self, bus: EventBus | None = None, parent: QObject | None = None) -> None:
        """Build it on the UI thread: the queued hand-over delivers to this object's thread."""
        super().__init__(parent)
        self._arrived.connect(self._route, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = (
            [bus.subscribe(name, self._heard) for name in BUS_PAYLOADS] if bus is not None else []
        )

    def signal(self, topic: Topic) -> SignalInstance:
        instance: SignalInstance = getattr(self, topic.signal)
        return instance

    def _heard(self, topic: str, payload: Any) -> None:
        # On the publisher's thread: only hand over; everything else happens on the UI thread.
        self._arrived.emit(topic, payload)

    def _route(self, topic: str, payload: Any) -> None:
        wanted = BUS_PAYLOADS.get(topic)
        if wanted is None or not isinstance(payload, wanted):
            log.error(
                "event on %s carried a %s, not a %s: dropped",
                topic,
                type(payload).__name__,
                wanted.__name__ if wanted is not None else "known payload",
            )
            return
        if isinstance(payload, DeviceReadings):
            if payload.pleth:
                self.pleth_samples.emit(PlethSamples(payload.device, payload.pleth))
            if payload.readings:
                self.vitals_readings.emit(replace(payload, pleth=()))
            return
        for route in TOPICS:
            if route.name == topic:
                self.signal(route).emit(payload)

    def close(self) -> None:
        """Stop listening to the bus (the kiosk is shutting down)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
