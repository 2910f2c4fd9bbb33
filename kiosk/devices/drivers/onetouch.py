"""LifeScan OneTouch Ultra 2 glucometer (PROTOCOLS.md section 6).

The meter answers commands with ASCII lines that end in a space and four hexadecimal
digits: the 16-bit sum of the line's bytes before those digits. PROTOCOLS.md does not
say whether the separating space is summed; the kiosk sums every byte before the four
digits, the space included. ``DMP`` returns a header and one line per stored reading,
newest first, with the meter's own date and time.

``DMZ`` erases the meter's memory: the driver refuses to send it.
"""

from __future__ import annotations

import re
from datetime import datetime

from kiosk.devices.driver import PROLIFIC, Driver
from kiosk.devices.lines import LineParser
from kiosk.devices.link import Link

WAKE = b"\x11\r"
SOFTWARE_VERSION, SERIAL_NUMBER, DATE_TIME, DOWNLOAD = b"DM?\r", b"DM@\r", b"DMF\r", b"DMP\r"
ERASE = b"DMZ"
_TAIL = re.compile(rb"^(.*) ([0-9A-Fa-f]{4})$")
_HEADER = re.compile(rb'^P (\d{3}),"([^"]*)","([^"]*)" $')
_RECORD = re.compile(
    rb'^P "(\w{3})","(\d\d/\d\d/\d\d)","(\d\d:\d\d:\d\d) *","([^"]*)","(\w?)","(\w*)", ?\w* $'
)


def with_checksum(body: bytes) -> bytes:
    """A reply line as the meter sends it: body, space, checksum, CR LF."""
    body = body + b" "
    return body + f"{sum(body) & 0xFFFF:04X}".encode() + b"\r\n"


class OneTouchParser(LineParser):
    driver = "onetouch-ultra2"
    ends = b"\n\r"

    def __init__(self) -> None:
        super().__init__()
        self.serial_number: str | None = None
        self.expected: int | None = None

    def _line(self, text: bytes, raw: bytes) -> bool:
        match = _TAIL.match(text.strip(b"\r\n"))
        if not match:
            return False
        body = text[: text.rfind(b" ") + 1]
        if sum(body) & 0xFFFF != int(match.group(2), 16):
            self.stats.bad_checksums += 1
            return False
        header = _HEADER.match(body)
        if header:
            self.expected = int(header.group(1))
            self.serial_number = header.group(2).decode("ascii", "replace")
            return True
        record = _RECORD.match(body)
        if record:
            self._record(record, raw)
        return True  # version, serial and clock replies carry no reading

    def _record(self, record: re.Match[bytes], raw: bytes) -> None:
        _day, date, clock, value, _, _ = record.groups()
        text = value.strip()
        if text.startswith(b"C"):
            self.flags = frozenset({"control_solution"})
            return
        self.flags = frozenset()
        if not text.isdigit():
            return
        try:
            taken = datetime.strptime((date + b" " + clock).decode(), "%m/%d/%y %H:%M:%S")
        except ValueError:
            return
        self.emit("blood_glucose", int(text), raw, stable=True, at=taken)


class OneTouchUltra2(Driver):
    name = "onetouch-ultra2"
    title = "OneTouch Ultra 2 glucometer"
    category = "glucometer"
    link = Link(9600)
    parser_class = OneTouchParser
    simulators = (("default", "kiosk.devices.drivers.onetouch_sim:OneTouchSimulator"),)
    usb_ids = frozenset({PROLIFIC})
    quiet_seconds = 20.0
    open_requests = (WAKE, SOFTWARE_VERSION, SERIAL_NUMBER, DOWNLOAD)
    poll = (15.0, (DOWNLOAD,))
    probe_requests = (WAKE, SOFTWARE_VERSION)
    forbidden = (ERASE,)
    request_gap = 0.3
