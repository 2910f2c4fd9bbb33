"""Simulated OneTouch Ultra 2 and Ultra meters, answering as the real ones in
tests/devices/recordings/onetouch/ do: checksum over the body only, CR LF line ends, the
Ultra 2's meal and comment codes, the older Ultra's shorter lines.

The memory holds what a clinic meter holds: the result just taken (the patient's), a
control-solution check from this morning and older results from other days.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.devices.drivers.onetouch import (
    DATE_TIME,
    DOWNLOAD,
    ERASE,
    METER_ID,
    SERIAL_NUMBER,
    SOFTWARE_VERSION,
    with_checksum,
)
from kiosk.devices.simulator import DeviceSimulator


def _day(moment: datetime) -> str:
    return moment.strftime("%a").upper()


class OneTouchSimulator(DeviceSimulator):
    """An Ultra 2: results end with a meal code and a comment code."""

    driver = "onetouch-ultra2"
    serial = "ZWY8261BY"  # an Ultra 2's serial number ends in Y
    version = "P02.00.00 01/18/08"
    meter_id: str | None = "673451"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.clock = self.meter_clock()
        # (meter time, result field, meal code), newest first as the meter keeps them.
        self.stored: list[tuple[datetime, str, str]] = [
            (self.clock - timedelta(minutes=2), f"  {self.patient.glucose:03d} ", "N"),
            (self.clock - timedelta(hours=3, minutes=10), "C 118 ", "N"),
            (self.clock - timedelta(days=1, hours=3), "  131 ", "B"),
            (self.clock - timedelta(days=1, hours=6), " HIGH ", "N"),
            (self.clock - timedelta(days=3, hours=1), "  097 ", "A"),
        ]
        self.erased = False
        self._pending = bytearray()

    def _produce(self, start: float, end: float) -> bytes:
        return b""

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        out = bytearray()
        while b"\r" in self._pending:
            end = self._pending.index(b"\r")
            line = bytes(self._pending[:end]).lstrip(b"\x11")
            del self._pending[: end + 1]
            out += self._reply(line + b"\r")
        return bytes(out)

    def _reply(self, request: bytes) -> bytes:
        now = self.clock + timedelta(seconds=self.t)
        if request == SOFTWARE_VERSION:
            return with_checksum(f"?{self.version}".encode())
        if request == SERIAL_NUMBER:
            return with_checksum(f'@ "{self.serial}"'.encode())
        if request == METER_ID and self.meter_id is not None:
            return with_checksum(f'ID "{self.meter_id}"'.encode())
        if request == DATE_TIME:
            clock = f'F "{_day(now)}","{now:%m/%d/%y}","{now:%H:%M:%S}   "'
            return with_checksum(clock.encode())
        if request == DOWNLOAD:
            header = f'P {len(self.stored):03d},"{self.serial}","MG/DL "'
            out = bytearray(with_checksum(header.encode()))
            for taken, result, meal in self.stored:
                out += with_checksum(self._record(taken, result, meal).encode())
            return bytes(out)
        if request.startswith(ERASE):
            self.erased = True
            self.stored = []
        return b""

    def _record(self, taken: datetime, result: str, meal: str) -> str:
        when = f'P "{_day(taken)}","{taken:%m/%d/%y}","{taken:%H:%M:%S}   "'
        return f'{when},"{result}","{meal}","00", 00'


class OneTouchUltraSimulator(OneTouchSimulator):
    """The older Ultra: no meal or comment codes, and no answer to ``DMID``."""

    serial = "QTZ0004CT"
    version = "P01.10.00 06/11/03"
    meter_id = None

    def _record(self, taken: datetime, result: str, meal: str) -> str:
        del meal
        return f'P "{_day(taken)}","{taken:%m/%d/%y}","{taken:%H:%M:%S}   ","{result}", 00'
