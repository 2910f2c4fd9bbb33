"""The kiosk's aiortc peer against the specialist console in headless Chromium (fake
camera and microphone), through a real hub: the whole consult call."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from kiosk.rtc.encoders import MonoOpusEncoder
from kiosk.rtc.events import CallState, EndReason
from kiosk.rtc.media import RemoteVideo
from kiosk.rtc.policy import LADDER
from tests import chromium
from tests.conftest import FakeClock
from tests.consulttools import synced_case
from tests.hubtools import hub_and_kiosk
from tests.rtc.callkit import answered_call, console_stats, start_kiosk_call

pytestmark = pytest.mark.skipif(
    not chromium.available(), reason="needs Debian's chromium (installer/debian-packages-dev.txt)"
)


def test_call_with_the_console_video_both_ways_vitals_photo_and_a_clean_end(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            encounter = await synced_case(hub, kiosk)
            call = await start_kiosk_call(kiosk, hub.url, tmp_path / "media")
            async with chromium.Browser() as browser:
                page = await answered_call(browser, hub.url, call, kiosk.cho_id, encounter)
                # Video both ways: the console decodes the kiosk's test card...
                await page.wait_for("window.hwcConsole.stats().framesDecoded > 30", 30)
                await page.wait_for(
                    "document.querySelector('[data-testid=remote-video]').videoWidth > 0"
                )
                # ...and the kiosk decodes Chromium's fake camera.
                await call.wait(lambda: _frames(call.service.remote_video) > 30,
                                "the kiosk receives video")  # fmt: skip
                # Audio both ways: live tracks, packets arriving.
                await page.wait_for("window.hwcConsole.stats().audioPackets > 50")
                assert (
                    await page.eval(
                        "document.getElementById('remote-video').srcObject"
                        ".getAudioTracks()[0].readyState"
                    )
                    == "live"
                )
                session = call.service.call.session  # type: ignore[union-attr]
                # Our encoders reach the wire: VP8 at the policy's picture, mono Opus.
                assert session.vp8.frames_encoded > 30
                width = await page.eval("window.hwcConsole.stats().videoWidth")
                assert width in {rung.width for rung in LADDER}
                senders = {s.kind: s for s in session.pc.getSenders()}
                assert isinstance(senders["audio"]._RTCRtpSender__encoder, MonoOpusEncoder)
                await call.wait(lambda: session.speaker.meter.frames > 50, "the kiosk hears")
                assert session.speaker.meter.peak > 0  # Chromium's fake microphone beeps
                # Live vitals reach the console's panel.
                for _ in range(10):
                    call.oximeter(97, 78, (10.0, 40.0, 80.0, 40.0, 10.0))
                    await asyncio.sleep(0.1)
                await page.wait_for(f"{page.by_id('live-spo2')}.textContent === '97'")
                assert await page.text("live-pulse") == "78"
                # "Take photo": a full-resolution still attached to the case, then synced.
                await page.click("call-take-photo")
                await page.wait_for(f"!{page.by_id('photo-note')}.hidden")
                assert "Photo taken" in await page.text("photo-note")
                photos = kiosk.store.read(lambda db: db.execute(
                    "SELECT a.kind, b.size FROM attachments a JOIN blobs b "
                    "ON b.sha256 = a.original_sha256 WHERE a.encounter_id = ?", [encounter]
                ).fetchall())  # fmt: skip
                assert [p[0] for p in photos] == ["clinical_photo"]
                assert "a photo for the specialist" in call.syncs
                status = kiosk.clinic.encounters.detail(encounter).encounter.status
                assert status == "in_consult"
                # The kiosk told the hub the call carries video (the consult's mode).
                media = await hub.storage.call_media(encounter)
                assert media.connected_at is not None and media.video_since is not None
                # The specialist ends the call; both sides stop cleanly.
                await page.click("call-end")
                ended = await call.wait_state(CallState.ENDED)
                assert ended.ended is EndReason.SPECIALIST
                assert await page.text("call-status") == "Call ended."
                assert (await console_stats(page))["inCall"] is False
                assert call.service.call is None
                # The hangup closed the call's video time at the hub (noted before relayed).
                media = await hub.storage.call_media(encounter)
                assert media.video_since is None and media.video_seconds > 0
                # Back to the queue and into the case again: the page says so to any
                # part of the console that follows the open case (the prescription form).
                await page.eval(
                    "window.seen = []; for (const k of ['hwc:case-closed', 'hwc:case-opened']) "
                    "document.addEventListener(k, (e) => window.seen.push([k, e.detail]))"
                )
                await page.click("case-back")
                await page.click("queue-open")
                await page.wait_for("window.seen.length === 2")
                seen = await page.eval("window.seen.map(([k, d]) => [k, d.encounterId "
                                       "|| d.case.encounter_id])")  # fmt: skip
                assert seen == [["hwc:case-closed", encounter], ["hwc:case-opened", encounter]]
            await call.service.stop()

    asyncio.run(scenario())


def _frames(video: RemoteVideo | None) -> int:
    return video.frames if video is not None else 0
