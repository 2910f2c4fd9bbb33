"""A consult over a rural link: the kiosk in its own network namespace behind a veth
pair with a bandwidth cap (tc tbf) and random loss (nftables), the console in headless
Chromium. At 150 kbit/s with 5 % loss the call goes on as audio only and says so; when
the limit is lifted the video comes back; a cut link is rejoined in the same consult."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests import chromium
from tests.rtc import netns
from tests.rtc.callkit import rural_call

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (chromium.available() and netns.available()),
        reason="needs root, ip/tc/nft and chromium (CI has them)",
    ),
]


def test_audio_only_at_150_kbits_with_loss_video_back_when_lifted_and_a_cut_rejoined(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        with netns.RuralLink() as link:
            async with rural_call(tmp_path, link) as call:
                peer, page = call.peer, call.page
                await page.wait_for("window.hwcConsole.stats().framesDecoded > 30", 30)

                # 150 kbit/s each way and 5 % loss: audio only, said on both screens.
                link.limit(150, 5)
                took = await peer.until(lambda: bool(peer.last().get("audio_only")),
                                        "the fall-back to audio only", 90)  # fmt: skip
                print(f"audio only after {took:.0f} s at 150 kbit/s, 5 % loss")
                await page.wait_for(f"!{page.by_id('call-audio-only')}.hidden", 10)
                # The call survives: the voice keeps coming, both ways.
                heard = await page.eval("window.hwcConsole.stats().audioPackets")
                await page.wait_for(f"window.hwcConsole.stats().audioPackets > {heard + 100}", 30)
                assert peer.last()["state"] == "in_call" and peer.last()["audio_only"]
                assert peer.figures()[-1]["audio_packets_per_s"] > 10

                # The limit lifted: video comes back by itself.
                link.lift()
                took = await peer.until(lambda: not peer.last().get("audio_only"),
                                        "the return of video", 90)  # fmt: skip
                print(f"video back {took:.0f} s after the limit was lifted")
                decoded = await page.eval("window.hwcConsole.stats().framesDecoded")
                await page.wait_for(f"window.hwcConsole.stats().framesDecoded > {decoded + 30}", 30)
                await page.wait_for(f"{page.by_id('call-audio-only')}.hidden", 10)

                # The link is cut for a while: the kiosk rejoins the same consult.
                link.cut()
                await peer.until(lambda: peer.last().get("state") == "reconnecting",
                                 "noticing the cut", 45)  # fmt: skip
                # Both ends have seen it before the link returns (the console's peer too).
                await page.wait_for('window.hwcConsole.stats().connection !== "connected"', 60)
                link.restore()
                took = await peer.until(lambda: peer.last().get("state") == "in_call",
                                        "rejoining", 90)  # fmt: skip
                print(f"rejoined {took:.0f} s after the link came back")
                assert peer.last()["encounter_id"] == call.encounter
                decoded = await page.eval("window.hwcConsole.stats().framesDecoded")
                await page.wait_for(f"window.hwcConsole.stats().framesDecoded > {decoded + 30}", 40)
                await page.click("call-end")
                await peer.until(lambda: peer.last().get("state") == "ended",
                                 "the end of the call", 20)  # fmt: skip
                assert peer.last()["ended"] == "specialist"

    asyncio.run(scenario())
