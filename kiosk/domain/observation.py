"""Observations: append-only clinical facts. A correction is a new one that supersedes."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kiosk.domain.ids import new_id
from kiosk.domain.vitals import (
    MEASURES,
    ObservationKind,
    check_blood_pressure,
    derive_bmi,
)


class Method(StrEnum):
    MANUAL = "manual"
    DEVICE = "device"
    DERIVED = "derived"


@dataclass(frozen=True)
class Device:
    """Where a device reading came from: enough for an auditor to find the instrument."""

    driver: str
    serial: str | None = None


@dataclass(frozen=True)
class Observation:
    id: str
    encounter_id: str
    patient_id: str
    kind: ObservationKind
    value: float | None
    components: Mapping[str, float]
    method: Method
    taken_at: datetime
    taken_by: str
    device: Device | None = None
    supersedes: str | None = None

    @property
    def loinc(self) -> str:
        return self.kind.loinc

    @property
    def unit(self) -> str:
        return self.kind.unit

    def display(self) -> str:
        """The value as a CHO reads it: ``120/80 mmHg``, ``98 %``."""
        if self.kind is ObservationKind.BLOOD_PRESSURE:
            sys_, dia = self.components["bp_systolic"], self.components["bp_diastolic"]
            return f"{sys_:.0f}/{dia:.0f} mmHg"
        measure = MEASURES[self.kind.value]
        assert self.value is not None
        return f"{measure.format(self.value)} {measure.unit_label}"


def parse_number(text: str, field: str) -> float:
    """Read a number typed on a touch keypad, accepting a comma as the decimal mark."""
    cleaned = text.strip().replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("domain", "Type a number, like 98 or 36.8.")
        ) from None


def record(
    *,
    encounter_id: str,
    patient_id: str,
    kind: ObservationKind,
    taken_by: str,
    taken_at: datetime,
    value: float | None = None,
    components: Mapping[str, float] | None = None,
    method: Method = Method.MANUAL,
    device: Device | None = None,
    supersedes: str | None = None,
) -> Observation:
    """Make a checked Observation; BP needs systolic and diastolic components, others a value."""
    if kind is ObservationKind.BLOOD_PRESSURE:
        parts = dict(components or {})
        if "bp_systolic" not in parts or "bp_diastolic" not in parts:
            raise ValidationError(
                "bp_systolic",
                QT_TRANSLATE_NOOP("domain", "Blood pressure needs both systolic and diastolic."),
            )
        checked: dict[str, float] = check_blood_pressure(
            parts["bp_systolic"], parts["bp_diastolic"], parts.get("bp_mean")
        )
        number: float | None = None
    else:
        if value is None:
            raise ValidationError(
                kind.value, QT_TRANSLATE_NOOP("domain", "Type a number, like 98 or 36.8.")
            )
        number = MEASURES[kind.value].check(value, field=kind.value)
        checked = {}
    if device is not None and method is not Method.DEVICE:
        method = Method.DEVICE
    return Observation(
        id=new_id(),
        encounter_id=encounter_id,
        patient_id=patient_id,
        kind=kind,
        value=number,
        components=checked,
        method=method,
        taken_at=taken_at,
        taken_by=taken_by,
        device=device,
        supersedes=supersedes,
    )


def current(observations: Iterable[Observation]) -> dict[ObservationKind, Observation]:
    """The latest standing observation of each kind: superseded ones are history, not truth."""
    items = list(observations)
    superseded = {o.supersedes for o in items if o.supersedes}
    latest: dict[ObservationKind, Observation] = {}
    for obs in items:
        if obs.id in superseded:
            continue
        held = latest.get(obs.kind)
        if held is None or obs.taken_at >= held.taken_at:
            latest[obs.kind] = obs
    return latest


def bmi_for(
    standing: Mapping[ObservationKind, Observation], taken_by: str, now: datetime
) -> Observation | None:
    """The BMI that the standing weight and height imply, if it differs from the one held."""
    weight = standing.get(ObservationKind.WEIGHT)
    height = standing.get(ObservationKind.HEIGHT)
    if weight is None or height is None or weight.value is None or height.value is None:
        return None
    bmi = derive_bmi(weight.value, height.value)
    held = standing.get(ObservationKind.BMI)
    if bmi is None or (held is not None and held.value == bmi):
        return None
    return Observation(
        id=new_id(),
        encounter_id=weight.encounter_id,
        patient_id=weight.patient_id,
        kind=ObservationKind.BMI,
        value=bmi,
        components={},
        method=Method.DERIVED,
        taken_at=now,
        taken_by=taken_by,
        supersedes=held.id if held is not None else None,
    )
