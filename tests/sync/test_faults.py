"""A bad link and a bad hub: cuts, blackholes, garbage, 500s and timeouts. The kiosk
keeps its data, retries, and resumes photos from the hub's offset."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import web

from kiosk.events import EventBus
from kiosk.sync.client import Timeouts
from kiosk.sync.cycle import CycleSettings
from kiosk.sync.enrollment import Enrollment
from kiosk.sync.service import ServiceSettings, SyncService
from tests.conftest import FakeClock
from tests.faultproxy import FaultProxy
from tests.hubtools import attach_photo, hub_and_kiosk, kept, photo_bytes, stored_blob

pytestmark = pytest.mark.usefixtures("hub_db")  # each storage backend

CHUNK = 256 * 1024


@pytest.mark.usefixtures("blob_store")  # the folder and an S3 bucket
def test_a_photo_cut_mid_chunk_resumes_from_the_hubs_offset(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            patient = kiosk.patient()
            encounter = kiosk.encounter(patient, vitals=1)
            data = photo_bytes(600_000)
            sha = attach_photo(kiosk, patient, encounter, data)
            # A capped link, as in the field: the hub writes bytes as they trickle in.
            async with FaultProxy(
                hub.running.port, reset_after=150_000, rate_bps=4_000_000
            ) as proxy:
                first = await kiosk.sync(proxy.url, chunk_bytes=CHUNK)
                assert not first.ok and proxy.resets == 1
                assert first.pending == 0  # the records went; only the photo is unfinished
                held = await kept(lambda: hub.running.context.blobs.offset(sha))
                assert 0 < held < CHUNK  # part of the first chunk was kept
                up_before = proxy.bytes_up
                second = await kiosk.sync(proxy.url, chunk_bytes=CHUNK)
                assert second.clean and second.blobs == 1
                resent = proxy.bytes_up - up_before
                assert len(data) - held <= resent < len(data) - held + 20_000
            assert await stored_blob(tmp_path / "hub" / "blobs", sha) == data
            assert (await hub.stats())["blobs"] == 1
            assert (await kiosk.sync(hub.url)).blobs == 0  # nothing sent twice

    asyncio.run(scenario())


def test_a_blackholed_link_times_out_and_sync_retries_later(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            kiosk.encounter(kiosk.patient(), vitals=3)
            waiting = kiosk.outbox_count()
            async with FaultProxy(hub.running.port, blackhole=True) as proxy:
                enrolled = Enrollment(proxy.url, "k", kiosk.token, "spoke-a", "", "", "", "",
                                      "", "", "")  # fmt: skip
                bus = EventBus()
                seen: list[object] = []
                bus.subscribe("sync.status", lambda _t, status: seen.append(status))
                service = SyncService(
                    kiosk.store, enrolled, kiosk.blobs, bus, CycleSettings("spoke-a"),
                    ServiceSettings(interval_seconds=3600, probe_seconds=0.3, backoff_base=0.5,
                                    timeouts=Timeouts(connect=0.5, read=0.5)),
                    clock=clock,
                )  # fmt: skip
                await service.start()
                await _until(lambda: service.online is False, 5)
                status = await service.status()
                assert status.pending == waiting and not status.synced
                assert status.next_try_at is not None and "no answer" in status.last_error
                proxy.blackhole = False  # the link comes back
                await _until(lambda: service.online is True and not service.syncing, 10)
                assert kiosk.outbox_count() == 0
                assert (await service.status()).synced
                await service.stop()
            assert any(getattr(s, "syncing", False) for s in seen)

    asyncio.run(scenario())


async def _until(condition, seconds: float) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


async def _bad_hub(mode: str, released: asyncio.Event) -> web.AppRunner:
    async def push(request: web.Request) -> web.StreamResponse:
        await request.read()
        if mode == "garbage":
            return web.Response(text="<html>proxy error</html>", content_type="text/html")
        if mode == "500":
            return web.json_response({"error": "internal"}, status=500)
        if mode == "hang":
            await released.wait()  # no answer until the test has seen the kiosk give up
        if mode == "short":
            return web.json_response({"results": [{"status": "accepted"}]})
        return web.json_response({"results": "accepted"})

    app = web.Application()
    app.router.add_post("/api/v1/spokes/{spoke}/push", push)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    return runner


def test_garbage_500s_and_timeouts_keep_the_data_for_a_later_try(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            kiosk.encounter(kiosk.patient(), vitals=3)
            waiting = kiosk.outbox_count()
            for mode in ("garbage", "500", "hang", "short", "nonsense"):
                released = asyncio.Event()
                runner = await _bad_hub(mode, released)
                url = f"http://127.0.0.1:{runner.addresses[0][1]}"
                cycle, client = kiosk.cycle(url, Timeouts(connect=1, read=0.5))
                async with client:
                    report = await cycle.run()
                released.set()
                await runner.cleanup()
                assert not report.ok and report.error, mode
                assert kiosk.outbox_count() == waiting and report.quarantined == 0, mode
            assert (await kiosk.sync(hub.url)).clean
            assert (await hub.stats())["observations"] == 3

    asyncio.run(scenario())


def test_a_kiosk_clock_hours_wrong_does_not_break_sync(tmp_path: Path) -> None:
    ahead = FakeClock()
    ahead.advance(hours=9)  # a kiosk whose clock runs 9 hours fast

    async def scenario() -> None:
        from tests.hubtools import make_kiosk

        async with hub_and_kiosk(tmp_path, ahead) as (hub, fast):
            fast.encounter(fast.patient(), vitals=2)
            assert (await fast.sync(hub.url)).clean
            behind = FakeClock()
            behind.advance(hours=-7)
            slow = make_kiosk(tmp_path / "slow", "spoke-a", behind,
                              (await hub.enroll("spoke-a"))["token"])  # fmt: skip
            try:
                slow.encounter(slow.patient("Radha Devi"), vitals=2)
                assert (await slow.sync(hub.url)).clean
                assert (await fast.sync(hub.url)).pulled == 4  # the slow kiosk's records
                assert fast.ids("encounters") == slow.ids("encounters")
                assert len(fast.ids("observations")) == 4
            finally:
                slow.close()

    asyncio.run(scenario())


def test_a_hub_that_answers_badly_is_online_but_failing(tmp_path: Path, clock: FakeClock) -> None:
    """Online means the hub answered at all: a 500 is a hub problem, not an offline kiosk.
    (Decided by the error's type, never by the words of its message.)"""

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (_hub, kiosk):
            kiosk.encounter(kiosk.patient(), vitals=1)
            released = asyncio.Event()
            runner = await _bad_hub("500", released)
            url = f"http://127.0.0.1:{runner.addresses[0][1]}"
            enrolled = Enrollment(url, "k", kiosk.token, "spoke-a", "", "", "", "", "", "", "")
            service = SyncService(
                kiosk.store, enrolled, kiosk.blobs, EventBus(), CycleSettings("spoke-a"),
                ServiceSettings(interval_seconds=3600, probe_seconds=0.3, backoff_base=0.5,
                                timeouts=Timeouts(connect=0.5, read=0.5)),
                clock=clock,
            )  # fmt: skip
            await service.start()
            try:
                await _until(lambda: bool(service.last_error), 10)
                assert service.online is True
                assert "problem (500)" in service.last_error
            finally:
                await service.stop()
                await runner.cleanup()

    asyncio.run(scenario())


def test_a_probe_that_outlasts_its_interval_is_not_doubled_and_stops_cleanly(
    tmp_path: Path, clock: FakeClock
) -> None:
    """On a dead link one health check can take longer than the probe interval: the next
    probe waits for it (no pile-up, no scheduler warning), and stopping the service ends
    the hanging check without an error in the log."""

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (_hub, kiosk):
            enrolled = Enrollment("http://127.0.0.1:9", "k", kiosk.token, "spoke-a", "", "",
                                  "", "", "", "", "")  # fmt: skip
            service = SyncService(
                kiosk.store, enrolled, kiosk.blobs, EventBus(), CycleSettings("spoke-a"),
                ServiceSettings(), clock=clock,
            )  # fmt: skip
            calls: list[int] = []
            hanging = asyncio.Event()

            async def health() -> dict[str, object]:
                calls.append(1)
                await hanging.wait()  # a blackholed link: no answer, ever
                return {}

            service.client.health = health  # type: ignore[method-assign]
            service.online = False
            for _ in range(5):  # five probe ticks while the first check still hangs
                await asyncio.wait_for(service._probe(), 5)  # a tick never waits for it
                await asyncio.sleep(0)
            assert calls == [1]
            await service.stop()
            assert service._probing is not None and service._probing.cancelled()

    asyncio.run(scenario())


def test_a_cycle_triggered_just_before_stop_does_not_run_after_it(
    tmp_path: Path, clock: FakeClock
) -> None:
    """The kiosk closing right after a trigger (start-up, a new case): the cycle must not
    run after the service stopped, on a closed client and, next, a closed store."""

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            kiosk.encounter(kiosk.patient(), vitals=1)
            enrolled = Enrollment(hub.url, "k", kiosk.token, "spoke-a", "", "", "", "",
                                  "", "", "")  # fmt: skip
            service = SyncService(
                kiosk.store, enrolled, kiosk.blobs, EventBus(), CycleSettings("spoke-a"),
                ServiceSettings(interval_seconds=3600), clock=clock,
            )  # fmt: skip
            await service.start()  # triggers its start-up cycle
            await service.stop()
            strays = [  # the kiosk's own cycles still due (the hub's tasks run on)
                t for t in asyncio.all_tasks()
                if getattr(t.get_coro(), "__qualname__", "").startswith("SyncService.")
            ]  # fmt: skip
            await asyncio.gather(*strays, return_exceptions=True)
            assert service.last_report is None  # nothing ran after stop
            assert kiosk.outbox_count() > 0  # and so nothing went: the next start sends it

    asyncio.run(scenario())
