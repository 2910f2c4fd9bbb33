"""Real pseudo-terminals: every simulator read by the real reader thread, hot-plug, and
identification by passive probing."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hwc_shared.backoff import Backoff
from kiosk.devices import identify, registry
from kiosk.devices.drivers.contec_sim import STORED_RECORDS, ContecSimulator
from kiosk.devices.events import (
    MEMORY_READ,
    READINGS,
    STATE,
    DeviceInfo,
    DeviceReadings,
    DeviceState,
)
from kiosk.devices.parser import MemoryProgress
from kiosk.devices.pty import PtyDevice
from kiosk.devices.reader import DeviceReader
from kiosk.devices.readings import MEMORY, Reading
from kiosk.events import EventBus
from tests.devices_support import wait_for


def quick_retry() -> Backoff:
    """A port that fails is tried again within a fifth of a second here."""
    return Backoff(base=0.05, cap=0.2, jitter=0.2)


class Recorder:
    def __init__(self, bus: EventBus) -> None:
        self.lock = threading.Lock()
        self.states: list[DeviceState] = []
        self.readings: list[Reading] = []
        self.pleth: list[float] = []
        bus.subscribe(STATE, self.on_event)
        bus.subscribe(READINGS, self.on_event)

    def on_event(self, topic: str, payload: Any) -> None:
        with self.lock:
            if isinstance(payload, DeviceReadings):
                self.readings += payload.readings
                self.pleth += payload.pleth
            else:
                self.states.append(payload.state)

    def kinds(self) -> set[str]:
        with self.lock:
            return {r.kind for r in self.readings}


@pytest.fixture
def bus() -> EventBus:
    return EventBus()


@pytest.fixture
def devices() -> Iterator[list[PtyDevice | DeviceReader]]:
    started: list[PtyDevice | DeviceReader] = []
    yield started
    for thing in reversed(started):
        thing.stop()


EXPECTED = {
    ("contec-cms50d", None): {"spo2", "pulse_rate"},
    ("contec-cms50d-legacy", None): {"spo2", "pulse_rate"},
    ("nonin-oem3", "format2"): {"spo2", "pulse_rate"},
    ("nonin-oem3", "format7"): {"spo2", "pulse_rate"},
    ("masimo-ascii", None): {"spo2", "pulse_rate"},
    ("ad-scale", None): {"weight"},
    ("onetouch-ultra2", None): {"blood_glucose"},
    ("onetouch-ultra-easy", None): {"blood_glucose"},
    ("taidoc", "glucose"): {"blood_glucose"},
    ("taidoc", "bp"): {"bp_systolic", "bp_diastolic", "pulse_rate"},
    ("ivy-ansarb", None): {"heart_rate", "spo2", "bp_systolic", "body_temperature"},
    ("hl7-mllp", None): {"spo2", "bp_systolic", "respiratory_rate"},
}


@pytest.mark.parametrize(("name", "variant"), list(EXPECTED))
def test_simulator_round_trip_over_a_pseudo_terminal(
    name: str, variant: str | None, bus: EventBus, devices: list[Any]
) -> None:
    driver = registry.get(name)
    sim = driver.new_simulator("hypertensive", variant=variant)
    device = PtyDevice(sim).start()
    devices.append(device)
    seen = Recorder(bus)
    info = DeviceInfo("test", device.path, driver.name, driver.title, driver.category, "SN1")
    devices.append(DeviceReader(info, driver, bus).start())
    wait_for(lambda: EXPECTED[(name, variant)] <= seen.kinds(), 6, f"{name} readings")
    assert DeviceState.STREAMING in seen.states
    for reading in seen.readings:
        assert reading.device_id == "SN1" and reading.at is not None and reading.at.tzinfo
        assert reading.raw
    if "bp_systolic" in seen.kinds():
        assert {r.value for r in seen.readings if r.kind == "bp_systolic"} == {172}
    if name == "contec-cms50d":
        wait_for(lambda: len(seen.pleth) > 30, 3, "a pleth wave")
    if name == "hl7-mllp":
        wait_for(lambda: len(sim.acks) >= 1, 3, "HL7 acknowledgements")
    if name == "onetouch-ultra2":
        assert b"DMZ" not in sim.received and not sim.erased
    if name == "onetouch-ultra-easy":
        wait_for(lambda: len(seen.readings) >= len(sim.stored), 6, "the whole memory")
        assert not sim.erased and not sim.clock_set


def test_the_contec_memory_is_read_when_asked_and_live_data_comes_back(
    bus: EventBus, devices: list[Any]
) -> None:
    driver = registry.get("contec-cms50d")
    sim = ContecSimulator()
    device = PtyDevice(sim).start()
    devices.append(device)
    seen = Recorder(bus)
    progress: list[MemoryProgress] = []
    bus.subscribe(MEMORY_READ, lambda topic, payload: progress.append(payload.progress))
    info = DeviceInfo("ox", device.path, driver.name, driver.title, driver.category)
    reader = DeviceReader(info, driver, bus).start()
    devices.append(reader)
    wait_for(lambda: "spo2" in seen.kinds(), 5, "live readings")
    assert registry.get("ad-scale").memory_requests == ()
    assert reader.request_memory()
    wait_for(lambda: bool(progress) and progress[-1].complete, 10, "the whole memory")
    stored = [r for r in seen.readings if MEMORY in r.flags and r.kind == "spo2"]
    assert len(stored) == STORED_RECORDS - 10  # ten seconds without a finger
    assert stored[0].at == sim.stored_start.replace(tzinfo=reader.zone)
    reads = [p.read for p in progress]
    assert reads == sorted(reads) and len(reads) > 2  # records so far, as they came
    assert progress[-1].expected == STORED_RECORDS and progress[-1].read == STORED_RECORDS
    with seen.lock:
        seen.readings.clear()
    wait_for(lambda: "spo2" in seen.kinds(), 5, "live readings again")  # asked by itself
    assert all(MEMORY not in r.flags for r in seen.readings)


def test_contec_stream_needs_the_start_command(devices: list[Any]) -> None:
    sim = registry.get("contec-cms50d").new_simulator()
    device = PtyDevice(sim).start()
    devices.append(device)
    import serial

    port = serial.serial_for_url(device.path, baudrate=115200, timeout=0.3)
    try:
        assert port.read(64) == b""  # silent until asked
    finally:
        port.close()


def test_unplugged_device_comes_back_and_the_reader_recovers(
    tmp_path: Path, bus: EventBus, devices: list[Any]
) -> None:
    driver = registry.get("contec-cms50d")
    link = tmp_path / "usb-Contec_CMS50D-if00-port0"  # as /dev/serial/by-id names it
    device = PtyDevice(driver.new_simulator(), link=link).start()
    devices.append(device)
    seen = Recorder(bus)
    info = DeviceInfo("oximeter", str(link), driver.name, driver.title, driver.category)
    reader = DeviceReader(info, driver, bus, backoff=quick_retry()).start()
    devices.append(reader)
    wait_for(lambda: "spo2" in seen.kinds(), 5, "first readings")

    device.unplug()
    wait_for(lambda: reader.state is DeviceState.DISCONNECTED, 5, "disconnected state")
    assert not link.exists()
    with seen.lock:
        seen.readings.clear()

    device.replug()
    wait_for(lambda: "spo2" in seen.kinds(), 6, "readings after the device returned")
    assert reader.state is DeviceState.STREAMING
    assert reader.sessions >= 2


def test_unplug_scenario_goes_stale_then_disconnected(bus: EventBus, devices: list[Any]) -> None:
    driver = registry.get("contec-cms50d-legacy")
    sim = driver.new_simulator("unplug")
    device = PtyDevice(sim).start()
    devices.append(device)
    seen = Recorder(bus)
    info = DeviceInfo("oximeter", device.path, driver.name, driver.title, driver.category)
    reader = DeviceReader(info, driver, bus, backoff=quick_retry()).start()
    devices.append(reader)
    wait_for(lambda: "spo2" in seen.kinds(), 5, "readings before the unplug")
    wait_for(lambda: DeviceState.DISCONNECTED in seen.states[1:], 10, "disconnected")
    assert seen.states.index(DeviceState.STREAMING) < len(seen.states) - 1


@pytest.mark.parametrize(
    ("name", "variant", "field"),
    [
        ("contec-cms50d", None, ["contec-cms50d", "contec-cms50d-legacy", "nonin-oem3"]),
        ("nonin-oem3", "format2", ["contec-cms50d", "nonin-oem3", "masimo-ascii", "ad-scale"]),
        ("ad-scale", None, ["ad-scale", "masimo-ascii", "ivy-ansarb", "hl7-mllp"]),
        ("taidoc", "glucose", ["taidoc", "onetouch-ultra2", "contec-cms50d-legacy"]),
        ("onetouch-ultra2", None, ["onetouch-ultra2", "ad-scale", "masimo-ascii", "taidoc"]),
        ("onetouch-ultra2", "ultra", ["onetouch-ultra2", "ad-scale", "nonin-oem3"]),
        ("onetouch-ultra2", None, ["onetouch-ultra-easy", "onetouch-ultra2", "ad-scale"]),
        (
            "onetouch-ultra-easy",
            None,
            ["onetouch-ultra-easy", "onetouch-ultra2", "ad-scale", "nonin-oem3", "hl7-mllp"],
        ),
    ],
)
def test_identification_by_passive_probing(
    name: str, variant: str | None, field: list[str], devices: list[Any]
) -> None:
    sim = registry.get(name).new_simulator(variant=variant)
    device = PtyDevice(sim).start()
    devices.append(device)
    drivers = [registry.get(n) for n in field]
    scores = identify.probe(device.path, drivers, seconds=1.2)
    assert scores[0].driver == name and scores[0].convincing, scores
    assert not any(s.convincing for s in scores[1:]), scores
    assert b"DMZ" not in sim.received and b"\x51\x52" not in sim.received
