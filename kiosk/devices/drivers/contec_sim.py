"""Simulated Contec oximeters: a patient's pleth wave and numbers, 60 packets a second."""

from __future__ import annotations

from kiosk.devices.drivers.contec import (
    COMMAND,
    KEEP_ALIVE,
    LIVE,
    LIVE_LENGTH,
    START_LIVE,
    STOP_LIVE,
    pack,
    unpack,
)
from kiosk.devices.simulator import DeviceSimulator, pleth_at, ticks

RATE = 60.0
KEEPALIVE_TIMEOUT = 30.0  # the v7 firmware stops streaming without a keep-alive


class _Oximeter(DeviceSimulator):
    xonxoff = True

    def sample(self, n: int) -> tuple[int, int, int, bool]:
        """Pleth (0-127), SpO2, pulse and whether this sample carries the pulse beep."""
        t = n / RATE
        pulse = self.patient.pulse
        pleth = round(pleth_at(t, pulse) * 100)
        beep = int(t * pulse / 60.0) != int((t - 1 / RATE) * pulse / 60.0)
        spo2 = round(self.jitter(self.patient.spo2, 0.4))
        rate = round(self.jitter(pulse, 0.6))
        return pleth, min(spo2, 100), rate, beep


class ContecSimulator(_Oximeter):
    driver = "contec-cms50d"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.streaming = False
        self.heard_at = 0.0
        self._pending = bytearray()

    def _produce(self, start: float, end: float) -> bytes:
        if self.streaming and end - self.heard_at > KEEPALIVE_TIMEOUT:
            self.streaming = False
        if not self.streaming:
            return b""
        out = bytearray()
        for n in ticks(start, end, RATE):
            pleth, spo2, pulse, beep = self.sample(n)
            d0 = 0x06 | (0x40 if beep else 0)
            d2 = (pleth >> 3) & 0x0F | 0x10
            pi = 540
            out += pack(LIVE, [d0, pleth, d2, pulse, spo2, pi & 0xFF, pi >> 8])
        return bytes(out)

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        while len(self._pending) >= LIVE_LENGTH:
            if self._pending[0] != COMMAND:
                del self._pending[0]
                continue
            code = unpack(self._pending[:LIVE_LENGTH])[0]
            del self._pending[:LIVE_LENGTH]
            self.heard_at = self.t
            if code == START_LIVE:
                self.streaming = True
            elif code == STOP_LIVE:
                self.streaming = False
            elif code == KEEP_ALIVE:
                pass
        return b""


class ContecLegacySimulator(_Oximeter):
    driver = "contec-cms50d-legacy"

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        for n in ticks(start, end, RATE):
            pleth, spo2, pulse, beep = self.sample(n)
            b0 = 0x80 | 0x06 | (0x40 if beep else 0)
            b2 = ((pleth >> 3) & 0x0F) | (0x40 if pulse & 0x80 else 0)
            out += bytes([b0, pleth & 0x7F, b2, pulse & 0x7F, spo2 & 0x7F])
        return bytes(out)
