"""A specialist scripted in Python: signs in to the console API, takes a case, rings the
kiosk and answers its offer with an aiortc peer (a test pattern and silence), the way
the console page does. For tests that want a whole call without a browser."""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path
from typing import Any

from aiortc import (
    AudioStreamTrack,
    RTCPeerConnection,
    RTCSessionDescription,
    VideoStreamTrack,
)

from kiosk.devices.camera import Camera
from kiosk.rtc.media import CameraTrack, file_camera
from kiosk.rtc.peer import OwnedPeerConnection
from kiosk.rtc.policy import LADDER
from tests.consulttools import Console, console


class ScriptedSpecialist:
    def __init__(self, hub_url: str, username: str = "dr.asha", video: Path | None = None) -> None:
        self.video = video  # a file to send instead of aiortc's plain test frames
        self.ignore_offers = 0  # offers to drop unanswered, as a console that went away
        self.offers = 0
        self.camera: Camera | None = None
        self.hub_url = hub_url
        self.console: Console | None = None
        self.username = username
        self.ws: Any = None
        self.pc: RTCPeerConnection | None = None
        self.encounter_id = ""
        self.call_id = "call-1"
        self.heard: list[dict[str, Any]] = []
        self.control: list[dict[str, Any]] = []
        self.vitals: list[dict[str, Any]] = []
        self._reader: asyncio.Task[None] | None = None

    async def open_case(self, encounter_id: str) -> None:
        self.console = console(self.hub_url)  # made on the loop that will use it
        assert await self.console.login(self.username) == 200
        status, _ = await self.console.call("POST", f"/cases/{encounter_id}/take")
        assert status == 200
        self.encounter_id = encounter_id
        self.ws = await self.console.socket().__aenter__()
        self._reader = asyncio.get_running_loop().create_task(self._read())

    async def _read(self) -> None:
        async for frame in self.ws:
            message = json.loads(frame.data)
            self.heard.append(message)
            if message.get("type") == "offer":
                self.offers += 1
                if self.offers > self.ignore_offers:
                    await self._answer(message)

    async def ring(self, call_id: str | None = None) -> None:
        self.call_id = call_id or self.call_id
        await self.ws.send_json({"type": "call", "encounter_id": self.encounter_id,
                                 "call_id": self.call_id})  # fmt: skip

    async def _answer(self, message: dict[str, Any]) -> None:
        if self.pc is not None:
            await self.pc.close()
        pc = self.pc = OwnedPeerConnection()
        pc.addTrack(AudioStreamTrack())
        if self.video is not None:
            if self.camera is None:
                self.camera = file_camera(self.video).start()
            pc.addTrack(CameraTrack(self.camera, LADDER[0]))
        else:
            pc.addTrack(VideoStreamTrack())

        @pc.on("datachannel")
        def channel(ch: Any) -> None:
            target = self.vitals if ch.label == "vitals" else self.control
            ch.on("message", lambda text: target.append(json.loads(text)))

        await pc.setRemoteDescription(RTCSessionDescription(message["sdp"], "offer"))
        await pc.setLocalDescription(await pc.createAnswer())
        answer = pc.localDescription.sdp
        await self.ws.send_json({"type": "answer", "encounter_id": self.encounter_id,
                                 "call_id": self.call_id, "offer_id": message.get("offer_id"),
                                 "sdp": answer})  # fmt: skip

    async def hang_up(self) -> None:
        await self.ws.send_json({"type": "hangup", "encounter_id": self.encounter_id,
                                 "call_id": self.call_id})  # fmt: skip
        if self.pc is not None:
            await self.pc.close()
            self.pc = None

    async def close(self) -> None:
        if self.pc is not None:
            await self.pc.close()
        if self._reader is not None:
            self._reader.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._reader
        if self.ws is not None:
            await self.ws.close()
        if self.console is not None:
            await self.console.session.close()
        if self.camera is not None:
            self.camera.stop()
