"""OneTouch Ultra Easy / Ultra Mini: LifeScan's binary protocol, checked against a real
meter talking to LifeScan's own software (tests/devices/recordings/README.md)."""

from __future__ import annotations

import json
import struct
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.commands.devices import read_recording
from kiosk.devices import registry
from kiosk.devices.driver import ForbiddenCommandError
from kiosk.devices.drivers.onetouch_easy import (
    ACK,
    DISCONNECT,
    ERASE,
    SET_CLOCK,
    VERSION,
    UltraEasyParser,
    crc_ccitt,
    frames,
    packet,
    read_record,
)
from kiosk.devices.drivers.onetouch_easy_sim import UltraEasySimulator
from kiosk.devices.readings import MEMORY, Reading

RECORDING = Path(__file__).parent / "devices" / "recordings" / "onetouch-ultraeasy"
SESSION = RECORDING / "otdms-session.txt"
# The author's own decoded values (his test/dump.expout and test/raw.expout): meter
# time and the raw value (mg/dL; his tool printed mmol/L: 10.9, 4.4, 9.6).
TRUTH = [
    (datetime(2011, 9, 5, 13, 41, 41), 0xC4),
    (datetime(2011, 9, 5, 6, 48, 5), 0x50),
    (datetime(2011, 9, 3, 12, 7, 7), 0xAC),
]


def exchanges() -> list[tuple[bytes, list[bytes]]]:
    """(the host's packet, the meter's packets) for every line of the recording."""
    out = []
    for line in SESSION.read_text().splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sent, _, answered = line.partition("->")
        out.append((bytes.fromhex(sent.strip()), [bytes.fromhex(p) for p in answered.split()]))
    return out


def decode(data: bytes, piece: int | None = None) -> tuple[UltraEasyParser, list[Reading]]:
    parser = UltraEasyParser()
    readings: list[Reading] = []
    step = piece or len(data) or 1
    for i in range(0, len(data), step):
        readings += parser.feed(data[i : i + step])
    return parser, readings


def test_every_real_packet_is_framed_and_checksummed_as_the_kiosk_builds_them() -> None:
    seen = 0
    for sent, answered in exchanges():
        for raw in [sent, *answered]:
            assert raw[0] == 0x02 and raw[1] == len(raw) and raw[-3] == 0x03
            assert struct.unpack("<H", raw[-2:])[0] == crc_ccitt(raw[:-2])
            assert packet(raw[2], raw[3:-3]) == raw
            seen += 1
    assert seen == 72  # every packet of the log, both directions


def test_the_host_packets_in_glucometerutils_tests_are_built_the_same() -> None:
    assert packet(0x03, VERSION) == bytes.fromhex("020903050d0203089f")
    assert packet(DISCONNECT) == bytes.fromhex("02060803c262")


def test_the_real_session_reads_as_its_author_read_it() -> None:
    parser, readings = decode(read_recording(str(SESSION), as_hex=True))
    answers = sum(len(a) for _, a in exchanges())
    assert parser.stats.frames == answers == 36
    assert parser.stats.dropped_bytes == 0 and parser.stats.bad_checksums == 0
    assert [(r.at, r.value) for r in readings] == TRUTH
    assert all(r.kind == "blood_glucose" and r.unit == "mg/dL" for r in readings)
    assert all(r.flags == {MEMORY} and r.stable for r in readings)
    assert parser.info == {
        "serial_number": "CGWA1E5CR",
        "software_version": "P02.00.0025/05/07",
        "meter_clock": "2011-09-05 20:46:14",
        "display_unit": "mmol/L",
        "records": "3",
    }


@pytest.mark.parametrize("piece", [1, 2, 5, 17])
def test_the_real_session_reads_the_same_cut_into_any_pieces(piece: int) -> None:
    data = read_recording(str(SESSION), as_hex=True)
    whole = decode(data)[1]
    assert decode(data, piece)[1] == whole and len(whole) == 3


def test_the_kiosk_asks_byte_for_byte_as_lifescans_software_did() -> None:
    """After the meter's real answer to a disconnect, the kiosk's version question, its
    acknowledgement of the real answer and its next question carry the very bytes
    (link bits and CRC included) that LifeScan's software sent."""
    recorded = exchanges()
    reset_answer = recorded[0][1][0]
    version = next(a for s, a in recorded if s[3:-3] == VERSION)
    serial_again = next(s for s, _ in recorded if s[2] == 0x03 and s[3:5] == b"\x05\x0b")
    parser = UltraEasyParser()
    parser.feed(reset_answer)
    assert parser.take_replies() == [bytes.fromhex("020900050d0203da71")]
    parser.feed(b"".join(version))
    ack, question = parser.take_replies()
    assert ack == bytes.fromhex("02060703fc72")
    assert question == serial_again


def test_a_damaged_packet_is_a_bad_checksum_and_the_next_one_still_reads() -> None:
    record = exchanges()[-2][1][1]  # the real answer for result 2
    broken = bytearray(record)
    broken[9] ^= 0x01
    parser, readings = decode(bytes(broken) + b"\x00\x02" + record)
    assert parser.stats.bad_checksums == 1
    assert [(r.at, r.value) for r in readings] == [TRUTH[2]]


def converse(sim: UltraEasySimulator, first: bytes, parser: UltraEasyParser) -> list[Reading]:
    """The kiosk and the meter talk until neither has more to say; every packet the
    kiosk sends goes through the driver's check, as the reader sends it."""
    driver = registry.get("onetouch-ultra-easy")
    readings: list[Reading] = []
    outgoing = [first]
    for _ in range(500):
        if not outgoing:
            return readings
        answer = b"".join(sim.receive(driver.check_command(p)) for p in outgoing)
        readings += parser.feed(answer)
        outgoing = parser.take_replies()
    raise AssertionError("the conversation did not end")


def test_a_whole_download_from_the_simulated_meter_then_only_what_is_new() -> None:
    driver = registry.get("onetouch-ultra-easy")
    sim = UltraEasySimulator()
    parser = UltraEasyParser()
    readings = converse(sim, driver.open_requests[0], parser)
    assert [(r.at, r.value) for r in readings] == sim.stored
    assert readings[0].value == sim.patient.glucose
    assert parser.info["serial_number"] == sim.serial and parser.info["records"] == "4"
    assert parser.info["display_unit"] == "mg/dL"
    assert parser.stats.bad_checksums == 0 and parser.stats.dropped_bytes == 0
    assert driver.poll is not None
    poll = driver.poll[1][0]
    # The next poll: nothing new, nothing listed twice.
    assert converse(sim, poll, parser) == []
    taken = sim.clock + timedelta(minutes=1)
    sim.take(taken, 143)
    assert [(r.at, r.value) for r in converse(sim, poll, parser)] == [(taken, 143)]
    assert not sim.erased and not sim.clock_set
    assert b"\x05\x1a" not in sim.received and b"\x05\x20\x01" not in sim.received


def test_a_poll_during_a_download_resumes_it() -> None:
    sim = UltraEasySimulator()
    parser = UltraEasyParser()
    readings = parser.feed(sim.receive(packet(DISCONNECT)))
    for _ in range(6):  # version, serial, clock, unit, count, the first result
        readings += parser.feed(b"".join(sim.receive(p) for p in parser.take_replies()))
    assert len(readings) == 1
    parser.take_replies()  # lost: the meter never heard them
    readings += converse(sim, packet(DISCONNECT), parser)
    assert [(r.at, r.value) for r in readings] == sim.stored


@pytest.mark.parametrize(
    "message",
    [ERASE, SET_CLOCK + bytes(4), b"\x05\x09\x01\x09\x00\x00\x00\x00", b"\x05\x99"],
)
def test_erase_set_clock_and_unknown_commands_are_never_sent(message: bytes) -> None:
    driver = registry.get("onetouch-ultra-easy")
    with pytest.raises(ForbiddenCommandError):
        driver.check_command(packet(0, message))


def test_only_whole_packets_of_read_only_requests_pass() -> None:
    driver = registry.get("onetouch-ultra-easy")
    good = packet(0x03, read_record(7)) + packet(ACK | 0x02)
    assert driver.check_command(good) == good
    for bad in (good[:-1], b"DMP\r", packet(0, VERSION)[:-2] + b"\0\0"):
        with pytest.raises(ForbiddenCommandError):
            driver.check_command(bad)
    for request in (*driver.open_requests, *driver.probe(), *driver.memory_requests):
        driver.check_command(request)


def test_the_probe_is_answered_by_three_whole_packets() -> None:
    driver = registry.get("onetouch-ultra-easy")
    sim = UltraEasySimulator()
    parser = driver.new_parser()
    parser.feed(b"".join(sim.receive(r) for r in driver.probe()))
    assert parser.stats.frames == 3 and parser.stats.pass_rate == 1.0


def test_the_ultra2_driver_does_not_take_the_ultra_mini_for_itself() -> None:
    data = read_recording(str(SESSION), as_hex=True)
    ultra2 = registry.get("onetouch-ultra2").new_parser()
    assert ultra2.feed(data) == [] and ultra2.stats.frames == 0
    assert frames(data)[0]  # the same bytes are whole packets of the binary protocol


def test_kiosk_devices_decode_reads_the_real_session(capsys: pytest.CaptureFixture[str]) -> None:
    args = ["devices", "decode", "--driver", "onetouch-ultra-easy", "--hex", str(SESSION)]
    assert main(args) == 0
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [(r["at"], r["value"], r["flags"]) for r in rows] == [
        (at.isoformat(), value, [MEMORY]) for at, value in TRUTH
    ]
    assert "36 frames accepted" in captured.err and "3 readings" in captured.err
