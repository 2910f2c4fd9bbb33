"""The consult service on the engine loop: the signalling socket, the call's life, and
what the screens are told.

A specialist rings; the CHO answers (or declines); the kiosk offers, the console answers,
and the call runs in a :class:`~kiosk.rtc.session.PeerSession`. When the link drops the
service rejoins the same consult with a fresh offer as soon as it can, for a few minutes,
telling the CHO meanwhile. The hub's "something waits" messages trigger a sync.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kiosk.devices.camera import Camera, encode_photo
from kiosk.events import EventBus
from kiosk.rtc.events import (
    CALL_STATUS,
    HUB_PRESENCE,
    RING_RESULT,
    CallState,
    CallStatus,
    EndReason,
    HubPresence,
    RingResult,
)
from kiosk.rtc.media import RemoteVideo
from kiosk.rtc.session import PeerSession, Quality
from kiosk.rtc.signalling import Message, SignalClient
from kiosk.store.consults import ConsultRecords
from kiosk.sync.link import LinkPolicy

log = logging.getLogger("kiosk.rtc")
DROP_GRACE = 5.0  # a link "disconnected" this long is dropped: rejoin
CONNECT_WITHIN = 30.0  # an offer not connected by then is tried again
REJOIN_EVERY = 12.0
REJOIN_FOR = 180.0


@dataclass(frozen=True)
class MediaChoice:
    microphone: str = "default"
    speaker: str = "default"


@dataclass
class Call:
    encounter_id: str
    call_id: str
    specialist: str
    ice_servers: list[dict[str, Any]]
    cho_id: str = ""
    session: PeerSession | None = None
    camera: Camera | None = None
    connected_once: bool = False
    dropped_at: float | None = None
    offers: int = 0  # each offer is numbered; an answer to an older one is ignored
    reported_audio_only: bool | None = None  # what the hub last heard of the picture


class ConsultService:
    def __init__(
        self,
        hub_url: str,
        token: str,
        bus: EventBus,
        open_camera: Callable[[], Camera],
        records: ConsultRecords,
        media: MediaChoice | Callable[[], MediaChoice] | None = None,
        on_sync: Callable[[str], None] | None = None,
        link: LinkPolicy | None = None,
    ) -> None:
        self.bus = bus
        self.open_camera = open_camera
        self.records = records
        # The devices are looked up again at every call: a choice made meanwhile
        # (``kiosk consult devices``) applies without restarting the kiosk.
        chosen = media or MediaChoice()
        self.choose_media = chosen if callable(chosen) else (lambda: chosen)
        self.media = MediaChoice()
        self.on_sync = on_sync or (lambda reason: None)
        self.signal = SignalClient(hub_url, token, self._message, self._connected, link=link)
        self.status = CallStatus(CallState.IDLE)
        self.presence = HubPresence(False)
        self.call: Call | None = None
        self._rejoining: asyncio.Task[None] | None = None
        self._rejoin_now = asyncio.Event()
        self.connect_within = CONNECT_WITHIN
        self._drop_timer: asyncio.TimerHandle | None = None
        self._media_reports: set[asyncio.Task[bool]] = set()

    # -- life cycle ----------------------------------------------------------------------------
    async def start(self) -> None:
        self.signal.start()

    async def stop(self) -> None:
        await self._end(EndReason.CHO, notify=True)
        await self.signal.stop()

    # -- what the screens read -------------------------------------------------------------------
    @property
    def remote_video(self) -> RemoteVideo | None:
        session = self.call.session if self.call else None
        return session.remote_video if session else None

    @property
    def camera(self) -> Camera | None:
        return self.call.camera if self.call else None

    def _publish(self, **changes: Any) -> None:
        self.status = dataclasses.replace(self.status, **changes)
        self.bus.publish(CALL_STATUS, self.status)

    # -- the socket ------------------------------------------------------------------------------
    async def _connected(self, up: bool) -> None:
        self.presence = HubPresence(up, self.presence.online if up else ())
        self.bus.publish(HUB_PRESENCE, self.presence)
        if up and self.call is not None and self.status.state is CallState.RECONNECTING:
            self._rejoin_soon()

    async def _message(self, message: Message) -> None:
        kind = message.get("type")
        if kind == "hub_status":
            online = tuple(str(s) for s in message.get("online", []))
            self.presence = HubPresence(True, online)
            self.bus.publish(HUB_PRESENCE, self.presence)
        elif kind in ("sync", "consult_finished"):
            # A finished consult's prescription comes by pull (or live, later).
            self.on_sync("the hub has something for this kiosk")
        elif kind == "ringing":
            self.bus.publish(RING_RESULT, RingResult(str(message.get("encounter_id")), True))
        elif kind == "error" and message.get("error") == "no_case":
            self.bus.publish(RING_RESULT, RingResult(str(message.get("encounter_id")), False))
        elif kind == "call":
            await self._incoming(message)
        elif kind in ("answer", "hangup", "candidate"):
            await self._for_call(message)

    async def _incoming(self, message: Message) -> None:
        encounter_id, call_id = str(message.get("encounter_id")), str(message.get("call_id"))
        if not await asyncio.to_thread(self.records.knows, encounter_id):
            return  # another kiosk of this spoke holds the case
        call = self.call
        if call is not None and call.call_id == call_id and self.status.state is CallState.RINGING:
            return  # the console rings again until answered: one alert is enough
        if call is not None and self.status.active:
            if call.encounter_id == encounter_id:
                # The specialist called again (a reloaded page, a drop we missed): join anew.
                call.call_id = call_id
                await self.signal.send(self._about(call, "accept"))
                self._dropped()
            return
        specialist = message.get("specialist") or {}
        self.call = Call(encounter_id, call_id, str(specialist.get("name", "")),
                         list(message.get("ice_servers") or []))  # fmt: skip
        self.status = CallStatus(CallState.IDLE)
        self._publish(state=CallState.RINGING, encounter_id=encounter_id,
                      specialist=self.call.specialist)  # fmt: skip

    def _about(self, call: Call, kind: str, **extra: Any) -> Message:
        return {"type": kind, "encounter_id": call.encounter_id, "call_id": call.call_id, **extra}

    async def _for_call(self, message: Message) -> None:
        call = self.call
        if call is None or message.get("encounter_id") != call.encounter_id:
            return
        if message.get("call_id") not in (None, call.call_id):
            return
        if message["type"] == "answer" and call.session is not None:
            if message.get("offer_id") != call.offers:
                return  # the answer to an offer made before the last drop
            await call.session.accept_answer(str(message.get("sdp", "")))
        elif message["type"] == "hangup":
            await self._end(EndReason.SPECIALIST, notify=False)

    # -- what the CHO does ---------------------------------------------------------------------
    async def accept(self, cho_id: str) -> None:
        call = self.call
        if call is None or self.status.state is not CallState.RINGING:
            return
        call.cho_id = cho_id
        call.camera = self.open_camera().start()
        await self.signal.send(self._about(call, "accept"))
        self._publish(state=CallState.CONNECTING)
        await self._offer(call, rejoin=False)

    async def decline(self) -> None:
        call = self.call
        if call is None or self.status.state is not CallState.RINGING:
            return
        await self.signal.send(self._about(call, "decline"))
        self.call = None
        self._publish(state=CallState.ENDED, ended=EndReason.DECLINED)

    async def hang_up(self) -> None:
        await self._end(EndReason.CHO, notify=True)

    async def call_hub(self, encounter_id: str) -> bool:
        """Ask the hub to have a specialist call about this case."""
        return await self.signal.send({"type": "ring", "encounter_id": encounter_id})

    async def set_muted(self, muted: bool) -> None:
        if self.call and self.call.session:
            self.call.session.set_muted(muted)
        self._publish(muted=muted)

    async def set_camera_off(self, off: bool) -> None:
        if self.call and self.call.session:
            self.call.session.set_camera_off(off)
        self._publish(camera_off=off)

    async def use_devices(self) -> None:
        """The devices were chosen again: in a call, reconnect with them now."""
        call = self.call
        if call is None or not self.status.active or call.camera is None:
            return
        old, call.camera = call.camera, self.open_camera().start()
        await asyncio.to_thread(old.stop)
        self._dropped()

    async def dismiss(self) -> None:
        """The CHO has read "call ended": back to idle."""
        if not self.status.active and self.status.state is not CallState.RINGING:
            self._publish(state=CallState.IDLE, ended=EndReason.NONE)

    # -- the peer connection -----------------------------------------------------------------------
    async def _offer(self, call: Call, rejoin: bool) -> None:
        assert call.camera is not None
        if call.session is not None:
            await call.session.close()
        self.media = await asyncio.to_thread(self.choose_media)
        session = PeerSession(
            ice_servers=call.ice_servers or list(self.signal.welcome.get("ice_servers") or []),
            camera=call.camera,
            microphone=self.media.microphone,
            speaker=self.media.speaker,
            bus=self.bus,
            on_control=self._control,
            on_quality=self._quality,
            on_state=lambda state: self._link_state(session, state),
        )
        call.session = session
        if session.problems:
            self._publish(problems=tuple(session.problems))
        if self.status.muted:
            session.set_muted(True)
        session.video.camera_off = self.status.camera_off
        sdp = await session.offer()
        call.offers += 1
        self._arm_drop(self.connect_within)  # the answer may never come: the console went away
        offer = self._about(call, "offer", sdp=sdp, rejoin=rejoin, offer_id=call.offers)
        if not await self.signal.send(offer):
            self._arm_drop(0.0)  # the socket is down: rejoin once it is back

    def _link_state(self, session: PeerSession, state: str) -> None:
        call = self.call
        if call is None or call.session is not session:
            return
        if state == "connected":
            if self._drop_timer is not None:
                self._drop_timer.cancel()
                self._drop_timer = None
            call.dropped_at = None
            self._publish(state=CallState.IN_CALL)
            self._report_media(call, session.policy.audio_only)
            if not call.connected_once:
                call.connected_once = True
                asyncio.get_running_loop().create_task(self._started(call))
        elif state in ("disconnected", "failed", "stalled"):
            self._arm_drop(DROP_GRACE if state == "disconnected" else 0.0)

    def _arm_drop(self, delay: float) -> None:
        """Count the call as dropped after ``delay`` unless it connects first."""
        if self._drop_timer is not None:
            self._drop_timer.cancel()
        self._drop_timer = asyncio.get_running_loop().call_later(delay, self._dropped)

    async def _started(self, call: Call) -> None:
        await asyncio.to_thread(self.records.started, call.encounter_id, call.cho_id)
        self.on_sync("the consult began")

    def _dropped(self) -> None:
        self._drop_timer = None
        call = self.call
        if call is None or not self.status.active:
            return
        call.dropped_at = call.dropped_at or time.monotonic()
        if self.status.state is not CallState.RECONNECTING:
            log.info("call dropped; rejoining the consult")
            self._publish(state=CallState.RECONNECTING)
        self._rejoin_soon()

    def _rejoin_soon(self) -> None:
        if self._rejoining is None or self._rejoining.done():
            self._rejoining = asyncio.get_running_loop().create_task(self._rejoin())
        else:
            self._rejoin_now.set()  # offer again now, not at the next round

    async def _rejoin(self) -> None:
        call = self.call
        while (
            call is not None and self.call is call and self.status.state is CallState.RECONNECTING
        ):
            if call.dropped_at and time.monotonic() - call.dropped_at > REJOIN_FOR:
                await self._end(EndReason.DROPPED, notify=True)
                return
            if self.signal.connected:
                await self._offer(call, rejoin=True)
            self._rejoin_now.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._rejoin_now.wait(), REJOIN_EVERY)

    def _report_media(self, call: Call, audio_only: bool) -> None:
        """Tell the hub whether the patient is on video or on audio only: the hub times
        the video of a consult to record its mode (docs/consults.md#consult-mode)."""
        if call.reported_audio_only is audio_only:
            return
        call.reported_audio_only = audio_only
        message = self._about(call, "media", audio_only=audio_only)
        task = asyncio.get_running_loop().create_task(self.signal.send(message))
        self._media_reports.add(task)
        task.add_done_callback(self._media_reports.discard)

    def _quality(self, quality: Quality) -> None:
        call = self.call
        if call is not None and call.connected_once:
            self._report_media(call, quality.mode.audio_only)
        rung = quality.mode.rung
        self._publish(
            quality=quality.level,
            rtt_ms=round(quality.rtt * 1000) if quality.rtt is not None else None,
            loss=round(quality.loss, 3),
            audio_only=quality.mode.audio_only,
            picture=str(rung) if rung else "",
        )

    async def _control(self, message: dict[str, Any]) -> dict[str, Any] | None:
        if message.get("t") != "take_photo":
            return None
        request = str(message.get("request_id", ""))
        call = self.call
        latest = call.camera.latest() if call and call.camera else None
        if call is None or latest is None:
            return {"t": "photo", "request_id": request, "ok": False, "error": "no picture"}
        photo = await asyncio.to_thread(encode_photo, latest[1])
        attachment = await asyncio.to_thread(
            self.records.add_photo, call.encounter_id, photo.original, photo.upload, call.cho_id
        )
        self.on_sync("a photo for the specialist")
        return {"t": "photo", "request_id": request, "ok": True, "attachment_id": attachment.id}

    async def _end(self, reason: EndReason, notify: bool) -> None:
        call, self.call = self.call, None
        if self._drop_timer is not None:
            self._drop_timer.cancel()
            self._drop_timer = None
        if call is None:
            return
        if notify:
            await self.signal.send(self._about(call, "hangup"))
        if call.session is not None:
            await call.session.close()
        if call.camera is not None:
            await asyncio.to_thread(call.camera.stop)
        self._publish(state=CallState.ENDED, ended=reason, audio_only=False, quality="")
