"""The OneTouch driver against real meters' bytes, recorded by other projects
(tests/devices/recordings/README.md): every decoded value is compared with the author's."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.devices import registry
from kiosk.devices.drivers.onetouch import (
    DATE_TIME,
    DOWNLOAD,
    METER_ID,
    SERIAL_NUMBER,
    SOFTWARE_VERSION,
    WAKE,
    OneTouchParser,
    checksum,
    with_checksum,
)
from kiosk.devices.drivers.onetouch_sim import OneTouchSimulator, OneTouchUltraSimulator
from kiosk.devices.readings import MEMORY, Reading

RECORDINGS = Path(__file__).parent / "devices" / "recordings" / "onetouch"


def expected(name: str, fmt: str) -> list[tuple[datetime, int]]:
    rows = []
    for line in (RECORDINGS / name).read_text().splitlines():
        if line and not line.startswith("#"):
            moment, value = line.split("\t")
            rows.append((datetime.strptime(moment, fmt), int(value)))
    return rows


def decode(data: bytes, piece: int | None = None) -> tuple[OneTouchParser, list[Reading]]:
    parser = OneTouchParser()
    step = piece or len(data)
    out = [r for i in range(0, len(data), step) for r in parser.feed(data[i : i + step])]
    return parser, out


def test_the_checksum_leaves_out_the_space_before_it() -> None:
    # glucometerutils' test value for a real DMT reply.
    assert checksum(b'T "SAT","08/03/13","22:12:00   "') == 0x0608
    line = b'P "SAT","05/27/06","16:42:08   ","  051 ", 00 0829\r\n'  # a real Ultra line
    assert with_checksum(line[:-7]) == line


def test_a_real_500_record_ultra2_download_reads_as_its_author_read_it() -> None:
    """insulaudit's session log: DM@, DM?, DMID, then DMP sent twice, so the meter
    answered each twice; the author's list has all 1,000 results in arrival order."""
    data = (RECORDINGS / "insulaudit-ultra2-download.bin").read_bytes()
    parser, readings = decode(data)
    truth = expected("insulaudit-ultra2-download.expected.tsv", "%Y-%m-%dT%H:%M:%S")
    assert len(truth) == 1000
    assert [(r.at, r.value) for r in readings] == truth
    assert {(r.kind, r.unit, r.stable, r.flags) for r in readings} == {
        ("blood_glucose", "mg/dL", True, frozenset({MEMORY}))
    }
    stats = parser.stats
    assert (stats.frames, stats.bad_checksums, stats.dropped_bytes, stats.implausible) == (
        1008,
        0,
        0,
        0,
    )
    assert parser.serial_number == "HAXGR4PV"
    assert parser.software_version == "P02.00.00 01/18/08"
    assert parser.meter_id == "673451"
    assert (parser.expected, parser.display_unit) == (500, "MG/DL")


def test_the_download_reads_the_same_cut_into_any_pieces() -> None:
    data = (RECORDINGS / "insulaudit-ultra2-download.bin").read_bytes()
    _, whole = decode(data)
    for piece in (1, 7, 61, 4096):
        assert decode(data, piece)[1] == whole


def test_real_old_ultra_lines_have_no_meal_or_comment_fields() -> None:
    """GGC's capture of 98 OneTouch Ultra results (GPL-2.0-or-later)."""
    data = (RECORDINGS / "ggc-ultra-records.bin").read_bytes()
    parser, readings = decode(data)
    truth = expected("ggc-ultra-records.expected.tsv", "%m/%d/%y %H:%M:%S")
    assert len(truth) == 98
    assert [(r.at, r.value) for r in readings] == truth
    assert all(r.flags == {MEMORY} for r in readings)
    assert (parser.stats.frames, parser.stats.bad_checksums) == (98, 0)


def test_a_real_ultra2_download_with_meal_codes() -> None:
    """Tidepool's example download (BSD-2-Clause): 3 records, one marked before a meal."""
    parser, readings = decode((RECORDINGS / "tidepool-ultra2-download.bin").read_bytes())
    assert [(r.at, r.value, sorted(r.flags)) for r in readings] == [
        (datetime(2015, 3, 21, 16, 45, 24), 81, [MEMORY]),
        (datetime(2015, 3, 21, 16, 42, 11), 105, ["before_meal", MEMORY]),
        (datetime(2015, 3, 21, 16, 39, 46), 176, [MEMORY]),
    ]
    assert (parser.expected, parser.serial_number) == (3, "GMF600DCY")


@pytest.mark.parametrize(
    ("result", "value", "flags"),
    [
        ("C 118 ", 118, {"control_solution"}),
        (" HIGH ", 600, {"above_range"}),
        ("CHIGH ", 600, {"control_solution", "above_range"}),
        ("  250?", 250, {"meter_check"}),
    ],
)
def test_control_solution_high_and_flagged_results(
    result: str, value: int, flags: set[str]
) -> None:
    line = with_checksum(f'P "TUE","03/08/11","18:29:12   ","{result}","A","00", 00'.encode())
    parser, readings = decode(line)
    assert [(r.value, r.flags) for r in readings] == [
        (value, frozenset({MEMORY, "after_meal", *flags}))
    ]
    assert parser.flags == frozenset()  # a stored result says nothing of the meter's state now


def test_the_meter_clock_and_a_line_the_kiosk_does_not_use() -> None:
    data = with_checksum(b'F "WED","03/09/11","08:40:02   "') + with_checksum(b"Z")
    parser, readings = decode(data)
    assert readings == [] and parser.stats.frames == 2
    assert parser.meter_clock == datetime(2011, 3, 9, 8, 40, 2)


@pytest.mark.parametrize("sim_class", [OneTouchSimulator, OneTouchUltraSimulator])
def test_the_simulators_speak_as_the_real_meters(sim_class: type[OneTouchSimulator]) -> None:
    sim = sim_class()
    session = [WAKE, SOFTWARE_VERSION, SERIAL_NUMBER, METER_ID, DATE_TIME, DOWNLOAD]
    parser, readings = decode(b"".join(sim.receive(r) for r in session))
    assert parser.stats.bad_checksums == 0 and parser.stats.dropped_bytes == 0
    assert parser.serial_number == sim.serial and parser.expected == len(sim.stored)
    assert parser.meter_id == sim.meter_id and parser.meter_clock == sim.clock
    assert [r.at for r in readings] == [taken for taken, _, _ in sim.stored]
    assert readings[0].value == sim.patient.glucose and readings[0].flags == {MEMORY}
    assert "control_solution" in readings[1].flags and "above_range" in readings[3].flags
    old_ultra = sim_class is OneTouchUltraSimulator
    assert ("before_meal" in readings[2].flags) is not old_ultra


def test_the_full_download_is_asked_for_and_is_read_only() -> None:
    driver = registry.get("onetouch-ultra2")
    assert driver.open_requests == (
        WAKE,
        SOFTWARE_VERSION,
        SERIAL_NUMBER,
        METER_ID,
        DATE_TIME,
        DOWNLOAD,
    )
    assert all(b"DMZ" not in r for r in driver.open_requests)


def test_kiosk_devices_decode_reads_the_real_download(capsys: pytest.CaptureFixture[str]) -> None:
    path = RECORDINGS / "insulaudit-ultra2-download.bin"
    assert main(["devices", "decode", "--driver", "onetouch-ultra2", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    truth = expected("insulaudit-ultra2-download.expected.tsv", "%Y-%m-%dT%H:%M:%S")
    assert [(r["at"], r["value"], r["unit"], r["flags"]) for r in rows] == [
        (at.isoformat(), value, "mg/dL", [MEMORY]) for at, value in truth
    ]
