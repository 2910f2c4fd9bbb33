"""A simulated OneTouch Ultra 2 holding a few stored readings, the newest just taken."""

from __future__ import annotations

from datetime import timedelta

from kiosk.devices.drivers.onetouch import (
    DATE_TIME,
    DOWNLOAD,
    ERASE,
    SERIAL_NUMBER,
    SOFTWARE_VERSION,
    with_checksum,
)
from kiosk.devices.simulator import DeviceSimulator

SERIAL = "ZWY8261CT"


class OneTouchSimulator(DeviceSimulator):
    driver = "onetouch-ultra2"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.clock = self.meter_clock()
        self.stored = [
            (self.clock - timedelta(minutes=2), self.patient.glucose),
            (self.clock - timedelta(days=1, hours=3), 131),
            (self.clock - timedelta(days=3, hours=1), 97),
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
            return with_checksum(b"?P02.00.00 30/07/06")
        if request == SERIAL_NUMBER:
            return with_checksum(f'@ "{SERIAL}"'.encode())
        if request == DATE_TIME:
            return with_checksum(f'F "{now:%a}","{now:%m/%d/%y}","{now:%H:%M:%S}   "'.encode())
        if request == DOWNLOAD:
            out = bytearray(with_checksum(f'P {len(self.stored):03d},"{SERIAL}","MG/DL "'.encode()))
            for taken, value in self.stored:
                day = taken.strftime("%a").upper()
                line = (
                    f'P "{day}","{taken:%m/%d/%y}","{taken:%H:%M:%S}   ",'
                    f'"  {value:3d} ","N","00", 00'
                )
                out += with_checksum(line.encode())
            return bytes(out)
        if request.startswith(ERASE):
            self.erased = True
            self.stored = []
        return b""
