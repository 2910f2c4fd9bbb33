"""Simulated TaiDoc meters: a TD-4279 glucometer and a TD-3128 blood pressure meter."""

from __future__ import annotations

from datetime import timedelta

from kiosk.devices.drivers.taidoc import (
    CLEAR_MEMORY,
    CONNECT,
    COUNT,
    FRAME,
    MODEL,
    READING_DATE,
    READING_VALUE,
    START,
    TO_HOST,
    frame,
    pack_date,
)
from kiosk.devices.simulator import DeviceSimulator


class _Meter(DeviceSimulator):
    model = 0x4279

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        now = self.meter_clock().replace(second=0)
        self.stored = [now - timedelta(minutes=1), now - timedelta(days=2)]
        self.cleared = False
        self._pending = bytearray()

    def value(self, number: int) -> tuple[int, int, int, int]:
        raise NotImplementedError

    def _produce(self, start: float, end: float) -> bytes:
        return b""

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        out = bytearray()
        while len(self._pending) >= FRAME:
            if self._pending[0] != START:
                del self._pending[0]
                continue
            msg = bytes(self._pending[:FRAME])
            del self._pending[:FRAME]
            if sum(msg[:7]) & 0xFF == msg[7]:
                out += self._reply(msg[1], msg[2] | msg[3] << 8)
        return bytes(out)

    def _reply(self, cmd: int, number: int) -> bytes:
        if cmd == CLEAR_MEMORY:
            self.cleared = True
            self.stored = []
            return frame(cmd, direction=TO_HOST)
        if cmd == CONNECT:
            return frame(cmd, direction=TO_HOST)
        if cmd == MODEL:
            return frame(cmd, (self.model & 0xFF, self.model >> 8, 0, 0), TO_HOST)
        if cmd == COUNT:
            return frame(cmd, (len(self.stored), 0, 0, 0), TO_HOST)
        if number >= len(self.stored):
            return b""
        if cmd == READING_DATE:
            return frame(cmd, pack_date(self.stored[number]), TO_HOST)
        if cmd == READING_VALUE:
            return frame(cmd, self.value(number), TO_HOST)
        return b""


class TaidocGlucoseSimulator(_Meter):
    driver = "taidoc"
    model = 0x4279

    def value(self, number: int) -> tuple[int, int, int, int]:
        mg_dl = self.patient.glucose if number == 0 else 118
        return (mg_dl & 0xFF, mg_dl >> 8, 0, 0)


class TaidocBpSimulator(_Meter):
    driver = "taidoc"
    model = 0x3128

    def value(self, number: int) -> tuple[int, int, int, int]:
        p = self.patient
        if number == 0:
            return (p.systolic, 0, p.diastolic, p.pulse)
        return (128, 0, 84, 70)
