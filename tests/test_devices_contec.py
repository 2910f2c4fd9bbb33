"""Contec CMS50D+/E oximeters: the example frame, the real recording, sync and sentinels."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.devices.capture import CaptureTracker
from kiosk.devices.driver import ForbiddenCommandError
from kiosk.devices.drivers.contec import (
    ASK_DEVICE_ID,
    ASK_LENGTH,
    ASK_MODEL,
    ASK_NOTICE,
    ASK_SEGMENTS,
    ASK_START,
    ASK_USER,
    KEEP_ALIVE,
    READ_STORED,
    START_LIVE,
    STOP_LIVE,
    ContecCms50d,
    ContecLegacyParser,
    ContecParser,
    command,
    pack,
    unpack,
)
from kiosk.devices.drivers.contec_sim import STORED_RATE, STORED_RECORDS, ContecSimulator
from kiosk.devices.simulator import record
from kiosk.domain.observation import Device
from tests.devices_support import contec_recording, exchanges, feed_in_pieces, numbers

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
        driver.check_command(command(0xAE))  # deletes stored data
    for writes in (0xB1, 0xB2, 0xA0, 0xB3):  # set the clock; effect unknown
        with pytest.raises(ForbiddenCommandError):
            driver.check_command(command(writes, 1, 2, 3))
    for query in (ASK_DEVICE_ID, ASK_MODEL, ASK_NOTICE, ASK_SEGMENTS, ASK_START, READ_STORED):
        assert driver.check_command(command(query, 0, 0)) == command(query, 0, 0)
    for request in driver.open_requests:
        driver.check_command(request)
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


def live(pulse: int, spo2: int, d0: int = 0x06, d1: int = 0x20) -> bytes:
    return pack(0x01, [d0, d1, 0x05, pulse, spo2, 0xFF, 0xFF])


SEARCHING = pack(0x01, [0x00, 0x80 | 0x40, 0x00, 0xFF, 0x7F, 0xFF, 0xFF])


def test_first_packet_after_searching_with_a_stale_high_bits_byte_is_no_reading() -> None:
    # The device still sends the high-bits byte of the searching packets (pulse bit 7
    # set for 0xFF), so pulse 82 arrives as 210, which is inside the plausible range.
    parser = ContecParser()
    readings = parser.feed(SEARCHING * 3 + live(210, 97) + live(82, 97) + live(83, 97))
    # 82 is withheld too: it disagrees with the packet before it. Two that agree count.
    assert [v for k, v in numbers(readings) if k == "pulse_rate"] == [83]
    assert [v for k, v in numbers(readings) if k == "spo2"] == [97, 97]
    assert parser.stats.withheld == 3  # the stale packet's pulse and SpO2, then pulse 82
    assert parser.stats.no_value == 6 and parser.stats.implausible == 0


def test_a_flipped_bit_7_mid_stream_is_no_reading() -> None:
    parser = ContecParser()
    readings = parser.feed(live(72, 98) + live(72 + 128, 98) + live(72, 98) + live(73, 98))
    assert [v for k, v in numbers(readings) if k == "pulse_rate"] == [72, 73]
    assert parser.stats.withheld == 2  # the glitch, and the packet compared with it


def test_no_finger_zeros_are_no_value_not_implausible() -> None:
    parser = ContecParser()
    readings = parser.feed(live(0, 0) * 4)
    assert numbers(readings) == []
    assert parser.stats.no_value == 8
    assert parser.stats.implausible == 0
    legacy_parser = ContecLegacyParser()
    assert numbers(legacy_parser.feed(legacy(0, 0) * 2)) == []
    assert legacy_parser.stats.no_value == 4 and legacy_parser.stats.implausible == 0


def test_real_vendor_queries_and_replies_decode() -> None:
    """headrotor/contec_data: a real CMS50D+ answering the vendor's software."""
    talk = exchanges("contec/cms50dplus-queries.txt")
    driver = ContecCms50d()
    parser = ContecParser()
    readings = []
    for sent, answer in talk:
        if sent[2] not in (0xA0, 0xB3):  # their effect is unknown: the kiosk never sends them
            driver.check_command(sent)
        readings += parser.feed(answer)
    answers = b"".join(answer for _, answer in talk)
    assert parser.stats.dropped_bytes == 0 and parser.stats.resyncs == 0
    assert parser.stats.accepted_bytes == len(answers)
    assert parser.stats.frames == 18  # 11 reply packets to 9 queries, and 7 live packets
    assert parser.info["device_id"] == "user"
    assert parser.info["has_stored_data"] == "yes"
    assert parser.info["pi_supported"] == "no"
    assert parser.info["model"] == "" and parser.info["vendor"] == ""  # blank on this unit
    # The author's reading of the live packets: pulse 0xC1 & 0x7F, SpO2 0xE1 & 0x7F.
    assert [v for k, v in numbers(readings) if k == "pulse_rate"] == [65] * 7
    assert [v for k, v in numbers(readings) if k == "spo2"] == [97] * 7
    pleth = [r.value for r in readings if r.is_waveform]
    assert pleth == [0x33, 0x30, 0x2E, 0x2C, 0x2B, 0x2A, 0x2A]


def stored_session(start: datetime) -> bytes:
    return pack(0x07, [0, 0, start.year // 100, start.year % 100, start.month, start.day]) + pack(
        0x12, [0, 0, start.hour, start.minute, start.second, 0]
    )


def test_stored_records_become_memory_readings_with_the_device_time() -> None:
    start = datetime(2025, 3, 14, 21, 30, 5)
    parser = ContecParser()
    data = (
        stored_session(start)
        + pack(0x0F, [97, 72, 96, 160, 0, 0])  # 160: bit 7 from the high-bits byte
        + pack(0x0F, [98, 0xFF, 95, 70, 0, 0])
    )
    readings = feed_in_pieces(parser, data, [3])
    got = [(r.kind, r.value, r.at) for r in readings]
    second = timedelta(seconds=1)
    assert got == [
        ("spo2", 97, start),
        ("pulse_rate", 72, start),
        ("spo2", 96, start + second),
        ("pulse_rate", 160, start + second),
        ("spo2", 98, start + 3 * second),
        ("spo2", 95, start + 4 * second),
        ("pulse_rate", 70, start + 4 * second),
    ]
    assert all(r.flags == {"memory"} and r.stable for r in readings)
    assert parser.stats.no_value == 5  # one empty record (2), two padding (2), pulse 0xFF
    assert parser.info["stored_start"] == "2025-03-14 21:30:05"


def test_stored_records_without_their_start_time_are_withheld() -> None:
    parser = ContecParser()
    assert parser.feed(pack(0x0F, [97, 72, 96, 71, 95, 70])) == []
    assert parser.stats.withheld == 6 and parser.stats.frames == 1


def test_a_bad_start_date_leaves_the_records_undated() -> None:
    parser = ContecParser()
    bad = pack(0x07, [0, 0, 20, 25, 13, 40]) + pack(0x12, [0, 0, 10, 0, 0, 0])
    assert parser.feed(bad + pack(0x0F, [97, 72, 96, 71, 95, 70])) == []
    assert parser.stats.withheld == 6


def test_simulator_answers_the_queries_and_sends_its_stored_session() -> None:
    sim = ContecSimulator()
    parser = ContecParser()
    for code in (ASK_DEVICE_ID, ASK_MODEL, ASK_USER, ASK_SEGMENTS, ASK_LENGTH, ASK_START):
        parser.feed(sim.receive(command(code, 0, 0)))
    assert sim.receive(command(READ_STORED, 0, 0)) == b""  # sent over the next seconds
    readings = parser.feed(record(sim, STORED_RECORDS / 3 / STORED_RATE + 0.1))
    assert parser.stats.dropped_bytes == 0
    assert parser.info["device_id"] == "user" and parser.info["model"] == "50D+"
    assert parser.info["stored_sessions"] == "1"
    assert parser.info["stored_length"] == str(STORED_RECORDS)
    spo2 = [r for r in readings if r.kind == "spo2"]
    assert len(spo2) == STORED_RECORDS - 10  # ten seconds without a finger
    assert parser.stats.no_value == 20
    assert spo2[0].at == sim.stored_start and all("memory" in r.flags for r in readings)
    assert spo2[-1].at == sim.stored_start + timedelta(seconds=STORED_RECORDS - 1)
    parser.feed(sim.receive(command(STOP_LIVE)))
    assert parser.stats.dropped_bytes == 0
    assert sim.receive(command(0xB3)) == pack(0x0B, [0xB3, 0x05])  # not supported


def test_a_stored_session_is_never_captured_by_itself() -> None:
    """Stored records are stable and steady, but old: the CHO picks from the memory."""
    start = datetime(2025, 3, 14, 21, 30, 5)
    readings = ContecParser().feed(stored_session(start) + pack(0x0F, [97, 72, 97, 72, 97, 72]) * 5)
    now = start + timedelta(seconds=20)
    tracker = CaptureTracker(Device("contec-cms50d", None), clock=lambda: now)
    tracker.add(r.seen("port", now, UTC) for r in readings)
    assert len(readings) == 30 and tracker.ready() == []


def test_the_stored_length_ends_the_download_and_live_data_is_asked_for_again() -> None:
    start = datetime(2025, 3, 14, 21, 30, 5)
    parser = ContecParser()
    length = pack(0x08, [0, 0, 4, 0, 0, 0])  # four records
    parser.feed(length + stored_session(start))
    assert parser.memory is not None and parser.memory.expected == 4
    readings = parser.feed(pack(0x0F, [97, 72, 96, 71, 95, 70]))
    assert parser.memory.read == 3 and not parser.memory.finished
    assert parser.take_replies() == []
    readings += parser.feed(pack(0x0F, [94, 69, 0, 0, 0, 0]))  # the last, then padding
    assert parser.memory.complete and parser.memory.read == 4
    assert [r.at for r in readings if r.kind == "spo2"] == [
        start + timedelta(seconds=n) for n in range(4)
    ]
    assert parser.stats.no_value == 0  # padding after the last record is not "no value"
    assert parser.take_replies() == [command(START_LIVE)]


def test_the_memory_requests_are_read_only_and_sent_in_order() -> None:
    driver = ContecCms50d()
    assert [unpack(r)[0] for r in driver.memory_requests] == [
        STOP_LIVE,
        ASK_SEGMENTS,
        ASK_LENGTH,
        ASK_START,
        READ_STORED,
    ]
    for request in driver.memory_requests:
        assert driver.check_command(request) == request
