"""The echo test room: ``kiosk consult test-call`` offers a call and the hub plays the
kiosk's own video and sound straight back, and echoes its data channel, so district IT
can check a terminal's camera, microphone and link without a specialist.

One echo peer per kiosk; a new test call from the same kiosk replaces the old one, and
each lasts at most ``MAX_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Any

from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCIceServer,
    RTCPeerConnection,
    RTCSessionDescription,
)
from aiortc.contrib.media import MediaRelay

from hub.api.context import HubContext
from hub.storage.models import Kiosk

log = logging.getLogger("hub.api.echo")
MAX_SECONDS = 15 * 60
_peers: dict[str, RTCPeerConnection] = {}


def configuration(servers: list[dict[str, Any]]) -> RTCConfiguration:
    return RTCConfiguration(
        [RTCIceServer(s["urls"], s.get("username"), s.get("credential")) for s in servers]
    )


async def _close(kiosk_id: str, pc: RTCPeerConnection) -> None:
    if _peers.get(kiosk_id) is pc:
        del _peers[kiosk_id]
    await pc.close()


async def answer_echo(ctx: HubContext, who: Kiosk, message: dict[str, Any]) -> dict[str, Any]:
    sdp = message.get("sdp")
    if not isinstance(sdp, str) or len(sdp) > 32 * 1024:
        return {"type": "error", "error": "bad_message"}
    old = _peers.pop(who.id, None)
    if old is not None:
        await old.close()
    pc = RTCPeerConnection(configuration([]))
    _peers[who.id] = pc
    relay = MediaRelay()

    @pc.on("track")
    def on_track(track: MediaStreamTrack) -> None:
        pc.addTrack(relay.subscribe(track, buffered=False))

    @pc.on("datachannel")
    def on_channel(channel: Any) -> None:
        channel.on("message", channel.send)

    @pc.on("connectionstatechange")
    async def on_state() -> None:
        if pc.connectionState in ("failed", "closed"):
            await _close(who.id, pc)

    await pc.setRemoteDescription(RTCSessionDescription(sdp, "offer"))
    await pc.setLocalDescription(await pc.createAnswer())
    loop = asyncio.get_running_loop()
    loop.call_later(MAX_SECONDS, lambda: loop.create_task(_close(who.id, pc)))
    log.info("echo test call for kiosk %s", who.id)
    return {"type": "echo_answer", "sdp": pc.localDescription.sdp}


async def close_all() -> None:
    for kiosk_id, pc in list(_peers.items()):
        with contextlib.suppress(Exception):
            await _close(kiosk_id, pc)
