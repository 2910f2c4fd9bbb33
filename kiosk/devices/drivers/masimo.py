"""Masimo Rad-8 / Radical-7 ASCII output, serial mode 1 (docs/devices.md, "Masimo").

One line a second: a date and time, then ``KEY=VALUE`` fields whose set varies with the
model and the options installed (a Rad-8 sends ``ALARM=0000 EXC=000800`` and no EXC1; a
Radical-7 adds ``PVI=---``, ``SPHB``, ``EXC1``...). Dashes mean no value, and so does
zero (the trend output shows ``SpO2=000 PR=000`` with the sensor off). There is no
checksum, so a line counts only when it starts with the date and time and carries the
SpO2 and pulse fields; the partial line at the start of a stream fails that and is
dropped. Some devices send NUL bytes before a line: they are not part of it.
"""

from __future__ import annotations

import re

from kiosk.devices.driver import FTDI, PROLIFIC, Driver
from kiosk.devices.lines import LineParser
from kiosk.devices.link import Link

_LINE = re.compile(rb"^\d\d/\d\d/\d\d \d\d:\d\d:\d\d( +[A-Za-z0-9]+=\S*)+ *$")
_FIELD = re.compile(rb"([A-Za-z0-9]+)=(\S*)")
_NUMBER = re.compile(rb"^[+-]?\d+(\.\d+)?")
# The exception bits, from the Rad-8 operator's manual. 0x800 only says the algorithm
# runs in full SET mode: normal, not a problem.
EXCEPTIONS = (
    (0x001, "no_sensor"),
    (0x002, "defective_sensor"),
    (0x004, "low_perfusion"),
    (0x008, "pulse_search"),
    (0x010, "interference"),
    (0x020, "sensor_off"),
    (0x040, "ambient_light"),
    (0x080, "unrecognized_sensor"),
    (0x400, "low_signal_quality"),
)
# Serial mode 1 names; the trend output's names, which some units print, beside them.
SPO2_KEYS, PULSE_KEYS = (b"SPO2",), (b"BPM", b"PR")


def number(text: bytes) -> float | None:
    """The number a field shows, or None for dashes, nothing, or zero."""
    match = _NUMBER.match(text)
    if not match:
        return None
    value = float(match.group(0))
    return value or None


class MasimoParser(LineParser):
    driver = "masimo-ascii"

    def _line(self, text: bytes, raw: bytes) -> bool:
        text = text.lstrip(b"\0")
        if not _LINE.match(text):
            return False
        fields = {key.upper(): value for key, value in _FIELD.findall(text)}
        spo2 = next((fields[k] for k in SPO2_KEYS if k in fields), None)
        pulse = next((fields[k] for k in PULSE_KEYS if k in fields), None)
        if spo2 is None or pulse is None:
            return False
        try:
            exc = int(fields.get(b"EXC", b"0"), 16)
        except ValueError:
            return False
        self.flags = frozenset(name for bit, name in EXCEPTIONS if exc & bit)
        self.emit("spo2", number(spo2), raw)
        self.emit("pulse_rate", number(pulse), raw)
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
