"""The microphone and the speaker for a consult, through PyAV: ALSA devices on Linux,
sound files in tests, or nothing (silence) with a plain message when the terminal has
no sound card.

Choices are settings of the terminal (:mod:`kiosk.rtc.sound`): ``audio.input`` and
``audio.output`` hold an ALSA device name (``default``, ``hw:1,0``...), ``file:PATH`` (a
sound file to send, or to record what arrives), or ``none``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from pathlib import Path
from typing import Any

from aiortc import AudioStreamTrack, MediaStreamTrack
from aiortc.contrib.media import MediaPlayer, MediaRecorder

from kiosk.rtc.media import AudioMeter
from kiosk.rtc.sound import DEFAULT, FILE_PREFIX, NONE, PROC_ASOUND, alsa_devices

log = logging.getLogger("kiosk.rtc")


class AudioUnavailableError(RuntimeError):
    """No microphone or speaker could be opened; the message says it in plain words."""


def _alsa_ready(proc: Path, capture: bool) -> None:
    devices = alsa_devices(proc)
    if not any(d.capture if capture else d.playback for d in devices):
        what = "microphone" if capture else "speaker"
        raise AudioUnavailableError(
            f"No {what} found: this terminal has no sound device for it. Connect a USB "
            "headset or speakerphone; the call goes on without sound until then."
        )


def open_microphone(choice: str, proc: Path = PROC_ASOUND) -> tuple[MediaStreamTrack, Any]:
    """The track to send and the player behind it (None for silence). Raises
    :class:`AudioUnavailableError` when an ALSA device cannot be opened."""
    if choice == NONE:
        return AudioStreamTrack(), None
    if choice.startswith(FILE_PREFIX):
        player = MediaPlayer(choice.removeprefix(FILE_PREFIX), loop=True)
    else:
        _alsa_ready(proc, capture=True)
        try:
            player = MediaPlayer(
                choice or DEFAULT, format="alsa", options={"channels": "1", "sample_rate": "48000"}
            )
        except Exception as error:  # PyAV raises its own OSError subclasses per errno
            raise AudioUnavailableError(
                f"The microphone {choice!r} would not open: {error}"
            ) from None
    if player.audio is None:
        raise AudioUnavailableError(f"{choice!r} holds no sound")
    return player.audio, player


class Speaker:
    """Plays (or records, or just counts) the specialist's voice."""

    def __init__(self, choice: str, proc: Path = PROC_ASOUND) -> None:
        self.choice = choice
        self.meter = AudioMeter()
        self.recorder: MediaRecorder | None = None
        if choice == NONE:
            return
        if choice.startswith(FILE_PREFIX):
            self.recorder = MediaRecorder(choice.removeprefix(FILE_PREFIX))
            return
        _alsa_ready(proc, capture=False)
        try:
            self.recorder = MediaRecorder(choice or DEFAULT, format="alsa")
        except Exception as error:  # as above: PyAV's errors are OSError subclasses
            raise AudioUnavailableError(f"The speaker {choice!r} would not open: {error}") from None

    async def play(self, track: MediaStreamTrack) -> asyncio.Task[None] | None:
        """Start playing; without a device, count what arrives instead."""
        if self.recorder is None:
            return asyncio.get_running_loop().create_task(self.meter.consume(track))
        self.recorder.addTrack(track)
        await self.recorder.start()
        return None

    async def stop(self) -> None:
        if self.recorder is not None:
            with contextlib.suppress(Exception):
                await self.recorder.stop()
