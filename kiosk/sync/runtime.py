"""Building the sync from the kiosk's configuration: for the app and for the CLI."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from kiosk.config import KioskConfig
from kiosk.events import EventBus
from kiosk.store.blobs import BlobFiles
from kiosk.store.store import Store
from kiosk.sync import enrollment as enrollments
from kiosk.sync.client import HubClient, Timeouts
from kiosk.sync.cycle import CycleSettings, SyncCycle
from kiosk.sync.enrollment import Enrollment
from kiosk.sync.local import not_enrolled_status
from kiosk.sync.report import SYNC_STATUS, SyncReport
from kiosk.sync.service import ServiceSettings, SyncService


def timeouts(cfg: KioskConfig) -> Timeouts:
    return Timeouts(connect=cfg.sync_connect_timeout, read=cfg.sync_read_timeout)


def cycle_settings(cfg: KioskConfig, spoke_id: str) -> CycleSettings:
    return CycleSettings(
        spoke_id=spoke_id,
        batch_ops=max(cfg.sync_batch_ops, 1),
        chunk_bytes=max(cfg.sync_chunk_kib, 1) * 1024,
    )


def hub_url(cfg: KioskConfig, enrolled: Enrollment) -> str:
    return cfg.hub_url or enrolled.hub_url


async def run_once(cfg: KioskConfig, store: Store, enrolled: Enrollment) -> SyncReport:
    """One full cycle without the scheduler: ``kiosk sync now``."""
    async with HubClient(hub_url(cfg, enrolled), enrolled.token, timeouts(cfg)) as client:
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
        ),
        hub_url=hub_url(cfg, enrolled),
    )
    await service.start()
    return service


@dataclass
class SyncRuntime:
    """What the app holds while it runs: the service (None until enrolled) and, in the
    demo, the embedded hub it talks to."""

    service: SyncService | None
    demo_hub: Any = None

    async def close(self) -> None:
        if self.service is not None:
            await self.service.stop()
        if self.demo_hub is not None:
            await self.demo_hub.stop()


async def boot(cfg: KioskConfig, store: Store, bus: EventBus) -> SyncRuntime:
    """Start sync on this (the engine's) loop; the demo first starts its own hub."""
    demo_hub = None
    if cfg.demo:
        from kiosk.demo_hub import start_demo_hub

        demo_hub = await start_demo_hub(cfg)
    service = await start_service(cfg, store, bus)
    if service is None:
        bus.publish(SYNC_STATUS, await asyncio.to_thread(not_enrolled_status, store))
    return SyncRuntime(service, demo_hub)
