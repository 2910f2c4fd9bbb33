"""Everything the kiosk's screens and commands do with the store, in one place to pass around.

Screens reach the database only through this facade (and the sync ledger,
:class:`kiosk.sync.local.SyncLedger`): they never build a repository over the store or
read it themselves. import-linter holds them to it (pyproject.toml).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from kiosk.domain.clock import DEFAULT_ZONE, Clock, utc_now
from kiosk.store import outbox
from kiosk.store.accounts import Accounts
from kiosk.store.attachments import Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.consents import Consents
from kiosk.store.database import OperationalError
from kiosk.store.encounters import Encounters
from kiosk.store.housekeeping import photo_reserve
from kiosk.store.monthly import MonthlySummary, monthly_summary
from kiosk.store.patients import Patients
from kiosk.store.prescriptions import Prescriptions
from kiosk.store.settings import Settings
from kiosk.store.store import Store

# The database could not be read or written (locked by another process, an I/O error):
# the screens say so in plain words rather than as a bug.
STORE_FAILURES: tuple[type[Exception], ...] = OperationalError


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
        self.settings = Settings(store, clock)  # this terminal's own: camera, sound, drivers
        # Photos beside the database, with no room kept for records until the kiosk's
        # configuration says where they go (keep_photos).
        self.photos = Attachments(store, BlobFiles(store.path.parent / "blobs"), clock)

    @classmethod
    def open(cls, db_path: Path, spoke_id: str, zone: str = DEFAULT_ZONE) -> Clinic:
        return cls(Store(db_path), spoke_id, zone=zone)

    def keep_photos(self, home: Path, blobs_dir: Path, min_free_mib: int) -> None:
        """Keep photos in ``blobs_dir``, each leaving ``min_free_mib`` free for clinical
        records (the ``photos_min_free_mib`` setting; 0 keeps no room)."""
        reserve = photo_reserve(self.store, home, blobs_dir, min_free_mib)
        self.photos = Attachments(self.store, BlobFiles(blobs_dir), self.clock, reserve)

    def outbox_status(self) -> outbox.OutboxStatus:
        return self.store.read(outbox.status)

    def monthly_summary(self, first: date, now: datetime, zone: str) -> MonthlySummary:
        """The HWC's figures for the month that begins on ``first`` (up to today)."""
        return monthly_summary(self.store, first, now, zone)

    def close(self) -> None:
        self.store.close()
