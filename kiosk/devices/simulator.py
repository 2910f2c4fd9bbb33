"""Simulated devices: the same bytes a real device sends, from a small patient model.

A simulator is pure: ``advance(seconds)`` returns what the device sends in that time
and ``receive(data)`` what it answers to a command. ``pty.py`` plays one on a
pseudo-terminal so the real drivers read it as they would a serial port; tests and
benchmarks also call it directly to make streams.

Scenarios: ``normal``, ``hypoxic`` (low SpO2, fast pulse), ``hypertensive`` (high BP),
``noisy`` (line noise corrupts a few bytes), ``unplug`` (the device goes quiet after
a few seconds, then disappears).
"""

from __future__ import annotations

import math
import random
from abc import ABC, abstractmethod
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar
from zoneinfo import ZoneInfo

from kiosk.domain.clock import DEFAULT_ZONE

SCENARIOS = ("normal", "hypoxic", "hypertensive", "noisy", "unplug")
UNPLUG_AFTER = 4.0  # seconds of normal output before the "unplug" scenario goes quiet
GONE_AFTER = UNPLUG_AFTER + 1.0  # and then the port disappears
NOISE_RATE = 0.01  # share of bytes the noisy scenario corrupts
XON, XOFF = 0x11, 0x13


@dataclass(frozen=True)
class Patient:
    """The vitals a simulated patient shows (what the devices should end up reporting)."""

    spo2: int = 98
    pulse: int = 76
    systolic: int = 122
    diastolic: int = 80
    respiratory_rate: int = 16
    temperature: float = 36.8
    weight_kg: float = 61.5
    height_cm: float = 158.0
    glucose: int = 104

    @property
    def mean_pressure(self) -> int:
        return round(self.diastolic + (self.systolic - self.diastolic) / 3)


PATIENTS = {
    "normal": Patient(),
    "hypoxic": Patient(spo2=86, pulse=112, respiratory_rate=28),
    "hypertensive": Patient(systolic=172, diastolic=108, pulse=88, glucose=182),
}


def patient_for(scenario: str) -> Patient:
    if scenario not in SCENARIOS:
        raise ValueError(f"unknown scenario {scenario!r}; choose from {', '.join(SCENARIOS)}")
    return PATIENTS.get(scenario, PATIENTS["normal"])


def pleth_at(t: float, pulse: float) -> float:
    """A plausible photoplethysmogram between 0 and 1: a systolic peak and a dicrotic notch."""
    phase = (t * pulse / 60.0) % 1.0
    peak = math.exp(-(((phase - 0.18) / 0.09) ** 2))
    notch = 0.35 * math.exp(-(((phase - 0.48) / 0.12) ** 2))
    return min(1.0, 0.08 + 0.85 * peak + notch * 0.9)


class DeviceSimulator(ABC):
    driver: ClassVar[str]
    xonxoff: ClassVar[bool] = False
    zone: ClassVar[str] = DEFAULT_ZONE

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        self.scenario = scenario
        self.patient = patient_for(scenario)
        self.rng = random.Random(seed)
        self.t = 0.0
        self.received = bytearray()

    def meter_clock(self) -> datetime:
        """A meter's clock shows local time, without a zone (set to the spoke's zone)."""
        return datetime.now(ZoneInfo(self.zone)).replace(tzinfo=None, microsecond=0)

    @property
    def gone(self) -> bool:
        """True once an unplugged device should vanish from the system."""
        return self.scenario == "unplug" and self.t >= GONE_AFTER

    def advance(self, seconds: float) -> bytes:
        start, self.t = self.t, self.t + seconds
        out = self._produce(start, self.t)
        if self.scenario == "unplug" and self.t >= UNPLUG_AFTER:
            return b""
        if self.scenario == "noisy":
            out = self.corrupt(out)
        return out

    def receive(self, data: bytes) -> bytes:
        """Answer what the host sent (nothing, for devices that only stream)."""
        self.received += data
        return self._answer(data)

    @abstractmethod
    def _produce(self, start: float, end: float) -> bytes:
        """What the device sends between ``start`` and ``end`` seconds."""

    def _answer(self, data: bytes) -> bytes:
        del data
        return b""

    def jitter(self, value: float, spread: float) -> float:
        return value + self.rng.uniform(-spread, spread)

    def corrupt(self, data: bytes) -> bytes:
        """Flip, drop or insert a byte here and there, as a poor cable does. Never makes
        XON/XOFF on a link that uses them, where they would stop the line instead."""
        out = bytearray()
        for byte in data:
            roll = self.rng.random()
            if roll < NOISE_RATE / 3:
                continue
            if roll < 2 * NOISE_RATE / 3:
                out.append(self._noise_byte())
            elif roll < NOISE_RATE:
                out.append(byte)
                out.append(self._noise_byte())
                continue
            else:
                out.append(byte)
        return bytes(out)

    def _noise_byte(self) -> int:
        while True:
            b = self.rng.randrange(256)
            if not (self.xonxoff and b in (XON, XOFF)):
                return b


def ticks(start: float, end: float, rate: float) -> range:
    """The sample numbers due in ``[start, end)`` at ``rate`` per second."""
    return range(math.ceil(start * rate - 1e-9), math.ceil(end * rate - 1e-9))


def record(sim: DeviceSimulator, seconds: float, step: float = 0.05) -> bytes:
    """What ``sim`` sends in ``seconds``, as one recording."""
    out = bytearray()
    t = 0.0
    while t < seconds - 1e-9:
        out += sim.advance(step)
        t += step
    return bytes(out)
