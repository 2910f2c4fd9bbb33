"""Contec CMS50D+/E oximeters: the example frame, the real recording, sync and sentinels."""

from __future__ import annotations

import pytest

from kiosk.devices.driver import ForbiddenCommandError
from kiosk.devices.drivers.contec import (
    KEEP_ALIVE,
    START_LIVE,
    ContecCms50d,
    ContecLegacyParser,
    ContecParser,
    command,
    pack,
)
from tests.devices_support import contec_recording, feed_in_pieces, numbers

EXAMPLE = bytes.fromhex("01E0849392BCE3FFFF")


def test_protocols_example_frame() -> None:
    parser = ContecParser()
    readings = parser.feed(EXAMPLE)
    assert numbers(readings) == [("spo2", 99), ("pulse_rate", 60)]
    pleth = [r.value for r in readings if r.is_waveform]
    assert pleth == [19]
    spo2 = readings[1]
    assert (spo2.unit, spo2.loinc, spo2.driver, spo2.raw) == (
        "%",
        "2708-6",
        "contec-cms50d",
        EXAMPLE,
    )
    assert readings[2].unit == "/min" and readings[2].loinc == "8867-4"
    assert parser.stats.frames == 1 and parser.stats.dropped_bytes == 0


def test_real_recording_decodes_every_complete_packet() -> None:
    data = contec_recording()
    parser = ContecParser()
    readings = parser.feed(data)
    assert parser.stats.frames == 102
    assert parser.stats.dropped_bytes == 0 and parser.stats.resyncs == 0
    spo2 = [r.value for r in readings if r.kind == "spo2"]
    pulse = [r.value for r in readings if r.kind == "pulse_rate"]
    assert spo2 == [99] * 102 and pulse == [60] * 102
    pleth = [r.value for r in readings if r.is_waveform]
    assert len(pleth) == 102 and len(set(pleth)) > 20
    beeps = [
        i for i, r in enumerate(r for r in readings if r.kind == "spo2") if "pulse_beep" in r.flags
    ]
    runs = [i for i in beeps if i - 1 not in beeps]
    assert len(runs) == 2
    # The cut-off packet at the end waits for the rest of its bytes.
    assert parser.feed(b"") == []
    assert parser.stats.frames == 102


def test_any_split_of_the_recording_decodes_the_same() -> None:
    data = contec_recording()
    whole = ContecParser().feed(data)
    for sizes in ([1], [2, 7], [9], [13, 1, 5], [500]):
        assert feed_in_pieces(ContecParser(), data, sizes) == whole


def test_resynchronises_after_noise_and_counts_it() -> None:
    parser = ContecParser()
    noisy = EXAMPLE + b"\x93\x92\x05\xbc" + EXAMPLE[:5] + EXAMPLE + EXAMPLE
    readings = parser.feed(noisy)
    assert numbers(readings) == [("spo2", 99), ("pulse_rate", 60)] * 3
    assert parser.stats.frames == 3
    assert parser.stats.dropped_bytes == 9
    assert parser.stats.resyncs == 1


def test_missing_values_give_no_reading() -> None:
    frame = pack(0x01, [0x04, 0x13, 0x12, 0xFF, 0x7F, 0xFF, 0xFF])
    parser = ContecParser()
    readings = parser.feed(frame)
    assert numbers(readings) == []
    assert [r.kind for r in readings] == ["pleth"]


def test_status_flags_and_searching() -> None:
    frame = pack(0x01, [0x80 | 0x20, 0x80 | 0x10, 0x00, 0xFF, 0x7F, 0xFF, 0xFF])
    parser = ContecParser()
    parser.feed(frame)
    assert parser.flags == {"probe_error", "low_spo2", "searching"}


def test_implausible_value_is_refused_and_counted() -> None:
    frame = pack(0x01, [0x04, 0x10, 0x00, 60, 30, 0xFF, 0xFF])  # SpO2 30 %
    parser = ContecParser()
    assert numbers(parser.feed(frame)) == [("pulse_rate", 60)]
    assert parser.stats.implausible == 1


def test_commands_are_padded_packets_and_only_read_only_ones_pass() -> None:
    assert command(START_LIVE) == bytes.fromhex("7D81A1808080808080")
    driver = ContecCms50d()
    assert driver.check_command(command(KEEP_ALIVE)) == command(KEEP_ALIVE)
    assert driver.keepalive == (5.0, command(KEEP_ALIVE))
    with pytest.raises(ForbiddenCommandError):
        driver.check_command(command(0xAE))  # an erase-like command the kiosk never sends
    with pytest.raises(ForbiddenCommandError):
        driver.check_command(b"\x7d\x81")


def legacy(pulse: int, spo2: int, pleth: int = 40, b0: int = 0x86) -> bytes:
    b2 = 0x05 | (0x40 if pulse & 0x80 else 0)
    return bytes([b0, pleth, b2, pulse & 0x7F, spo2])


def test_legacy_frames_with_pulse_bit_7() -> None:
    parser = ContecLegacyParser()
    readings = parser.feed(legacy(72, 97) + legacy(160, 93))
    assert numbers(readings) == [
        ("spo2", 97),
        ("pulse_rate", 72),
        ("spo2", 93),
        ("pulse_rate", 160),
    ]


def test_legacy_sentinels_and_resync() -> None:
    parser = ContecLegacyParser()
    data = b"\x12\x13" + legacy(255, 127)[:3] + legacy(80, 96) + legacy(255, 127, b0=0x96)
    readings = parser.feed(data)
    assert numbers(readings) == [("spo2", 96), ("pulse_rate", 80)]
    assert parser.flags == {"finger_out"}
    assert parser.stats.frames == 2
    assert parser.stats.dropped_bytes == 5
