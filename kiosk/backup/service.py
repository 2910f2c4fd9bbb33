"""The running kiosk's own upkeep, on the engine loop: the nightly backup into the
configured folder and the daily trim of photo originals.

Kiosks are often switched off at night, so besides the daily time (``backup_time``, the
spoke's local time) the backup also runs a few minutes after start whenever the last good
one is more than a day old. The work itself runs on a worker thread; the status goes
out on the event bus for the home screen.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta
from pathlib import Path

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from kiosk.backup.folder import backup_to_folder
from kiosk.backup.status import BACKUP_STATUS, BackupStatus, load_status
from kiosk.config import KioskConfig
from kiosk.domain.clock import Clock, utc_now
from kiosk.events import EventBus
from kiosk.store.blobs import BlobFiles
from kiosk.store.housekeeping import TrimReport, trim_originals
from kiosk.store.lock import MaintenanceBusy
from kiosk.store.store import Store

log = logging.getLogger("kiosk.store")
CATCH_UP_SECONDS = 600.0
STALE = timedelta(hours=24)
DEFAULT_TIME = (20, 0)


def daily_time(text: str) -> tuple[int, int]:
    """``"HH:MM"`` as hour and minute; a setting that is not one falls back to 20:00."""
    try:
        hour, minute = (int(part) for part in text.split(":"))
        if 0 <= hour < 24 and 0 <= minute < 60:
            return hour, minute
    except ValueError:
        pass
    log.error("backup_time %r is not HH:MM; using 20:00", text)
    return DEFAULT_TIME


class MaintenanceService:
    def __init__(
        self,
        cfg: KioskConfig,
        store: Store,
        bus: EventBus,
        clock: Clock = utc_now,
        catch_up_seconds: float = CATCH_UP_SECONDS,
    ) -> None:
        self.cfg = cfg
        self.store = store
        self.bus = bus
        self.clock = clock
        self.catch_up_seconds = catch_up_seconds
        self.status: BackupStatus | None = None
        self._lock = asyncio.Lock()
        self._scheduler: AsyncIOScheduler | None = None

    async def start(self) -> None:
        cfg = self.cfg
        scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop(), timezone=cfg.timezone)
        hour, minute = daily_time(cfg.backup_time)
        soon = datetime.now().astimezone() + timedelta(seconds=self.catch_up_seconds)
        self.status = await asyncio.to_thread(load_status, cfg.home)
        if cfg.backup_folder:
            scheduler.add_job(
                self.backup_now, "cron", hour=hour, minute=minute, id="backup",
                coalesce=True, max_instances=1, misfire_grace_time=3600,
            )  # fmt: skip
            last = self.status.last_success if self.status else None
            if last is None or self.clock() - last > STALE:
                scheduler.add_job(self.backup_now, "date", run_date=soon, id="backup-catch-up")
        if cfg.trim_originals_after_days > 0:
            scheduler.add_job(
                self.housekeeping_now, "cron", hour=(hour + 1) % 24, minute=minute,
                id="housekeeping", coalesce=True, max_instances=1, misfire_grace_time=3600,
            )  # fmt: skip
            scheduler.add_job(
                self.housekeeping_now, "date", run_date=soon + timedelta(minutes=5),
                id="housekeeping-catch-up",
            )  # fmt: skip
        scheduler.start()
        self._scheduler = scheduler
        if self.status is not None:
            self.bus.publish(BACKUP_STATUS, self.status)

    async def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        async with self._lock:  # let a backup under way finish its file
            pass

    async def backup_now(self) -> BackupStatus:
        cfg = self.cfg
        folder = Path(cfg.backup_folder).expanduser() if cfg.backup_folder else None
        async with self._lock:
            status = await asyncio.to_thread(
                backup_to_folder, cfg.home, cfg.spoke_id, folder, cfg.backup_keep,
                self.clock(), cfg.backup_passphrase_file,
            )  # fmt: skip
        self.status = status
        self.bus.publish(BACKUP_STATUS, status)
        return status

    async def housekeeping_now(self) -> TrimReport | None:
        cfg = self.cfg
        async with self._lock:
            try:
                return await asyncio.to_thread(
                    trim_originals, self.store, BlobFiles(cfg.blobs_dir), cfg.home,
                    cfg.trim_originals_after_days, self.clock(),
                )  # fmt: skip
            except MaintenanceBusy:
                log.info("housekeeping postponed: a backup is being written")
                return None
