"""Vital-sign measures: codes, units, plausible ranges, BP as one observation, BMI."""

from datetime import UTC, datetime

import pytest

from kiosk.domain.errors import ValidationError
from kiosk.domain.observation import Method, current, parse_number, record
from kiosk.domain.vitals import MEASURES, ObservationKind, check_blood_pressure, derive_bmi

NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "loinc", "unit"),
    [
        (ObservationKind.BLOOD_PRESSURE, "85354-9", "mm[Hg]"),
        (ObservationKind.PULSE_RATE, "8867-4", "/min"),
        (ObservationKind.SPO2, "2708-6", "%"),
        (ObservationKind.BODY_TEMPERATURE, "8310-5", "Cel"),
        (ObservationKind.RESPIRATORY_RATE, "9279-1", "/min"),
        (ObservationKind.WEIGHT, "29463-7", "kg"),
        (ObservationKind.HEIGHT, "8302-2", "cm"),
        (ObservationKind.BMI, "39156-5", "kg/m2"),
        (ObservationKind.BLOOD_GLUCOSE, "2339-0", "mg/dL"),
        (ObservationKind.BLOOD_GLUCOSE_FASTING, "41604-0", "mg/dL"),
    ],
)
def test_kinds_carry_loinc_and_ucum(kind: ObservationKind, loinc: str, unit: str) -> None:
    assert kind.loinc == loinc
    assert kind.unit == unit


def test_spo2_carries_both_codes() -> None:
    assert ObservationKind.SPO2.codes == ("2708-6", "59408-5")


def test_bp_components_are_coded() -> None:
    assert MEASURES["bp_systolic"].loinc == "8480-6"
    assert MEASURES["bp_diastolic"].loinc == "8462-4"


@pytest.mark.parametrize(
    ("key", "low", "high"),
    [
        ("spo2", 50, 100),
        ("pulse_rate", 25, 250),
        ("bp_systolic", 50, 260),
        ("bp_diastolic", 30, 160),
        ("body_temperature", 30, 43),
        ("weight", 0.5, 300),
        ("height", 30, 250),
        ("blood_glucose", 20, 600),
        ("respiratory_rate", 4, 80),
    ],
)
def test_plausible_ranges_accept_edges_and_refuse_beyond(key: str, low: float, high: float) -> None:
    measure = MEASURES[key]
    assert measure.check(low) == measure.round(low)
    assert measure.check(high) == measure.round(high)
    for bad in (low - 1, high + 1, float("nan"), float("inf")):
        with pytest.raises(ValidationError) as caught:
            measure.check(bad)
        assert caught.value.field == key


def test_refusal_says_what_is_allowed() -> None:
    with pytest.raises(ValidationError) as caught:
        MEASURES["spo2"].check(120)
    assert caught.value.message == "SpO2 of 120 % is not possible. Allowed: 50 to 100 %."


def test_blood_pressure_systolic_must_exceed_diastolic() -> None:
    assert check_blood_pressure(120, 80) == {"bp_systolic": 120, "bp_diastolic": 80}
    with pytest.raises(ValidationError) as caught:
        check_blood_pressure(80, 90)
    assert caught.value.field == "bp_diastolic"
    assert "must be higher" in caught.value.message


def test_bp_is_one_observation_with_components() -> None:
    obs = record(
        encounter_id="e",
        patient_id="p",
        kind=ObservationKind.BLOOD_PRESSURE,
        taken_by="c",
        taken_at=NOW,
        components={"bp_systolic": 130, "bp_diastolic": 85},
    )
    assert obs.value is None
    assert obs.components == {"bp_systolic": 130, "bp_diastolic": 85}
    assert obs.display() == "130/85 mmHg"
    assert obs.loinc == "85354-9"
    with pytest.raises(ValidationError):
        record(
            encounter_id="e",
            patient_id="p",
            kind=ObservationKind.BLOOD_PRESSURE,
            taken_by="c",
            taken_at=NOW,
            components={"bp_systolic": 130},
        )


def test_bmi_is_derived_and_rounded() -> None:
    assert derive_bmi(61.5, 152) == 26.6
    assert derive_bmi(70, 0) is None
    assert derive_bmi(300, 30) is None  # implausible result: no BMI rather than a wrong one


def test_parse_number_accepts_decimal_comma() -> None:
    assert parse_number(" 36,8 ", "t") == 36.8
    with pytest.raises(ValidationError):
        parse_number("abc", "t")


def test_current_skips_superseded_observations() -> None:
    first = record(
        encounter_id="e",
        patient_id="p",
        kind=ObservationKind.WEIGHT,
        taken_by="c",
        taken_at=NOW,
        value=60,
    )
    fix = record(
        encounter_id="e",
        patient_id="p",
        kind=ObservationKind.WEIGHT,
        taken_by="c",
        taken_at=NOW,
        value=61,
        supersedes=first.id,
    )
    assert current([first, fix])[ObservationKind.WEIGHT] is fix
    assert current([fix, first])[ObservationKind.WEIGHT] is fix


def test_device_readings_are_marked_as_such() -> None:
    from kiosk.domain.observation import Device

    obs = record(
        encounter_id="e",
        patient_id="p",
        kind=ObservationKind.SPO2,
        taken_by="c",
        taken_at=NOW,
        value=97,
        device=Device("contec-cms50d", "SN1"),
    )
    assert obs.method is Method.DEVICE
