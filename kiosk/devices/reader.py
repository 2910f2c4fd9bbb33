"""The thread that runs one device: open, talk, read, decode, publish, and recover.

States: connecting (opening the port) -> streaming (frames decode) -> stale (no frame
for the driver's quiet time; the start requests are sent again) -> disconnected (the
port failed or vanished; it is reopened with exponential backoff). Every command goes
through the driver's check first, so nothing that erases device memory is ever sent.

A download of the device's memory is asked for from any thread (``request_memory``):
the request is only noted there; this thread sends the driver's memory requests and
publishes the parser's progress (``device.memory``) as records arrive. A download that
the device leaves unfinished for the driver's quiet time is published as ended.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import tzinfo

from hwc_shared.backoff import Backoff
from kiosk.devices.driver import Driver
from kiosk.devices.events import (
    MEMORY_READ,
    READINGS,
    STATE,
    DeviceInfo,
    DeviceMemory,
    DeviceReadings,
    DeviceState,
    DeviceStatus,
)
from kiosk.devices.link import READ_TIMEOUT, OpenPort, Port, PortErrors, open_port
from kiosk.devices.parser import MemoryProgress, Parser
from kiosk.devices.readings import Reading
from kiosk.domain.clock import INDIA, Clock, utc_now
from kiosk.events import EventBus

log = logging.getLogger("kiosk.devices")
# After this many quiet times in a row, the port itself is closed and opened again.
REOPEN_AFTER_QUIET = 4


class Outgoing:
    """Commands due to be sent: at open (spaced out), keep-alives and polls."""

    def __init__(self, driver: Driver, now: float) -> None:
        self.driver = driver
        self.queue: list[tuple[float, bytes]] = []
        self.schedule(driver.open_requests, now)
        self.next_keepalive = now + driver.keepalive[0] if driver.keepalive else None
        self.next_poll = now + driver.poll[0] if driver.poll else None

    def schedule(self, requests: tuple[bytes, ...], now: float) -> None:
        start = max([now, *(due for due, _ in self.queue)])
        for k, data in enumerate(requests):
            self.queue.append((start + k * self.driver.request_gap, data))

    def due(self, now: float) -> list[bytes]:
        d = self.driver
        if d.keepalive and self.next_keepalive is not None and now >= self.next_keepalive:
            self.queue.append((now, d.keepalive[1]))
            self.next_keepalive = now + d.keepalive[0]
        if d.poll and self.next_poll is not None and now >= self.next_poll:
            self.schedule(d.poll[1], now)
            self.next_poll = now + d.poll[0]
        ready = [data for due, data in self.queue if due <= now]
        self.queue = [(due, data) for due, data in self.queue if due > now]
        return ready


class DeviceReader:
    def __init__(
        self,
        info: DeviceInfo,
        driver: Driver,
        bus: EventBus,
        *,
        opener: OpenPort = open_port,
        clock: Clock = utc_now,
        zone: tzinfo = INDIA,
        backoff: Backoff | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.info = info
        self.driver = driver
        self.bus = bus
        self.opener = opener
        self.clock = clock
        self.zone = zone
        # A port that failed is tried again soon, then less often (a little jitter).
        self.backoff = backoff or Backoff(base=0.25, cap=5.0, jitter=0.2)
        self.monotonic = monotonic
        self.state = DeviceState.DISCONNECTED
        self.flags: frozenset[str] = frozenset()
        self.sessions = 0
        self.memory: MemoryProgress | None = None
        self._memory_wanted = threading.Event()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"device {info.key}", daemon=True)

    def start(self) -> DeviceReader:
        self._thread.start()
        return self

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def request_memory(self) -> bool:
        """Read the device's memory soon (from any thread). False when its driver has
        no memory requests; the download starts once the device is streaming."""
        if not self.driver.memory_requests:
            return False
        self._memory_wanted.set()
        return True

    def status(self) -> DeviceStatus:
        return DeviceStatus(self.info, self.state, self.flags)

    def _set(self, state: DeviceState, detail: str = "") -> None:
        if state is self.state and not detail:
            return
        self.state = state
        self.bus.publish(STATE, DeviceStatus(self.info, state, self.flags, detail))

    def _run(self) -> None:
        while not self._stop.is_set():
            self._set(DeviceState.CONNECTING)
            try:
                port = self.opener(self.info.url, self.driver.link, READ_TIMEOUT)
            except PortErrors as error:
                self._set(DeviceState.DISCONNECTED, str(error))
                self._stop.wait(self.backoff.fail())
                continue
            self.sessions += 1
            try:
                self._session(port)
            except PortErrors as error:
                log.info("device %s: port lost (%s)", self.info.key, type(error).__name__)
            finally:
                with contextlib.suppress(*PortErrors):
                    port.close()
            if not self._stop.is_set():
                self._set(DeviceState.DISCONNECTED)
                self._stop.wait(self.backoff.fail())
        self._set(DeviceState.DISCONNECTED)

    def _session(self, port: Port) -> None:
        driver = self.driver
        parser = driver.new_parser()
        if driver.flush_on_open:
            port.reset_input_buffer()
        start = self.monotonic()
        outgoing = Outgoing(driver, start)
        last_frame, quiet_spells, frames = start, 0, 0
        while not self._stop.is_set():
            if self._memory_wanted.is_set() and self.state is DeviceState.STREAMING:
                self._memory_wanted.clear()
                outgoing.schedule(driver.memory_requests, self.monotonic())
                parser.memory = MemoryProgress()
            for data in outgoing.due(self.monotonic()):
                port.write(driver.check_command(data))
            chunk = port.read(max(1, port.in_waiting))
            now = self.monotonic()
            readings = parser.feed(chunk) if chunk else []
            fresh = parser.stats.frames > frames
            if fresh:
                frames, last_frame, quiet_spells = parser.stats.frames, now, 0
                self.backoff.reset()
                # Said before the values it brought: no screen shows a value under "Connecting".
                self._set(DeviceState.STREAMING)
            if chunk:
                self._publish(parser, readings)
                for reply in parser.take_replies():
                    port.write(driver.check_command(reply))
            if not fresh and now - last_frame > driver.quiet_seconds * (quiet_spells + 1):
                quiet_spells += 1
                if parser.memory is not None and not parser.memory.finished:
                    parser.memory = replace(parser.memory, finished=True)  # it stopped
                    self._publish_memory(parser)
                self._set(DeviceState.STALE)
                if quiet_spells >= REOPEN_AFTER_QUIET:
                    return
                outgoing.schedule(driver.open_requests, now)

    def _publish(self, parser: Parser, readings: list[Reading]) -> None:
        now = self.clock()
        numbers = tuple(
            r.seen(self.info.device_id, now, self.zone) for r in readings if not r.is_waveform
        )
        pleth = tuple(r.value for r in readings if r.is_waveform)
        if parser.flags != self.flags:
            self.flags = parser.flags
            self.bus.publish(STATE, DeviceStatus(self.info, self.state, self.flags))
        if numbers or pleth:
            self.bus.publish(READINGS, DeviceReadings(self.info, numbers, pleth))
        self._publish_memory(parser)

    def _publish_memory(self, parser: Parser) -> None:
        """The download's progress, after the records it counts were published."""
        if parser.memory is not None and parser.memory != self.memory:
            self.memory = parser.memory
            self.bus.publish(MEMORY_READ, DeviceMemory(self.info, parser.memory))
