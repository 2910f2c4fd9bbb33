"""Which readings are captured, and when: stable, steady, recent, once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from kiosk.devices.capture import CaptureTracker
from kiosk.devices.readings import MEMORY, Reading
from kiosk.domain.observation import Device
from kiosk.domain.vitals import MEASURES, ObservationKind

T0 = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)
DEVICE = Device("contec-cms50d", "SN1")


def reading(kind: str, value: float, seconds: float, **extra: object) -> Reading:
    m = MEASURES[kind]
    raw = extra.pop("raw", f"{kind}{seconds}".encode())
    return Reading(
        kind, value, m.unit, "d", m.loinc, at=T0 + timedelta(seconds=seconds), raw=raw, **extra
    )  # type: ignore[arg-type]


def tracker(now: float = 0) -> CaptureTracker:
    return CaptureTracker(DEVICE, clock=lambda: T0 + timedelta(seconds=now))


def test_steady_spo2_is_captured_once_after_five_seconds() -> None:
    t = tracker()
    t.add(reading("spo2", 97 + (s % 2), s) for s in range(0, 4))
    assert t.ready() == []
    t.add(reading("spo2", 98, s) for s in range(4, 7))
    ready = t.ready()
    assert [(c.kind, c.value, c.device) for c in ready] == [(ObservationKind.SPO2, 98, DEVICE)]
    assert ready[0].raw == b"spo26"
    t.mark(ready)
    t.add([reading("spo2", 97, 7)])
    assert t.ready() == []


def test_unsteady_or_alarmed_values_wait() -> None:
    t = tracker()
    t.add(reading("pulse_rate", 70 + 5 * (s % 2), s) for s in range(10))
    assert t.ready() == []
    t = tracker()
    t.add(reading("spo2", 98, s, flags=frozenset({"probe_error"})) for s in range(10))
    assert t.ready() == []


def test_stable_weight_at_once_unstable_never() -> None:
    t = tracker()
    t.add([reading("weight", 61.2, 0, flags=frozenset({"unstable"}))])
    assert t.ready() == []
    t.add([reading("weight", 61.5, 1, stable=True)])
    assert [c.value for c in t.ready()] == [61.5]
    t.mark(t.ready())
    t.add([reading("weight", 61.5, 2, stable=True)])
    assert t.ready() == []


def test_blood_pressure_is_one_capture_from_one_frame() -> None:
    t = tracker()
    t.add(
        [
            reading("bp_systolic", 172, 0, stable=True, raw=b"f1"),
            reading("bp_diastolic", 108, 0, stable=True, raw=b"f1"),
            reading("bp_mean", 129, 0, stable=True, raw=b"f1"),
        ]
    )
    (bp,) = t.ready()
    assert bp.kind is ObservationKind.BLOOD_PRESSURE and bp.raw == b"f1"
    assert bp.components == {"bp_systolic": 172, "bp_diastolic": 108, "bp_mean": 129}
    assert t.current() == [bp]


def test_stored_glucose_only_when_recent() -> None:
    old = tracker(now=3600)
    old.add([reading("blood_glucose", 104, 0, stable=True)])
    assert old.ready() == []
    assert [c.value for c in old.current()] == [104]  # still capturable by hand
    fresh = tracker(now=120)
    fresh.add([reading("blood_glucose", 104, 0, stable=True)])
    assert [c.kind for c in fresh.ready()] == [ObservationKind.BLOOD_GLUCOSE]


def test_a_meter_download_arrives_newest_first() -> None:
    t = tracker(now=180)
    t.add(
        [
            reading("blood_glucose", 104, 120, stable=True),
            reading("blood_glucose", 131, -86_400, stable=True),
            reading("blood_glucose", 97, -259_200, stable=True),
        ]
    )
    assert [c.value for c in t.current()] == [104]
    assert [c.value for c in t.ready()] == [104]


def stored(kind: str, value: float, seconds: float, raw: bytes | None = None) -> Reading:
    return reading(
        kind, value, seconds, stable=True, flags=frozenset({MEMORY}), raw=raw or b"r%d" % seconds
    )


def test_a_meters_memory_is_never_captured_by_itself() -> None:
    t = tracker(now=120)  # the newest stored result was taken two minutes ago
    for _ in range(2):  # the meter sends its whole memory at every poll
        t.add([stored("blood_glucose", 104, 0), stored("blood_glucose", 131, -86_400)])
    assert t.ready() == [] and t.current() == []
    records = t.memory()
    assert [(r.at, r.readings[0].value) for r in records] == [
        (T0, 104),
        (T0 - timedelta(days=1), 131),
    ]
    assert records[0].is_recent(T0 + timedelta(seconds=120))
    assert not records[1].is_recent(T0 + timedelta(seconds=120))
    (capture,) = t.from_memory(records[1])
    assert (capture.kind, capture.value, capture.taken_at, capture.raw) == (
        ObservationKind.BLOOD_GLUCOSE,
        131,
        T0 - timedelta(days=1),
        b"r-86400",
    )


def test_a_stored_record_keeps_its_parts_together() -> None:
    t = tracker()
    t.add(
        [
            stored("bp_systolic", 150, -60, raw=b"m1"),
            stored("bp_diastolic", 95, -60, raw=b"m1"),
            stored("pulse_rate", 80, -60, raw=b"m1"),
        ]
    )
    (record,) = t.memory()
    assert record.recordable and record.flags == frozenset()
    kinds = {c.kind: (c.value, c.components) for c in t.from_memory(record)}
    assert kinds == {
        ObservationKind.PULSE_RATE: (80, {}),
        ObservationKind.BLOOD_PRESSURE: (None, {"bp_systolic": 150, "bp_diastolic": 95}),
    }


def test_control_solution_and_hi_results_are_not_recordable() -> None:
    t = tracker()
    flags = frozenset({MEMORY, "control_solution"})
    t.add([reading("blood_glucose", 118, 0, stable=True, flags=flags)])
    (record,) = t.memory()
    assert not record.recordable and record.flags == {"control_solution"}
