"""Notices serial devices being plugged in and pulled out, by polling the port list.

A device is keyed by its USB serial number and the physical USB socket it sits in, not
by the port name the system happened to give it (``/dev/ttyUSB0`` today may be
``ttyUSB1`` tomorrow). Adapters without a serial number are keyed by socket alone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from serial.tools import list_ports

log = logging.getLogger("kiosk.devices")
POLL_SECONDS = 1.0


@dataclass(frozen=True)
class PortSeen:
    key: str
    url: str
    vid: int | None = None
    pid: int | None = None
    serial_number: str | None = None
    location: str | None = None
    description: str = ""

    @property
    def usb_id(self) -> str:
        return f"{self.vid:04x}:{self.pid:04x}" if self.vid is not None and self.pid else ""


def port_key(
    url: str,
    vid: int | None,
    pid: int | None,
    serial_number: str | None,
    location: str | None,
) -> str:
    if vid is None or pid is None or not (serial_number or location):
        return url
    return f"usb:{vid:04x}:{pid:04x}:{serial_number or '-'}@{location or '-'}"


def seen(info: Any) -> PortSeen:
    """A ``ListPortInfo`` (or anything shaped like it) as the kiosk keys it."""
    vid, pid = getattr(info, "vid", None), getattr(info, "pid", None)
    serial_number = getattr(info, "serial_number", None) or None
    location = getattr(info, "location", None) or None
    return PortSeen(
        key=port_key(info.device, vid, pid, serial_number, location),
        url=info.device,
        vid=vid,
        pid=pid,
        serial_number=serial_number,
        location=location,
        description=getattr(info, "description", "") or "",
    )


class PortWatcher:
    def __init__(
        self,
        on_plugged: Callable[[PortSeen], None],
        on_unplugged: Callable[[PortSeen], None],
        list_ports_fn: Callable[[], Iterable[Any]] = list_ports.comports,
        interval: float = POLL_SECONDS,
    ) -> None:
        self.on_plugged = on_plugged
        self.on_unplugged = on_unplugged
        self.list_ports = list_ports_fn
        self.interval = interval
        self.present: dict[str, PortSeen] = {}
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def poll(self) -> tuple[list[PortSeen], list[PortSeen]]:
        """One look at the port list: what arrived and what left since the last look.
        A port list that cannot be read now is simply looked at again next time."""
        try:
            now = {p.key: p for p in (seen(info) for info in self.list_ports())}
        except Exception:
            log.info("port list could not be read; trying again", exc_info=True)
            return [], []
        arrived = [p for key, p in now.items() if self.present.get(key) != p]
        left = [p for key, p in self.present.items() if key not in now or now[key] != p]
        self.present = now
        for port in left:
            self._call(self.on_unplugged, port)
        for port in arrived:
            self._call(self.on_plugged, port)
        return arrived, left

    def _call(self, handler: Callable[[PortSeen], None], port: PortSeen) -> None:
        try:
            handler(port)
        except Exception:
            log.exception("handling port %s failed", port.key)

    def start(self) -> PortWatcher:
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="port watcher", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.poll()
            self._stop.wait(self.interval)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(2)
