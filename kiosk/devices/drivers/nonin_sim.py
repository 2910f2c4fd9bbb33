"""A simulated Nonin OEM III in format #2 (the default), #7 or #1."""

from __future__ import annotations

from kiosk.devices.drivers.nonin import checksum
from kiosk.devices.simulator import DeviceSimulator, pleth_at, ticks

FRAMES_PER_SECOND = 75.0
FRAMES_PER_PACKET = 25
FIRMWARE = 0x21


class NoninSimulator(DeviceSimulator):
    driver = "nonin-oem3"
    format = 2

    def _b4(self, frame_no: int, hr: int, spo2: int) -> int:
        msb, lsb = (hr >> 7) & 0x03, hr & 0x7F
        table = {1: msb, 2: lsb, 3: spo2, 4: FIRMWARE, 9: spo2, 10: spo2, 11: spo2}
        table.update({14: msb, 15: lsb, 16: spo2, 17: spo2, 20: msb, 21: lsb, 22: msb, 23: lsb})
        return table.get(frame_no, 0)

    def _produce(self, start: float, end: float) -> bytes:
        if self.format == 1:
            return self._short(start, end)
        out = bytearray()
        hr, spo2 = self.patient.pulse, self.patient.spo2
        for n in ticks(start, end, FRAMES_PER_SECOND):
            frame_no = n % FRAMES_PER_PACKET + 1
            if frame_no == 1:
                hr = round(self.jitter(self.patient.pulse, 0.6))
                spo2 = min(100, round(self.jitter(self.patient.spo2, 0.4)))
            status = 0x80 | 0x02 | (0x01 if frame_no == 1 else 0)
            wave = pleth_at(n / FRAMES_PER_SECOND, self.patient.pulse)
            b4 = self._b4(frame_no, hr, spo2)
            if self.format == 2:
                head = bytes([0x01, status, round(wave * 250), b4])
            else:
                value = round(wave * 60000)
                head = bytes([status, value >> 8, value & 0xFF, b4])
            out += head + bytes([checksum(head)])
        return bytes(out)

    def _short(self, start: float, end: float) -> bytes:
        out = bytearray()
        for _ in ticks(start, end, 1.0):
            hr = round(self.jitter(self.patient.pulse, 0.6))
            spo2 = min(100, round(self.jitter(self.patient.spo2, 0.4)))
            out += bytes([0x80 | ((hr >> 7) & 0x03), hr & 0x7F, spo2])
        return bytes(out)


class NoninFormat7Simulator(NoninSimulator):
    format = 7


class NoninFormat1Simulator(NoninSimulator):
    format = 1
