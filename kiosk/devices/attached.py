"""The devices attached to this kiosk: the port watcher finds them, a remembered or
identified driver is chosen for each, and one reader thread runs each of them.

Readings and states leave through the event bus (topics in ``events.py``). The driver
chosen for a port is remembered, keyed as the watcher keys the port, so the next time
the same device is plugged in it starts at once, without probing; a driver set by hand
(``kiosk devices assign``) is used the same way.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from datetime import tzinfo
from typing import Any, Protocol

from serial.tools import list_ports

from kiosk.devices import identify, registry
from kiosk.devices.events import STATE, DeviceInfo, DeviceState, DeviceStatus
from kiosk.devices.link import OpenPort, open_port
from kiosk.devices.pty import PtyDevice
from kiosk.devices.reader import DeviceReader
from kiosk.devices.watcher import PortSeen, PortWatcher
from kiosk.domain.clock import INDIA, Clock, utc_now
from kiosk.events import EventBus

log = logging.getLogger("kiosk.devices")
DRIVER_SETTING = "devices.driver."


class DriverChoices(Protocol):
    """Where the driver chosen for each port is remembered (the settings table)."""

    def get(self, key: str, default: str | None = None) -> str | None: ...

    def set(self, key: str, value: str, by: str | None = None) -> None: ...


class MemoryChoices:
    """Choices kept in memory only (the CLI's one-off reads, tests)."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, key: str, default: str | None = None) -> str | None:
        return self.values.get(key, default)

    def set(self, key: str, value: str, by: str | None = None) -> None:
        self.values[key] = value


class AttachedDevices:
    def __init__(
        self,
        bus: EventBus,
        choices: DriverChoices | None = None,
        *,
        opener: OpenPort = open_port,
        list_ports_fn: Callable[[], Iterable[Any]] | None = None,
        clock: Clock = utc_now,
        zone: tzinfo = INDIA,
        probe_seconds: float = identify.LISTEN_SECONDS,
    ) -> None:
        self.bus = bus
        self.choices = choices or MemoryChoices()
        self.opener = opener
        self.clock = clock
        self.zone = zone
        self.probe_seconds = probe_seconds
        self.readers: dict[str, DeviceReader] = {}
        self.simulated: list[PtyDevice] = []
        self.unknown: dict[str, PortSeen] = {}
        self._lock = threading.Lock()
        self.watcher = PortWatcher(
            self._plugged, self._unplugged, list_ports_fn or list_ports.comports
        )

    # Attaching -------------------------------------------------------------------------
    def attach(
        self, url: str, driver_name: str, key: str | None = None, serial: str | None = None
    ) -> DeviceReader:
        """Start reading ``url`` with the named driver (demo simulators, ``devices read``)."""
        driver = registry.get(driver_name)
        info = DeviceInfo(
            key or url,
            url,
            driver.name,
            driver.title,
            driver.category,
            serial,
            reads_memory=bool(driver.memory_requests),
        )
        reader = DeviceReader(
            info, driver, self.bus, opener=self.opener, clock=self.clock, zone=self.zone
        )
        with self._lock:
            old = self.readers.pop(info.key, None)
            self.readers[info.key] = reader
        if old is not None:
            old.stop()
        return reader.start()

    def simulate(
        self,
        name: str,
        scenario: str = "normal",
        variant: str | None = None,
        serial: str | None = None,
    ) -> DeviceReader:
        """Attach a simulated device, played on a pseudo-terminal (the demo)."""
        device = PtyDevice(registry.get(name).new_simulator(scenario, variant=variant)).start()
        self.simulated.append(device)
        return self.attach(device.path, name, f"simulated:{name}:{variant or ''}", serial)

    def driver_for(self, port: PortSeen) -> str | None:
        """The remembered driver, else the one probing finds (remembered from then on)."""
        chosen = self.choices.get(DRIVER_SETTING + port.key)
        if chosen in registry.DRIVERS:
            return chosen
        loaded = registry.loaded()
        found = identify.identify(
            port.url,
            identify.candidates(loaded, port.vid, port.pid),
            self.probe_seconds,
            self.opener,
        )
        if found is not None:
            self.choices.set(DRIVER_SETTING + port.key, found)
        return found

    def _plugged(self, port: PortSeen) -> None:
        # Probing takes seconds: it runs on its own thread, never the watcher's.
        threading.Thread(
            target=self._start_port, args=(port,), name=f"identify {port.key}", daemon=True
        ).start()

    def _start_port(self, port: PortSeen) -> None:
        try:
            name = self.driver_for(port)
        except registry.DriverUnavailableError as error:
            log.error("remembered driver unavailable: %s", error)
            name = None
        if name is None:
            with self._lock:
                self.unknown[port.key] = port
            info = DeviceInfo(port.key, port.url, "", port.description, "", port.serial_number)
            self.bus.publish(STATE, DeviceStatus(info, DeviceState.UNKNOWN))
            return
        self.attach(port.url, name, port.key, port.serial_number)

    def _unplugged(self, port: PortSeen) -> None:
        with self._lock:
            reader = self.readers.pop(port.key, None)
            self.unknown.pop(port.key, None)
        if reader is not None:
            reader.stop()
            self.bus.publish(STATE, DeviceStatus(reader.info, DeviceState.GONE))

    # Running ---------------------------------------------------------------------------
    def watch(self) -> AttachedDevices:
        self.watcher.start()
        return self

    def read_memory(self, key: str) -> bool:
        """Ask the device's reader thread to read its memory (safe from any thread: the
        request is only noted here; the reader sends it). False: no such device, or its
        driver cannot read a memory."""
        with self._lock:
            reader = self.readers.get(key)
        return reader is not None and reader.request_memory()

    def statuses(self) -> list[DeviceStatus]:
        with self._lock:
            return [r.status() for r in self.readers.values()]

    def stop(self) -> None:
        self.watcher.stop()
        with self._lock:
            readers, self.readers = list(self.readers.values()), {}
        for reader in readers:
            reader.stop()
        for device in self.simulated:
            device.stop()
        self.simulated.clear()
