"""Serial line settings and the one way the kiosk opens a port.

``serial_for_url`` accepts device paths, ``loop://`` (tests), pseudo-terminals (the
simulators) and ``socket://host:port`` (HL7 over TCP), so every driver reads through
the same code whatever the wire is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import serial


class Port(Protocol):
    """The part of pyserial's ``Serial`` the readers use (fakes in tests provide it too)."""

    @property
    def in_waiting(self) -> int: ...

    def read(self, size: int = 1) -> bytes: ...

    def write(self, data: bytes) -> int | None: ...

    def reset_input_buffer(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Link:
    baudrate: int
    bytesize: int = 8
    parity: str = serial.PARITY_NONE
    stopbits: float = 1
    xonxoff: bool = False

    def describe(self) -> str:
        stop = int(self.stopbits) if self.stopbits == int(self.stopbits) else self.stopbits
        text = f"{self.baudrate} {self.bytesize}{self.parity}{stop}"
        return text + (" XON/XOFF" if self.xonxoff else "")


OpenPort = Callable[[str, Link, float], Port]
READ_TIMEOUT = 0.02  # short, so a frame reaches the screen within a few milliseconds


def open_port(url: str, link: Link, timeout: float = READ_TIMEOUT) -> Port:
    """Open ``url`` with the driver's line settings; raises ``serial.SerialException``."""
    options: dict[str, Any] = {
        "baudrate": link.baudrate,
        "bytesize": link.bytesize,
        "parity": link.parity,
        "stopbits": link.stopbits,
        "xonxoff": link.xonxoff,
        "timeout": timeout,
        "write_timeout": 1.0,
    }
    port: Port = serial.serial_for_url(url, **options)
    return port


PortErrors = (serial.SerialException, OSError)
