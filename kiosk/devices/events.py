"""What device threads publish on the event bus, for the UI and anything else to show.

Payloads are immutable plain objects, safe to hand from a reader thread to the UI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from kiosk.devices.parser import MemoryProgress
from kiosk.devices.readings import Reading

STATE = "device.state"  # DeviceStatus
READINGS = "device.readings"  # DeviceReadings
MEMORY_READ = "device.memory"  # DeviceMemory


class DeviceState(StrEnum):
    DISCONNECTED = "disconnected"
    CONNECTING = "connecting"
    STREAMING = "streaming"
    STALE = "stale"
    UNKNOWN = "unknown"  # plugged in, but no driver recognised its bytes
    GONE = "gone"  # unplugged: its port has left the system


@dataclass(frozen=True)
class DeviceInfo:
    """One attached device. ``key`` stays the same when the device is plugged back in,
    even if the system gives it another port name."""

    key: str
    url: str
    driver: str
    title: str
    category: str
    serial: str | None = None
    # The driver can read the device's memory when asked ("Read memory" on its card).
    reads_memory: bool = False

    @property
    def device_id(self) -> str:
        return self.serial or self.key


@dataclass(frozen=True)
class DeviceStatus:
    device: DeviceInfo
    state: DeviceState
    flags: frozenset[str] = frozenset()
    detail: str = ""


@dataclass(frozen=True)
class DeviceReadings:
    """The numbers and pleth samples decoded from one read of the port."""

    device: DeviceInfo
    readings: tuple[Reading, ...]
    pleth: tuple[float, ...] = ()


@dataclass(frozen=True)
class DeviceMemory:
    """How far a download of the device's memory has got (records so far, of how many)."""

    device: DeviceInfo
    progress: MemoryProgress
