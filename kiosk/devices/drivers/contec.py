"""Contec CMS50D+ / CMS50E / CMS60C pulse oximeters (docs/devices.md, "Contec").

The current firmware ("v7") sends 9-byte live packets at about 60 per second once the
host asks for them, and stops unless it hears a keep-alive every few seconds. It also
answers read-only queries (device name, model, users, stored sessions) and sends a
stored session as type 0x0F packets of three one-second records. Older firmware (up
to 4.5) streams 5-byte frames by itself at 19200 baud, odd parity.

No packet carries a checksum: the sync bits are the only integrity check, so a packet
is accepted only at its type's length with every sync bit where it should be, and a
live number is believed only when the packet before it agrees (see ``ContecParser``).

Reported, not specified: the older firmware's "missing" values (pulse 255, SpO2 127);
zeros for "no finger" in live and stored data; reply types 0x02, 0x03, 0x06, 0x13 and
0x14, which the vendor's software asks for and the V7.0 document does not list.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import serial

from kiosk.devices.driver import FTDI, PROLIFIC, SILABS_CP210X, Driver, ForbiddenCommandError
from kiosk.devices.link import Link
from kiosk.devices.parser import MemoryProgress, Parser
from kiosk.devices.readings import MEMORY

LIVE, DISCONNECT_NOTICE, STORED, STORED_PI = 0x01, 0x0D, 0x0F, 0x09
MODEL, VENDOR, DEVICE_ID, USER_INFO = 0x02, 0x03, 0x04, 0x05
START_DATE, START_TIME, STORED_LENGTH, SEGMENTS = 0x07, 0x12, 0x08, 0x0A
FEEDBACK, FREE, PI_SUPPORT, USERS, NOTICE, STORED_IDS = 0x0B, 0x0C, 0x0E, 0x10, 0x11, 0x15
COMMAND = 0x7D
# Packet length (type byte included) of every type a device sends: the V7.0 table,
# and for 0x02, 0x03, 0x06, 0x13, 0x14 what real devices were seen to send.
LENGTHS = {
    LIVE: 9,
    MODEL: 9,
    VENDOR: 9,
    DEVICE_ID: 9,
    USER_INFO: 9,
    0x06: 4,
    START_DATE: 8,
    STORED_LENGTH: 8,
    STORED_PI: 6,
    SEGMENTS: 4,
    FEEDBACK: 4,
    FREE: 2,
    DISCONNECT_NOTICE: 3,
    PI_SUPPORT: 3,
    STORED: 8,
    USERS: 3,
    NOTICE: 9,
    START_TIME: 8,
    0x13: 9,
    0x14: 9,
    STORED_IDS: 9,
}
START_LIVE, STOP_LIVE, KEEP_ALIVE = 0xA1, 0xA2, 0xAF
ASK_SEGMENTS, ASK_LENGTH, ASK_START, READ_STORED, STOP_STORED = 0xA3, 0xA4, 0xA5, 0xA6, 0xA7
ASK_MODEL, ASK_VENDOR, ASK_DEVICE_ID, ASK_USER = 0xA8, 0xA9, 0xAA, 0xAB
ASK_PI, ASK_USERS, ASK_NOTICE, ASK_STORED_IDS = 0xAC, 0xAD, 0xB0, 0xB6
# Every command the kiosk may send: the queries only. Deleting stored data (0xAE),
# setting the clock (0xB1, 0xB2) or the device name, and commands whose effect is not
# known (0xA0, 0xB3, seen from the vendor's software) are refused.
READ_ONLY_COMMANDS = frozenset(
    {
        START_LIVE,
        STOP_LIVE,
        KEEP_ALIVE,
        ASK_SEGMENTS,
        ASK_LENGTH,
        ASK_START,
        READ_STORED,
        STOP_STORED,
        ASK_MODEL,
        ASK_VENDOR,
        ASK_DEVICE_ID,
        ASK_USER,
        ASK_PI,
        ASK_USERS,
        ASK_NOTICE,
        ASK_STORED_IDS,
    }
)
LIVE_LENGTH = 9
PULSE_MISSING, SPO2_MISSING = 0xFF, 0x7F
BEEP = "pulse_beep"
# A stored session holds one record a second.
RECORD_INTERVAL = timedelta(seconds=1)
# Live packets come 60 a second: a number cannot move further than this between two.
LIVE_JUMP = {"pulse_rate": 40, "spo2": 15}
_UNSEEN = -1


def pack(kind: int, data: bytes | list[int]) -> bytes:
    """A v7 packet: type, the high-bits byte, then the data bytes with bit 7 as sync."""
    high = 0x80
    for i, byte in enumerate(data):
        high |= ((byte >> 7) & 1) << i
    return bytes([kind & 0x7F, high, *(b | 0x80 for b in data)])


def unpack(packet: bytes | bytearray) -> list[int]:
    """The data bytes of a v7 packet with their real bit 7 restored."""
    high = packet[1]
    return [(b & 0x7F) | (((high >> i) & 1) << 7) for i, b in enumerate(packet[2:])]


def command(code: int, *args: int) -> bytes:
    """A host command: type 0x7D, the code and its arguments, padded to 7 data bytes."""
    data = [code, *args]
    return pack(COMMAND, data + [0] * (7 - len(data)))


def text(data: list[int]) -> str:
    """A device string: ASCII up to the first NUL, without the padding spaces."""
    chars = bytes(data).split(b"\0", 1)[0]
    return chars.decode("ascii", "replace").strip()


def spo2_value(value: int) -> int | None:
    """SpO2 as sent, or None for "no value": 0x7F, or 0 when no finger is in."""
    return None if value in (SPO2_MISSING, 0) else value


def pulse_value(value: int) -> int | None:
    return None if value in (PULSE_MISSING, 0) else value


class ContecParser(Parser):
    """The v7 packets. Live numbers are checked against the packet before them: the
    first packet after "searching" can carry the previous packet's high-bits byte
    (pulse 82 read as 210), and a flipped bit 7 moves a number by 128. A number is
    withheld when the packet before had none for its kind, or when it jumped further
    than a body can in 1/60 s; the first packet of a stream has nothing to compare
    with and is believed. Stored records get the session's start time plus one second
    per record and the flag ``memory``; without a start time they are withheld."""

    driver = "contec-cms50d"

    def __init__(self) -> None:
        super().__init__()
        self._last: dict[str, int | None] = {"spo2": _UNSEEN, "pulse_rate": _UNSEEN}
        self._model: list[int] = []
        self._start_date: tuple[int, int, int] | None = None
        self.stored_start: datetime | None = None
        self._records = 0
        self._expected: int | None = None  # records in the session, as the device said

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            kind = buf[i]
            length = LENGTHS.get(kind)
            if length is None:  # a data byte, or a type no device sends: resync
                self.stats.drop(1)
                i += 1
                continue
            end = min(i + length, n)
            broken = next((j for j in range(i + 1, end) if not buf[j] & 0x80), None)
            if broken is not None:
                self.stats.drop(broken - i)
                i = broken
                continue
            if end - i < length:
                break  # the packet may still be arriving
            self.stats.accept(length)
            self._packet(kind, buf[i:end])
            i = end
        return i

    def _packet(self, kind: int, packet: bytearray) -> None:
        d = unpack(packet)
        if kind == LIVE:
            self._live(packet, d)
        elif kind in (STORED, STORED_PI):
            self._stored(kind, packet, d)
        elif kind == MODEL:
            if d[0] == 0:
                self._model = []
            self._model += d[1:]
            self.info["model"] = text(self._model)
        elif kind == VENDOR:
            self.info["vendor"] = text(d)
        elif kind == DEVICE_ID:
            self.info["device_id"] = text(d)
        elif kind == USER_INFO:
            self.info["user_index"] = str(d[0])
            self.info["user_name"] = text(d[1:])
        elif kind == START_DATE:
            self._start_date = (d[2] * 100 + d[3], d[4], d[5])
        elif kind == START_TIME:
            self._start_time(d)
        elif kind == STORED_LENGTH:
            self._expected = d[2] | d[3] << 8 | d[4] << 16 | d[5] << 24
            self.info["stored_length"] = str(self._expected)
            self.memory = MemoryProgress(0, self._expected, finished=self._expected == 0)
        elif kind == SEGMENTS:
            self.info["stored_sessions"] = str(d[1])
        elif kind == FEEDBACK:
            self.info["feedback"] = f"{d[0]:02X}:{d[1]:02X}"
        elif kind == FREE:
            self._records = 0  # a stopped download starts again from its first record
            if self.memory is not None and not self.memory.finished:
                self.memory = replace(self.memory, read=0)
        elif kind == DISCONNECT_NOTICE:
            self.flags = frozenset({"disconnect_notice"})
        elif kind == PI_SUPPORT:
            self.info["pi_supported"] = "no" if d[0] else "yes"
        elif kind == USERS:
            self.info["users"] = str(d[0])
        elif kind == NOTICE and d[0] == 0x01:
            self.info["has_stored_data"] = "yes" if d[1] else "no"
        elif kind == STORED_IDS:
            self.info["stored_pi"] = "yes" if d[2] == 0xA1 else "no"

    def _start_time(self, d: list[int]) -> None:
        self._records = 0
        self.stored_start = None
        if self._start_date is None:
            return
        try:
            self.stored_start = datetime(*self._start_date, d[2], d[3], d[4])
        except ValueError:
            return
        self.info["stored_start"] = self.stored_start.isoformat(sep=" ")

    def _live(self, packet: bytearray, d: list[int]) -> None:
        flags = set()
        for bit, name in ((0x10, "searching_too_long"), (0x20, "low_spo2"), (0x80, "probe_error")):
            if d[0] & bit:
                flags.add(name)
        searching = bool(d[1] & 0x80)
        if searching:
            flags.add("searching")
        self.flags = frozenset(flags)
        # The beep marks one beat, not the device's state: it goes on this frame's readings.
        beat = self.flags | {BEEP} if d[0] & 0x40 else self.flags
        self.emit_pleth(d[1] & 0x7F, packet)
        no_values = searching or bool(d[0] & 0x80)
        for kind, value in (("spo2", spo2_value(d[4])), ("pulse_rate", pulse_value(d[3]))):
            self._live_number(kind, None if no_values else value, packet, beat)

    def _live_number(
        self, kind: str, value: int | None, packet: bytearray, flags: frozenset[str]
    ) -> None:
        before, self._last[kind] = self._last[kind], value
        if value is None:
            self.emit(kind, None, packet)
        elif before is None or (before != _UNSEEN and abs(value - before) > LIVE_JUMP[kind]):
            self.stats.withheld += 1
        else:
            self.emit(kind, value, packet, flags=flags)

    def _stored(self, kind: int, packet: bytearray, d: list[int]) -> None:
        """Stored records; past the length the device gave, a packet's zeros are padding.
        The last record ends the download: live data is asked for again."""
        pairs = [(d[0], d[1])] if kind == STORED_PI else [(d[0], d[1]), (d[2], d[3]), (d[4], d[5])]
        for spo2, pulse in pairs:
            if self._expected is not None and self._records >= self._expected:
                continue  # padding after the session's last record
            at = None
            if self.stored_start is not None:
                at = self.stored_start + self._records * RECORD_INTERVAL
            self._records += 1
            for name, value in (("spo2", spo2_value(spo2)), ("pulse_rate", pulse_value(pulse))):
                if value is not None and at is None:
                    self.stats.withheld += 1
                    continue
                self.emit(name, value, packet, stable=True, flags={MEMORY}, at=at)
        done = self._expected is not None and self._records >= self._expected
        was_done = self.memory is not None and self.memory.finished
        self.memory = MemoryProgress(self._records, self._expected, finished=done)
        if done and not was_done:
            self.replies.append(command(START_LIVE))


class ContecLegacyParser(Parser):
    driver = "contec-cms50d-legacy"
    FRAME = 5

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            if not buf[i] & 0x80:
                self.stats.drop(1)
                i += 1
                continue
            end = min(i + self.FRAME, n)
            broken = next((k for k in range(i + 1, end) if buf[k] & 0x80), None)
            if broken is not None:
                self.stats.drop(broken - i)
                i = broken
                continue
            if end - i < self.FRAME:
                break
            self._frame(buf[i:end])
            i = end
        return i

    def _frame(self, frame: bytearray) -> None:
        self.stats.accept(len(frame))
        b0, pleth, b2, b3, spo2 = frame
        flags = set()
        for byte, bit, name in (
            (b0, 0x10, "finger_out"),
            (b0, 0x20, "spo2_dropping"),
            (b2, 0x10, "probe_error"),
            (b2, 0x20, "searching"),
        ):
            if byte & bit:
                flags.add(name)
        self.flags = frozenset(flags)
        beat = self.flags | {BEEP} if b0 & 0x40 else self.flags
        pulse = (b3 & 0x7F) | (0x80 if b2 & 0x40 else 0)
        self.emit_pleth(pleth, frame)
        self.emit("spo2", spo2_value(spo2), frame, flags=beat)
        self.emit("pulse_rate", pulse_value(pulse), frame, flags=beat)


class ContecCms50d(Driver):
    """Current firmware. The CP210x bridge id is reported by owners of these units."""

    name = "contec-cms50d"
    title = "Contec CMS50D+/CMS50E/CMS60C oximeter"
    category = "oximeter"
    link = Link(115200, xonxoff=True)
    parser_class = ContecParser
    simulators = (("default", "kiosk.devices.drivers.contec_sim:ContecSimulator"),)
    usb_ids = frozenset({SILABS_CP210X})
    quiet_seconds = 2.0
    open_requests = (command(START_LIVE),)
    keepalive = (5.0, command(KEEP_ALIVE))
    # "Read memory": stop live data, then the first stored session of user 0: how many
    # sessions, its length in records (which tells when the download ends), its start
    # date and time (each record's time), and its records. The last record asks for
    # live data again (the parser's reply); a download that stops short is ended by
    # the quiet time, after which live data is asked for again as at open.
    memory_requests = (
        command(STOP_LIVE),
        command(ASK_SEGMENTS, 0),
        command(ASK_LENGTH, 0, 0),
        command(ASK_START, 0, 0),
        command(READ_STORED, 0, 0),
    )

    def check_command(self, data: bytes) -> bytes:
        """Only the read-only commands pass; the v7 erase command is never sent."""
        for i in range(0, len(data), LIVE_LENGTH):
            packet = data[i : i + LIVE_LENGTH]
            if len(packet) != LIVE_LENGTH or packet[0] != COMMAND:
                raise ForbiddenCommandError(f"{self.name}: not a command packet: {packet.hex()}")
            if unpack(packet)[0] not in READ_ONLY_COMMANDS:
                raise ForbiddenCommandError(f"{self.name}: refusing command {packet.hex()}")
        return data


class ContecCms50dLegacy(Driver):
    """Firmware up to 4.5; the Prolific and FTDI bridges are reported for these cables."""

    name = "contec-cms50d-legacy"
    title = "Contec CMS50D+ oximeter (older firmware)"
    category = "oximeter"
    link = Link(19200, parity=serial.PARITY_ODD, xonxoff=True)
    parser_class = ContecLegacyParser
    simulators = (("default", "kiosk.devices.drivers.contec_sim:ContecLegacySimulator"),)
    usb_ids = frozenset({PROLIFIC, FTDI})
    quiet_seconds = 2.0
