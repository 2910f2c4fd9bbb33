"""``kiosk consult test-call``: a headless call to the hub's echo room, which plays the
kiosk's own picture and sound straight back. District IT reads the figures to check a
terminal's camera, microphone and link without troubling a specialist."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from kiosk.devices.camera import Camera
from kiosk.rtc.media import file_camera
from kiosk.rtc.session import PeerSession
from kiosk.rtc.signalling import Message, SignalClient
from kiosk.rtc.stats import CallFigures

CONNECT_SECONDS = 30.0
WARM_UP_SECONDS = 3.0  # the encoder's first key frame and the link policy's first look


class TestCallError(RuntimeError):
    """The test call could not start; the message says where it stopped."""

    __test__ = False  # not a pytest test class, whatever its name


async def _wait(queue: asyncio.Queue[Message], kind: str, what: str) -> Message:
    try:
        async with asyncio.timeout(CONNECT_SECONDS):
            while True:
                message = await queue.get()
                if message.get("type") == kind:
                    return message
                if message.get("type") == "error":
                    raise TestCallError(f"the hub refused the test call: {message.get('error')}")
    except TimeoutError:
        raise TestCallError(f"no answer from the hub: {what}") from None


async def _welcome(client: SignalClient, inbox: asyncio.Queue[Message]) -> Message:
    """The hub's welcome; the first failed connection attempt ends the test at once."""
    waiting = asyncio.ensure_future(_wait(inbox, "welcome", "the signalling socket did not open"))
    while not waiting.done():
        if client.last_error:
            waiting.cancel()
            raise TestCallError(f"no answer from the hub ({client.last_error})")
        await asyncio.sleep(0.05)
    return waiting.result()


async def test_call(
    hub_url: str,
    token: str,
    seconds: float,
    open_camera: Callable[[], Camera],
    microphone: str = "default",
    speaker: str = "none",
    progress: Callable[[str], None] = lambda text: None,
) -> tuple[CallFigures, list[str]]:
    """Run the echo call; return its figures and any device problems (no microphone...)."""
    inbox: asyncio.Queue[Message] = asyncio.Queue()

    async def heard(message: Message) -> None:
        await inbox.put(message)

    client = SignalClient(hub_url, token, heard, connect_timeout=CONNECT_SECONDS)
    client.start()
    camera = open_camera().start()
    session: PeerSession | None = None
    try:
        welcome = await _welcome(client, inbox)
        progress("signalling connected")
        if not await asyncio.to_thread(camera.wait_open, 10.0):
            raise TestCallError(f"the camera gave no picture: {camera.error or 'no frames'}")
        session = PeerSession(
            ice_servers=list(welcome.get("ice_servers") or []),
            camera=camera,
            microphone=microphone,
            speaker=speaker,
        )
        connected = asyncio.Event()
        session.on_state = lambda state: connected.set() if state == "connected" else None
        await client.send({"type": "echo", "sdp": await session.offer()})
        answer = await _wait(inbox, "echo_answer", "the echo room did not answer")
        await session.accept_answer(str(answer["sdp"]))
        try:
            await asyncio.wait_for(connected.wait(), CONNECT_SECONDS)
        except TimeoutError:
            raise TestCallError(
                "the media link did not connect (check the firewall and TURN)"
            ) from None
        progress("media connected; measuring")
        await asyncio.sleep(WARM_UP_SECONDS)
        start = await session.mark()
        await asyncio.sleep(seconds)
        return await session.figures(start), session.problems
    finally:
        if session is not None:
            await session.close()
        await client.stop()
        await asyncio.to_thread(camera.stop)


def file_camera_factory(video: Path) -> Callable[[], Camera]:
    return lambda: file_camera(video)
