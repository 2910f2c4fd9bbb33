"""Patient monitors: Ivy ANSAR-B numerics and HL7 v2 over MLLP."""

from __future__ import annotations

import hl7

from kiosk.devices.drivers.hl7mllp import Hl7Parser, frame
from kiosk.devices.drivers.ivy import END, HEADER, START, IvyParser
from kiosk.devices.drivers.ivy_sim import IvySimulator
from kiosk.devices.simulator import record
from tests.devices_support import feed_in_pieces, numbers


def ivy(lines: list[str], wave: bytes = bytes(range(200)) * 2) -> bytes:
    text = "\r".join(lines).encode() + b"\r"
    return bytes([START]) + HEADER + wave + text + bytes([END])


def test_ivy_numerics() -> None:
    parser = IvyParser()
    readings = parser.feed(
        ivy(
            [
                "HR=1;72;II;0",
                "SPO2=2;97;PR=71;0",
                "NIBP=3;128;84;99;71;ADULT;0",
                "RR=4;18;;0",
                "T1=6;37.2;;0",
                "ETCO2=5;35;;0",
            ]
        )
    )
    assert numbers(readings) == [
        ("heart_rate", 72),
        ("spo2", 97),
        ("pulse_rate", 71),
        ("bp_systolic", 128),
        ("bp_diastolic", 84),
        ("bp_mean", 99),
        ("respiratory_rate", 18),
        ("body_temperature", 37.2),
    ]
    pleth = [r.value for r in readings if r.is_waveform]
    assert pleth == list(range(50, 100))
    assert [r.stable for r in readings if r.kind.startswith("bp_")] == [True] * 3


def test_ivy_empty_fields_mean_no_value() -> None:
    parser = IvyParser()
    readings = parser.feed(ivy(["HR=1;;II;0", "SPO2=2;;PR=;0", "NIBP=3;;;;;ADULT;0"]))
    assert numbers(readings) == []
    assert parser.stats.frames == 1


def test_ivy_recording_starts_mid_message() -> None:
    data = record(IvySimulator(), 3.5)
    parser = IvyParser()
    readings = parser.feed(data[300:])
    assert parser.stats.frames == 3  # of four messages, the first was cut
    assert parser.stats.dropped_bytes == len(data) - 300 - parser.stats.accepted_bytes
    assert ("bp_systolic", 122) in numbers(readings)
    assert feed_in_pieces(IvyParser(), data[300:], [1, 97, 513]) == readings


def oru(control: str = "MSG1", unit: str = "266016^MDC_DIM_MMHG^MDC") -> str:
    return "\r".join(
        [
            f"MSH|^~\\&|MON|BED1|KIOSK|HWC|20261120110000||ORU^R01|{control}|P|2.6",
            "PID|1",
            "OBR|1",
            "OBX|1|NM|150456^MDC_PULS_OXIM_SAT_O2^MDC||97|262688^MDC_DIM_PERCENT^MDC|||||R",
            f"OBX|2|NM|150301^MDC_PRESS_CUFF_SYS^MDC||131|{unit}|||||F",
            f"OBX|3|NM|150302^MDC_PRESS_CUFF_DIA^MDC||86|{unit}|||||F",
            "OBX|4|NM|8310-5^Body temperature^LN||98.6|[degF]^^UCUM|||||F",
            "OBX|5|NM|9279-1^Respiratory rate^LN||17|/min^^UCUM|||||F",
            "OBX|6|ST|99999^Something else^L||hello||||||F",
        ]
    )


def test_hl7_oru_values_and_ack() -> None:
    parser = Hl7Parser()
    readings = parser.feed(b"\x00junk" + frame(oru()))
    assert [(r.kind, round(r.value, 1), r.stable) for r in readings] == [
        ("spo2", 97, False),
        ("body_temperature", 37.0, True),
        ("respiratory_rate", 17, True),
        ("bp_systolic", 131, True),
        ("bp_diastolic", 86, True),
    ]
    replies = parser.take_replies()
    assert len(replies) == 1 and replies[0][0] == 0x0B and replies[0].endswith(b"\x1c\r")
    ack = hl7.parse(replies[0][1:-2].decode())
    assert str(ack.segment("MSA")[1]) == "AA" and str(ack.segment("MSA")[2]) == "MSG1"
    assert parser.stats.dropped_bytes == 5


def test_hl7_unknown_units_are_left_out() -> None:
    parser = Hl7Parser()
    readings = parser.feed(frame(oru(unit="furlongs")))
    assert "bp_systolic" not in [r.kind for r in readings]


def test_hl7_cut_message_is_dropped_and_the_next_one_read() -> None:
    parser = Hl7Parser()
    whole = frame(oru("MSG2"))
    readings = parser.feed(whole[:80] + whole)
    assert ("spo2", 97) in numbers(readings)
    assert parser.stats.frames == 1 and parser.stats.dropped_bytes == 80
    assert parser.feed(frame("not hl7 at all")) == []
    assert parser.stats.frames == 1
