"""Closing a consult's peer connection while it is still connecting leaves nothing behind.

aiortc connects in a task it does not keep; a connection closed during the handshake used
to leave that task running on, to fail later with an exception nobody retrieved
("RTCIceTransport is closed"), reported at teardown of whatever test ran next. The DTLS
handshake is held here until the test has closed the connection, so the moment that
happened once in a while under load happens every time.
"""

from __future__ import annotations

import asyncio
import gc
from typing import Any

import pytest
from aiortc import AudioStreamTrack, RTCDtlsTransport, RTCPeerConnection, VideoStreamTrack

from kiosk.rtc.peer import OwnedPeerConnection


def _connect_tasks() -> list[asyncio.Task[Any]]:
    return [
        t for t in asyncio.all_tasks()
        if "__connect" in getattr(t.get_coro(), "__qualname__", "") and not t.done()
    ]  # fmt: skip


async def _close_during_handshake(
    make: type[RTCPeerConnection], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[Any], list[asyncio.Task[Any]]]:
    errors: list[Any] = []
    asyncio.get_running_loop().set_exception_handler(
        lambda _loop, context: errors.append(context.get("exception") or context["message"])
    )
    held = asyncio.Event()
    real_start = RTCDtlsTransport.start

    async def held_start(self: RTCDtlsTransport, remote: Any) -> None:
        held.set()
        await asyncio.Event().wait()  # a handshake that has not finished when the call ends
        await real_start(self, remote)

    monkeypatch.setattr(RTCDtlsTransport, "start", held_start)
    offerer, answerer = make(), make()
    for pc in (offerer, answerer):
        pc.addTrack(AudioStreamTrack())
        pc.addTrack(VideoStreamTrack())
    offerer.createDataChannel("vitals")
    await offerer.setLocalDescription(await offerer.createOffer())
    await answerer.setRemoteDescription(offerer.localDescription)
    await answerer.setLocalDescription(await answerer.createAnswer())
    await offerer.setRemoteDescription(answerer.localDescription)
    await asyncio.wait_for(held.wait(), 10)
    await offerer.close()
    await answerer.close()
    left = _connect_tasks()
    for task in left:  # what the plain connection leaves behind, so the loop can end
        task.cancel()
    await asyncio.gather(*left, return_exceptions=True)
    gc.collect()
    await asyncio.sleep(0)
    return errors, left


def test_closing_during_the_handshake_ends_the_connect_task(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    errors, left = asyncio.run(_close_during_handshake(OwnedPeerConnection, monkeypatch))
    assert left == []
    assert errors == []


def test_aiortc_alone_leaves_the_connect_task_running(monkeypatch: pytest.MonkeyPatch) -> None:
    """The reason for OwnedPeerConnection: if aiortc ever owns its task, this fails and the
    subclass can go."""
    _errors, left = asyncio.run(_close_during_handshake(RTCPeerConnection, monkeypatch))
    assert left != []
