"""Live vitals for the specialist: the oximeter's SpO2, pulse and pleth wave, taken from
the event bus and sent over the call's ``vitals`` data channel a few times a second.

The channel is unordered and never retransmits: a late number is worth less than the
next one, and on a lossy link retransmissions would crowd out the voice.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

from kiosk.devices.events import READINGS, DeviceReadings
from kiosk.events import EventBus

SEND_EVERY = 0.25
MAX_PLETH = 200  # samples per message: a few seconds at any oximeter's rate
NUMBERS = {"spo2": "spo2", "pulse_rate": "pulse", "heart_rate": "pulse"}


class VitalsFeed:
    def __init__(self, bus: EventBus, send: Callable[[str], None]) -> None:
        self.bus = bus
        self.send = send
        self.sent = 0
        self._loop = asyncio.get_running_loop()
        self._numbers: dict[str, float] = {}
        self._pleth: list[float] = []
        self._fresh = False
        self._unsubscribe = bus.subscribe(READINGS, self._heard)
        self._task = self._loop.create_task(self._run())

    def _heard(self, _topic: str, payload: Any) -> None:
        # On a device reader's thread: hand the values to the engine loop.
        if isinstance(payload, DeviceReadings):
            self._loop.call_soon_threadsafe(self._take, payload)

    def _take(self, payload: DeviceReadings) -> None:
        for reading in payload.readings:
            name = NUMBERS.get(reading.kind)
            if name is not None:
                self._numbers[name] = reading.value
                self._fresh = True
        if payload.pleth:
            self._pleth.extend(payload.pleth)
            del self._pleth[:-MAX_PLETH]
            self._fresh = True

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(SEND_EVERY)
            if not self._fresh:
                continue
            message = {"t": "vitals", **self._numbers, "pleth": [round(v, 1) for v in self._pleth]}
            self._pleth.clear()
            self._fresh = False
            self.send(json.dumps(message, separators=(",", ":")))
            self.sent += 1

    def stop(self) -> None:
        self._unsubscribe()
        self._task.cancel()
