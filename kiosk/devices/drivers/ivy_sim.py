"""A simulated Ivy 450C sending one ANSAR-B message a second."""

from __future__ import annotations

from kiosk.devices.drivers.ivy import END, HEADER, START
from kiosk.devices.simulator import DeviceSimulator, pleth_at, ticks


class IvySimulator(DeviceSimulator):
    driver = "ivy-ansarb"

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        p = self.patient
        for n in ticks(start, end, 1.0):
            ecg = [128 + (60 if k % 50 == 10 else 0) for k in range(200)]
            resp = [100 + (k % 25) for k in range(50)]
            pleth = [round(20 + 200 * pleth_at(n + k / 50, p.pulse)) for k in range(50)]
            flat = [100] * 100
            wave = bytes(min(b, 0xFD) for b in (*ecg, *resp, *pleth, *flat))
            hr = round(self.jitter(p.pulse, 0.6))
            lines = [
                f"HR=1;{hr};II;0",
                f"SPO2=2;{min(100, round(self.jitter(p.spo2, 0.4)))};PR={hr};0",
                f"NIBP=3;{p.systolic};{p.diastolic};{p.mean_pressure};{hr};ADULT;0",
                f"RR=4;{p.respiratory_rate};;0",
                "ETCO2=5;;;0",
                f"T1=6;{p.temperature:.1f};;0",
                "T2=7;;;0",
            ]
            text = "\r".join(lines).encode("ascii") + b"\r"
            out += bytes([START]) + HEADER + wave + text + bytes([END])
        return bytes(out)
