"""Running the hub: open storage, blobs and key, serve the app until stopped.

``start`` is also how the kiosk's demo mode and the tests run a hub inside a loop they
already have; ``serve_forever`` is ``kiosk-hub serve``.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiohttp import web

from hub import formulary, keys
from hub.api.app import create_app
from hub.api.context import HubContext
from hub.blobstore import BlobBackend, BlobStore
from hub.config import HubConfig, HubConfigError
from hub.ratelimit import RateLimiter
from hub.signalbus import LocalSignalBus
from hub.storage import open_storage
from hub.storage.base import HubStorage
from hub.storage.urls import redact
from hwc_shared.files import private_dir

log = logging.getLogger("hub")


@dataclass
class RunningHub:
    url: str
    port: int
    runner: web.AppRunner
    context: HubContext

    @property
    def storage(self) -> HubStorage:
        return self.context.storage

    async def stop(self) -> None:
        echo = sys.modules.get("hub.api.echo")  # loaded only if a test call came
        if echo is not None:
            await echo.close_all()
        await self.context.signals.close()
        await self.runner.cleanup()
        await self.context.storage.close()


def open_blobs(config: HubConfig) -> BlobBackend:
    """The blob folder, or the object store that ``blob_store`` names. boto3 is imported
    only then: it is an optional extra (``hwc-kiosk[hub-s3]``), not in the kiosk's bundle."""
    if not config.blob_store:
        return BlobStore(config.blobs_dir)
    try:
        from hub.blobstore_s3 import S3BlobStore
    except ModuleNotFoundError as error:
        if error.name not in ("boto3", "botocore"):
            raise
        raise HubConfigError(
            "setting 'blob_store' names an object store, but boto3 is not installed"
            " (pip install 'hwc-kiosk[hub-s3]')"
        ) from None
    return S3BlobStore.open(config.blob_store, config.blob_s3_endpoint, config.blob_s3_region)


async def open_context(config: HubConfig) -> HubContext:
    """Everything a hub needs, ready: admin commands use this without serving."""
    private_dir(config.home)
    blobs = open_blobs(config)  # a malformed setting fails before the database opens
    storage = open_storage(config.db_url, config.db_pool_size)
    await storage.open()
    return HubContext(
        config=config,
        storage=storage,
        blobs=blobs,
        signing_key=keys.load_or_create(config.signing_key_file),
        verify_limits=RateLimiter(config.verify_per_minute, 60.0),
    )


async def check_serving(config: HubConfig, ctx: HubContext) -> None:
    """What only serving needs, checked before the first request: the time zone that
    prescriptions are issued in, the formulary file the settings name, and the blob
    store (an object store must answer)."""
    try:
        ZoneInfo(config.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise HubConfigError(f"setting 'timezone': unknown time zone {config.timezone!r}") from None
    if config.formulary:
        ctx.file_formulary = tuple(formulary.read_file(Path(config.formulary).expanduser()))
    await ctx.blobs.check()


async def shared_signals(ctx: HubContext) -> None:
    """On PostgreSQL, sockets on every hub process of the database reach each other:
    the signalling bus goes through LISTEN/NOTIFY (SQLite hubs run as one process)."""
    from hub.storage.postgres import PostgresStorage

    if isinstance(ctx.storage, PostgresStorage) and isinstance(ctx.signals, LocalSignalBus):
        from hub.signalbus_postgres import PostgresSignalBus

        bus = PostgresSignalBus(ctx.storage.url, ctx.storage.pool)
        await bus.start()
        ctx.signals = bus


async def start(config: HubConfig, context: HubContext | None = None) -> RunningHub:
    ctx = context or await open_context(config)
    try:
        await check_serving(config, ctx)
        await shared_signals(ctx)
    except BaseException:
        if context is None:  # opened here: closed here
            await ctx.storage.close()
        raise
    runner = web.AppRunner(create_app(ctx), access_log=None, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, config.host, config.port, reuse_address=True)
    await site.start()
    port = int(runner.addresses[0][1])
    host = config.host if ":" not in config.host else f"[{config.host}]"
    return RunningHub(f"http://{host}:{port}", port, runner, ctx)


async def serve_forever(config: HubConfig) -> None:
    running = await start(config)
    where = redact(config.db_url)
    print(f"hub listening on {running.url} (home {config.home}, storage {where})", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await running.stop()
        log.info("hub stopped")
