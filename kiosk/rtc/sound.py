"""The sound devices a terminal has and the settings that choose them: plain file
reading, no media code, so the screens can list devices without loading aiortc."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

INPUT_SETTING = "audio.input"
OUTPUT_SETTING = "audio.output"
DEFAULT = "default"
NONE = "none"
FILE_PREFIX = "file:"
PROC_ASOUND = Path("/proc/asound")
_PCM_LINE = re.compile(r"^(\d+)-(\d+): ([^:]*) : [^:]* :(.*)$")


@dataclass(frozen=True)
class AudioDevice:
    id: str  # what ALSA opens: hw:CARD,DEVICE
    name: str
    capture: bool
    playback: bool


def alsa_devices(proc: Path = PROC_ASOUND) -> list[AudioDevice]:
    """The sound devices ALSA knows (from /proc/asound/pcm); empty without a sound card."""
    try:
        lines = (proc / "pcm").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        match = _PCM_LINE.match(line.strip())
        if match:
            card, device, name, kinds = match.groups()
            ident = f"hw:{int(card)},{int(device)}"
            found.append(AudioDevice(ident, name.strip(), "capture" in kinds, "playback" in kinds))
    return found
