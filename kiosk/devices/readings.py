"""What a device reports, in the clinic's terms: a kind of vital, a value, its UCUM unit
and LOINC code, and the raw bytes it came from.

A parser only emits values that pass the domain's plausibility ranges, so that nothing
impossible ever reaches the screen or the record; what it refused is counted instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import Any

from kiosk.domain.errors import ValidationError
from kiosk.domain.vitals import MEASURES, check_blood_pressure

# Every kind a device may report (the names the CLI prints); ``pleth`` is a waveform sample.
KINDS = (
    "spo2",
    "pulse_rate",
    "heart_rate",
    "bp_systolic",
    "bp_diastolic",
    "bp_mean",
    "respiratory_rate",
    "body_temperature",
    "weight",
    "height",
    "blood_glucose",
)
PLETH = "pleth"
# A result the device kept in its memory and sent again (a glucometer's download, an
# oximeter's stored data): shown for the CHO to pick from, never captured by itself.
MEMORY = "memory"
BP_KINDS = ("bp_systolic", "bp_diastolic", "bp_mean")


@dataclass(frozen=True)
class Reading:
    """One value from one frame. ``stable`` is True only when the protocol says the
    value is final (a scale's ST line, a finished cuff measurement, a stored meter
    result). ``at`` is the device's own time for stored results, else the reader's."""

    kind: str
    value: float
    unit: str
    driver: str
    loinc: str | None = None
    stable: bool = False
    flags: frozenset[str] = frozenset()
    raw: bytes = b""
    device_id: str | None = None
    at: datetime | None = None

    @property
    def is_waveform(self) -> bool:
        return self.kind == PLETH

    def seen(self, device_id: str | None, now: datetime, zone: tzinfo) -> Reading:
        """The same reading, stamped by the reader that received it. A device's own
        clock has no time zone: it shows the spoke's local time."""
        at = now if self.at is None else self.at
        if at.tzinfo is None:
            at = at.replace(tzinfo=zone)
        return replace(self, device_id=device_id, at=at)

    def to_json(self) -> dict[str, Any]:
        value: float | int = int(self.value) if float(self.value).is_integer() else self.value
        out: dict[str, Any] = {"kind": self.kind, "value": value, "unit": self.unit}
        if self.loinc:
            out["loinc"] = self.loinc
        out["driver"] = self.driver
        if self.device_id:
            out["device_id"] = self.device_id
        out["stable"] = self.stable
        if self.flags:
            out["flags"] = sorted(self.flags)
        if self.at is not None:
            out["at"] = self.at.isoformat()
        out["raw"] = self.raw.hex()
        return out


@dataclass
class ParserStats:
    """How well the stream decodes: identification scores candidates with it, and the
    CLI prints it. A resync is one run of dropped bytes before sync was found again."""

    frames: int = 0
    accepted_bytes: int = 0
    dropped_bytes: int = 0
    resyncs: int = 0
    bad_checksums: int = 0
    implausible: int = 0
    dropping: bool = field(default=False, repr=False)

    def accept(self, length: int) -> None:
        self.frames += 1
        self.accepted_bytes += length
        self.dropping = False

    def drop(self, count: int = 1) -> None:
        if count <= 0:
            return
        self.dropped_bytes += count
        if not self.dropping:
            self.resyncs += 1
            self.dropping = True

    @property
    def pass_rate(self) -> float:
        total = self.accepted_bytes + self.dropped_bytes
        return self.accepted_bytes / total if total else 0.0


def plausible(kind: str, value: float) -> float | None:
    """The value rounded to the measure's precision, or None when it cannot be true."""
    try:
        return MEASURES[kind].check(value)
    except ValidationError:
        return None


def plausible_bp(
    systolic: float, diastolic: float, mean: float | None = None
) -> dict[str, float] | None:
    """A whole blood pressure, or None when it is not possible (systolic > diastolic too)."""
    try:
        return check_blood_pressure(systolic, diastolic, mean)
    except ValidationError:
        return None
