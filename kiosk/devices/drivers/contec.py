"""Contec CMS50D+ / CMS50E pulse oximeters (PROTOCOLS.md section 1 and 2).

The current firmware ("v7") sends 9-byte live packets at about 60 per second once the
host asks for them, and stops unless it hears a keep-alive every few seconds. Older
firmware (up to 4.5) streams 5-byte frames by itself at 19200 baud, odd parity.
Neither carries a checksum: the sync bits are the only integrity check, so a packet
is accepted only when every sync bit is where it should be.

Reported, not specified: the older firmware's "missing" values (pulse 255, SpO2 127).
"""

from __future__ import annotations

import serial

from kiosk.devices.driver import FTDI, PROLIFIC, SILABS_CP210X, Driver, ForbiddenCommandError
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

LIVE, DISCONNECT_NOTICE, STORED_A, STORED_B = 0x01, 0x0D, 0x0F, 0x09
COMMAND = 0x7D
START_LIVE, STOP_LIVE, KEEP_ALIVE, READ_STORED = 0xA1, 0xA2, 0xAF, 0xA6
# Every command the kiosk may send; anything else (erasing stored data) is refused.
READ_ONLY_COMMANDS = frozenset({START_LIVE, STOP_LIVE, KEEP_ALIVE, READ_STORED})
KNOWN_TYPES = frozenset({LIVE, DISCONNECT_NOTICE, STORED_A, STORED_B})
LIVE_LENGTH = 9
PULSE_MISSING, SPO2_MISSING = 0xFF, 0x7F
BEEP = "pulse_beep"


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


def command(code: int) -> bytes:
    return pack(COMMAND, [code, 0, 0, 0, 0, 0, 0])


class ContecParser(Parser):
    driver = "contec-cms50d"

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            kind = buf[i]
            if kind & 0x80:
                self.stats.drop(1)
                i += 1
                continue
            j = i + 1
            while j < n and j - i < LIVE_LENGTH and buf[j] & 0x80:
                j += 1
            body = j - i - 1
            if j == n and body < LIVE_LENGTH - 1:
                break  # the packet may still be arriving
            if kind == LIVE and body == LIVE_LENGTH - 1:
                self._live(buf[i:j])
            elif kind in KNOWN_TYPES and kind != LIVE and body >= 1:
                self.stats.accept(j - i)
                if kind == DISCONNECT_NOTICE:
                    self.flags = frozenset({"disconnect_notice"})
            else:
                self.stats.drop(j - i)
            i = j
        return i

    def _live(self, packet: bytearray) -> None:
        self.stats.accept(len(packet))
        d = unpack(packet)
        flags = set()
        for bit, name in ((0x10, "searching_too_long"), (0x20, "low_spo2"), (0x80, "probe_error")):
            if d[0] & bit:
                flags.add(name)
        if d[1] & 0x80:
            flags.add("searching")
        self.flags = frozenset(flags)
        # The beep marks one beat, not the device's state: it goes on this frame's readings.
        beat = self.flags | {BEEP} if d[0] & 0x40 else self.flags
        self.emit_pleth(d[1] & 0x7F, packet)
        if d[4] != SPO2_MISSING:
            self.emit("spo2", d[4], packet, flags=beat)
        if d[3] != PULSE_MISSING:
            self.emit("pulse_rate", d[3], packet, flags=beat)


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
        if spo2 != SPO2_MISSING:
            self.emit("spo2", spo2, frame, flags=beat)
        if pulse != PULSE_MISSING:
            self.emit("pulse_rate", pulse, frame, flags=beat)


class ContecCms50d(Driver):
    """Current firmware. The CP210x bridge id is reported by owners of these units."""

    name = "contec-cms50d"
    title = "Contec CMS50D+/CMS50E oximeter"
    category = "oximeter"
    link = Link(115200, xonxoff=True)
    parser_class = ContecParser
    simulators = (("default", "kiosk.devices.drivers.contec_sim:ContecSimulator"),)
    usb_ids = frozenset({SILABS_CP210X})
    quiet_seconds = 2.0
    open_requests = (command(START_LIVE),)
    keepalive = (5.0, command(KEEP_ALIVE))

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
