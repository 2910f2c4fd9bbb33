"""Nonin OEM III: formats 1, 2 and 7 recognised from the stream, HR from frames 1-3."""

from __future__ import annotations

from kiosk.devices.drivers.nonin import NoninParser, checksum, heart_rate
from kiosk.devices.drivers.nonin_sim import (
    NoninFormat1Simulator,
    NoninFormat7Simulator,
    NoninSimulator,
)
from kiosk.devices.simulator import record
from tests.devices_support import feed_in_pieces, numbers


def frame2(status: int, pleth: int, b4: int) -> bytes:
    head = bytes([0x01, 0x80 | status, pleth, b4])
    return head + bytes([checksum(head)])


def frame7(status: int, pleth: int, b4: int) -> bytes:
    head = bytes([0x80 | status, pleth >> 8, pleth & 0xFF, b4])
    return head + bytes([checksum(head)])


def packet(make, hr: int, spo2: int, status: int = 0x02) -> bytes:  # type: ignore[no-untyped-def]
    b4 = {1: (hr >> 7) & 0x03, 2: hr & 0x7F, 3: spo2, 4: 0x21}
    return b"".join(
        make(status | (0x01 if n == 1 else 0), 100 + n, b4.get(n, 0)) for n in range(1, 26)
    )


def test_heart_rate_uses_seven_bits_of_the_lsb() -> None:
    assert heart_rate(0x01, 0x48) == 200  # a decoder shifting the MSB by 8 would say 328
    assert heart_rate(0x00, 0x4C) == 76
    assert heart_rate(0x03, 0x7F) == 511


def test_format_2_packets_report_hr_and_spo2_of_frames_1_to_3() -> None:
    parser = NoninParser()
    readings = parser.feed(packet(frame2, 200, 97) + packet(frame2, 76, 98))
    assert parser.format == 2
    assert numbers(readings) == [
        ("spo2", 97),
        ("pulse_rate", 200),
        ("spo2", 98),
        ("pulse_rate", 76),
    ]
    assert len([r for r in readings if r.is_waveform]) == 50
    assert "perfusion_green" in parser.flags


def test_format_7_carries_16_bit_pleth() -> None:
    parser = NoninParser()
    readings = parser.feed(packet(frame7, 76, 98) + packet(frame7, 76, 98))
    assert parser.format == 7
    assert numbers(readings)[:2] == [("spo2", 98), ("pulse_rate", 76)]
    assert [r.value for r in readings if r.is_waveform][:2] == [101, 102]


def test_format_1_is_recognised_from_three_byte_frames() -> None:
    frames = b"".join(bytes([0x80 | ((hr >> 7) & 3), hr & 0x7F, 95]) for hr in (140, 141, 142, 143))
    parser = NoninParser()
    readings = parser.feed(frames)
    assert parser.format == 1
    assert numbers(readings)[:2] == [("spo2", 95), ("pulse_rate", 140)]


def test_missing_values_are_no_reading() -> None:
    parser = NoninParser()
    readings = parser.feed(packet(frame2, 511, 127, status=0x40) * 2)
    assert numbers(readings) == []
    assert "sensor_disconnect" in parser.flags


def test_stream_starting_mid_frame_and_bad_checksums() -> None:
    good = packet(frame2, 76, 98)
    broken = bytearray(packet(frame2, 80, 96))
    broken[5 * 7 + 4] ^= 0x55  # frame 8's checksum
    parser = NoninParser()
    readings = parser.feed(good[3:] + good + bytes(broken) + good)
    # The first packet lost its frame 1, so it reports nothing; frame 8's bad checksum
    # comes after the numbers of its packet were complete.
    assert numbers(readings) == [
        ("spo2", 98),
        ("pulse_rate", 76),
        ("spo2", 96),
        ("pulse_rate", 80),
        ("spo2", 98),
        ("pulse_rate", 76),
    ]
    assert parser.stats.bad_checksums >= 1
    assert parser.stats.dropped_bytes >= 5


def test_damaged_frames_before_frame_3_lose_that_packet_only() -> None:
    damaged = bytearray(packet(frame2, 80, 96))
    damaged[5 + 4] ^= 0x01  # frame 2's checksum
    parser = NoninParser()
    readings = parser.feed(packet(frame2, 76, 98) + bytes(damaged) + packet(frame2, 77, 98))
    assert numbers(readings) == [("spo2", 98), ("pulse_rate", 76), ("spo2", 98), ("pulse_rate", 77)]


def test_simulators_in_every_format_decode_with_any_split() -> None:
    for sim in (NoninSimulator(), NoninFormat7Simulator(), NoninFormat1Simulator()):
        data = record(sim, 6.0)
        whole = NoninParser().feed(data[2:])
        assert ("spo2", 98) in numbers(whole)
        assert feed_in_pieces(NoninParser(), data[2:], [1, 4, 11]) == whole
