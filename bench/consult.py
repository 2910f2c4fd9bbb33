"""Consult benchmarks: what a specialist sees over a rural link, and what a long call
costs the kiosk. Prints figures; the README quotes them.

1. 300 kbit/s each way with 3 % random loss (tc tbf + nftables, the kiosk in a network
   namespace, the console in headless Chromium): the frames per second and resolution
   the console receives, and an end-to-end latency estimate (half the round trip, plus
   the browser's jitter buffer and decode time, plus the kiosk's encode time and half a
   frame interval waiting for the camera).
2. A 5-minute call on an open link at 640x480: the kiosk's CPU (share of one core) and
   how much its resident memory grew.

Run as root: ``python bench/consult.py [--rural-seconds 60] [--long-seconds 300]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import chromium
from tests.rtc import netns
from tests.rtc.callkit import RuralCall, rural_call

WARM_UP = 20.0


async def page_stats(call: RuralCall) -> dict[str, Any]:
    stats: dict[str, Any] = await call.page.eval("window.hwcConsole.stats()")
    return stats


async def rural(folder: Path, seconds: float) -> dict[str, Any]:
    with netns.RuralLink() as link:
        async with rural_call(folder, link, fps=30) as call:
            link.limit(300, 3)
            await asyncio.sleep(WARM_UP)
            first = await page_stats(call)
            started = time.monotonic()
            samples = []
            while time.monotonic() - started < seconds:
                await asyncio.sleep(2)
                samples.append(await page_stats(call))
            last = await page_stats(call)
            span = time.monotonic() - started
    fps = (last["framesDecoded"] - first["framesDecoded"]) / span
    sizes = [(s["videoWidth"], s["videoHeight"]) for s in samples if s["videoWidth"]]
    at_least = sum(1 for w, h in sizes if w >= 320 and h >= 240) / max(len(sizes), 1)
    rtt = statistics.median(s["rtt"] for s in samples if s.get("rtt") is not None)
    jitter = statistics.median(s["jitterMs"] for s in samples if s.get("jitterMs") is not None)
    decode = statistics.median(s["decodeMs"] for s in samples if s.get("decodeMs") is not None)
    figures = call.peer.figures()
    encode = statistics.median(f["encode_ms"] for f in figures if f.get("encode_ms"))
    audio_only = sum(1 for f in figures if f["audio_only"]) / max(len(figures), 1)
    frame_wait = 1000 / max(fps, 1) / 2
    latency = rtt * 1000 / 2 + jitter + decode + encode + frame_wait
    common = max(set(sizes), key=sizes.count) if sizes else (0, 0)
    return {
        "received_fps": round(fps, 1),
        "resolution_most_seen": f"{common[0]}x{common[1]}",
        "share_at_320x240_or_better": round(at_least, 2),
        "share_of_time_audio_only": round(audio_only, 2),
        "rtt_ms": round(rtt * 1000),
        "latency_estimate_ms": round(latency),
        "latency_parts_ms": {
            "half_rtt": round(rtt * 500),
            "jitter_buffer": round(jitter),
            "decode": round(decode, 1),
            "encode": round(encode, 1),
            "camera_wait": round(frame_wait),
        },
    }


async def long_call(folder: Path, seconds: float) -> dict[str, Any]:
    with netns.RuralLink(index=(os.getpid() + 1) % 200) as link:  # a fresh pair of names
        async with rural_call(folder, link, fps=30) as call:
            peer = call.peer
            await peer.until(lambda: peer.last().get("picture") == "640x480@20",
                             "reaching 640x480", 120)  # fmt: skip
            await asyncio.sleep(WARM_UP)
            first = peer.figures()[-1]
            await asyncio.sleep(seconds)
            last = peer.figures()[-1]
            pictures = {f["sent_resolution"] for f in peer.figures()[-int(seconds / 2) :]}
    cpu = (last["cpu_s"] - first["cpu_s"]) / (last["t"] - first["t"])
    return {
        "seconds": round(last["t"] - first["t"]),
        "sent_resolutions": sorted(pictures),
        "kiosk_cpu_share_of_one_core": round(cpu, 3),
        "rss_start_mb": first["rss_mb"],
        "rss_end_mb": last["rss_mb"],
        "rss_growth_mb": round(last["rss_mb"] - first["rss_mb"], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rural-seconds", type=float, default=60)
    parser.add_argument("--long-seconds", type=float, default=300)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not (netns.available() and chromium.available()):
        print("bench/consult.py needs root, ip/tc/nft and chromium", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        results = {
            "rural_300kbit_3pct": asyncio.run(rural(Path(tmp) / "rural", args.rural_seconds)),
            "five_minute_call": asyncio.run(long_call(Path(tmp) / "long", args.long_seconds)),
        }
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        r, c = results["rural_300kbit_3pct"], results["five_minute_call"]
        print("300 kbit/s each way, 3 % loss (target >= 12 fps at 320x240 or better)")
        print(
            f"  received            {r['received_fps']} fps, mostly {r['resolution_most_seen']}"
            f" ({r['share_at_320x240_or_better']:.0%} of samples at 320x240 or better)"
        )
        print(f"  audio only          {r['share_of_time_audio_only']:.0%} of the time")
        print(f"  round trip          {r['rtt_ms']} ms")
        print(f"  end-to-end latency  about {r['latency_estimate_ms']} ms {r['latency_parts_ms']}")
        print(
            f"{c['seconds']} s call at {', '.join(c['sent_resolutions'])} "
            "(targets: CPU <= 60 % of a core, memory growth <= 10 MB)"
        )
        print(f"  kiosk CPU           {c['kiosk_cpu_share_of_one_core']:.0%} of one core")
        print(
            f"  resident memory     {c['rss_start_mb']} -> {c['rss_end_mb']} MB "
            f"(+{c['rss_growth_mb']} MB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
