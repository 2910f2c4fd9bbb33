"""The demo's embedded hub is wired in at the program's entry point: the kiosk's sync
starts it only when handed a starter, and the starter brings up a real hub with this kiosk
enrolled in it (reused on a second start of the same demo home)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import pytest

from hwc_demo import cli as entry
from hwc_shared.wire import HEALTH_PATH
from kiosk import config
from kiosk.events import EventBus
from kiosk.store.store import Store
from kiosk.sync import enrollment
from kiosk.sync.report import SYNC_STATUS, SyncStatus
from kiosk.sync.runtime import boot


def _demo_cfg(home: Path) -> config.KioskConfig:
    return config.load(
        home=home,
        environ={},
        overrides={"demo": True, "spoke_id": "demo-spoke", "spoke_name": "HWC Bassi (demo)",
                   "district": "Jaipur", "state": "Rajasthan"},
    )  # fmt: skip


def test_the_entry_points_starter_runs_a_hub_and_enrolls_the_kiosk(tmp_path: Path) -> None:
    cfg = _demo_cfg(tmp_path / "demo")

    async def scenario() -> None:
        with Store(cfg.home / "kiosk.db") as store:
            runtime = await boot(cfg, store, EventBus(), entry.start_embedded_hub)
            assert runtime.demo_hub is not None and runtime.service is not None
            enrolled = enrollment.load(cfg.home)
            assert enrolled is not None and enrolled.spoke_id == "demo-spoke"
            async with (
                aiohttp.ClientSession() as http,
                http.get(enrolled.hub_url + HEALTH_PATH) as answer,
            ):
                assert answer.status == 200
            await runtime.close()
            # The same demo home again: a new port, the same enrollment pointed at it.
            runtime = await boot(cfg, store, EventBus(), entry.start_embedded_hub)
            again = enrollment.load(cfg.home)
            assert again is not None and again.kiosk_id == enrolled.kiosk_id
            assert runtime.demo_hub is not None and again.hub_url == runtime.demo_hub.url
            await runtime.close()

    asyncio.run(scenario())


def test_without_a_starter_the_demo_runs_unenrolled(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cfg = _demo_cfg(tmp_path / "demo")
    statuses: list[SyncStatus] = []

    async def scenario() -> None:
        bus = EventBus()
        bus.subscribe(SYNC_STATUS, lambda _topic, status: statuses.append(status))
        with Store(cfg.home / "kiosk.db") as store:
            runtime = await boot(cfg, store, bus)
            assert runtime.demo_hub is None and runtime.service is None
            await runtime.close()

    asyncio.run(scenario())
    assert enrollment.load(cfg.home) is None
    assert statuses and statuses[-1].enrolled is False
    assert "without its embedded hub" in caplog.text
    caplog.clear()
