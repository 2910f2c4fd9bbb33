"""LifeScan OneTouch Ultra and Ultra 2 glucometers (docs/devices.md, "Wire formats").

Checked against real recordings (tests/devices/recordings/onetouch/): the meter answers
each command with ASCII lines ``<body> <4 hex digits>`` CR LF, where the four digits are
the 16-bit sum of the body's bytes. The space before the digits is NOT summed: a parser
that sums it finds every real line "bad".

The full download is read-only: ``DM?`` (software version, ``?P02.00.00 01/18/08``),
``DM@`` (serial number, ``@ "HAXGR4PV"``), ``DMID`` (meter id, ``ID "673451"``), ``DMF``
(meter clock, ``F "WED","03/09/11","08:40:02   "``) and ``DMP``: a header
``P 500,"HAXGR4PV","MG/DL "`` then one line per stored result, newest first. An Ultra 2
line ends with a meal code and a comment code (``,"N","00", 00``); an Ultra line has
neither (``, 00``). The result field is six characters: ``C`` for control solution or a
space, the value (`` 081``) or ``HIGH`` (above 600 mg/dL), then a space or ``?`` when the
meter flags the result. Results are stored in mg/dL whatever unit the meter displays.

Every stored result is a reading at the meter's own time, flagged ``memory``: a meter's
memory holds old readings (other days, other patients), so the kiosk lists them and the
CHO picks the one taken now; none is captured by itself (``kiosk.devices.capture``).

The OneTouch Ultra Mini / Ultra Easy speaks another, binary protocol (STX ... ETX with a
CRC): it does not answer these commands. ``DMZ`` erases the meter's memory: the driver
refuses to send it.
"""

from __future__ import annotations

import re
from datetime import datetime

from kiosk.devices.driver import PROLIFIC, Driver
from kiosk.devices.lines import LineParser
from kiosk.devices.link import Link
from kiosk.devices.readings import MEMORY

WAKE = b"\x11\r"
SOFTWARE_VERSION, SERIAL_NUMBER, METER_ID = b"DM?\r", b"DM@\r", b"DMID\r"
DATE_TIME, DOWNLOAD = b"DMF\r", b"DMP\r"
ERASE = b"DMZ"
HIGH_LIMIT, LOW_LIMIT = 600, 20  # what the meter shows as HIGH / LO, in mg/dL

_TAIL = re.compile(rb"^(.*) ([0-9A-F]{4})$")
_VERSION = re.compile(rb"^\?(.+)$")
_SERIAL = re.compile(rb'^@ "([^"]*)"$')
_ID = re.compile(rb'^ID "([^"]*)"$')
_CLOCK = re.compile(rb'^F "[A-Z]{3}","(\d\d/\d\d/\d\d)","(\d\d:\d\d:\d\d) *"$')
_HEADER = re.compile(rb'^P (\d{3}),"([^"]*)","([^"]*)"$')
_RECORD = re.compile(
    rb'^P "[A-Z]{3}","(?P<date>\d\d/\d\d/\d\d)","(?P<time>\d\d:\d\d:\d\d) *",'
    rb'"(?P<control>[C ])(?P<value>[ 0-9A-Z]{4})(?P<check>[ ?])"'
    rb'(?:,"(?P<meal>[NBA ])","(?P<comment>\d\d)")?, [0-9A-F]{2}$'
)
_MEALS = {b"B": "before_meal", b"A": "after_meal"}


def checksum(body: bytes) -> int:
    """The meter's line checksum: the sum of the body's bytes, modulo 2**16."""
    return sum(body) & 0xFFFF


def with_checksum(body: bytes) -> bytes:
    """A reply line as the meter sends it: body, space, checksum of the body, CR LF."""
    return body + b" " + f"{checksum(body):04X}".encode() + b"\r\n"


def meter_time(date: bytes, clock: bytes) -> datetime | None:
    """``MM/DD/YY`` and ``HH:MM:SS`` as the meter writes them (two-digit years are 20xx)."""
    try:
        return datetime.strptime((date + b" " + clock).decode(), "%m/%d/%y %H:%M:%S")
    except ValueError:
        return None


class OneTouchParser(LineParser):
    driver = "onetouch-ultra2"
    ends = b"\n\r"

    def __init__(self) -> None:
        super().__init__()
        self.software_version: str | None = None
        self.serial_number: str | None = None
        self.meter_id: str | None = None
        self.meter_clock: datetime | None = None
        self.display_unit: str | None = None
        self.expected: int | None = None

    def _line(self, text: bytes, raw: bytes) -> bool:
        match = _TAIL.match(text.strip(b"\r\n"))
        if not match:
            return False
        body = match.group(1)
        if checksum(body) != int(match.group(2), 16):
            self.stats.bad_checksums += 1
            return False
        record = _RECORD.match(body)
        if record:
            self._record(record, raw)
            return True
        return self._reply(body)

    def _reply(self, body: bytes) -> bool:
        """The answers that carry no reading: what the meter is and what it holds."""
        if header := _HEADER.match(body):
            self.expected = int(header.group(1))
            self.serial_number = _text(header.group(2))
            self.display_unit = _text(header.group(3)).strip()
        elif clock := _CLOCK.match(body):
            self.meter_clock = meter_time(clock.group(1), clock.group(2))
        elif serial := _SERIAL.match(body):
            self.serial_number = _text(serial.group(1))
        elif meter_id := _ID.match(body):
            self.meter_id = _text(meter_id.group(1))
        elif version := _VERSION.match(body):
            self.software_version = _text(version.group(1)).strip()
        return True  # a checksummed line the kiosk does not use (e.g. another reply) is fine

    def _record(self, record: re.Match[bytes], raw: bytes) -> None:
        taken = meter_time(record["date"], record["time"])
        if taken is None:
            return  # checksummed, yet no date: nothing to list
        flags = {MEMORY}
        if record["control"] == b"C":
            flags.add("control_solution")
        if record["check"] == b"?":
            flags.add("meter_check")
        if meal := _MEALS.get(record["meal"] or b""):
            flags.add(meal)
        value = record["value"].strip()
        if value == b"HIGH":
            flags.add("above_range")
            number = HIGH_LIMIT
        elif value in (b"LO", b"LOW"):
            flags.add("below_range")
            number = LOW_LIMIT
        elif value.isdigit():
            number = int(value)
        else:
            return  # a result the meter could not give (no number): nothing to list
        self.emit("blood_glucose", number, raw, stable=True, flags=flags, at=taken)


def _text(value: bytes) -> str:
    return value.decode("ascii", "replace")


class OneTouchUltra2(Driver):
    name = "onetouch-ultra2"
    title = "OneTouch Ultra / Ultra 2 glucometer"
    category = "glucometer"
    link = Link(9600)
    parser_class = OneTouchParser
    simulators = (
        ("default", "kiosk.devices.drivers.onetouch_sim:OneTouchSimulator"),
        ("ultra", "kiosk.devices.drivers.onetouch_sim:OneTouchUltraSimulator"),
    )
    usb_ids = frozenset({PROLIFIC})
    quiet_seconds = 20.0
    open_requests = (WAKE, SOFTWARE_VERSION, SERIAL_NUMBER, METER_ID, DATE_TIME, DOWNLOAD)
    poll = (15.0, (DOWNLOAD,))
    # Two read-only questions, so that an unknown port answers with two whole lines.
    probe_requests = (WAKE, SOFTWARE_VERSION, SERIAL_NUMBER)
    forbidden = (ERASE,)
    request_gap = 0.3
