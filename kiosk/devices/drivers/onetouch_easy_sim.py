"""A simulated OneTouch Ultra Mini, answering as the real meter in
tests/devices/recordings/onetouch-ultraeasy/ does: its acknowledgement, then its answer,
with the same link-control bits, the same message layouts and the real CRC.

The memory holds what a clinic meter holds: the result just taken (the patient's) and
older results from other days. The erase and set-clock commands, which the kiosk never
sends, are answered as the meter would (so that a test can see they were not sent).
"""

from __future__ import annotations

import struct
from datetime import datetime, timedelta

from kiosk.devices.drivers.onetouch_easy import (
    ACK,
    CLOCK,
    COUNT,
    DISCONNECT,
    EPOCH,
    ERASE,
    RECORD,
    SEQUENCE,
    SERIAL,
    SET_CLOCK,
    SUCCESS,
    UNIT,
    VERSION,
    frames,
    packet,
)
from kiosk.devices.simulator import DeviceSimulator


def _seconds(moment: datetime) -> int:
    return int((moment - EPOCH).total_seconds())


class UltraEasySimulator(DeviceSimulator):
    driver = "onetouch-ultra-easy"
    serial = "CGWA2F7DR"
    version = "P02.00.0025/05/07"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.clock = self.meter_clock()
        # (meter time, mg/dL), newest first as the meter keeps them.
        self.stored: list[tuple[datetime, int]] = [
            (self.clock - timedelta(minutes=2), self.patient.glucose),
            (self.clock - timedelta(days=1, hours=2), 131),
            (self.clock - timedelta(days=2, hours=5), 97),
            (self.clock - timedelta(days=4, hours=1), 154),
        ]
        self.expect = 0  # the host's sequence bit the meter expects next
        self.sequence = 0  # the meter's own
        self.erased = False
        self.clock_set = False
        self.last_answer: bytes | None = None
        self._pending = bytearray()

    def _produce(self, start: float, end: float) -> bytes:
        return b""

    def take(self, moment: datetime, value: int) -> None:
        """A result taken on the meter (it keeps the newest first)."""
        self.stored.insert(0, (moment, value))

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        found, used, _, _ = frames(self._pending)
        del self._pending[:used]
        out = bytearray()
        for frame in found:
            out += self._packet(frame.link, frame.message)
        return bytes(out)

    def _packet(self, link: int, message: bytes) -> bytes:
        if link & DISCONNECT:
            self.expect = self.sequence = 0
            self.last_answer = None
            return packet(DISCONNECT | ACK)
        if not message:
            if link & ACK:
                self.sequence ^= 1  # the host took the answer
            return b""
        if (link & SEQUENCE) != self.expect:  # the request again: the same answer again
            return self._ack() + (self.last_answer or b"")
        self.expect ^= 1
        ack = self._ack()
        self.last_answer = packet(self.sequence | self.expect << 1, self._reply(message))
        return ack + self.last_answer

    def _ack(self) -> bytes:
        return packet(ACK | self.expect << 1 | self.sequence)

    def _reply(self, message: bytes) -> bytes:
        now = self.clock + timedelta(seconds=self.t)
        if message == VERSION:
            text = self.version.encode()
            return SUCCESS + bytes([len(text)]) + text
        if message == SERIAL:
            return SUCCESS + self.serial.encode()
        if message == CLOCK:
            return SUCCESS + struct.pack("<I", _seconds(now))
        if message == UNIT:
            return SUCCESS + b"\x00\x00\x00\x00"  # mg/dL
        if message.startswith(RECORD) and len(message) == 4:
            number = struct.unpack("<H", message[2:])[0]
            if number >= len(self.stored):
                return COUNT + struct.pack("<H", len(self.stored))
            taken, value = self.stored[number]
            return SUCCESS + struct.pack("<II", _seconds(taken), value)
        if message.startswith(ERASE):
            self.erased = True
            self.stored = []
            return SUCCESS
        if message.startswith(SET_CLOCK):
            self.clock_set = True
            return SUCCESS + message[3:7]
        return b"\x05\x09"  # not a command this meter knows
