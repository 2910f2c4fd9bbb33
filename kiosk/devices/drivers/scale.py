"""Weighing scales with ASCII output (docs/devices.md, "Wire formats").

A&D-style indicators send ``ST,+00072.50  kg``: ST is a stable weight, US unstable,
OL overload; only ST is marked stable. Tanita body-composition scales send one
comma-separated line of key,value pairs per measurement (``Wk`` weight in kg, ``Hm``
height in cm); that is a finished measurement, so it is stable.

Reported: stale lines pile up in a scale's buffer, so the input is cleared at open.
The Tanita ``CS`` checksum has no published rule here, so it is not checked.
"""

from __future__ import annotations

import re

from kiosk.devices.driver import FTDI, PROLIFIC, WCH_CH340, Driver
from kiosk.devices.lines import LineParser
from kiosk.devices.link import Link

_AND = re.compile(rb"^(ST|US|QT),([+-]?)\s*([0-9]+(?:\.[0-9]+)?)?\s*([a-zA-Z]*)\s*$")
TO_KG = {b"kg": 1.0, b"g": 0.001, b"lb": 0.45359237}


class ScaleParser(LineParser):
    driver = "ad-scale"

    def _line(self, text: bytes, raw: bytes) -> bool:
        text = text.strip(b"\r\n")
        if text.startswith((b"{", b"Wk", b"MO", b"0,")) or b",Wk," in text:
            return self._tanita(text, raw)
        if text.startswith(b"OL,"):  # overload: the value field is not a weight
            self.flags = frozenset({"overload"})
            return True
        match = _AND.match(text)
        if not match:
            return False
        header, sign, value, unit = match.groups()
        self.flags = frozenset() if header == b"ST" else frozenset({"unstable"})
        factor = TO_KG.get(unit.lower() if unit else b"kg")
        if factor is None or value is None or header == b"QT":
            return True  # a count or another unit: a valid line, not a weight
        weight = float(value) * factor * (-1 if sign == b"-" else 1)
        self.emit("weight", weight, raw, stable=header == b"ST")
        return True

    def _tanita(self, text: bytes, raw: bytes) -> bool:
        items = [item.strip(b'"{ ') for item in text.split(b",")]
        if len(items) < 4:
            return False
        pairs = dict(zip(items[::2], items[1::2], strict=False))
        if b"Wk" not in pairs:
            return False
        self.flags = frozenset()
        try:
            weight = float(pairs[b"Wk"])
            height = float(pairs[b"Hm"]) if b"Hm" in pairs else None
        except ValueError:
            return False
        self.emit("weight", weight, raw, stable=True)
        if height is not None:
            self.emit("height", height, raw, stable=True)
        return True


class AdScale(Driver):
    name = "ad-scale"
    title = "Weighing scale (A&D / Tanita ASCII)"
    category = "scale"
    link = Link(9600)
    parser_class = ScaleParser
    simulators = (("default", "kiosk.devices.drivers.scale_sim:ScaleSimulator"),)
    usb_ids = frozenset({PROLIFIC, FTDI, WCH_CH340})
    quiet_seconds = 5.0
    flush_on_open = True
