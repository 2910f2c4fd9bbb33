"""Media files for call tests, made on the spot: a moving test card as video and a
tone as sound, so no test depends on a camera, a microphone or a download."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

import cv2
import numpy as np


def make_test_card(path: Path, seconds: float = 3.0, fps: int = 15,
                    size: tuple[int, int] = (640, 480)) -> Path:  # fmt: skip
    width, height = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    y, x = np.mgrid[0:height, 0:width]
    for i in range(int(seconds * fps)):
        t = i / fps
        frame = np.empty((height, width, 3), np.uint8)
        frame[..., 0] = (120 + 60 * np.sin(x / 40 + 3 * t)).astype(np.uint8)
        frame[..., 1] = (120 + 60 * np.cos(y / 30 - 2 * t)).astype(np.uint8)
        frame[..., 2] = ((x + y + int(80 * t)) % 256).astype(np.uint8)
        cx = int(width / 2 + width / 3 * math.cos(2 * t))
        cv2.circle(frame, (cx, height // 2), 50, (255, 255, 255), -1)
        cv2.putText(frame, f"{i:04d}", (20, 60), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 4)
        writer.write(frame)
    writer.release()
    return path


def make_tone(path: Path, seconds: float = 3.0, hz: float = 440.0, rate: int = 48000) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        count = int(seconds * rate)
        samples = (int(12000 * math.sin(2 * math.pi * hz * n / rate)) for n in range(count))
        out.writeframes(b"".join(struct.pack("<h", s) for s in samples))
    return path


def make_person_video(path: Path, shirt: tuple[int, int, int], wall: tuple[int, int, int],
                      seconds: float = 4.0, fps: int = 15, size: tuple[int, int] = (640, 480),
                      caption: str = "") -> Path:  # fmt: skip
    """A drawn head and shoulders that sway a little, for screenshots of a call."""
    width, height = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
    y = np.mgrid[0:height, 0:width][0]
    base = np.empty((height, width, 3), np.uint8)
    for c in range(3):
        base[..., c] = np.clip(wall[c] + (y / height) * 30 - 15, 0, 255).astype(np.uint8)
    for i in range(int(seconds * fps)):
        frame = base.copy()
        sway = int(8 * math.sin(2 * math.pi * i / (fps * 2)))
        cx = width // 2 + sway
        cv2.ellipse(frame, (cx, height + 40), (190, 170), 0, 180, 360, shirt, -1)
        cv2.rectangle(frame, (cx - 32, height // 2 + 40), (cx + 32, height // 2 + 110),
                      (120, 160, 205), -1)  # fmt: skip
        cv2.ellipse(frame, (cx, height // 2 - 10), (78, 98), 0, 0, 360, (125, 165, 210), -1)
        cv2.ellipse(frame, (cx, height // 2 - 70), (84, 52), 0, 180, 360, (40, 40, 50), -1)
        if caption:
            cv2.putText(frame, caption, (16, height - 18), cv2.FONT_HERSHEY_SIMPLEX, 0.6,
                        (255, 255, 255), 1, cv2.LINE_AA)  # fmt: skip
        writer.write(frame)
    writer.release()
    return path
