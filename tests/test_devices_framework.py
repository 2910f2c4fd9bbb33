"""The driver framework: scripted byte exchanges, keep-alives, the registry, the port
watcher, remembered drivers, and the settings they are kept in."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kiosk.devices import registry
from kiosk.devices.attached import DRIVER_SETTING, AttachedDevices, MemoryChoices
from kiosk.devices.drivers.contec import KEEP_ALIVE, START_LIVE, command, pack
from kiosk.devices.drivers.onetouch import (
    DATE_TIME,
    DOWNLOAD,
    METER_ID,
    SERIAL_NUMBER,
    SOFTWARE_VERSION,
    WAKE,
    with_checksum,
)
from kiosk.devices.drivers.taidoc import (
    CONNECT,
    COUNT,
    MODEL,
    READING_DATE,
    READING_VALUE,
    TO_HOST,
    frame,
    record_request,
)
from kiosk.devices.events import READINGS, STATE, DeviceInfo, DeviceReadings, DeviceState
from kiosk.devices.pty import PtyDevice
from kiosk.devices.reader import DeviceReader, Outgoing
from kiosk.devices.watcher import PortWatcher, port_key
from kiosk.events import EventBus
from kiosk.store.settings import Settings
from kiosk.store.store import Store
from tests.devices_support import FakeMonotonic, ScriptedPort, wait_for


def run_script(
    name: str,
    script: list[tuple[bytes | None, bytes]],
    linger: float = 1.0,
    trickle: int | None = None,
) -> tuple[ScriptedPort, list[Any]]:
    driver = registry.get(name)
    bus = EventBus()
    events: list[Any] = []
    bus.subscribe("*", lambda topic, payload: events.append(payload))
    clock = FakeMonotonic()
    info = DeviceInfo("k", "scripted://", driver.name, driver.title, driver.category)
    reader = DeviceReader(info, driver, bus, monotonic=clock)
    port = ScriptedPort(script, clock, reader._stop.set, linger=linger, trickle=trickle)
    reader._session(port)
    return port, events


def readings(events: list[Any]) -> list[tuple[str, float]]:
    return [(r.kind, r.value) for e in events if isinstance(e, DeviceReadings) for r in e.readings]


def test_onetouch_session_is_exactly_the_read_only_exchange() -> None:
    record = with_checksum(b'P "WED","11/10/04","18:35:51   ","  117 ","N","00", 00')
    port, events = run_script(
        "onetouch-ultra2",
        [
            (WAKE, b""),
            (SOFTWARE_VERSION, with_checksum(b"?P02.00.00 30/07/06")),
            (SERIAL_NUMBER, with_checksum(b'@ "ZWY8261CT"')),
            (METER_ID, with_checksum(b'ID "673451"')),
            (DATE_TIME, with_checksum(b'F "WED","11/10/04","18:37:02   "')),
            (DOWNLOAD, with_checksum(b'P 001,"ZWY8261CT","MG/DL "') + record),
        ],
    )
    assert port.problems == [] and port.unused() == []
    assert readings(events) == [("blood_glucose", 117)]


def test_onetouch_polls_again_after_its_interval() -> None:
    port, _ = run_script(
        "onetouch-ultra2",
        [
            (WAKE, b""),
            (SOFTWARE_VERSION, b""),
            (SERIAL_NUMBER, b""),
            (METER_ID, b""),
            (DATE_TIME, b""),
            (DOWNLOAD, b""),
            (DOWNLOAD, b""),
        ],
        linger=1.0,
    )
    assert port.problems == [] and port.unused() == []


def test_taidoc_session_asks_for_the_newest_record() -> None:
    port, events = run_script(
        "taidoc",
        [
            (frame(CONNECT), frame(CONNECT, direction=TO_HOST)),
            (frame(MODEL), frame(MODEL, (0x79, 0x42, 0, 0), TO_HOST)),
            (frame(COUNT), frame(COUNT, (2, 0, 0, 0), TO_HOST)),
            (record_request(READING_DATE), frame(READING_DATE, (0x74, 0x35, 5, 11), TO_HOST)),
            (record_request(READING_VALUE), frame(READING_VALUE, (0x68, 0, 0, 0), TO_HOST)),
        ],
    )
    assert port.problems == [] and port.unused() == []
    assert readings(events) == [("blood_glucose", 104)]


def test_contec_starts_the_stream_and_sends_keep_alives() -> None:
    live = pack(0x01, [0x04, 0x13, 0x12, 60, 99, 0xFF, 0xFF])
    second = live * 20  # one packet per 0.05 s read
    port, events = run_script(
        "contec-cms50d",
        [
            (command(START_LIVE), second * 5 + live),
            (command(KEEP_ALIVE), second * 5),
            (command(KEEP_ALIVE), second),
        ],
        linger=0.5,
        trickle=len(live),
    )
    assert port.problems == [] and port.unused() == []
    assert readings(events)[:2] == [("spo2", 99), ("pulse_rate", 60)]
    states = [e.state for e in events if not isinstance(e, DeviceReadings)]
    assert states[0] is DeviceState.STREAMING


def test_a_device_is_streaming_before_its_first_values_are_published() -> None:
    """A card must never show a value while its chip still says "Connecting" (and a
    listener that saw the values has always seen the state too)."""
    live = pack(0x01, [0x04, 0x13, 0x12, 60, 99, 0xFF, 0xFF])
    _port, events = run_script("contec-cms50d", [(command(START_LIVE), live * 3)], linger=0.2)
    first_values = next(i for i, e in enumerate(events) if isinstance(e, DeviceReadings))
    states = [e.state for e in events[:first_values] if not isinstance(e, DeviceReadings)]
    assert DeviceState.STREAMING in states


def test_a_silent_contec_goes_stale_and_is_asked_again() -> None:
    port, events = run_script(
        "contec-cms50d",
        [(command(START_LIVE), b""), (command(START_LIVE), b"")],
        linger=0.5,
    )
    assert port.problems == [] and port.unused() == []
    assert [e.state for e in events] == [DeviceState.STALE]


def test_outgoing_spaces_requests_out() -> None:
    driver = registry.get("onetouch-ultra2")
    out = Outgoing(driver, 0.0)
    assert out.due(0.0) == [WAKE]
    assert out.due(0.1) == []
    assert out.due(driver.request_gap * 5 + 0.01) == [
        SOFTWARE_VERSION,
        SERIAL_NUMBER,
        METER_ID,
        DATE_TIME,
        DOWNLOAD,
    ]


def test_a_broken_driver_does_not_break_the_others(caplog: pytest.LogCaptureFixture) -> None:
    table = {**registry.DRIVERS, "broken": "kiosk.devices.drivers.no_such_module:Nothing"}
    found = {a.name: a for a in registry.available(table)}
    assert found["broken"].driver is None and "ModuleNotFoundError" in found["broken"].problem
    assert all(found[name].driver is not None for name in registry.DRIVERS)
    with pytest.raises(registry.UnknownDriverError):
        registry.get("no-such-driver")
    assert [r.levelno for r in caplog.records] == [logging.ERROR]
    caplog.clear()


@dataclass
class FakePortInfo:
    device: str
    vid: int | None = 0x10C4
    pid: int | None = 0xEA60
    serial_number: str | None = "0001"
    location: str | None = "1-1.2:1.0"
    description: str = "CP2102 USB to UART Bridge Controller"


def test_port_key_prefers_serial_number_and_socket_to_the_port_name() -> None:
    one = port_key("/dev/ttyUSB0", 0x10C4, 0xEA60, "0001", "1-1.2:1.0")
    assert one == port_key("/dev/ttyUSB3", 0x10C4, 0xEA60, "0001", "1-1.2:1.0")
    assert one != port_key("/dev/ttyUSB0", 0x10C4, 0xEA60, "0002", "1-1.2:1.0")
    assert port_key("/dev/ttyS0", None, None, None, None) == "/dev/ttyS0"


def test_watcher_notices_arrivals_and_departures_and_survives_errors() -> None:
    listing: list[Any] = [FakePortInfo("/dev/ttyUSB0")]
    plugged: list[str] = []
    unplugged: list[str] = []

    def ports() -> list[Any]:
        if listing and listing[0] == "boom":
            raise OSError("the port vanished while being listed")
        return list(listing)

    watcher = PortWatcher(lambda p: plugged.append(p.url), lambda p: unplugged.append(p.url), ports)
    watcher.poll()
    assert plugged == ["/dev/ttyUSB0"]
    watcher.poll()
    assert plugged == ["/dev/ttyUSB0"]
    listing[:] = ["boom"]
    assert watcher.poll() == ([], [])
    listing[:] = []
    watcher.poll()
    assert unplugged == ["/dev/ttyUSB0"]
    listing[:] = [FakePortInfo("/dev/ttyUSB1")]  # back, under another name
    arrived, _ = watcher.poll()
    assert [p.key for p in arrived] == [
        port_key("/dev/ttyUSB1", 0x10C4, 0xEA60, "0001", "1-1.2:1.0")
    ]


@pytest.fixture
def ptys() -> Iterator[list[PtyDevice]]:
    started: list[PtyDevice] = []
    yield started
    for device in started:
        device.stop()


def test_attached_devices_identify_once_then_remember(ptys: list[PtyDevice]) -> None:
    driver = registry.get("ad-scale")
    device = PtyDevice(driver.new_simulator()).start()
    ptys.append(device)
    listing = [FakePortInfo(device.path, vid=0x1A86, pid=0x7523)]
    bus = EventBus()
    events: list[Any] = []
    bus.subscribe(STATE, lambda t, p: events.append(p))
    bus.subscribe(READINGS, lambda t, p: events.append(p))
    choices = MemoryChoices()
    attached = AttachedDevices(bus, choices, list_ports_fn=lambda: listing, probe_seconds=1.5)
    try:
        attached.watcher.poll()
        key = port_key(device.path, 0x1A86, 0x7523, "0001", "1-1.2:1.0")
        wait_for(lambda: choices.get(DRIVER_SETTING + key) == "ad-scale", 30, "identification")
        wait_for(lambda: any(isinstance(e, DeviceReadings) for e in events), 8, "readings")
        listing.clear()
        attached.watcher.poll()
        assert any(getattr(e, "state", None) is DeviceState.GONE for e in events)
        assert attached.readers == {}
        choices.set(DRIVER_SETTING + key, "masimo-ascii")  # set by hand: used without probing
        listing.append(FakePortInfo(device.path, vid=0x1A86, pid=0x7523))
        attached.watcher.poll()
        wait_for(lambda: key in attached.readers, 3, "reader with the chosen driver")
        assert attached.readers[key].driver.name == "masimo-ascii"
    finally:
        attached.stop()


def test_settings_remember_values_and_audit_changes(tmp_path: Path) -> None:
    with Store(tmp_path / "kiosk.db") as store:
        settings = Settings(store)
        assert settings.get("camera.device") is None
        settings.set("camera.device", "0", by="cho-1")
        settings.set("camera.device", "2", by="cho-1")
        settings.set(DRIVER_SETTING + "usb:1", "taidoc")
        assert settings.get("camera.device") == "2"
        assert settings.with_prefix(DRIVER_SETTING) == {"usb:1": "taidoc"}
        settings.clear(DRIVER_SETTING + "usb:1")
        assert settings.with_prefix(DRIVER_SETTING) == {}
        actions = store.read(lambda db: [r[0] for r in db.execute("SELECT action FROM audit_log")])
        assert actions == ["settings.change"] * 3 + ["settings.clear"]
