"""Everything the kiosk's screens and commands do with the store, in one place to pass around."""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.clock import DEFAULT_ZONE, Clock, utc_now
from kiosk.store import outbox
from kiosk.store.accounts import Accounts
from kiosk.store.consents import Consents
from kiosk.store.encounters import Encounters
from kiosk.store.patients import Patients
from kiosk.store.prescriptions import Prescriptions
from kiosk.store.store import Store


class Clinic:
    def __init__(
        self,
        store: Store,
        spoke_id: str,
        clock: Clock = utc_now,
        zone: str = DEFAULT_ZONE,
    ) -> None:
        self.store = store
        self.clock = clock
        self.accounts = Accounts(store, clock)
        self.patients = Patients(store, clock)
        self.encounters = Encounters(store, spoke_id, clock, zone)
        self.consents = Consents(store, clock, zone)
        self.prescriptions = Prescriptions(store, clock, zone)

    @classmethod
    def open(cls, db_path: Path, spoke_id: str, zone: str = DEFAULT_ZONE) -> Clinic:
        return cls(Store(db_path), spoke_id, zone=zone)

    def outbox_status(self) -> outbox.OutboxStatus:
        return self.store.read(outbox.status)

    def close(self) -> None:
        self.store.close()
