"""Media for a consult: video from the webcam thread, a video file standing in for the
webcam, and the far side's video kept as its newest frame for the screen.

The call never opens the camera itself: :class:`CameraTrack` looks at the newest frame
the camera thread holds (the same thread the photo panel uses), crops it to 4:3, and
lets libswscale scale it to the rung the link policy chose, at that rung's frame rate.
Frames the track did not take are simply replaced, so a slow encoder never queues them.
"""

from __future__ import annotations

import asyncio
import fractions
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import av
import cv2
import numpy as np
from aiortc import MediaStreamTrack, VideoStreamTrack
from aiortc.mediastreams import MediaStreamError

from kiosk.devices.camera import Camera, Frame, FrameSource
from kiosk.rtc.policy import LADDER, START_RUNG, Rung

VIDEO_CLOCK = 90000
TIME_BASE = fractions.Fraction(1, VIDEO_CLOCK)
CAMERA_OFF_FPS = 2  # the camera switched off still sends a few black frames: "no picture"


def crop_4_3(frame: Frame) -> Frame:
    """The middle of a wide frame, 4:3, as a view (no copy)."""
    height, width = frame.shape[:2]
    wanted = height * 4 // 3
    if width > wanted:
        left = (width - wanted) // 2
        return frame[:, left : left + wanted]
    return frame


class CameraTrack(VideoStreamTrack):
    def __init__(self, camera: Camera, rung: Rung = LADDER[START_RUNG]) -> None:
        super().__init__()
        self.camera = camera
        self.rung: Rung | None = rung
        self.camera_off = False
        self.frames_sent = 0
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._started: float | None = None
        self._next = 0.0
        self._black: dict[tuple[int, int], Frame] = {}

    def set_rung(self, rung: Rung | None) -> None:
        """Change resolution and frame rate; ``None`` pauses video (audio only)."""
        self.rung = rung
        if rung is None:
            self._resumed.clear()
        else:
            self._resumed.set()

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        await self._resumed.wait()
        rung = self.rung or LADDER[-1]
        fps = CAMERA_OFF_FPS if self.camera_off else rung.fps
        now = time.monotonic()
        if self._started is None:
            self._started = self._next = now
        self._next = max(self._next + 1 / fps, now - 0.5)  # never catch up a backlog
        if self._next > now:
            await asyncio.sleep(self._next - now)
        picture = self._picture(rung)
        frame = av.VideoFrame.from_ndarray(picture, format="bgr24").reformat(
            width=rung.width, height=rung.height, format="yuv420p"
        )
        frame.pts = int((time.monotonic() - self._started) * VIDEO_CLOCK)
        frame.time_base = TIME_BASE
        self.frames_sent += 1
        return frame

    def _picture(self, rung: Rung) -> Frame:
        latest = None if self.camera_off else self.camera.latest()
        if latest is None:
            key = (rung.width, rung.height)
            if key not in self._black:
                self._black[key] = np.zeros((rung.height, rung.width, 3), np.uint8)
            return self._black[key]
        return np.ascontiguousarray(crop_4_3(latest[1]))


class VideoFileSource:
    """A video file played in a loop at its own frame rate, as if it were a webcam: tests
    and ``kiosk consult test-call --video`` feed it to a :class:`Camera` thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.capture = cv2.VideoCapture(str(path))
        if not self.capture.isOpened():
            raise OSError(f"cannot read video file {path}")
        fps = self.capture.get(cv2.CAP_PROP_FPS)
        self.interval = 1 / fps if 1 <= fps <= 120 else 1 / 25
        self._next = time.monotonic()

    def read(self) -> tuple[bool, Frame | None]:
        ok, frame = self.capture.read()
        if not ok:
            self.capture.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = self.capture.read()
            if not ok:
                return False, None
        self._next += self.interval
        delay = self._next - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        else:
            self._next = time.monotonic()
        return True, np.asarray(frame)

    def release(self) -> None:
        self.capture.release()


def file_camera(path: Path) -> Camera:
    def open_source() -> FrameSource:
        return VideoFileSource(path)

    return Camera(open_source)


async def frames(track: MediaStreamTrack) -> AsyncIterator[Any]:
    """Every frame of a received track, until it ends."""
    while True:
        try:
            yield await track.recv()
        except MediaStreamError:
            return


class RemoteVideo:
    """The specialist's video as the newest decoded frame, with counts for the call's
    figures. A task on the engine loop feeds it; the screen looks at it. The frame is
    turned into a BGR picture only when someone looks, and once: a kiosk whose screen
    shows something else spends nothing on it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frame: tuple[int, Any] | None = None
        self._latest: tuple[int, Frame] | None = None
        self.frames = 0
        self.size = (0, 0)
        self.started: float | None = None
        self.last_at: float | None = None

    def latest(self) -> tuple[int, Frame] | None:
        with self._lock:
            frame = self._frame
            if frame is None:
                return None
            if self._latest is None or self._latest[0] != frame[0]:
                self._latest = (frame[0], frame[1].to_ndarray(format="bgr24"))
            return self._latest

    def clear(self) -> None:
        with self._lock:
            self._frame = self._latest = None

    async def consume(self, track: MediaStreamTrack) -> None:
        async for frame in frames(track):
            now = time.monotonic()
            with self._lock:
                self.frames += 1
                self._frame = (self.frames, frame)
            self.size = (frame.width, frame.height)
            self.started = self.started or now
            self.last_at = now


class AudioMeter:
    """Counts what arrives on an audio track and how loud it is (for the figures and the
    tests), when no speaker plays it."""

    def __init__(self) -> None:
        self.frames = 0
        self.samples = 0
        self.peak = 0

    async def consume(self, track: MediaStreamTrack) -> None:
        async for frame in frames(track):
            self.frames += 1
            data = frame.to_ndarray()
            self.samples += int(frame.samples)
            self.peak = max(self.peak, int(np.abs(data).max()) if data.size else 0)
