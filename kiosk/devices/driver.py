"""A driver: everything the kiosk knows about one kind of device, apart from the
threads that run it (``reader.py``).

A driver names its line settings, the USB ids it is known to sit behind, the commands
it sends when a port opens, the keep-alive and polling its protocol needs, the
read-only requests that may be sent while probing an unknown port, and the commands
that must never be sent at all (those that erase or write device memory).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, ClassVar

from kiosk.devices.link import Link
from kiosk.devices.parser import Parser

if TYPE_CHECKING:
    from kiosk.devices.simulator import DeviceSimulator

# USB-serial bridge chips that many devices share (docs/devices.md, "USB-serial bridges"):
# they narrow nothing alone.
PROLIFIC = (0x067B, 0x2303)
SILABS_CP210X = (0x10C4, 0xEA60)
SILABS_CP2110 = (0x10C4, 0xEA80)
WCH_CH340 = (0x1A86, 0x7523)
FTDI = (0x0403, 0x6001)


class ForbiddenCommandError(RuntimeError):
    """A command that could erase or change a device's memory was about to be sent."""


class Driver:
    name: ClassVar[str]
    title: ClassVar[str]
    category: ClassVar[str]  # oximeter, bp_monitor, scale, glucometer, monitor
    link: ClassVar[Link]
    parser_class: ClassVar[type[Parser]]
    # Variant name -> "module:Class", imported only when a simulator is wanted; the
    # first is the default (a Nonin in format #7, a TaiDoc BP meter...).
    simulators: ClassVar[tuple[tuple[str, str], ...]]
    usb_ids: ClassVar[frozenset[tuple[int, int]]] = frozenset()
    # Without an accepted frame for this long the device is "stale".
    quiet_seconds: ClassVar[float] = 3.0
    # Stale lines pile up in some devices' buffers (reported for scales): clear at open.
    flush_on_open: ClassVar[bool] = False
    open_requests: ClassVar[tuple[bytes, ...]] = ()
    keepalive: ClassVar[tuple[float, bytes] | None] = None
    poll: ClassVar[tuple[float, tuple[bytes, ...]] | None] = None
    # Read-only requests for identification; defaults to what is sent at open.
    probe_requests: ClassVar[tuple[bytes, ...] | None] = None
    forbidden: ClassVar[tuple[bytes, ...]] = ()
    # Read-only requests that read the device's memory, sent when the CHO asks for it
    # ("Read memory" on the device card); none: the card offers no such button.
    memory_requests: ClassVar[tuple[bytes, ...]] = ()
    request_gap: ClassVar[float] = 0.15

    def new_parser(self) -> Parser:
        return self.parser_class()

    def probe(self) -> tuple[bytes, ...]:
        return self.open_requests if self.probe_requests is None else self.probe_requests

    def check_command(self, data: bytes) -> bytes:
        """Refuse any command on the driver's forbidden list, wherever it sits in ``data``."""
        for bad in self.forbidden:
            if bad in data:
                raise ForbiddenCommandError(f"{self.name}: refusing to send {bad!r}")
        return data

    def new_simulator(
        self, scenario: str = "normal", seed: int = 0, variant: str | None = None
    ) -> DeviceSimulator:
        variants = dict(self.simulators)
        path = variants[variant or self.simulators[0][0]]
        module, _, cls = path.partition(":")
        sim_class: type[DeviceSimulator] = getattr(importlib.import_module(module), cls)
        return sim_class(scenario=scenario, seed=seed)
