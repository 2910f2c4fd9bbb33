"""HL7 v2 from monitors as real ones send it: "no value" in its several forms, MDC and
vendor codes. The messages follow captures published from Comen NC-series and Mindray
monitors (their sources carry no licence to copy them, so the values here are ours)."""

from __future__ import annotations

from kiosk.devices.drivers.hl7mllp import Hl7Parser, frame
from kiosk.devices.drivers.hl7mllp_sim import Hl7Simulator
from kiosk.devices.simulator import record
from tests.devices_support import numbers

STAMP = "20260726231331+0800"


def comen(obx: list[str]) -> bytes:
    """An ORU^R01 the way a Comen NC-series monitor sends a spot check."""
    head = [
        rf"MSH|^~\&||KC000000000G|||{STAMP}||ORU^R01|20260726231332.11090007|P|2.6",
        "PID|||TEST1||TEST^PATIENT|||M",
        r"PV1||I|^^&24|0|||99999",
        f"OBR||||2^MON_SPOT_DATA^99COMEN|||{STAMP}",
    ]
    return frame("\r".join(head + obx))


def test_comen_spot_check_with_context_codes_and_empty_fields() -> None:
    parser = Hl7Parser()
    readings = parser.feed(
        comen(
            [
                "OBX||NM|150301^MDC_PRESS_CUFF_SYS^MDC|1.1.9.150301|118|266016^MDC_DIM_MMHG^MDC"
                f"|90^160||||F|||{STAMP}",
                "OBX||NM|150303^MDC_PRESS_CUFF_MEAN^MDC|1.1.9.150303|91|266016^MDC_DIM_MMHG^MDC"
                f"|60^110||||F|||{STAMP}",
                "OBX||NM|150302^MDC_PRESS_CUFF_DIA^MDC|1.1.9.150302|78|266016^MDC_DIM_MMHG^MDC"
                f"|50^90||||F|||{STAMP}",
                "OBX||NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.3.1.150456|96|262688^MDC_DIM_PERCENT"
                f"^MDC|85^100||||F|||{STAMP}",
                "OBX||NM|149522^MDC_PULS_RATE^MDC|1.0.0.149522|64|264864^MDC_DIM_BEAT_PER_MIN^MDC"
                f"|50^120||||F|||{STAMP}",
                "OBX||NM|150344^MDC_TEMP^MDC|1.2.1.150344|37.10|268192^MDC_DIM_DEGC^MDC"
                f"|36.0^39.0||||F|||{STAMP}",
                f"OBX||NM|2267^COMEN_ACVPU^99COMEN||Alert||||||F|||{STAMP}",
                f"OBX||NM|2269^COMEN_TEMP_POS^99COMEN||Ear||||||F|||{STAMP}",
                f"OBX||ST|2275^COMEN_HANDLER^99COMEN||||||||F|||{STAMP}",
                "OBX||CNE|2453^COMEN_POS_BODY^99COMEN|1.1.9.2453|2821^COMEN_POS_SITTING^99COMEN"
                f"||||||F|||{STAMP}",
                "OBX||NM|188740^MDC_LEN_BODY_ACTUAL^MDC|1.10.1.188740|0|263441^MDC_DIM_CENTI_M^MDC"
                "|||||F",
                "OBX||NM|188736^MDC_MASS_BODY_ACTUAL^MDC|1.10.1.188736||263875^MDC_DIM_KILO_G^MDC"
                "|||||F",
                "OBX||NM|150456^MDC_PULS_OXIM_SAT_O2^MDC|1.6.1|8388607|262688^MDC_DIM_PERCENT^MDC"
                f"|||||X|||{STAMP}",
            ]
        )
    )
    assert sorted(numbers(readings)) == sorted(
        [
            ("spo2", 96),
            ("pulse_rate", 64),
            ("body_temperature", 37.1),
            ("bp_systolic", 118),
            ("bp_diastolic", 78),
            ("bp_mean", 91),
        ]
    )
    assert all(r.stable for r in readings)
    # Height 0 and an empty weight are "not entered"; the second SpO2 channel's NaN
    # does not hide the first one's 96.
    assert parser.stats.no_value == 2 and parser.stats.implausible == 0
    assert parser.stats.frames == 1 and len(parser.take_replies()) == 1


def test_every_no_value_form_is_counted_as_no_value() -> None:
    forms = ["-999", "-99.9", "-100", "8388607", "-8388608", "8388606", "-8388606", ""]
    obx = [
        f"OBX|{k}|NM|8867-4^Heart rate^LN||{value}|/min|||||F"
        for k, value in enumerate(forms, start=1)
    ]
    parser = Hl7Parser()
    for line in obx:
        assert parser.feed(comen([line])) == []
    assert parser.stats.no_value == len(forms)
    assert parser.stats.implausible == 0
    parser.feed(comen(["OBX|1|NM|8867-4^Heart rate^LN||72|/min|||||X"]))  # status X
    assert parser.stats.no_value == len(forms) + 1
    parser.feed(comen(["OBX|1|NM|8867-4^Heart rate^LN||-5|/min|||||F"]))
    assert parser.stats.implausible == 1  # a negative that is no sentinel: impossible


def test_mindray_vendor_codes_and_minus_100_for_no_value() -> None:
    """Mindray's older HL7 output: `code^name`, no coding system, no units, -100 empty."""
    msg = "\r".join(
        [
            r"MSH|^~\&|||||||ORU^R01|204|P|2.3.1|",
            "OBX||NM|101^HR|2101|71||||||F",
            "OBX||NM|102^PVCs|2101|0||||||F",
            "OBX||NM|151^RR|2102|17||||||F",
            "OBX||NM|160^SpO2|2103|97||||||F",
            "OBX||NM|161^PR|2103|70||||||F",
            "OBX||NM|200^T1|2104|36.9||||||F",
            "OBX||NM|171^Dia|2105|-100||||||F||APERIODIC|00000000000000",
            "OBX||NM|172^Mean|2105|-100||||||F||APERIODIC|00000000000000",
            "OBX||NM|170^Sys|2105|-100||||||F||APERIODIC|00000000000000",
        ]
    )
    parser = Hl7Parser()
    readings = parser.feed(frame(msg))
    assert numbers(readings) == [
        ("heart_rate", 71),
        ("respiratory_rate", 17),
        ("spo2", 97),
        ("pulse_rate", 70),
        ("body_temperature", 36.9),
    ]
    assert parser.stats.no_value == 1  # the blood pressure, all or nothing
    assert parser.stats.implausible == 0


def test_simulated_monitor_codes_no_value_as_real_ones_do() -> None:
    sim = Hl7Simulator()
    parser = Hl7Parser()
    readings = parser.feed(record(sim, 4.1))
    kinds = {r.kind for r in readings}
    assert kinds == {
        "spo2",
        "pulse_rate",
        "bp_systolic",
        "bp_diastolic",
        "bp_mean",
        "respiratory_rate",
        "body_temperature",
    }
    assert [r.value for r in readings if r.kind == "spo2"] == [98, 98, 98]
    assert parser.stats.no_value == 3 * 2  # height and weight; the NaN channel is hidden
