"""Nonin OEM III module and compatible oximeters (specification 4518-001; the wire format
is in docs/devices.md, "Wire formats", "Nonin OEM III").

The data format is set in hardware, so the parser recognises it from the stream:
format #2 (5-byte frames ``01 STATUS PLETH B4 CHK``), format #7 (16-bit pleth,
``STATUS MSB LSB B4 CHK``) or format #1 (3 bytes once a second). For #2 and #7 it
reports the standard 4-beat heart rate and SpO2 carried in frames 1-3 of each 25-frame
packet; the frame-sync bit in STATUS marks frame 1.

HR = (MSB & 0x03) * 128 + (LSB & 0x7F); a public decoder shifts the MSB by 8, which is
wrong. Missing values are HR 511 and SpO2 127.
"""

from __future__ import annotations

from kiosk.devices.driver import FTDI, PROLIFIC, Driver
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

HR_MISSING, SPO2_MISSING = 511, 127
FRAME, SHORT_FRAME = 5, 3
LOCK_FRAMES = 3  # consecutive good frames before a format is believed
UNLOCK_BYTES = 60  # this many bad bytes in a row and the format is searched for again

_STATUS_FLAGS = ((0x40, "sensor_disconnect"), (0x20, "artifact"), (0x10, "out_of_track"))
_STATUS_FLAGS_2 = (*_STATUS_FLAGS, (0x08, "sensor_alarm"))
_STATUS_FLAGS_1 = (
    (0x40, "sensor_disconnect"),
    (0x20, "out_of_track"),
    (0x10, "low_perfusion"),
    (0x08, "marginal_perfusion"),
    (0x04, "artifact"),
)


def heart_rate(msb: int, lsb: int) -> int:
    return (msb & 0x03) * 128 + (lsb & 0x7F)


def checksum(frame: bytes | bytearray) -> int:
    return sum(frame[:4]) & 0xFF


def _good(fmt: int, buf: bytearray, i: int) -> bool:
    if fmt == 1:
        return bool(buf[i] & 0x80) and not buf[i + 1] & 0x80 and not buf[i + 2] & 0x80
    head_ok = buf[i] == 0x01 and buf[i + 1] & 0x80 if fmt == 2 else buf[i] & 0x80
    return bool(head_ok) and checksum(buf[i : i + 4]) == buf[i + 4]


def _size(fmt: int) -> int:
    return SHORT_FRAME if fmt == 1 else FRAME


class NoninParser(Parser):
    driver = "nonin-oem3"

    def __init__(self) -> None:
        super().__init__()
        self.format: int | None = None
        self._bad_run = 0
        self._frame_no: int | None = None
        self._b4: dict[int, int] = {}

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            if self.format is None:
                found = self._detect(buf, i)
                if found is None:
                    if n - i < LOCK_FRAMES * FRAME:
                        break
                    self.stats.drop(1)
                    i += 1
                    continue
                self.format = found
            size = _size(self.format)
            if n - i < size:
                break
            if _good(self.format, buf, i):
                self._bad_run = 0
                self._frame(buf[i : i + size])
                i += size
                continue
            if self.format != 1 and (buf[i] == 0x01 or self.format == 7) and buf[i + 1] & 0x80:
                self.stats.bad_checksums += 1
            self.stats.drop(1)
            self._frame_no = None  # the packet's frame count is no longer trustworthy
            self._bad_run += 1
            i += 1
            if self._bad_run > UNLOCK_BYTES:
                self.format = None
                self._bad_run = 0
        return i

    def _detect(self, buf: bytearray, i: int) -> int | None:
        for fmt in (2, 7, 1):
            size = _size(fmt)
            need = LOCK_FRAMES + 1 if fmt == 1 else LOCK_FRAMES
            if len(buf) - i >= need * size and all(
                _good(fmt, buf, i + k * size) for k in range(need)
            ):
                return fmt
        return None

    def _frame(self, frame: bytearray) -> None:
        self.stats.accept(len(frame))
        if self.format == 1:
            self._short_frame(frame)
            return
        status = frame[1] if self.format == 2 else frame[0]
        b4 = frame[3]
        flags = {name for bit, name in _STATUS_FLAGS_2 if status & bit}
        perfusion = (status >> 1) & 0x03
        flags.add(("", "perfusion_green", "perfusion_red", "perfusion_yellow")[perfusion])
        self.flags = frozenset(flags - {""})
        pleth = frame[2] if self.format == 2 else (frame[1] << 8) | frame[2]
        self.emit_pleth(pleth, frame)
        if status & 0x01:
            self._frame_no, self._b4 = 1, {}
        elif self._frame_no is not None:
            self._frame_no += 1
        if self._frame_no is None:
            return
        self._b4[self._frame_no] = b4
        if self._frame_no == 3 and len(self._b4) == 3:
            hr = heart_rate(self._b4[1], self._b4[2])
            if self._b4[3] != SPO2_MISSING:
                self.emit("spo2", self._b4[3], frame)
            if hr != HR_MISSING:
                self.emit("pulse_rate", hr, frame)

    def _short_frame(self, frame: bytearray) -> None:
        status, low, spo2 = frame
        self.flags = frozenset(name for bit, name in _STATUS_FLAGS_1 if status & bit)
        hr = heart_rate(status, low)
        if spo2 != SPO2_MISSING:
            self.emit("spo2", spo2, frame)
        if hr != HR_MISSING:
            self.emit("pulse_rate", hr, frame)


class NoninOem3(Driver):
    """The OEM III usually sits behind an FTDI or Prolific cable (reported)."""

    name = "nonin-oem3"
    title = "Nonin OEM III oximeter"
    category = "oximeter"
    link = Link(9600)
    parser_class = NoninParser
    simulators = (
        ("format2", "kiosk.devices.drivers.nonin_sim:NoninSimulator"),
        ("format7", "kiosk.devices.drivers.nonin_sim:NoninFormat7Simulator"),
        ("format1", "kiosk.devices.drivers.nonin_sim:NoninFormat1Simulator"),
    )
    usb_ids = frozenset({FTDI, PROLIFIC})
    quiet_seconds = 3.0
