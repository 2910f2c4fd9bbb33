"""Vital-sign measures: LOINC codes, UCUM units and the plausible range of each.

A value outside its range is refused with a message that names the range; the
ranges are for adults at a primary-care spoke (docs/devices.md, "Plausible ranges",
lists them) and this table is the one place that decides them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError


@dataclass(frozen=True)
class Measure:
    """One number a device or a person can report (BP's parts are measures of their own)."""

    key: str
    label: str
    loinc: str
    unit: str
    unit_label: str
    low: float
    high: float
    decimals: int

    def round(self, value: float) -> float:
        return round(value, self.decimals)

    def format(self, value: float) -> str:
        return f"{value:.{self.decimals}f}"

    def check(self, value: float, field: str | None = None) -> float:
        """Return the value rounded to the measure's precision, or raise with the allowed range."""
        if not math.isfinite(value) or not self.low <= value <= self.high:
            raise ValidationError(
                field or self.key,
                QT_TRANSLATE_NOOP(
                    "domain",
                    "{label} of {value} {unit} is not possible. Allowed: {low} to {high} {unit}.",
                ),
                label=self.label,
                value=_show(value),
                unit=self.unit_label,
                low=_show(self.low),
                high=_show(self.high),
            )
        return self.round(value)


def _show(value: float) -> str:
    return f"{value:g}" if math.isfinite(value) else str(value)


def _m(
    key: str,
    label: str,
    loinc: str,
    unit: str,
    unit_label: str,
    low: float,
    high: float,
    decimals: int = 0,
) -> Measure:
    return Measure(key, label, loinc, unit, unit_label, low, high, decimals)


MEASURES: dict[str, Measure] = {
    m.key: m
    for m in (
        _m("spo2", QT_TRANSLATE_NOOP("domain", "SpO2"), "2708-6", "%", "%", 50, 100),
        _m(
            "pulse_rate",
            QT_TRANSLATE_NOOP("domain", "Pulse"),
            "8867-4",
            "/min",
            "/min",
            25,
            250,
        ),
        _m(
            "heart_rate",
            QT_TRANSLATE_NOOP("domain", "Heart rate"),
            "8867-4",
            "/min",
            "/min",
            25,
            250,
        ),
        _m(
            "bp_systolic",
            QT_TRANSLATE_NOOP("domain", "Systolic"),
            "8480-6",
            "mm[Hg]",
            "mmHg",
            50,
            260,
        ),
        _m(
            "bp_diastolic",
            QT_TRANSLATE_NOOP("domain", "Diastolic"),
            "8462-4",
            "mm[Hg]",
            "mmHg",
            30,
            160,
        ),
        _m(
            "bp_mean",
            QT_TRANSLATE_NOOP("domain", "Mean pressure"),
            "8478-0",
            "mm[Hg]",
            "mmHg",
            35,
            200,
        ),
        _m(
            "body_temperature",
            QT_TRANSLATE_NOOP("domain", "Temperature"),
            "8310-5",
            "Cel",
            "°C",
            30,
            43,
            1,
        ),
        _m(
            "respiratory_rate",
            QT_TRANSLATE_NOOP("domain", "Respiratory rate"),
            "9279-1",
            "/min",
            "/min",
            4,
            80,
        ),
        _m("weight", QT_TRANSLATE_NOOP("domain", "Weight"), "29463-7", "kg", "kg", 0.5, 300, 1),
        _m("height", QT_TRANSLATE_NOOP("domain", "Height"), "8302-2", "cm", "cm", 30, 250, 1),
        _m("bmi", QT_TRANSLATE_NOOP("domain", "BMI"), "39156-5", "kg/m2", "kg/m²", 5, 100, 1),
        _m(
            "blood_glucose",
            QT_TRANSLATE_NOOP("domain", "Blood glucose"),
            "2339-0",
            "mg/dL",
            "mg/dL",
            20,
            600,
        ),
        _m(
            "blood_glucose_fasting",
            QT_TRANSLATE_NOOP("domain", "Fasting glucose"),
            "41604-0",
            "mg/dL",
            "mg/dL",
            20,
            600,
        ),
    )
}

# SpO2 by pulse oximetry is also coded 59408-5; both codes go on the observation.
SPO2_PULSE_OXIMETRY_LOINC = "59408-5"
BP_PANEL_LOINC = "85354-9"


class ObservationKind(StrEnum):
    """What an Observation records. Blood pressure is one observation with components."""

    BLOOD_PRESSURE = "blood_pressure"
    PULSE_RATE = "pulse_rate"
    HEART_RATE = "heart_rate"
    SPO2 = "spo2"
    BODY_TEMPERATURE = "body_temperature"
    RESPIRATORY_RATE = "respiratory_rate"
    WEIGHT = "weight"
    HEIGHT = "height"
    BMI = "bmi"
    BLOOD_GLUCOSE = "blood_glucose"
    BLOOD_GLUCOSE_FASTING = "blood_glucose_fasting"

    @property
    def loinc(self) -> str:
        if self is ObservationKind.BLOOD_PRESSURE:
            return BP_PANEL_LOINC
        return MEASURES[self.value].loinc

    @property
    def codes(self) -> tuple[str, ...]:
        """Every LOINC code the observation carries, the primary one first."""
        if self is ObservationKind.SPO2:
            return (self.loinc, SPO2_PULSE_OXIMETRY_LOINC)
        return (self.loinc,)

    @property
    def unit(self) -> str:
        if self is ObservationKind.BLOOD_PRESSURE:
            return "mm[Hg]"
        return MEASURES[self.value].unit

    @property
    def label(self) -> str:
        if self is ObservationKind.BLOOD_PRESSURE:
            return BP_LABEL
        return MEASURES[self.value].label


BP_LABEL = QT_TRANSLATE_NOOP("domain", "Blood pressure")
BP_COMPONENTS = ("bp_systolic", "bp_diastolic", "bp_mean")


def check_blood_pressure(
    systolic: float, diastolic: float, mean: float | None = None
) -> dict[str, float]:
    """Validate a BP reading as a whole and return its components by measure key."""
    parts = {
        "bp_systolic": MEASURES["bp_systolic"].check(systolic),
        "bp_diastolic": MEASURES["bp_diastolic"].check(diastolic),
    }
    if parts["bp_systolic"] <= parts["bp_diastolic"]:
        raise ValidationError(
            "bp_diastolic",
            QT_TRANSLATE_NOOP(
                "domain",
                "Systolic pressure ({systolic}) must be higher than diastolic ({diastolic}).",
            ),
            systolic=_show(parts["bp_systolic"]),
            diastolic=_show(parts["bp_diastolic"]),
        )
    if mean is not None:
        parts["bp_mean"] = MEASURES["bp_mean"].check(mean)
    return parts


def derive_bmi(weight_kg: float, height_cm: float) -> float | None:
    """Body-mass index from weight and height, or None when the result is not plausible."""
    if height_cm <= 0:
        return None
    bmi = MEASURES["bmi"].round(weight_kg / (height_cm / 100.0) ** 2)
    bmi_measure = MEASURES["bmi"]
    return bmi if bmi_measure.low <= bmi <= bmi_measure.high else None
