"""One aiortc peer connection of a consult, as the kiosk holds it.

The kiosk always makes the offer: it knows its own link and adapts to it. It sends VP8
from the webcam thread and mono Opus from the microphone (encoders in
:mod:`kiosk.rtc.encoders`), plays what arrives, streams live vitals on an unordered
data channel and takes requests (a photo) on a reliable one. Every couple of seconds it
reads the call's statistics and lets :class:`~kiosk.rtc.policy.LinkPolicy` choose the
picture the link can carry, down to audio only and back, and tells the console.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiortc import (
    MediaStreamTrack,
    RTCConfiguration,
    RTCIceServer,
    RTCRtpSender,
    RTCSessionDescription,
)

from kiosk.devices.camera import Camera
from kiosk.events import EventBus
from kiosk.rtc.audio import AudioUnavailableError, Speaker, open_microphone
from kiosk.rtc.encoders import MonoOpusEncoder, RuralVp8Encoder, use_encoder
from kiosk.rtc.media import CameraTrack, RemoteVideo
from kiosk.rtc.peer import OwnedPeerConnection
from kiosk.rtc.policy import LinkPolicy, LinkSample, Mode
from kiosk.rtc.stats import CallFigures, Counters, LinkReader, counters, figures
from kiosk.rtc.vitals_feed import VitalsFeed

log = logging.getLogger("kiosk.rtc")
LOOK_EVERY = 2.0
STALL_LOOKS = 3  # no sound at all from the far end for this many looks: the link is gone
Control = Callable[[dict[str, Any]], Awaitable[dict[str, Any] | None]]


@dataclass(frozen=True)
class Quality:
    """How the link looks now, for the screen's indicator."""

    level: str  # good, fair, poor
    rtt: float | None
    loss: float
    mode: Mode


def quality_of(policy: LinkPolicy, sample: LinkSample) -> Quality:
    loss, queue = policy.loss, policy.queue
    level = "good"
    if policy.audio_only or loss > 0.08 or queue > 0.5:
        level = "poor"
    elif loss > 0.02 or queue > 0.2 or (policy.index > 2):
        level = "fair"
    return Quality(level, sample.rtt, loss, policy.mode)


def configuration(servers: list[dict[str, Any]]) -> RTCConfiguration:
    return RTCConfiguration(
        [RTCIceServer(s["urls"], s.get("username"), s.get("credential")) for s in servers]
    )


def _prefer(pc: OwnedPeerConnection, kind: str, mime: str) -> None:
    codecs = [
        c for c in RTCRtpSender.getCapabilities(kind).codecs
        if c.mimeType.lower() in (mime, f"{kind}/rtx")
    ]  # fmt: skip
    for transceiver in pc.getTransceivers():
        if transceiver.kind == kind:
            transceiver.setCodecPreferences(codecs)


class PeerSession:
    def __init__(
        self,
        *,
        ice_servers: list[dict[str, Any]],
        camera: Camera,
        microphone: str,
        speaker: str,
        bus: EventBus | None = None,
        on_control: Control | None = None,
        on_quality: Callable[[Quality], None] | None = None,
        on_state: Callable[[str], None] | None = None,
        policy: LinkPolicy | None = None,
    ) -> None:
        self.pc = OwnedPeerConnection(configuration(ice_servers))
        self.policy = policy or LinkPolicy()
        self.on_control = on_control
        self.on_quality = on_quality or (lambda q: None)
        self.on_state = on_state or (lambda s: None)
        self.bus = bus
        self.problems: list[str] = []
        self.remote_video = RemoteVideo()
        self.video = CameraTrack(camera, self.policy.mode.rung or self.policy.ladder[-1])
        self.vp8 = RuralVp8Encoder(self.video.rung.bitrate if self.video.rung else 0)
        try:
            microphone_track, self._player = open_microphone(microphone)
        except AudioUnavailableError as error:
            from aiortc import AudioStreamTrack

            self.problems.append(str(error))
            microphone_track, self._player = AudioStreamTrack(), None
        self.microphone = microphone_track
        try:
            self.speaker = Speaker(speaker)
        except AudioUnavailableError as error:
            self.problems.append(str(error))
            self.speaker = Speaker("none")
        use_encoder(self.pc.addTrack(self.microphone), MonoOpusEncoder())
        use_encoder(self.pc.addTrack(self.video), self.vp8)
        _prefer(self.pc, "video", "video/vp8")
        _prefer(self.pc, "audio", "audio/opus")
        self.vitals_channel = self.pc.createDataChannel("vitals", ordered=False, maxRetransmits=0)
        self.control = self.pc.createDataChannel("control")
        self.control.on("message", self._control_message)
        self.control.on("open", self._announce_mode)
        self.feed: VitalsFeed | None = None
        self.vitals_channel.on("open", self._start_feed)
        self.pc.on("track", self._track)
        self.pc.on("connectionstatechange", lambda: self.on_state(self.pc.connectionState))
        self._tasks: set[asyncio.Task[Any]] = set()
        self._reader = LinkReader()
        self._looking: asyncio.Task[None] | None = None
        self._start: Counters | None = None
        self._heard = (0, 0)  # (audio packets received, looks without a new one)
        self.muted = False

    # -- negotiation ---------------------------------------------------------------------------
    async def offer(self) -> str:
        await self.pc.setLocalDescription(await self.pc.createOffer())
        return str(self.pc.localDescription.sdp)

    async def accept_answer(self, sdp: str) -> None:
        await self.pc.setRemoteDescription(RTCSessionDescription(sdp, "answer"))
        if self._looking is None:
            self._looking = self._spawn(self._look())

    # -- media ---------------------------------------------------------------------------------
    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def _track(self, track: MediaStreamTrack) -> None:
        if track.kind == "video":
            self._spawn(self.remote_video.consume(track))
        else:
            self._spawn(self.speaker.play(track))

    def _start_feed(self) -> None:
        if self.bus is not None and self.feed is None:
            self.feed = VitalsFeed(self.bus, self._send_vitals)

    def _send_vitals(self, text: str) -> None:
        if self.vitals_channel.readyState == "open":
            self.vitals_channel.send(text)

    def set_muted(self, muted: bool) -> None:
        """Muted: silence goes out instead of the microphone (the stream stays up)."""
        self.muted = muted
        sender = next(s for s in self.pc.getSenders() if s.kind == "audio")
        if muted:
            from aiortc import AudioStreamTrack

            sender.replaceTrack(AudioStreamTrack())
        else:
            sender.replaceTrack(self.microphone)

    def set_camera_off(self, off: bool) -> None:
        self.video.camera_off = off
        self.send_control({"t": "media", "camera_off": off, "audio_only": self.policy.audio_only})

    # -- control channel -------------------------------------------------------------------------
    def send_control(self, message: dict[str, Any]) -> None:
        if self.control.readyState == "open":
            self.control.send(json.dumps(message))

    def _announce_mode(self) -> None:
        self.send_control({"t": "media", "audio_only": self.policy.audio_only,
                           "camera_off": self.video.camera_off})  # fmt: skip

    def _control_message(self, text: Any) -> None:
        try:
            message = json.loads(text)
        except (TypeError, ValueError):
            return
        if isinstance(message, dict) and self.on_control is not None:
            self._spawn(self._answer_control(message))

    async def _answer_control(self, message: dict[str, Any]) -> None:
        assert self.on_control is not None
        reply = await self.on_control(message)
        if reply is not None:
            self.send_control(reply)

    # -- adapting to the link --------------------------------------------------------------------
    async def _look(self) -> None:
        while True:
            await asyncio.sleep(LOOK_EVERY)
            report = await self.pc.getStats()
            if self._start is None:
                self._start = self._counters(report)
            self._watch_stall(report)
            sample = self._reader.sample(report, self.vp8.estimate)
            mode = self.policy.update(sample)
            if mode is not None:
                self.apply(mode)
            self.on_quality(quality_of(self.policy, sample))

    def _watch_stall(self, report: Any) -> None:
        """aiortc notices a dead link only when ICE consent runs out (half a minute); the
        far end's voice stopping altogether says it sooner. (A muted console still sends
        silence, so packets keep coming on a live link.)"""
        inbound = [s for s in report.values() if getattr(s, "type", "") == "inbound-rtp"]
        received = sum(int(s.packetsReceived) for s in inbound if s.kind == "audio")
        before, quiet = self._heard
        quiet = quiet + 1 if received == before and received > 0 else 0
        self._heard = (received, quiet)
        if quiet == STALL_LOOKS:
            self.on_state("stalled")

    def apply(self, mode: Mode) -> None:
        log.info("link: %s", mode.reason or mode.rung)
        if mode.rung is not None:
            if self.video.rung is None:
                self.vp8.key_next = True
            self.vp8.cap = mode.rung.bitrate
        self.video.set_rung(mode.rung)
        self._announce_mode()

    def _counters(self, report: Any) -> Counters:
        return counters(report, self.video.frames_sent, self.remote_video.frames)

    async def figures(self, since: Counters | None = None) -> CallFigures:
        report = await self.pc.getStats()
        now = self._counters(report)
        out = figures(report, since or self._start or now, now)
        rung = self.video.rung
        out.sent_resolution = f"{rung.width}x{rung.height}" if rung else ""
        width, height = self.remote_video.size
        out.received_resolution = f"{width}x{height}" if width else ""
        out.audio_only = self.policy.audio_only
        if self.vp8.frames_encoded:
            out.encode_ms = round(self.vp8.encode_seconds / self.vp8.frames_encoded * 1000, 2)
        return out

    async def mark(self) -> Counters:
        """Counters now, to measure figures from."""
        return self._counters(await self.pc.getStats())

    async def close(self) -> None:
        if self.feed is not None:
            self.feed.stop()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.speaker.stop()
        await self.pc.close()
        self.microphone.stop()
