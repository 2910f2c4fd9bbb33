"""Text-line devices (Masimo, scales, OneTouch) and the TaiDoc frame protocol."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.devices.driver import ForbiddenCommandError
from kiosk.devices.drivers.masimo import MasimoParser
from kiosk.devices.drivers.onetouch import (
    DOWNLOAD,
    OneTouchParser,
    OneTouchUltra2,
    with_checksum,
)
from kiosk.devices.drivers.scale import ScaleParser
from kiosk.devices.drivers.taidoc import (
    CONNECT,
    MODEL,
    READING_DATE,
    READING_VALUE,
    TO_HOST,
    Taidoc,
    TaidocParser,
    frame,
    pack_date,
    unpack_date,
)
from tests.devices_support import numbers

MASIMO = (
    b"03/17/16 19:19:36 SN=0000012345 SPO2=098% BPM=123 PI=00.55 SPCO=--.-% SPMET=--.-% "
    b"DESAT=-- PIDELTA=+-- ALARM=000000 EXC=0000C00 EXC1=00000000\r\n"
)


def test_masimo_example_line() -> None:
    parser = MasimoParser()
    assert numbers(parser.feed(MASIMO)) == [("spo2", 98), ("pulse_rate", 123)]
    assert parser.flags == {"low_signal_quality"}


def test_masimo_drops_the_partial_first_line_and_dashes() -> None:
    parser = MasimoParser()
    dashes = MASIMO.replace(b"SPO2=098%", b"SPO2=---%").replace(b"BPM=123", b"BPM=---")
    dashes = dashes.replace(b"EXC=0000C00", b"EXC=0000029")
    readings = parser.feed(MASIMO[40:] + dashes + MASIMO)
    assert numbers(readings) == [("spo2", 98), ("pulse_rate", 123)]
    assert parser.stats.frames == 2 and parser.stats.dropped_bytes == len(MASIMO) - 40


def test_masimo_line_without_time_is_not_accepted() -> None:
    parser = MasimoParser()
    assert parser.feed(b"SPO2=098% BPM=070\r\n") == []
    assert parser.stats.frames == 0


def test_scale_commits_only_stable_lines() -> None:
    parser = ScaleParser()
    readings = parser.feed(b"US,+00071.80  kg\r\nST,+00072.50  kg\r\nOL,+99999.99  kg\r\n")
    assert [(r.value, r.stable) for r in readings] == [(71.8, False), (72.5, True)]
    assert parser.flags == {"overload"}
    assert readings[1].unit == "kg" and readings[1].loinc == "29463-7"


def test_scale_converts_pounds_and_reads_tanita_lines() -> None:
    parser = ScaleParser()
    readings = parser.feed(b"ST,+00160.00  lb\r\n")
    assert readings[0].value == pytest.approx(72.6, abs=0.05)
    tanita = b'{0,16,~0,1,~1,1,~2,1,MO,"BC-418",Hm,170.0,Wk,72.5,MI,25.1,FW,20.1,CS,C4\r\n'
    assert [(r.kind, r.value, r.stable) for r in parser.feed(tanita)] == [
        ("weight", 72.5, True),
        ("height", 170.0, True),
    ]


def test_scale_garbage_is_dropped() -> None:
    parser = ScaleParser()
    assert parser.feed(b"\x00\xffST,+abc kg\r\nST,+00072.50  kg\r\n")[0].value == 72.5
    assert parser.stats.resyncs == 1
    assert parser.feed(b"ST,+00001.500.00  kg\r\nOL,--------  kg\r\n") == []
    assert parser.stats.resyncs == 2 and parser.flags == {"overload"}


def test_onetouch_checksum_is_checked() -> None:
    good = with_checksum(b'P "WED","11/10/04","18:35:51   ","  117 ","N","00", 00')
    parser = OneTouchParser()
    readings = parser.feed(good)
    assert [(r.kind, r.value, r.stable) for r in readings] == [("blood_glucose", 117, True)]
    assert readings[0].at == datetime(2004, 11, 10, 18, 35, 51)
    bad = good.replace(b"117", b"118")
    assert parser.feed(bad) == []
    assert parser.stats.bad_checksums == 1


def test_onetouch_download_header_and_control_solution() -> None:
    parser = OneTouchParser()
    data = with_checksum(b'P 002,"ZWY8261CT","MG/DL "') + with_checksum(
        b'P "WED","11/10/04","18:35:51   ","C 101 ","N","00", 00'
    )
    (control,) = parser.feed(data)
    assert parser.serial_number == "ZWY8261CT" and parser.expected == 2
    assert control.value == 101 and control.flags == {"memory", "control_solution"}
    assert parser.flags == frozenset()  # listed as a control check, never a patient's


def test_onetouch_never_sends_the_erase_command() -> None:
    driver = OneTouchUltra2()
    assert driver.check_command(DOWNLOAD) == DOWNLOAD
    with pytest.raises(ForbiddenCommandError):
        driver.check_command(b"DMZ\r")
    assert all(b"DMZ" not in r for r in (*driver.open_requests, *driver.probe()))


def test_taidoc_example_connect_frame() -> None:
    assert frame(CONNECT) == bytes.fromhex("512200000000A316")


def test_taidoc_date_word() -> None:
    moment = datetime(2026, 11, 20, 11, 5)
    assert unpack_date(bytes(pack_date(moment))) == moment
    assert unpack_date(bytes([0, 0, 0, 0])) is None  # month 0 is no date


@pytest.mark.parametrize(
    ("data", "moment"),
    [
        ("21240e15", datetime(2018, 1, 1, 21, 14)),
        ("21260e15", datetime(2019, 1, 1, 21, 14)),
        ("0427250d", datetime(2019, 8, 4, 13, 37)),
    ],
)
def test_taidoc_dates_as_glucometerutils_reads_a_td4277s(data: str, moment: datetime) -> None:
    """The date fields and datetimes in glucometerutils' TD-4277 tests (MIT; see
    tests/devices/recordings/README.md): single known values, not a recording."""
    assert unpack_date(bytes.fromhex(data)) == moment


def reply(cmd: int, data: tuple[int, int, int, int]) -> bytes:
    return frame(cmd, data, TO_HOST)


def test_taidoc_glucose_and_bp() -> None:
    taken = pack_date(datetime(2026, 11, 20, 10, 58))
    glucose = TaidocParser()
    data = reply(MODEL, (0x79, 0x42, 0, 0)) + reply(READING_DATE, taken)
    readings = glucose.feed(data + reply(READING_VALUE, (0x68, 0x00, 0, 0)))
    assert [(r.kind, r.value) for r in readings] == [("blood_glucose", 104)]
    assert readings[0].at == datetime(2026, 11, 20, 10, 58)

    bp = TaidocParser()
    data = reply(MODEL, (0x28, 0x31, 0, 0)) + reply(READING_DATE, taken)
    readings = bp.feed(b"\x00\x51" + data + reply(READING_VALUE, (172, 0, 108, 88)))
    assert numbers(readings) == [("bp_systolic", 172), ("bp_diastolic", 108), ("pulse_rate", 88)]
    assert all(r.stable for r in readings)
    assert bp.stats.dropped_bytes == 2


def test_taidoc_bad_checksum_and_impossible_bp() -> None:
    parser = TaidocParser()
    broken = bytearray(reply(MODEL, (0x28, 0x31, 0, 0)))
    broken[-1] ^= 0xFF
    parser.feed(bytes(broken))
    assert parser.model is None and parser.stats.bad_checksums == 1
    parser.feed(reply(MODEL, (0x28, 0x31, 0, 0)) + reply(READING_VALUE, (80, 0, 120, 70)))
    assert parser.stats.implausible == 1  # systolic below diastolic: refused as a whole


def test_taidoc_never_sends_clear_memory() -> None:
    driver = Taidoc()
    with pytest.raises(ForbiddenCommandError):
        driver.check_command(frame(0x52))
    for request in (*driver.open_requests, *driver.probe()):
        driver.check_command(request)
