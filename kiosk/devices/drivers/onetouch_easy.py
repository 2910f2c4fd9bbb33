"""LifeScan OneTouch Ultra Easy and Ultra Mini glucometers: LifeScan's binary protocol.

These meters do not answer the Ultra 2's ASCII commands. Every message travels in a
packet ``STX, length, link control, message, ETX, CRC``: the length counts the whole
packet, the CRC is CRC-16-CCITT (polynomial 0x1021, seed 0xFFFF) over everything from
STX to ETX, sent little-endian. Checked against a real meter talking to LifeScan's own
PC software (tests/devices/recordings/onetouch-ultraeasy/, docs/devices.md).

The link-control byte: 0x10 more, 0x08 disconnect, 0x04 acknowledge, 0x02 the sequence
bit the sender expects next, 0x01 the sender's own sequence bit. Each side flips its
sequence bit for every message the other side acknowledged. A session starts with a
"disconnect" packet (the meter answers 0x0C, both sides back to zero); then for every
request the meter sends an acknowledgement, then its answer, which the host
acknowledges.

Messages begin ``05``; an answer ``05 06`` is success. The read-only requests the kiosk
sends: software version ``05 0D 02`` (a length-prefixed string, ``P02.00.0025/05/07``),
serial number ``05 0B 02`` + nine zeros (nine characters), the meter clock ``05 20 02``
+ four zeros (seconds since 1970 of the meter's local time), the unit setting
``05 09 02 09`` + four zeros (0 mg/dL, 1 mmol/L), record ``05 1F`` + its 16-bit
little-endian number, newest first (a result: meter time and mg/dL, each 32-bit
little-endian); a number past the end (LifeScan's software asks for 512) answers
``05 0F`` + the record count. Results are in mg/dL whatever unit the meter shows.
Erasing the memory (``05 1A``) and setting the clock (``05 20 01``) are never sent:
only the requests above pass ``check_command``.

The conversation is the parser's: each answer it reads queues its acknowledgement and
the next request in ``replies`` (the reader sends them). A disconnect answer (the
driver sends one at open and every poll) restarts it: a whole download the first time,
later only the records newer than the newest already read. Every result is a reading
at the meter's time flagged ``memory``: the CHO picks the one taken now.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime, timedelta

from kiosk.devices.driver import PROLIFIC, Driver, ForbiddenCommandError
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser
from kiosk.devices.readings import MEMORY

STX, ETX = 0x02, 0x03
MORE, DISCONNECT, ACK, EXPECT, SEQUENCE = 0x10, 0x08, 0x04, 0x02, 0x01
SMALLEST, LARGEST = 6, 64  # packet lengths: an empty message; far more than any answer
SUCCESS, COUNT = b"\x05\x06", b"\x05\x0f"
VERSION = b"\x05\x0d\x02"
SERIAL = b"\x05\x0b\x02" + bytes(9)
CLOCK = b"\x05\x20\x02" + bytes(4)
UNIT = b"\x05\x09\x02\x09" + bytes(4)
RECORD = b"\x05\x1f"
PAST_THE_END = 512  # the record number LifeScan's software asks for to learn the count
ERASE, SET_CLOCK = b"\x05\x1a", b"\x05\x20\x01"
UNITS = {0: "mg/dL", 1: "mmol/L"}
EPOCH = datetime(1970, 1, 1)


def crc_ccitt(data: bytes | bytearray) -> int:
    """CRC-16-CCITT as LifeScan computes it: polynomial 0x1021, seed 0xFFFF, MSB first."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
        crc &= 0xFFFF
    return crc


def packet(link: int, message: bytes = b"") -> bytes:
    """One packet as either side sends it."""
    body = bytes([STX, len(message) + 6, link]) + message + bytes([ETX])
    return body + struct.pack("<H", crc_ccitt(body))


def read_record(number: int) -> bytes:
    return RECORD + struct.pack("<H", number)


def meter_time(seconds: int) -> datetime:
    """The meter's clock: seconds since 1970 of its own local time (no zone)."""
    return EPOCH + timedelta(seconds=seconds)


@dataclass(frozen=True)
class Frame:
    link: int
    message: bytes
    raw: bytes


def frames(buf: bytes | bytearray) -> tuple[list[Frame], int, int, int]:
    """Whole packets at the start of ``buf``: (frames, bytes used, bytes dropped, bad
    CRCs). Used by the parser and by ``check_command`` for what the kiosk sends."""
    out: list[Frame] = []
    i, n, dropped, bad = 0, len(buf), 0, 0
    while i < n:
        if buf[i] != STX:
            i, dropped = i + 1, dropped + 1
            continue
        if i + 1 >= n:
            break
        length = buf[i + 1]
        if not SMALLEST <= length <= LARGEST:
            i, dropped = i + 1, dropped + 1
            continue
        if i + length > n:
            break  # the packet may still be arriving
        raw = bytes(buf[i : i + length])
        if raw[-3] != ETX:
            i, dropped = i + 1, dropped + 1
            continue
        if struct.unpack("<H", raw[-2:])[0] != crc_ccitt(raw[:-2]):
            bad += 1
            i, dropped = i + 1, dropped + 1
            continue
        out.append(Frame(raw[2], raw[3:-3], raw))
        i += length
    return out, i, dropped, bad


class UltraEasyParser(Parser):
    """The meter's packets, decoded by their shape (an answer does not name its
    request), and the host's side of the conversation, queued in ``replies``."""

    driver = "onetouch-ultra-easy"

    def __init__(self) -> None:
        super().__init__()
        self.sequence = 0  # the host's own sequence bit
        self.expect = 0  # the meter's sequence bit the host expects next
        self.steps: list[bytes] = []  # what is still to be asked, the current one first
        self.count: int | None = None
        self.next_record = 0
        self.downloaded = False  # a result was read in this session
        self.known: set[tuple[int, int]] = set()
        self.refreshing = False

    def _parse(self, buf: bytearray) -> int:
        found, used, dropped, bad = frames(buf)
        self.stats.bad_checksums += bad
        if dropped:
            self.stats.drop(dropped)
        for frame in found:
            self.stats.accept(len(frame.raw))
            self._frame(frame)
        return used

    # The meter's packets ---------------------------------------------------------
    def _frame(self, frame: Frame) -> None:
        if not frame.message:
            if frame.link & DISCONNECT:
                self._restart()
            elif frame.link & ACK:
                self.sequence ^= 1  # the meter took the request
            return
        if (frame.link & SEQUENCE) != self.expect:
            self._ack()  # the answer again (the meter missed the acknowledgement)
            return
        self.expect ^= 1
        self._ack()
        # Strictly one question at a time: this is the answer to the current one.
        asked = self.steps.pop(0) if self.steps else None
        go_on = self._answer(frame)
        if asked is not None and asked.startswith(RECORD) and go_on:
            self._queue_record()
        self._ask()

    def _answer(self, frame: Frame) -> bool:
        """Decode one answer; False when a refresh reached a result read before."""
        message = frame.message
        if message.startswith(COUNT) and len(message) == 4:
            self.count = struct.unpack("<H", message[2:4])[0]
            self.next_record = 0
            self.info["records"] = str(self.count)
            return True
        if not message.startswith(SUCCESS):
            return True  # an error answer: go on with the next question
        data = message[2:]
        if len(data) == 8:
            return self._record(frame, data)
        if data and data[0] == len(data) - 1 and _printable(data[1:]):
            self.info["software_version"] = data[1:].decode("ascii").strip()
        elif len(data) == 4 and data[1:] == b"\0\0\0" and data[0] in UNITS:
            self.info["display_unit"] = UNITS[data[0]]
        elif len(data) == 4:
            clock = meter_time(struct.unpack("<I", data)[0])
            self.info["meter_clock"] = clock.isoformat(sep=" ")
        elif data and _printable(data):
            self.info["serial_number"] = data.decode("ascii").strip()
        return True

    def _record(self, frame: Frame, data: bytes) -> bool:
        seconds, value = struct.unpack("<II", data)
        key = (seconds, value)
        if self.refreshing and key in self.known:
            self.refreshing = False  # everything from here on was read before
            return False
        self.known.add(key)
        self.downloaded = True
        self.emit(
            "blood_glucose",
            value,
            frame.raw,
            stable=True,
            flags={MEMORY},
            at=meter_time(seconds),
        )
        return True

    def _queue_record(self) -> None:
        """The next result to read, newest first, while there are more."""
        if self.count is not None and self.next_record < self.count:
            self.steps.insert(0, read_record(self.next_record))
            self.next_record += 1
        else:
            self.refreshing = False

    # The host's side ----------------------------------------------------------------
    def _restart(self) -> None:
        """The meter answered a disconnect: both sides start from zero. The first time
        the whole memory is read; afterwards only what is newer than before."""
        self.sequence = self.expect = 0
        if self.steps:
            self._ask()  # resume the download where it was
            return
        if not self.downloaded:
            self.steps = [VERSION, SERIAL, CLOCK, UNIT, read_record(PAST_THE_END)]
        else:
            self.refreshing = True
            self.steps = [read_record(PAST_THE_END)]
        self._ask()

    def _ask(self) -> None:
        if self.steps:
            self.replies.append(packet(self.sequence | self.expect << 1, self.steps[0]))

    def _ack(self) -> None:
        self.replies.append(packet(ACK | self.expect << 1 | self.sequence))


def _printable(data: bytes) -> bool:
    return all(0x20 <= b < 0x7F for b in data)


def read_only(message: bytes) -> bool:
    """The requests the kiosk may send: the queries above and empty link packets."""
    if message in (b"", VERSION, SERIAL, CLOCK, UNIT):
        return True
    return len(message) == 4 and message.startswith(RECORD)


class OneTouchUltraEasy(Driver):
    name = "onetouch-ultra-easy"
    title = "OneTouch Ultra Mini / Ultra Easy glucometer"
    category = "glucometer"
    link = Link(9600)
    parser_class = UltraEasyParser
    simulators = (("default", "kiosk.devices.drivers.onetouch_easy_sim:UltraEasySimulator"),)
    usb_ids = frozenset({PROLIFIC})
    quiet_seconds = 20.0
    # A disconnect packet starts the conversation; the parser asks the rest.
    open_requests = (packet(DISCONNECT),)
    # Asked again every 15 s: the meter answers, and results taken since are read.
    poll = (15.0, (packet(DISCONNECT),))
    # The disconnect answer and a version question seen whole: three packets.
    probe_requests = (packet(DISCONNECT), packet(0, VERSION))

    def check_command(self, data: bytes) -> bytes:
        """Only whole packets of read-only requests pass; erase and set-clock never."""
        found, used, dropped, bad = frames(data)
        if used != len(data) or dropped or bad or not found:
            raise ForbiddenCommandError(f"{self.name}: not a whole packet: {data.hex()}")
        for frame in found:
            if frame.message.startswith((ERASE, SET_CLOCK)) or not read_only(frame.message):
                raise ForbiddenCommandError(f"{self.name}: refusing {frame.message.hex()}")
        return data
