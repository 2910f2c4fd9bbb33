"""The sync service on the engine loop: when to sync, and what to tell the CHO.

Triggers: start-up, an APScheduler interval, the link coming back (a cheap health probe
while offline), and "sync now". One cycle runs at a time; a trigger during a cycle
asks for one more run after it. A failed cycle is retried with exponential backoff and
jitter. Status and progress go out on the event bus; nothing here logs patient data.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from sqlite_utils import Database

from hwc_shared.backoff import Backoff
from kiosk.domain.clock import Clock, utc_now
from kiosk.events import EventBus
from kiosk.store import outbox
from kiosk.store.blobs import BlobFiles
from kiosk.store.store import Store
from kiosk.sync import push, state
from kiosk.sync.client import HubClient, HubError, Timeouts
from kiosk.sync.cycle import CycleSettings, SyncCycle
from kiosk.sync.enrollment import Enrollment
from kiosk.sync.health import DeviceWatch
from kiosk.sync.link import LinkPolicy
from kiosk.sync.local import quarantined
from kiosk.sync.report import (
    SYNC_PROGRESS,
    SYNC_STATUS,
    QuarantineItem,
    SyncProgress,
    SyncReport,
    SyncStatus,
)

log = logging.getLogger("kiosk.sync")
T = TypeVar("T")


@dataclass(frozen=True)
class ServiceSettings:
    interval_seconds: float = 120.0
    probe_seconds: float = 20.0
    backoff_base: float = 5.0
    backoff_cap: float = 600.0
    timeouts: Timeouts = field(default_factory=Timeouts)
    link: LinkPolicy = field(default_factory=LinkPolicy)


class SyncService:
    def __init__(
        self,
        store: Store,
        enrollment: Enrollment,
        blobs: BlobFiles,
        bus: EventBus,
        cycle_settings: CycleSettings | None = None,
        settings: ServiceSettings | None = None,
        clock: Clock = utc_now,
        hub_url: str | None = None,
    ) -> None:
        self.store = store
        self.enrollment = enrollment
        self.blobs = blobs
        self.bus = bus
        self.clock = clock
        self.settings = settings or ServiceSettings()
        self.devices = DeviceWatch(bus)  # for the health report after each cycle
        self.cycle_settings = dataclasses.replace(
            cycle_settings or CycleSettings(enrollment.spoke_id),
            device_problems=self.devices.problems,
        )
        self.client = HubClient(
            hub_url or enrollment.hub_url,
            enrollment.token,
            self.settings.timeouts,
            self.settings.link,
            enrollment.hub_key_fingerprint,
        )
        self.backoff = Backoff(self.settings.backoff_base, self.settings.backoff_cap)
        self.online: bool | None = None
        self.syncing = False
        self.last_error = ""
        self.next_try_at: datetime | None = None
        self.last_report: SyncReport | None = None
        self._lock = asyncio.Lock()
        self._again = False
        self._scheduler: AsyncIOScheduler | None = None
        self._probing: asyncio.Task[None] | None = None
        self._cycles: set[asyncio.Task[None]] = set()  # triggered, not yet finished
        self._stopped = False

    # -- life cycle ------------------------------------------------------------------------
    async def start(self) -> None:
        """Start the scheduler on this (the engine's) loop and sync once."""
        scheduler = AsyncIOScheduler(event_loop=asyncio.get_running_loop())
        scheduler.add_job(
            self._interval, "interval", seconds=self.settings.interval_seconds,
            id="interval", coalesce=True, max_instances=1,
        )  # fmt: skip
        scheduler.add_job(
            self._probe, "interval", seconds=self.settings.probe_seconds,
            id="probe", coalesce=True, max_instances=1,
        )  # fmt: skip
        scheduler.start()
        self._scheduler = scheduler
        self.trigger("start-up")

    async def stop(self) -> None:
        self.devices.unsubscribe()
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._probing is not None:
            self._probing.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._probing
        # A cycle triggered just before (start-up, a new case) would otherwise run after
        # the store and the client are closed: those not started see _stopped and go, a
        # running one finishes its transaction.
        self._stopped = True
        if self._cycles:
            await asyncio.gather(*self._cycles, return_exceptions=True)
        async with self._lock:
            await self.client.close()

    # -- triggers --------------------------------------------------------------------------
    def trigger(self, reason: str) -> None:
        """Ask for a sync soon (call on the engine loop)."""
        log.info("sync requested: %s", reason)
        if self._stopped:
            return
        if self._lock.locked():
            self._again = True
            return
        task = asyncio.get_running_loop().create_task(self._run_guarded())
        self._cycles.add(task)
        task.add_done_callback(self._cycles.discard)

    async def sync_now(self) -> SyncReport:
        """Run a cycle now (after the one running, if any) and return its report."""
        self.backoff.reset()
        return await self._run()

    async def _interval(self) -> None:
        self.trigger("interval")

    async def _probe(self) -> None:
        """While offline, a cheap health check: the link coming back triggers a sync.

        The scheduler's job only starts the check: on a dead link one check can outlast
        the probe interval, and the next one then waits for it instead of piling up (or
        of the scheduler warning that it skipped one); stopping cancels it cleanly."""
        if self.online is not False or self._lock.locked():
            return
        if self._probing is not None and not self._probing.done():
            return
        self._probing = asyncio.get_running_loop().create_task(self._probe_once())

    async def _probe_once(self) -> None:
        try:
            await self.client.health()
        except HubError:
            return
        self.backoff.reset()
        self.trigger("link regained")

    async def _retry(self) -> None:
        self.trigger("retry after backoff")

    async def _run_guarded(self) -> None:
        if self._stopped:
            return
        try:
            await self._run()
        except Exception:  # a bug: keep the service alive, leave the trace in the log
            log.exception("sync cycle failed unexpectedly")

    # -- one cycle ---------------------------------------------------------------------------
    async def _run(self) -> SyncReport:
        async with self._lock:
            while True:
                self._again = False
                report = await self._cycle()
                if not (self._again and report.ok):
                    return report

    async def _cycle(self) -> SyncReport:
        self.syncing = True
        await self.publish_status()
        cycle = SyncCycle(
            self.store, self.client, self.blobs, self.cycle_settings, self._progress, self.clock
        )
        try:
            report = await cycle.run()
        finally:
            self.syncing = False
        self.last_report = report
        if report.ok:
            self.online, self.last_error, self.next_try_at = True, "", None
            self.backoff.reset()
            log.info(
                "sync done: pushed %d (accepted %d, rejected %d, conflicts %d), pulled %d, "
                "blobs %d, pending %d, quarantined %d",
                report.pushed, report.accepted, report.rejected, report.conflicts,
                report.pulled, report.blobs, report.pending, report.quarantined,
            )  # fmt: skip
        else:
            self._failed(report)
        await self.publish_status()
        return report

    def _failed(self, report: SyncReport) -> None:
        self.last_error = report.error
        self.online = not report.unreachable
        delay = self.backoff.fail()
        if report.refused:  # retrying soon cannot help until the kiosk is enrolled again
            delay = max(delay, self.settings.backoff_cap)
        self.next_try_at = self.clock() + timedelta(seconds=delay)
        log.info("sync failed (%s); next try in %.0f s", report.error, delay)
        if self._scheduler is not None:
            self._scheduler.add_job(
                self._retry, "date", run_date=datetime.now(UTC) + timedelta(seconds=delay),
                id="retry", replace_existing=True,
            )  # fmt: skip

    def _progress(self, progress: SyncProgress) -> None:
        self.bus.publish(SYNC_PROGRESS, progress)

    # -- what the CHO sees -------------------------------------------------------------------
    async def _read(self, fn: Callable[[Database], T]) -> T:
        return await asyncio.to_thread(self.store.read, fn)

    async def status(self) -> SyncStatus:
        counts = await self._read(outbox.status)
        last = await self._read(state.last_success)
        return SyncStatus(
            enrolled=True,
            online=self.online,
            syncing=self.syncing,
            pending=counts.pending,
            quarantined=counts.quarantined,
            oldest_pending_at=counts.oldest_pending_at,
            last_success_at=last,
            last_error=self.last_error,
            next_try_at=self.next_try_at,
        )

    async def publish_status(self) -> SyncStatus:
        current = await self.status()
        self.bus.publish(SYNC_STATUS, current)
        return current

    async def quarantine(self) -> list[QuarantineItem]:
        return await self._read(quarantined)

    async def retry_quarantined(self) -> int:
        count = await asyncio.wrap_future(self.store.submit_write(push.retry_quarantined))
        self.trigger("quarantine released")
        return count
