"""A consult over a rural link: the kiosk in its own network namespace behind a veth
pair with a bandwidth cap (tc tbf) and random loss (nftables), the console in headless
Chromium. At 150 kbit/s with 5 % loss the call goes on as audio only and says so; when
the limit is lifted the video comes back; a cut link is rejoined in the same consult."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests import chromium
from tests.conftest import FakeClock
from tests.consulttools import add_specialist, map_spoke, queued_case
from tests.hubtools import Hub, Kiosk, make_kiosk, running_hub
from tests.rtc import netns
from tests.rtc.callkit import console_in_case, media

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not (chromium.available() and netns.available()),
        reason="needs root, ip/tc/nft and chromium (CI has them)",
    ),
]


class KioskProcess:
    """tests.rtc.kiosk_peer inside the spoke's namespace; its JSON lines, as they come."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[dict[str, Any]] = []
        self.reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        async for raw in self.proc.stdout:
            self.lines.append(json.loads(raw))

    def statuses(self) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["kind"] == "status"]

    def last(self) -> dict[str, Any]:
        found = self.statuses()
        return found[-1] if found else {}

    def figures(self) -> list[dict[str, Any]]:
        return [line for line in self.lines if line["kind"] == "figures"]

    async def until(self, test: Callable[[], bool], what: str, seconds: float) -> float:
        started = time.monotonic()
        while not test():
            if time.monotonic() - started > seconds:
                raise TimeoutError(f"{what} not within {seconds} s; last status {self.last()}")
            if self.proc.returncode is not None:
                raise RuntimeError("the kiosk process ended")
            await asyncio.sleep(0.25)
        return time.monotonic() - started

    async def stop(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        try:
            await asyncio.wait_for(self.proc.wait(), 20)
        except TimeoutError:
            self.proc.kill()
        self.reader.cancel()


async def start_kiosk(link: netns.RuralLink, hub: Hub, kiosk: Kiosk, folder: Path) -> KioskProcess:
    video, tone = media(folder)
    proc = await asyncio.create_subprocess_exec(
        *link.command(sys.executable, "-m", "tests.rtc.kiosk_peer", "--hub", hub.url,
                      "--token", kiosk.token, "--home", str(folder.parent / "kiosk"),
                      "--video", str(video), "--tone", str(tone), "--cho", kiosk.cho_id),
        cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
    )  # fmt: skip
    return KioskProcess(proc)


def test_audio_only_at_150_kbits_with_loss_video_back_when_lifted_and_a_cut_rejoined(
    tmp_path: Path, clock: FakeClock
) -> None:
    async def scenario() -> None:
        with netns.RuralLink() as link:
            async with running_hub(tmp_path / "hub", host=link.host_ip) as hub:
                await hub.add_spoke("spoke-a")
                await add_specialist(hub)
                await map_spoke(hub, "spoke-a")
                enrolled = await hub.enroll("spoke-a")
                kiosk = make_kiosk(tmp_path / "kiosk", "spoke-a", clock, enrolled["token"])
                encounter = queued_case(kiosk)
                assert (await kiosk.sync(hub.url)).clean
                peer = await start_kiosk(link, hub, kiosk, tmp_path / "media")
                secure = f"--unsafely-treat-insecure-origin-as-secure={hub.url}"
                try:
                    async with chromium.Browser([secure]) as browser:
                        page = await console_in_case(browser, hub.url, encounter)
                        await page.click("call-start")
                        await peer.until(lambda: peer.last().get("state") == "in_call",
                                         "the call connects", 40)  # fmt: skip
                        await page.wait_for("window.hwcConsole.stats().framesDecoded > 30", 30)

                        # 150 kbit/s each way and 5 % loss: audio only, said on both screens.
                        link.limit(150, 5)
                        took = await peer.until(lambda: bool(peer.last().get("audio_only")),
                                                "the fall-back to audio only", 90)  # fmt: skip
                        print(f"audio only after {took:.0f} s at 150 kbit/s, 5 % loss")
                        await page.wait_for(f"!{page.by_id('call-audio-only')}.hidden", 10)
                        # The call survives: the voice keeps coming, both ways.
                        heard = await page.eval("window.hwcConsole.stats().audioPackets")
                        await asyncio.sleep(10)
                        assert (
                            await page.eval("window.hwcConsole.stats().audioPackets") > heard + 100
                        )
                        assert peer.last()["state"] == "in_call" and peer.last()["audio_only"]
                        assert peer.figures()[-1]["audio_packets_per_s"] > 10

                        # The limit lifted: video comes back by itself.
                        link.lift()
                        took = await peer.until(lambda: not peer.last().get("audio_only"),
                                                "the return of video", 90)  # fmt: skip
                        print(f"video back {took:.0f} s after the limit was lifted")
                        decoded = await page.eval("window.hwcConsole.stats().framesDecoded")
                        await page.wait_for(
                            f"window.hwcConsole.stats().framesDecoded > {decoded + 30}", 30
                        )
                        await page.wait_for(f"{page.by_id('call-audio-only')}.hidden", 10)

                        # The link is cut for a while: the kiosk rejoins the same consult.
                        link.cut()
                        await peer.until(lambda: peer.last().get("state") == "reconnecting",
                                         "noticing the cut", 45)  # fmt: skip
                        await asyncio.sleep(5)
                        link.restore()
                        took = await peer.until(lambda: peer.last().get("state") == "in_call",
                                                "rejoining", 90)  # fmt: skip
                        print(f"rejoined {took:.0f} s after the link came back")
                        assert peer.last()["encounter_id"] == encounter
                        decoded = await page.eval("window.hwcConsole.stats().framesDecoded")
                        await page.wait_for(
                            f"window.hwcConsole.stats().framesDecoded > {decoded + 30}", 40
                        )
                        await page.click("call-end")
                        await peer.until(lambda: peer.last().get("state") == "ended",
                                         "the end of the call", 20)  # fmt: skip
                        assert peer.last()["ended"] == "specialist"
                finally:
                    await peer.stop()
                    kiosk.close()

    asyncio.run(scenario())
