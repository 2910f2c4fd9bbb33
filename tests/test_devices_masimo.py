"""Masimo Rad-8 / Radical-7 serial lines as real units print them."""

from __future__ import annotations

from kiosk.devices.drivers.masimo import MasimoParser
from tests.devices_support import RECORDINGS, feed_in_pieces, numbers

RADICAL_7 = (RECORDINGS / "masimo" / "radical7-lines.txt").read_bytes()


def test_real_radical_7_lines_read_as_their_author_did() -> None:
    """remkolems/masimo-datacapture: SpO2 098, BPM 123, EXC 0xC00; then a line of dashes."""
    parser = MasimoParser()
    readings = feed_in_pieces(parser, RADICAL_7, [7])
    assert numbers(readings) == [("spo2", 98), ("pulse_rate", 123)]
    assert readings[0].flags == {"low_signal_quality"}  # 0xC00: low signal IQ, SET mode
    assert parser.stats.frames == 2 and parser.stats.dropped_bytes == 0
    assert parser.stats.no_value == 2 and parser.stats.implausible == 0
    assert parser.flags == frozenset()  # EXC=000000


def test_rad_8_line_with_exc_000800_and_no_exc1() -> None:
    # The Rad-8's serial mode 1 line: four-digit ALARM, six-digit EXC, no EXC1.
    line = (
        b"02/22/16 22:47:45 SN=0000012345 SPO2=097% BPM=088 PI=03.60% SPCO=--.-% "
        b"SPMET=--.-% DESAT=-- PIDELTA=+-- ALARM=0000 EXC=000800\r\n"
    )
    parser = MasimoParser()
    readings = parser.feed(line)
    assert numbers(readings) == [("spo2", 97), ("pulse_rate", 88)]
    assert readings[0].flags == frozenset()  # 0x800 is full SET mode: normal


def test_lines_after_nul_bytes_are_read() -> None:
    parser = MasimoParser()
    readings = parser.feed(b"\x00\x00" + RADICAL_7.splitlines(keepends=True)[0])
    assert numbers(readings) == [("spo2", 98), ("pulse_rate", 123)]
    assert parser.stats.dropped_bytes == 0


def test_zeros_with_the_sensor_off_are_no_value() -> None:
    line = b"09/21/08 09:56:20 SpO2=000 PR=000 PI=00.00 EXC=820\r\n"
    parser = MasimoParser()
    assert numbers(parser.feed(line)) == []
    assert parser.flags == {"sensor_off"}
    assert parser.stats.no_value == 2 and parser.stats.implausible == 0 and parser.stats.frames == 1
