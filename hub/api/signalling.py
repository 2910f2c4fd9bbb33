"""The signalling sockets: one for kiosks (kiosk token), one for the console (session
cookie, CSRF token and Origin). The hub relays call messages between a specialist and
the spoke of a case they hold, tells kiosks which specialties are online and that
something waits for them to pull, and answers echo test calls.

The hub keeps no call state of its own: who may talk to whom comes from the consult
record in storage, and every message goes through the :class:`~hub.signalbus.SignalBus`,
so sockets on different hub processes reach each other (on PostgreSQL the bus is
shared: :mod:`hub.signalbus_postgres`). Whatever is published may cross to another
process through the database, so it holds no credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta

from aiohttp import WSMsgType, web

from hub import consent, ice
from hub.api.console_auth import signed_in, specialist_json
from hub.api.context import HubContext, hub, kiosk
from hub.signalbus import (
    PRESENCE_CHANNEL,
    QUEUE_CHANNEL,
    Message,
    Subscription,
    specialist_channel,
    spoke_channel,
)
from hub.storage.models import CALL_AUDIO, CALL_ENDED, CALL_VIDEO, Kiosk, Specialist

log = logging.getLogger("hub.signal")
HEARTBEAT = 15.0
MAX_MESSAGE = 64 * 1024
PRESENCE_EVERY = 20.0
ONLINE_WINDOW = timedelta(seconds=60)
# Call messages a kiosk may send to the specialist holding its case, and back.
KIOSK_TO_SPECIALIST = frozenset({"accept", "decline", "offer", "hangup", "candidate", "media"})
SPECIALIST_TO_KIOSK = frozenset({"call", "answer", "hangup", "candidate"})
RELAYED_FIELDS = ("type", "encounter_id", "call_id", "offer_id", "sdp", "candidate", "reason",
                  "rejoin", "audio_only")  # fmt: skip


def _relayed(message: Message) -> Message:
    return {k: message[k] for k in RELAYED_FIELDS if k in message}


async def _pump(ws: web.WebSocketResponse, sub: Subscription,
                adapt: Callable[[Message], Awaitable[Message | None]]) -> None:  # fmt: skip
    async for message in sub.messages():
        out = await adapt(message)
        if out is not None and not ws.closed:
            await ws.send_json(out)
    await ws.close()  # the bus dropped this socket: the client reconnects


async def _serve(
    request: web.Request,
    channels: list[str],
    adapt: Callable[[Message], Awaitable[Message | None]],
    handle: Callable[[Message], Awaitable[Message | None]],
    first: list[Message],
) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=HEARTBEAT, max_msg_size=MAX_MESSAGE)
    await ws.prepare(request)
    signals = hub(request).signals
    sub = signals.subscribe(channels)
    pump = asyncio.get_running_loop().create_task(_pump(ws, sub, adapt))
    try:
        for message in first:
            await ws.send_json(message)
        async for frame in ws:
            if frame.type != WSMsgType.TEXT:
                continue
            try:
                message = json.loads(frame.data)
            except json.JSONDecodeError:
                await ws.send_json({"type": "error", "error": "bad_json"})
                continue
            if not isinstance(message, dict) or not isinstance(message.get("type"), str):
                await ws.send_json({"type": "error", "error": "bad_message"})
                continue
            reply = await handle(message)
            if reply is not None:
                await ws.send_json(reply)
    except ConnectionResetError:
        pass  # the link went mid-write (a pong, a reply): the client reconnects
    finally:
        signals.unsubscribe(sub)
        pump.cancel()
        with contextlib.suppress(asyncio.CancelledError, ConnectionResetError):
            await pump
    return ws


# -- kiosks ---------------------------------------------------------------------------------
async def hub_status(ctx: HubContext, who: Kiosk) -> Message:
    since = ctx.clock() - ONLINE_WINDOW
    online = await ctx.storage.online_specialties(who.spoke_id, since)
    return {"type": "hub_status", "online": online}


async def _from_kiosk(ctx: HubContext, who: Kiosk, message: Message) -> Message | None:
    kind = message["type"]
    encounter_id = message.get("encounter_id")
    if kind == "echo":
        from hub.api.echo import answer_echo  # aiortc only when a test call comes

        return await answer_echo(ctx, who, message)
    if not isinstance(encounter_id, str):
        return {"type": "error", "error": "bad_message"}
    if kind == "ring":
        case = await ctx.storage.consult_case(encounter_id)
        if (
            case is not None
            and case.entry.spoke_id == who.spoke_id
            and consent.refusal(case.consents)
        ):
            return {"type": "error", "error": "no_consent", "encounter_id": encounter_id}
        state = await ctx.storage.ring_consult(who.spoke_id, encounter_id, ctx.clock())
        if state is None:
            return {"type": "error", "error": "no_case", "encounter_id": encounter_id}
        await ctx.signals.publish(QUEUE_CHANNEL, {"type": "queue"})
        return {"type": "ringing", "encounter_id": encounter_id}
    if kind in KIOSK_TO_SPECIALIST:
        state = await ctx.storage.consult_state(encounter_id)
        if state is None or state.spoke_id != who.spoke_id or state.taken_by is None:
            return {"type": "error", "error": "no_call", "encounter_id": encounter_id}
        if kind == "media" and message.get("audio_only") is True:
            # For the programme's figures: this consult's call fell back to audio only.
            await ctx.storage.note_audio_only(who.spoke_id, encounter_id, ctx.clock())
        out = {**_relayed(message), "kiosk_id": who.id}
        await _note_media(ctx, who.spoke_id, encounter_id, message)
        await ctx.signals.publish(specialist_channel(state.taken_by), out)
        return None
    return {"type": "error", "error": "unknown_type"}


async def _note_media(ctx: HubContext, spoke_id: str, encounter_id: str, message: Message) -> None:
    """The consult's mode is timed from the kiosk's own reports of its picture (video or
    audio only) and from the call's end, whichever side hangs up (hub/consult_kind.py)."""
    kind = message["type"]
    if kind == "media" and isinstance(message.get("audio_only"), bool):
        state = CALL_AUDIO if message["audio_only"] else CALL_VIDEO
    elif kind == "hangup":
        state = CALL_ENDED
    else:
        return
    await ctx.storage.note_call_media(encounter_id, spoke_id, state, ctx.clock())


async def kiosk_socket(request: web.Request) -> web.WebSocketResponse:
    ctx, who = hub(request), kiosk(request)

    async def adapt(message: Message) -> Message | None:
        if message.get("type") == "presence":
            return await hub_status(ctx, who)
        if message.get("origin") == who.id:  # "sync" after this kiosk's own push
            return None
        if message.get("type") == "call":
            # Added here, by the process holding this socket: TURN credentials never
            # travel between hub processes.
            servers = ice.ice_servers(ctx.config, f"spoke-{who.spoke_id}", ctx.clock())
            return {**message, "ice_servers": servers}
        return message

    welcome = {
        "type": "welcome",
        "kiosk_id": who.id,
        "spoke_id": who.spoke_id,
        "ice_servers": ice.ice_servers(ctx.config, f"kiosk-{who.id}", ctx.clock()),
    }
    return await _serve(
        request,
        [spoke_channel(who.spoke_id), PRESENCE_CHANNEL],
        adapt,
        lambda m: _from_kiosk(ctx, who, m),
        [welcome, await hub_status(ctx, who)],
    )


# -- the console ------------------------------------------------------------------------------
async def _from_console(ctx: HubContext, me: Specialist, message: Message) -> Message | None:
    kind, encounter_id = message["type"], message.get("encounter_id")
    if kind == "ping":
        return {"type": "pong"}
    if kind not in SPECIALIST_TO_KIOSK or not isinstance(encounter_id, str):
        return {"type": "error", "error": "unknown_type"}
    state = await ctx.storage.consult_state(encounter_id)
    # A prescription finishes the consult while the call may go on: its hangup still goes.
    finished = state is not None and state.ended_at is not None and kind != "hangup"
    if state is None or state.taken_by != me.username or finished:
        return {"type": "error", "error": "not_yours", "encounter_id": encounter_id}
    if kind == "call":
        case = await ctx.storage.consult_case(encounter_id)
        if case is None or consent.refusal(case.consents):
            return {"type": "error", "error": "no_consent", "encounter_id": encounter_id}
    out = _relayed(message)
    if kind == "hangup":
        await _note_media(ctx, state.spoke_id, encounter_id, message)
    if kind == "call":
        out["specialist"] = {"name": me.name, "specialty": me.specialty}
    await ctx.signals.publish(spoke_channel(state.spoke_id), out)
    return None


async def _keep_present(ctx: HubContext, me: Specialist) -> None:
    while True:
        await ctx.storage.specialist_seen(me.username, ctx.clock())
        await asyncio.sleep(PRESENCE_EVERY)


async def console_socket(request: web.Request) -> web.WebSocketResponse:
    me, _session = await signed_in(request, changes=True)
    ctx = hub(request)
    await ctx.storage.specialist_seen(me.username, ctx.clock())
    await ctx.signals.publish(PRESENCE_CHANNEL, {"type": "presence"})
    present = asyncio.get_running_loop().create_task(_keep_present(ctx, me))

    async def adapt(message: Message) -> Message | None:
        return message

    welcome = {
        "type": "welcome",
        "specialist": specialist_json(me),
        "ice_servers": ice.ice_servers(ctx.config, me.username, ctx.clock()),
    }
    try:
        return await _serve(
            request,
            [specialist_channel(me.username), QUEUE_CHANNEL],
            adapt,
            lambda m: _from_console(ctx, me, m),
            [welcome],
        )
    finally:
        present.cancel()
        # Gone: seen long enough ago that kiosks stop offering to ring this specialist.
        await ctx.storage.specialist_seen(me.username, ctx.clock() - ONLINE_WINDOW)
        await ctx.signals.publish(PRESENCE_CHANNEL, {"type": "presence"})
