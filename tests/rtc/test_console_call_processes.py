"""PostgreSQL: the kiosk's aiortc peer on hub process A and the console in headless
Chromium on hub process B. Every signalling message of the call crosses between the
two processes through the database; the media flows peer to peer as always."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.rtc.events import CallState, EndReason
from kiosk.rtc.media import RemoteVideo
from tests import chromium
from tests.conftest import FakeClock
from tests.consulttools import queued_case
from tests.hubpair import hub_pair, state_hub
from tests.hubprocess import HubProcess
from tests.hubtools import make_kiosk
from tests.rtc.callkit import answered_call, console_stats, start_kiosk_call

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


def test_a_call_between_a_kiosk_on_one_hub_process_and_the_console_on_another(
    tmp_path: Path, clock: FakeClock, postgres_db: str
) -> None:
    with hub_pair(tmp_path / "hubs", postgres_db) as (a, b):
        asyncio.run(_scenario(tmp_path, clock, postgres_db, a, b))


async def _scenario(
    tmp_path: Path, clock: FakeClock, db_url: str, a: HubProcess, b: HubProcess
) -> None:
    state = await state_hub(db_url)
    kiosk = make_kiosk(tmp_path / "kiosk", "spoke-a", clock, await state.enroll(a.url, "spoke-a"))
    try:
        encounter = queued_case(kiosk)
        assert (await kiosk.sync(a.url)).clean
        call = await start_kiosk_call(kiosk, a.url, tmp_path / "media")
        async with chromium.Browser() as browser:
            # Signed in, the case taken and the call made on B; rung and answered on A.
            page = await answered_call(browser, b.url, call, kiosk.cho_id, encounter)
            # Video both ways, audio into the console.
            await page.wait_for("window.hwcConsole.stats().framesDecoded > 30", 30)
            await call.wait(lambda: _frames(call.service.remote_video) > 30,
                            "the kiosk receives video")  # fmt: skip
            await page.wait_for("window.hwcConsole.stats().audioPackets > 50")
            # The specialist ends the call on B; the kiosk on A hears it.
            await page.click("call-end")
            ended = await call.wait_state(CallState.ENDED)
            assert ended.ended is EndReason.SPECIALIST
            assert (await console_stats(page))["inCall"] is False
        await call.service.stop()
    finally:
        kiosk.close()
        await state.close()


def _frames(video: RemoteVideo | None) -> int:
    return video.frames if video is not None else 0
