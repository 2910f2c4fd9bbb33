"""Masimo Rad-8 / Radical-7 ASCII output, serial mode 1 (PROTOCOLS.md section 4).

One line a second: a date and time, then ``KEY=VALUE`` fields whose set varies with the
options installed. Dashes mean no value. There is no checksum, so a line counts only
when it starts with the date and time and carries the SpO2 and BPM fields; the
partial line at the start of a stream fails that and is dropped.
"""

from __future__ import annotations

import re

from kiosk.devices.driver import FTDI, PROLIFIC, Driver
from kiosk.devices.lines import LineParser
from kiosk.devices.link import Link

_LINE = re.compile(rb"^\d\d/\d\d/\d\d \d\d:\d\d:\d\d( +[A-Z0-9]+=\S*)+ *$")
_FIELD = re.compile(rb"([A-Z0-9]+)=(\S*)")
_NUMBER = re.compile(rb"^[+-]?\d+(\.\d+)?")
EXCEPTIONS = (
    (0x001, "no_sensor"),
    (0x004, "low_perfusion"),
    (0x008, "pulse_search"),
    (0x020, "sensor_off"),
    (0x400, "low_signal_quality"),
)


def number(text: bytes) -> float | None:
    match = _NUMBER.match(text)
    return float(match.group(0)) if match else None


class MasimoParser(LineParser):
    driver = "masimo-ascii"

    def _line(self, text: bytes, raw: bytes) -> bool:
        if not _LINE.match(text):
            return False
        fields = dict(_FIELD.findall(text))
        if b"SPO2" not in fields or b"BPM" not in fields:
            return False
        try:
            exc = int(fields.get(b"EXC", b"0"), 16)
        except ValueError:
            return False
        self.flags = frozenset(name for bit, name in EXCEPTIONS if exc & bit)
        spo2, bpm = number(fields[b"SPO2"]), number(fields[b"BPM"])
        if spo2 is not None:
            self.emit("spo2", spo2, raw)
        if bpm is not None:
            self.emit("pulse_rate", bpm, raw)
        return True


class MasimoAscii(Driver):
    name = "masimo-ascii"
    title = "Masimo Rad-8 / Radical-7 oximeter"
    category = "oximeter"
    link = Link(9600)
    parser_class = MasimoParser
    simulators = (("default", "kiosk.devices.drivers.masimo_sim:MasimoSimulator"),)
    usb_ids = frozenset({FTDI, PROLIFIC})
    quiet_seconds = 3.0
