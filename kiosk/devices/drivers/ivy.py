"""Ivy 450C patient monitor, "ANSAR-B" output (docs/devices.md, "Wire formats").

A message is 0xFF, ``ANSAR-B ``, 400 waveform bytes (ECG 200 samples, then
respiration, pleth, P1 and P2 at 50 each), numeric lines separated by CR, then 0xFE.
A recording starts mid-message, so everything before the first 0xFF that is followed
by the header is dropped. A finished NIBP measurement is stable; other numbers are
live. Empty fields are no value.
"""

from __future__ import annotations

from kiosk.devices.driver import FTDI, PROLIFIC, Driver
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

START, END = 0xFF, 0xFE
HEADER = b"ANSAR-B "
WAVE = 400
PLETH_WAVE = slice(250, 300)
MAX_TEXT = 1024


def _number(text: str) -> float | None:
    try:
        return float(text) if text.strip() else None
    except ValueError:
        return None


class IvyParser(Parser):
    driver = "ivy-ansarb"
    max_pending = 4 * (len(HEADER) + 1 + WAVE + MAX_TEXT)

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        head = 1 + len(HEADER)
        while i < n:
            if buf[i] != START:
                self.stats.drop(1)
                i += 1
                continue
            if n - i < head:
                break
            if buf[i + 1 : i + head] != HEADER:
                self.stats.drop(1)
                i += 1
                continue
            text_at = i + head + WAVE
            end = buf.find(END, text_at, text_at + MAX_TEXT + 1) if n > text_at else -1
            if end < 0:
                if n - text_at > MAX_TEXT:
                    self.stats.drop(1)
                    i += 1
                    continue
                break
            message = bytes(buf[i : end + 1])
            if self._message(message, head):
                self.stats.accept(len(message))
                i = end + 1
            else:
                self.stats.drop(1)
                i += 1
        return i

    def _message(self, message: bytes, head: int) -> bool:
        text_bytes = message[head + WAVE : -1]
        if any(b >= 0x80 for b in text_bytes):
            return False
        lines = [line for line in text_bytes.decode("ascii").split("\r") if line.strip()]
        parsed: list[tuple[str, list[str]]] = []
        for line in lines:
            key, eq, rest = line.strip().partition("=")
            if not eq or not key.isalnum():
                return False
            parsed.append((key, rest.split(";")))
        self.flags = frozenset()
        for sample in message[head:][PLETH_WAVE]:
            self.emit_pleth(sample, message)
        for key, fields in parsed:
            self._numeric(key, fields, message)
        return True

    def _numeric(self, key: str, f: list[str], raw: bytes) -> None:
        def at(k: int) -> float | None:
            return _number(f[k]) if len(f) > k else None

        simple = {"HR": "heart_rate", "RR": "respiratory_rate", "T1": "body_temperature"}
        if key in simple and (value := at(1)) is not None:
            self.emit(simple[key], value, raw)
        elif key == "SPO2":
            if (spo2 := at(1)) is not None:
                self.emit("spo2", spo2, raw)
            pulse = f[2].removeprefix("PR=") if len(f) > 2 else ""
            if (rate := _number(pulse)) is not None:
                self.emit("pulse_rate", rate, raw)
        elif key == "NIBP":
            systolic, diastolic, mean = at(1), at(2), at(3)
            if systolic is not None and diastolic is not None:
                self.emit_bp(systolic, diastolic, mean, raw, stable=True)


class IvyAnsarB(Driver):
    name = "ivy-ansarb"
    title = "Ivy 450C patient monitor"
    category = "monitor"
    link = Link(9600)
    parser_class = IvyParser
    simulators = (("default", "kiosk.devices.drivers.ivy_sim:IvySimulator"),)
    usb_ids = frozenset({FTDI, PROLIFIC})
    quiet_seconds = 5.0
