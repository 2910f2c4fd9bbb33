"""What the hub keeps for a lawful teleconsultation (hub/teleconsult.py): the council
that registered each specialist, how much of a consult's call was on video, and a
patient's earlier prescriptions from the same specialist (first consult or follow-up).
The abstract methods every backend implements, apart from base.py to keep it small."""

from __future__ import annotations

import abc
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hub.storage.base import IssuedPrescription

CALL_VIDEO, CALL_AUDIO, CALL_ENDED = "video", "audio", "ended"


@dataclass(frozen=True)
class CallMedia:
    """A consult's call as the kiosk reported it: when it first connected, the seconds
    of video so far, and since when the picture runs now (None: audio only or ended)."""

    connected_at: datetime | None
    video_seconds: float
    video_since: datetime | None

    def video_until(self, now: datetime) -> float:
        running = (now - self.video_since).total_seconds() if self.video_since else 0.0
        return self.video_seconds + max(0.0, running)


def next_media(media: CallMedia, state: str, now: datetime) -> CallMedia:
    """The call's record after the kiosk reports ``state`` (video, audio or ended)."""
    seconds = media.video_until(now)
    connected = media.connected_at or (now if state != CALL_ENDED else None)
    if state == CALL_VIDEO:
        return CallMedia(connected, media.video_seconds, media.video_since or now)
    return CallMedia(connected, seconds, None)


class TeleconsultStorage(abc.ABC):
    @abc.abstractmethod
    async def set_council(self, username: str, council: str) -> bool:
        """Record the medical council that issued the specialist's registration number
        (printed beside it); False if the username is unknown."""

    @abc.abstractmethod
    async def council(self, username: str) -> str | None:
        """The council ("" when none is recorded); None if the username is unknown."""

    @abc.abstractmethod
    async def note_call_media(
        self, encounter_id: str, spoke_id: str, state: str, now: datetime
    ) -> bool:
        """The kiosk of ``spoke_id`` says its open consult's call is on video, on audio
        only, or ended; False when there is no such open consult."""

    @abc.abstractmethod
    async def call_media(self, encounter_id: str) -> CallMedia:
        """The consult's call so far (nothing connected when there was no call)."""

    @abc.abstractmethod
    async def prescriptions_by(
        self, spoke_id: str, patient_id: str, username: str
    ) -> list[IssuedPrescription]:
        """The prescriptions ``username`` signed for this patient, oldest first."""
