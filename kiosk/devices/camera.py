"""The webcam: OpenCV capture on its own thread, keeping only the newest frame.

The UI looks at the newest frame when it repaints; frames it did not look at are
simply replaced, so a slow screen never builds a queue. Photos are kept as JPEG: the
original for the clinic, and a copy at most 1280 pixels wide for the hub.
A simulated camera stands in for the real one in the demo and the tests.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import cv2
import numpy as np
import numpy.typing as npt

log = logging.getLogger("kiosk.devices")
Frame = npt.NDArray[Any]
UPLOAD_LONGEST_SIDE = 1280
CAMERA_SETTING = "camera.device"


class CameraUnavailableError(RuntimeError):
    """No camera, or the chosen one would not open."""


class FrameSource(Protocol):
    def read(self) -> tuple[bool, Frame | None]: ...

    def release(self) -> None: ...


@dataclass(frozen=True)
class CameraChoice:
    id: str
    name: str


class Cameras:
    """The cameras of this machine (``/dev/video*`` on Linux), and how to open one."""

    def __init__(self, sys_root: Path = Path("/sys/class/video4linux")) -> None:
        self.sys_root = sys_root

    def choices(self) -> list[CameraChoice]:
        if not self.sys_root.is_dir():
            return []
        out = []
        for entry in sorted(self.sys_root.glob("video*"), key=lambda p: _index(p.name)):
            name_file = entry / "name"
            name = name_file.read_text(encoding="utf-8").strip() if name_file.exists() else ""
            # Each USB camera shows two nodes; the metadata one cannot capture.
            if (entry / "index").exists() and (entry / "index").read_text().strip() != "0":
                continue
            out.append(CameraChoice(str(_index(entry.name)), name or entry.name))
        return out

    def open(self, choice: str) -> FrameSource:
        capture = cv2.VideoCapture(int(choice), cv2.CAP_V4L2)
        if not capture.isOpened():
            capture.release()
            raise CameraUnavailableError(f"camera {choice} would not open")
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, 1280)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, 720)
        return _OpenCvSource(capture)


class _OpenCvSource:
    def __init__(self, capture: cv2.VideoCapture) -> None:
        self.capture = capture

    def read(self) -> tuple[bool, Frame | None]:
        ok, frame = self.capture.read()
        return bool(ok), np.asarray(frame) if ok else None

    def release(self) -> None:
        self.capture.release()


def _index(name: str) -> int:
    digits = "".join(c for c in name if c.isdigit())
    return int(digits) if digits else 0


class SimulatedCamera:
    """A moving test picture, with an optional card (an ABHA card's QR code) held up."""

    def __init__(self, card: Frame | None = None, size: tuple[int, int] = (640, 480)) -> None:
        self.card = card
        self.width, self.height = size
        self.started = time.monotonic()
        self.released = False

    def read(self) -> tuple[bool, Frame | None]:
        if self.released:
            return False, None
        t = time.monotonic() - self.started
        y, x = np.mgrid[0 : self.height, 0 : self.width]
        frame = np.empty((self.height, self.width, 3), np.uint8)
        frame[..., 0] = (150 + 40 * np.sin(x / 60 + t)).astype(np.uint8)
        frame[..., 1] = (170 + 30 * np.cos(y / 50 - t)).astype(np.uint8)
        frame[..., 2] = 200
        cx = int(self.width / 2 + self.width / 4 * math.cos(t))
        cv2.circle(frame, (cx, self.height // 2), 40, (60, 110, 15), -1)
        if self.card is not None:
            h, w = self.card.shape[:2]
            top, left = (self.height - h) // 2, (self.width - w) // 2
            frame[top : top + h, left : left + w] = self.card
        time.sleep(1 / 30)
        return True, frame

    def release(self) -> None:
        self.released = True


def card_picture(text: str, height: int = 300) -> Frame:
    """A card with ``text`` as a QR code on it, for a simulated camera to hold up."""
    code = cv2.QRCodeEncoder.create().encode(text)
    scale = max(1, (height - 60) // code.shape[0])
    code = cv2.resize(code, None, fx=scale, fy=scale, interpolation=cv2.INTER_NEAREST)
    card = cv2.copyMakeBorder(code, 30, 30, 30, 30, cv2.BORDER_CONSTANT, value=255)
    return np.asarray(cv2.cvtColor(card, cv2.COLOR_GRAY2BGR))


class SimulatedCameras(Cameras):
    """One simulated camera, for the demo and the tests."""

    def __init__(self, card: Frame | None = None) -> None:
        super().__init__()
        self.card = card

    def choices(self) -> list[CameraChoice]:
        return [CameraChoice("sim", "Simulated camera")]

    def open(self, choice: str) -> FrameSource:
        return SimulatedCamera(self.card)


class Camera:
    """Reads frames on its own thread; ``latest()`` is the newest one and its number."""

    def __init__(self, open_source: Callable[[], FrameSource]) -> None:
        self.open_source = open_source
        self.error: str | None = None
        self._latest: tuple[int, Frame] | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._opened = threading.Event()
        self._thread = threading.Thread(target=self._run, name="camera", daemon=True)

    def start(self) -> Camera:
        self._thread.start()
        return self

    def wait_open(self, timeout: float = 5.0) -> bool:
        """True once the camera gave a frame; False if it failed (see ``error``)."""
        self._opened.wait(timeout)
        return self._latest is not None

    def latest(self) -> tuple[int, Frame] | None:
        with self._lock:
            return self._latest

    def _run(self) -> None:
        try:
            source = self.open_source()
        except (CameraUnavailableError, cv2.error, OSError) as error:
            self.error = str(error)
            self._opened.set()
            return
        count = 0
        try:
            while not self._stop.is_set():
                ok, frame = source.read()
                if not ok or frame is None:
                    self.error = "the camera stopped sending pictures"
                    break
                count += 1
                with self._lock:
                    self._latest = (count, frame)
                self._opened.set()
        finally:
            source.release()
            self._opened.set()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2)


@dataclass(frozen=True)
class Photo:
    original: bytes
    upload: bytes


def encode_photo(frame: Frame) -> Photo:
    """The frame as JPEG, and a smaller copy for the hub (rural links are slow)."""
    ok, original = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 92])
    if not ok:
        raise ValueError("the picture could not be encoded")
    height, width = frame.shape[:2]
    scale = min(1.0, UPLOAD_LONGEST_SIDE / max(height, width))
    small = frame
    if scale < 1.0:
        size = (round(width * scale), round(height * scale))
        small = cv2.resize(frame, size, interpolation=cv2.INTER_AREA)
    ok, upload = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, 75])
    if not ok:
        raise ValueError("the picture could not be encoded")
    return Photo(original.tobytes(), upload.tobytes())


def read_qr(frame: Frame) -> str | None:
    """The text of a QR code in the picture, if OpenCV finds and decodes one."""
    try:
        text, _points, _ = cv2.QRCodeDetector().detectAndDecode(frame)
    except cv2.error:
        return None
    return str(text) if text else None
