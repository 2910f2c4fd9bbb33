"""Building the sync from the kiosk's configuration: for the app and for the CLI."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from hwc_shared.backoff import Backoff
from kiosk.config import KioskConfig
from kiosk.events import EventBus
from kiosk.store.blobs import BlobFiles
from kiosk.store.store import Store
from kiosk.sync import enrollment as enrollments
from kiosk.sync import pending
from kiosk.sync.client import HubClient, HubError, Timeouts
from kiosk.sync.cycle import CycleSettings, SyncCycle
from kiosk.sync.enrollment import Enrollment
from kiosk.sync.link import LinkPolicy
from kiosk.sync.local import not_enrolled_status
from kiosk.sync.report import SYNC_STATUS, SyncReport
from kiosk.sync.service import ServiceSettings, SyncService

log = logging.getLogger("kiosk.sync")
ENROLL_RETRY_CAP = 600.0


def timeouts(cfg: KioskConfig) -> Timeouts:
    return Timeouts(connect=cfg.sync_connect_timeout, read=cfg.sync_read_timeout)


def cycle_settings(cfg: KioskConfig, spoke_id: str) -> CycleSettings:
    return CycleSettings(
        spoke_id=spoke_id,
        batch_ops=max(cfg.sync_batch_ops, 1),
        chunk_bytes=max(cfg.sync_chunk_kib, 1) * 1024,
        home=cfg.home,
    )


def link_policy(cfg: KioskConfig) -> LinkPolicy:
    """Which hub addresses and certificates this kiosk trusts (kiosk.sync.link)."""
    return LinkPolicy(cfg.hub_ca_file, cfg.allow_plain_http)


def hub_url(cfg: KioskConfig, enrolled: Enrollment) -> str:
    return cfg.hub_url or enrolled.hub_url


async def run_once(cfg: KioskConfig, store: Store, enrolled: Enrollment) -> SyncReport:
    """One full cycle without the scheduler: ``kiosk sync now``."""
    async with HubClient(
        hub_url(cfg, enrolled),
        enrolled.token,
        timeouts(cfg),
        link_policy(cfg),
        enrolled.hub_key_fingerprint,
    ) as client:
        cycle = SyncCycle(
            store, client, BlobFiles(cfg.blobs_dir), cycle_settings(cfg, enrolled.spoke_id)
        )
        return await cycle.run()


async def start_service(cfg: KioskConfig, store: Store, bus: EventBus) -> SyncService | None:
    """The running sync service on this loop, or None when the kiosk is not enrolled."""
    enrolled = enrollments.load(cfg.home)
    if enrolled is None:
        return None
    service = SyncService(
        store,
        enrolled,
        BlobFiles(cfg.blobs_dir),
        bus,
        cycle_settings=cycle_settings(cfg, enrolled.spoke_id),
        settings=ServiceSettings(
            interval_seconds=cfg.sync_interval_seconds,
            probe_seconds=cfg.sync_probe_seconds,
            timeouts=timeouts(cfg),
            link=link_policy(cfg),
        ),
        hub_url=hub_url(cfg, enrolled),
    )
    await service.start()
    return service


class EmbeddedHub(Protocol):
    """A hub running inside this program (the demo's), stopped when the kiosk closes."""

    url: str

    async def stop(self) -> None: ...


# Starts the demo's hub for this kiosk and enrolls the kiosk in it.
HubStarter = Callable[[KioskConfig], Awaitable[EmbeddedHub]]


@dataclass
class SyncRuntime:
    """What the app holds while it runs: the service (None until enrolled), the first-start
    enrollment under way if district IT left a code, and, in the demo, its hub."""

    service: SyncService | None
    demo_hub: EmbeddedHub | None = None
    enrolling: asyncio.Task[None] | None = None
    enrollment_problem: str = ""  # why the kept code did not work, for the status area

    async def close(self) -> None:
        if self.enrolling is not None:
            self.enrolling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.enrolling
        if self.service is not None:
            await self.service.stop()
        if self.demo_hub is not None:
            await self.demo_hub.stop()

    async def enroll_pending(
        self, cfg: KioskConfig, store: Store, bus: EventBus, kept: pending.PendingEnrollment
    ) -> None:
        """Trade the kept code, retrying while the hub cannot be reached (backing off up
        to ten minutes); on success forget the code and start syncing."""
        backoff = Backoff(max(float(cfg.sync_probe_seconds), 1.0), ENROLL_RETRY_CAP, jitter=0)
        while True:
            try:
                done = await enrollments.enroll(
                    kept.hub_url, kept.code, cfg.home, kept.label or None, kept.spoke_id,
                    link_policy(cfg),
                )  # fmt: skip
            except enrollments.HubUnreachable:
                delay = backoff.fail()
                log.info("enrollment: hub not reachable yet; next try in %.0f s", delay)
                await asyncio.sleep(delay)
                continue
            except (enrollments.EnrollmentError, HubError) as error:
                self.enrollment_problem = str(error)
                log.error("enrollment with the kept code failed: %s", error)
                status = await asyncio.to_thread(not_enrolled_status, store, str(error))
                bus.publish(SYNC_STATUS, status)
                return
            break
        await asyncio.to_thread(pending.clear, cfg.home)
        log.info("enrolled at start as kiosk %s of spoke %s", done.kiosk_id, done.spoke_id)
        self.service = await start_service(cfg, store, bus)


async def boot(
    cfg: KioskConfig, store: Store, bus: EventBus, start_hub: HubStarter | None = None
) -> SyncRuntime:
    """Start sync on this (the engine's) loop; the demo first starts its own hub, when the
    program's entry point handed one in (the kiosk itself never imports the hub). A kiosk
    installed offline enrolls itself here with the code district IT left."""
    demo_hub = None
    if cfg.demo and start_hub is not None:
        demo_hub = await start_hub(cfg)
    elif cfg.demo:
        log.warning("demo without its embedded hub: this entry point does not wire one in")
    service = await start_service(cfg, store, bus)
    runtime = SyncRuntime(service, demo_hub)
    if service is None:
        bus.publish(SYNC_STATUS, await asyncio.to_thread(not_enrolled_status, store))
        kept = await asyncio.to_thread(pending.load, cfg.home)
        if kept is not None:
            runtime.enrolling = asyncio.get_running_loop().create_task(
                runtime.enroll_pending(cfg, store, bus, kept)
            )
    return runtime
