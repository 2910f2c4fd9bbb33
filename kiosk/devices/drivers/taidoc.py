"""TaiDoc / FORA meters: glucose and blood pressure (docs/devices.md, "Wire formats").

Every message is an 8-byte frame ``51 CMD D0 D1 D2 D3 DIR CHK`` (DIR A3 from the host,
A5 from the meter; CHK the sum of the first seven bytes). The kiosk asks for the
newest stored record (number 0): its date and time (0x25), then its value (0x26).

How a value reply reads depends on the family. The published layout gives glucose as
D0-D1 in mg/dL and, reported for BP meters, D0 systolic, D2 diastolic, D3 pulse; it does
not say how to tell the families apart. The kiosk reads the model number (0x24, D0-D1
little-endian, e.g. 0x3128 for TD-3128) and treats the TD-31xx/32xx series as blood
pressure meters and every other model as a glucometer.

Command 0x52 clears the meter's memory: the driver refuses to send it.
"""

from __future__ import annotations

from datetime import datetime

from kiosk.devices.driver import SILABS_CP210X, SILABS_CP2110, Driver, ForbiddenCommandError
from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

START, TO_METER, TO_HOST = 0x51, 0xA3, 0xA5
CONNECT, DATE_TIME, READING_DATE, READING_VALUE, MODEL, COUNT = 0x22, 0x23, 0x25, 0x26, 0x24, 0x2B
CLEAR_MEMORY = 0x52
FRAME = 8
BP_SERIES = (0x31, 0x32)


def frame(
    cmd: int, data: tuple[int, int, int, int] = (0, 0, 0, 0), direction: int = TO_METER
) -> bytes:
    head = bytes([START, cmd, *data, direction])
    return head + bytes([sum(head) & 0xFF])


def record_request(cmd: int, number: int = 0) -> bytes:
    return frame(cmd, (number & 0xFF, number >> 8, 0, 0))


def pack_date(moment: datetime) -> tuple[int, int, int, int]:
    word = ((moment.year - 2000) << 9) | (moment.month << 5) | moment.day
    return (word & 0xFF, word >> 8, moment.minute, moment.hour)


def unpack_date(d: bytes | bytearray) -> datetime | None:
    word = d[0] | d[1] << 8
    try:
        return datetime(2000 + (word >> 9), (word >> 5) & 0x0F, word & 0x1F, d[3], d[2])
    except ValueError:
        return None


class TaidocParser(Parser):
    driver = "taidoc"

    def __init__(self) -> None:
        super().__init__()
        self.model: int | None = None
        self.records: int | None = None
        self._taken: datetime | None = None

    @property
    def blood_pressure(self) -> bool:
        return self.model is not None and (self.model >> 8) in BP_SERIES

    def _parse(self, buf: bytearray) -> int:
        i, n = 0, len(buf)
        while i < n:
            if buf[i] != START:
                self.stats.drop(1)
                i += 1
                continue
            if n - i < FRAME:
                break
            msg = buf[i : i + FRAME]
            if msg[6] not in (TO_METER, TO_HOST) or sum(msg[:7]) & 0xFF != msg[7]:
                if msg[6] in (TO_METER, TO_HOST):
                    self.stats.bad_checksums += 1
                self.stats.drop(1)
                i += 1
                continue
            self.stats.accept(FRAME)
            if msg[6] == TO_HOST:
                self._reply(msg)
            i += FRAME
        return i

    def _reply(self, msg: bytearray) -> None:
        cmd, d = msg[1], msg[2:6]
        if cmd == MODEL:
            self.model = d[0] | d[1] << 8
        elif cmd == COUNT:
            self.records = d[0] | d[1] << 8
        elif cmd == READING_DATE:
            self._taken = unpack_date(d)
        elif cmd == READING_VALUE:
            taken, self._taken = self._taken, None
            if self.blood_pressure:
                self.emit_bp(d[0], d[2], None, msg, at=taken)
                self.emit("pulse_rate", d[3], msg, stable=True, at=taken)
            else:
                self.emit("blood_glucose", d[0] | d[1] << 8, msg, stable=True, at=taken)


class Taidoc(Driver):
    name = "taidoc"
    title = "TaiDoc / FORA meter (glucose or BP)"
    category = "glucometer"
    link = Link(19200)
    parser_class = TaidocParser
    simulators = (
        ("glucose", "kiosk.devices.drivers.taidoc_sim:TaidocGlucoseSimulator"),
        ("bp", "kiosk.devices.drivers.taidoc_sim:TaidocBpSimulator"),
    )
    usb_ids = frozenset({SILABS_CP2110, SILABS_CP210X})
    quiet_seconds = 20.0
    open_requests = (
        frame(CONNECT),
        frame(MODEL),
        frame(COUNT),
        record_request(READING_DATE),
        record_request(READING_VALUE),
    )
    poll = (10.0, (record_request(READING_DATE), record_request(READING_VALUE)))
    probe_requests = (frame(CONNECT), frame(MODEL))

    def check_command(self, data: bytes) -> bytes:
        for i in range(0, len(data), FRAME):
            msg = data[i : i + FRAME]
            if len(msg) != FRAME or msg[0] != START or msg[1] == CLEAR_MEMORY:
                raise ForbiddenCommandError(f"{self.name}: refusing to send {msg.hex()}")
        return data
