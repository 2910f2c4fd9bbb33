"""Simulated Contec oximeters: a patient's pleth wave and numbers, 60 packets a second,
and for the current firmware the answers to the read-only queries and one stored
session, in the packets a real device sends (docs/devices.md, "Contec")."""

from __future__ import annotations

from datetime import timedelta

from kiosk.devices.drivers.contec import (
    ASK_DEVICE_ID,
    ASK_LENGTH,
    ASK_MODEL,
    ASK_NOTICE,
    ASK_PI,
    ASK_SEGMENTS,
    ASK_START,
    ASK_USER,
    ASK_USERS,
    COMMAND,
    DEVICE_ID,
    FEEDBACK,
    FREE,
    KEEP_ALIVE,
    LIVE,
    LIVE_LENGTH,
    MODEL,
    NOTICE,
    PI_SUPPORT,
    READ_STORED,
    SEGMENTS,
    START_DATE,
    START_LIVE,
    START_TIME,
    STOP_LIVE,
    STOP_STORED,
    STORED,
    STORED_LENGTH,
    USER_INFO,
    USERS,
    pack,
    unpack,
)
from kiosk.devices.simulator import DeviceSimulator, pleth_at, ticks

RATE = 60.0
KEEPALIVE_TIMEOUT = 30.0  # the v7 firmware stops streaming without a keep-alive
NOT_SUPPORTED = 0x05  # the reason code a device gives for a command it does not know
# The stored session: five minutes of one-second records, ending an hour before now.
STORED_RECORDS = 300
STORED_ENDS_BEFORE = timedelta(hours=1)
# Stored packets (three records each) a second: a download takes a few seconds.
STORED_RATE = 25.0


def _string(kind: int, value: str, prefix: tuple[int, ...] = ()) -> bytes:
    chars = list(value.encode("ascii")[: 7 - len(prefix)])
    return pack(kind, [*prefix, *chars, *([0x20] * (7 - len(prefix) - len(chars)))])


class _Oximeter(DeviceSimulator):
    xonxoff = True

    def sample(self, n: int) -> tuple[int, int, int, bool]:
        """Pleth (0-127), SpO2, pulse and whether this sample carries the pulse beep."""
        t = n / RATE
        pulse = self.patient.pulse
        pleth = round(pleth_at(t, pulse) * 100)
        beep = int(t * pulse / 60.0) != int((t - 1 / RATE) * pulse / 60.0)
        spo2 = round(self.jitter(self.patient.spo2, 0.4))
        rate = round(self.jitter(pulse, 0.6))
        return pleth, min(spo2, 100), rate, beep


class ContecSimulator(_Oximeter):
    driver = "contec-cms50d"

    def __init__(self, scenario: str = "normal", seed: int = 0) -> None:
        super().__init__(scenario, seed)
        self.streaming = False
        self.heard_at = 0.0
        self._pending = bytearray()
        self.stored_start = self.meter_clock() - STORED_ENDS_BEFORE
        self.stored_start -= timedelta(seconds=STORED_RECORDS)
        self.sending: list[bytes] = []  # stored packets still to be sent
        self.sending_from = 0.0

    def stored_records(self) -> list[tuple[int, int]]:
        """(SpO2, pulse) for each stored second; zeros where the finger was out."""
        out = []
        for n in range(STORED_RECORDS):
            if 100 <= n < 110:
                out.append((0, 0))
            else:
                out.append((self.patient.spo2 - (n // 60) % 2, self.patient.pulse + n % 3))
        return out

    def _produce(self, start: float, end: float) -> bytes:
        if self.sending:
            due = len(list(ticks(self.sending_from, end, STORED_RATE)))
            out, self.sending = b"".join(self.sending[:due]), self.sending[due:]
            self.sending_from += due / STORED_RATE
            return out
        if self.streaming and end - self.heard_at > KEEPALIVE_TIMEOUT:
            self.streaming = False
        if not self.streaming:
            return b""
        live = bytearray()
        for n in ticks(start, end, RATE):
            pleth, spo2, pulse, beep = self.sample(n)
            d0 = 0x06 | (0x40 if beep else 0)
            d2 = (pleth >> 3) & 0x0F | 0x10
            pi = 540
            live += pack(LIVE, [d0, pleth, d2, pulse, spo2, pi & 0xFF, pi >> 8])
        return bytes(live)

    def _answer(self, data: bytes) -> bytes:
        self._pending += data
        out = bytearray()
        while len(self._pending) >= LIVE_LENGTH:
            if self._pending[0] != COMMAND:
                del self._pending[0]
                continue
            code, *args = unpack(self._pending[:LIVE_LENGTH])
            del self._pending[:LIVE_LENGTH]
            self.heard_at = self.t
            out += self._reply(code, args)
        return bytes(out)

    def _reply(self, code: int, args: list[int]) -> bytes:
        """The packets a CMS50D+ sends back (it answers between live packets)."""
        user, segment = args[0], args[1]
        start = self.stored_start
        if code == START_LIVE:
            self.streaming = True
            return b""
        if code in (STOP_LIVE, STOP_STORED):
            self.streaming = self.streaming and code == STOP_STORED
            return pack(FREE, [])
        if code == KEEP_ALIVE:
            return b""
        replies = {
            ASK_MODEL: pack(MODEL, [0, *b"50D+  "]) + pack(MODEL, [0xFF, *b"      "]),
            ASK_DEVICE_ID: _string(DEVICE_ID, "user"),
            ASK_USER: _string(USER_INFO, "user", (user,)),
            ASK_USERS: pack(USERS, [1]),
            ASK_PI: pack(PI_SUPPORT, [1]),
            ASK_NOTICE: pack(NOTICE, [0x01, 0x01, 0, 0, 0, 0, 0]),
            ASK_SEGMENTS: pack(SEGMENTS, [user, 1]),
            ASK_LENGTH: pack(
                STORED_LENGTH, [user, segment, STORED_RECORDS & 0xFF, STORED_RECORDS >> 8, 0, 0]
            ),
            ASK_START: pack(
                START_DATE,
                [user, segment, start.year // 100, start.year % 100, start.month, start.day],
            )
            + pack(START_TIME, [user, segment, start.hour, start.minute, start.second, 0]),
        }
        if code == READ_STORED:  # sent over the next seconds, by _produce
            self.streaming = False
            records = self.stored_records()
            self.sending = []
            for i in range(0, len(records), 3):
                group = records[i : i + 3] + [(0, 0)] * (3 - len(records[i : i + 3]))
                self.sending.append(pack(STORED, [v for pair in group for v in pair]))
            self.sending_from = self.t
            return b""
        return replies.get(code, pack(FEEDBACK, [code, NOT_SUPPORTED]))


class ContecLegacySimulator(_Oximeter):
    driver = "contec-cms50d-legacy"

    def _produce(self, start: float, end: float) -> bytes:
        out = bytearray()
        for n in ticks(start, end, RATE):
            pleth, spo2, pulse, beep = self.sample(n)
            b0 = 0x80 | 0x06 | (0x40 if beep else 0)
            b2 = ((pleth >> 3) & 0x0F) | (0x40 if pulse & 0x80 else 0)
            out += bytes([b0, pleth & 0x7F, b2, pulse & 0x7F, spo2 & 0x7F])
        return bytes(out)
