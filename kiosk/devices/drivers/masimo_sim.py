"""A simulated Masimo Rad-8 printing its serial mode 1 line once a second, in the
fields a real Rad-8 sends (four-digit ALARM, EXC with the SET-mode bit, no EXC1)."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.devices.simulator import DeviceSimulator, ticks

START = datetime(2026, 11, 20, 11, 0, 0)


class MasimoSimulator(DeviceSimulator):
    driver = "masimo-ascii"

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        for n in ticks(start, end, 1.0):
            moment = START + timedelta(seconds=n)
            spo2 = min(100, round(self.jitter(self.patient.spo2, 0.4)))
            bpm = round(self.jitter(self.patient.pulse, 0.6))
            line = (
                f"{moment:%m/%d/%y %H:%M:%S} SN=0000012345 SPO2={spo2:03d}% BPM={bpm:03d} "
                "PI=02.15% SPCO=--.-% SPMET=--.-% DESAT=-- PIDELTA=+-- ALARM=0000 "
                "EXC=000800\r\n"
            )
            out += line.encode("ascii")
        return bytes(out)
