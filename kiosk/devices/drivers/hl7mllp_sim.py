"""A simulated monitor sending an ORU^R01 every two seconds and counting the ACKs; its
OBX segments are coded as real monitors code them (MDC codes and units, "no value"
sent as an empty field or a sentinel)."""

from __future__ import annotations

from datetime import datetime

from kiosk.devices.drivers.hl7mllp import FS, VT, frame
from kiosk.devices.simulator import DeviceSimulator, ticks

EVERY = 2.0
RESP_UNIT = "264928^MDC_DIM_RESP_PER_MIN^MDC"


class Hl7Simulator(DeviceSimulator):
    driver = "hl7-mllp"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.sent = 0
        self.acks: list[str] = []
        self._pending = bytearray()

    def message(self, control_id: str) -> str:
        p = self.patient
        stamp = datetime(2026, 11, 20, 11, 0, 0).strftime("%Y%m%d%H%M%S")
        pulse = round(self.jitter(p.pulse, 0.6))
        spo2 = min(100, round(self.jitter(p.spo2, 0.4)))
        obx = [
            ("150456^MDC_PULS_OXIM_SAT_O2^MDC", spo2, "262688^MDC_DIM_PERCENT^MDC", "R"),
            ("149530^MDC_PULS_OXIM_PULS_RATE^MDC", pulse, "264864^MDC_DIM_BEAT_PER_MIN^MDC", "R"),
            ("150301^MDC_PRESS_CUFF_SYS^MDC", p.systolic, "266016^MDC_DIM_MMHG^MDC", "F"),
            ("150302^MDC_PRESS_CUFF_DIA^MDC", p.diastolic, "266016^MDC_DIM_MMHG^MDC", "F"),
            ("150303^MDC_PRESS_CUFF_MEAN^MDC", p.mean_pressure, "266016^MDC_DIM_MMHG^MDC", "F"),
            (
                "151562^MDC_RESP_RATE^MDC",
                p.respiratory_rate,
                "264928^MDC_DIM_RESP_PER_MIN^MDC",
                "R",
            ),
            ("150344^MDC_TEMP^MDC", f"{p.temperature:.1f}", "268192^MDC_DIM_DEGC^MDC", "F"),
            # As real monitors send them: a second SpO2 channel with no probe (the
            # IEEE 11073 NaN, status X), and height and weight nobody entered.
            ("150456^MDC_PULS_OXIM_SAT_O2^MDC", 8388607, "262688^MDC_DIM_PERCENT^MDC", "X"),
            ("188740^MDC_LEN_BODY_ACTUAL^MDC", "", "263441^MDC_DIM_CENTI_M^MDC", "F"),
            ("188736^MDC_MASS_BODY_ACTUAL^MDC", "", "263875^MDC_DIM_KILO_G^MDC", "F"),
        ]
        segments = [
            f"MSH|^~\\&|MONITOR|BED1|KIOSK|HWC|{stamp}||ORU^R01^ORU_R01|{control_id}|P|2.6",
            "PID|1",
            f"OBR|1|||182777000^monitoring of patient^SCT|||{stamp}",
        ]
        for k, (code, value, unit, status) in enumerate(obx, start=1):
            segments.append(f"OBX|{k}|NM|{code}||{value}|{unit}|||||{status}")
        return "\r".join(segments)

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        for _ in ticks(start, end, 1 / EVERY):
            self.sent += 1
            out += frame(self.message(f"MSG{self.sent:05d}"))
        return bytes(out)

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        while (end := self._pending.find(bytes([FS]))) >= 0:
            start = self._pending.find(bytes([VT]))
            if 0 <= start < end:
                self.acks.append(self._pending[start + 1 : end].decode("utf-8", "replace"))
            del self._pending[: end + 1]
        return b""
