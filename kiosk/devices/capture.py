"""Which device readings become observations, and when.

"Capture" records the newest value of each kind a device shows. Automatic capture
takes a value by itself only when it can be trusted: when the protocol says it is
final (a scale's stable weight, a finished cuff measurement, a meter's newest result
taken in the last few minutes), or, for streaming numbers with no such flag (SpO2,
pulse), when they have held steady for several seconds with no alarm from the probe.
Each value is captured once per case; the CHO can always capture again by hand.

A device's memory (readings flagged ``memory``: a glucometer's whole download, an
oximeter's stored data) is another matter: it holds old results, from other days and
other patients. Those are kept apart as ``StoredRecord``s, newest first, for the CHO to
pick the one taken now; they are never captured by themselves, nor by "Capture".
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kiosk.devices.readings import BP_KINDS, MEMORY, Reading
from kiosk.domain.clock import Clock, utc_now
from kiosk.domain.observation import Device
from kiosk.domain.vitals import MEASURES, ObservationKind

STEADY_FOR = timedelta(seconds=5)
# A stored meter result older than this is probably another patient's: capture by hand.
RECENT_STORED = timedelta(minutes=15)
TOLERANCE = {
    "spo2": 1.0,
    "pulse_rate": 3.0,
    "heart_rate": 3.0,
    "respiratory_rate": 2.0,
    "body_temperature": 0.2,
    "weight": 0.1,
    "height": 0.5,
    "blood_glucose": 0.0,
}
# Flags under which a streamed value is not to be trusted, whatever it shows.
UNTRUSTED = frozenset(
    {
        "probe_error",
        "searching",
        "searching_too_long",
        "finger_out",
        "sensor_disconnect",
        "sensor_alarm",
        "artifact",
        "out_of_track",
        "no_sensor",
        "sensor_off",
        "pulse_search",
        "low_signal_quality",
        "defective_sensor",
        "interference",
        "ambient_light",
        "unrecognized_sensor",
        "unstable",
        "overload",
        "control_solution",
        # A record from a device's memory: the CHO picks the one taken now, by hand.
        "memory",
    }
)
SIMPLE_KINDS = {k: ObservationKind(k) for k in MEASURES if k not in BP_KINDS}
# Stored results that are no patient's value: listed, but not to be recorded.
NOT_A_PATIENT_VALUE = frozenset({"control_solution", "above_range", "below_range", "meter_check"})
# A meter clock this far ahead of the kiosk's is wrong: its times cannot be trusted.
CLOCK_AHEAD = timedelta(minutes=5)


@dataclass(frozen=True)
class StoredRecord:
    """One result from a device's memory: the readings of one stored frame, at the
    device's own time."""

    at: datetime
    readings: tuple[Reading, ...]

    @property
    def raw(self) -> bytes:
        return self.readings[0].raw

    @property
    def flags(self) -> frozenset[str]:
        return frozenset().union(*(r.flags for r in self.readings)) - {MEMORY}

    @property
    def recordable(self) -> bool:
        return not self.flags & NOT_A_PATIENT_VALUE

    def is_recent(self, now: datetime) -> bool:
        """Taken in the last few minutes by a meter clock that is not ahead: the one
        just taken, most likely. Anything else needs the CHO's second look."""
        return now - RECENT_STORED <= self.at <= now + CLOCK_AHEAD

    @property
    def key(self) -> tuple[object, ...]:
        return (self.at, self.raw)


def is_newer(reading: Reading, than: Reading) -> bool:
    """A meter sends its stored results newest first: arrival order is not time order."""
    return reading.at is None or than.at is None or reading.at >= than.at


def newest(readings: Iterable[Reading]) -> dict[str, Reading]:
    """The newest reading of each kind."""
    out: dict[str, Reading] = {}
    for reading in readings:
        held = out.get(reading.kind)
        if held is None or is_newer(reading, held):
            out[reading.kind] = reading
    return out


@dataclass(frozen=True)
class Capture:
    """One observation ready to record, with the raw bytes behind it."""

    kind: ObservationKind
    value: float | None
    components: dict[str, float]
    device: Device
    raw: bytes
    taken_at: datetime

    @property
    def identity(self) -> tuple[object, ...]:
        return (self.kind, self.value, tuple(sorted(self.components.items())))


@dataclass
class _Track:
    latest: Reading
    recent: deque[Reading] = field(default_factory=deque)


class CaptureTracker:
    def __init__(self, device: Device, clock: Clock = utc_now) -> None:
        self.device = device
        self.clock = clock
        self.tracks: dict[str, _Track] = {}
        self.captured: set[tuple[object, ...]] = set()
        self.auto_done: set[ObservationKind] = set()
        self.stored: dict[tuple[datetime, bytes], list[Reading]] = {}

    def add(self, readings: Iterable[Reading]) -> None:
        for reading in readings:
            if MEMORY in reading.flags:
                self._store(reading)
                continue
            track = self.tracks.get(reading.kind)
            if track is None:
                track = self.tracks[reading.kind] = _Track(reading)
            if is_newer(reading, track.latest):
                track.latest = reading
            track.recent.append(reading)
            at = reading.at or self.clock()
            while track.recent and (track.recent[0].at or at) < at - STEADY_FOR * 2:
                track.recent.popleft()

    def _store(self, reading: Reading) -> None:
        """Keep each stored result once: a meter sends its whole memory at every poll."""
        at = reading.at or self.clock()
        held = self.stored.setdefault((at, reading.raw), [])
        if all(r.kind != reading.kind for r in held):
            held.append(reading)

    def memory(self, limit: int | None = None) -> list[StoredRecord]:
        """The device's stored results, newest first."""
        records = [StoredRecord(at, tuple(held)) for (at, _), held in self.stored.items()]
        records.sort(key=lambda r: r.at, reverse=True)
        return records[:limit]

    def from_memory(self, record: StoredRecord) -> list[Capture]:
        """What recording a stored result makes: its values at the device's own time."""
        out = [
            Capture(SIMPLE_KINDS[r.kind], r.value, {}, self.device, r.raw, record.at)
            for r in record.readings
            if r.kind in SIMPLE_KINDS
        ]
        parts = {r.kind: r.value for r in record.readings if r.kind in BP_KINDS}
        if "bp_systolic" in parts and "bp_diastolic" in parts:
            bp = ObservationKind.BLOOD_PRESSURE
            out.append(Capture(bp, None, parts, self.device, record.raw, record.at))
        return out

    def current(self) -> list[Capture]:
        """The newest value of every kind shown: what the Capture button records."""
        out = [
            self._capture(SIMPLE_KINDS[kind], track.latest)
            for kind, track in self.tracks.items()
            if kind in SIMPLE_KINDS
        ]
        bp = self._blood_pressure()
        return [*out, bp] if bp is not None else out

    def ready(self) -> list[Capture]:
        """Captures that may be taken without asking, not yet taken."""
        out = []
        for kind, track in self.tracks.items():
            if kind in SIMPLE_KINDS and self._trusted(track):
                out.append(self._capture(SIMPLE_KINDS[kind], track.latest))
        bp = self._blood_pressure()
        if bp is not None and self.tracks["bp_systolic"].latest.stable:
            out.append(bp)
        return [c for c in out if c.identity not in self.captured and not self._streamed_done(c)]

    def mark(self, captures: Iterable[Capture]) -> None:
        for capture in captures:
            self.captured.add(capture.identity)
            self.auto_done.add(capture.kind)

    def _streamed_done(self, capture: Capture) -> bool:
        """A streamed number (no stable flag) is taken automatically once per case."""
        track = self.tracks.get(capture.kind.value)
        return track is not None and not track.latest.stable and capture.kind in self.auto_done

    def _trusted(self, track: _Track) -> bool:
        latest = track.latest
        if latest.flags & UNTRUSTED:
            return False
        if latest.stable:
            if latest.kind != "blood_glucose" or latest.at is None:
                return True
            return self.clock() - latest.at <= RECENT_STORED
        at = latest.at or self.clock()
        window = [r for r in track.recent if r.at is not None and r.at >= at - STEADY_FOR]
        oldest = track.recent[0].at if track.recent else None
        if oldest is None or at - oldest < STEADY_FOR:
            return False
        tolerance = TOLERANCE.get(latest.kind, 0.0)
        return all(
            abs(r.value - latest.value) <= tolerance and not r.flags & UNTRUSTED for r in window
        )

    def _blood_pressure(self) -> Capture | None:
        parts = {k: self.tracks[k].latest for k in BP_KINDS if k in self.tracks}
        systolic, diastolic = parts.get("bp_systolic"), parts.get("bp_diastolic")
        if systolic is None or diastolic is None or systolic.raw != diastolic.raw:
            return None
        components = {k: r.value for k, r in parts.items() if r.raw == systolic.raw}
        return Capture(
            ObservationKind.BLOOD_PRESSURE,
            None,
            components,
            self.device,
            systolic.raw,
            systolic.at or self.clock(),
        )

    def _capture(self, kind: ObservationKind, reading: Reading) -> Capture:
        return Capture(
            kind, reading.value, {}, self.device, reading.raw, reading.at or self.clock()
        )
