"""A simulated A&D-style scale: the patient steps on, the weight settles, and stays."""

from __future__ import annotations

from kiosk.devices.simulator import DeviceSimulator, ticks

LINES_PER_SECOND = 5.0
STEP_ON, SETTLED = 1.0, 3.0  # seconds: empty, then swaying, then stable


class ScaleSimulator(DeviceSimulator):
    driver = "ad-scale"

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        for n in ticks(start, end, LINES_PER_SECOND):
            t = n / LINES_PER_SECOND
            if t < STEP_ON:
                header, weight = "ST", 0.0
            elif t < SETTLED:
                header, weight = "US", self.jitter(self.patient.weight_kg, 2.5)
            else:
                header, weight = "ST", self.patient.weight_kg
            out += f"{header},+{weight:08.2f}  kg\r\n".encode("ascii")
        return bytes(out)
