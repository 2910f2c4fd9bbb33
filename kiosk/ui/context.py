"""What every screen needs: the clinic, the bridge to worker threads, the config, the user.

The app builds it (kiosk/app.py, the composition root). Screens reach the database only
through ``clinic`` and ``sync_ledger``, and hear the event bus through ``bridge.events``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import KioskConfig
from kiosk.devices.attached import AttachedDevices
from kiosk.devices.camera import Cameras
from kiosk.domain.accounts import Cho
from kiosk.engine import Engine
from kiosk.events import EventBus
from kiosk.store.clinic import Clinic
from kiosk.sync.local import SyncLedger
from kiosk.ui.bridge import Bridge

if TYPE_CHECKING:  # these load network and scheduler code; they are built after the window
    from kiosk.backup.service import MaintenanceService
    from kiosk.rtc.service import ConsultService
    from kiosk.sync.runtime import SyncRuntime


@dataclass
class DemoLogin:
    username: str
    pin: str


@dataclass
class Context:
    clinic: Clinic
    bridge: Bridge
    config: KioskConfig
    engine: Engine
    bus: EventBus
    sync_ledger: SyncLedger  # what waits for the hub and what it refused, read locally
    demo_login: DemoLogin | None = None
    cho: Cho | None = None
    devices: AttachedDevices | None = None
    cameras: Cameras | None = None
    sync: SyncRuntime | None = None
    maintenance: MaintenanceService | None = None
    consult: ConsultService | None = None  # video consults, once enrolled (kiosk/rtc)

    @property
    def cho_id(self) -> str:
        assert self.cho is not None, "a screen that changes data needs a signed-in CHO"
        return self.cho.id
