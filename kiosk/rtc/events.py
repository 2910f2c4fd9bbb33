"""What the consult service publishes on the event bus for the screens. Plain immutable
objects, no aiortc: the UI imports this module without loading any network code."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

CALL_STATUS = "consult.status"  # CallStatus
HUB_PRESENCE = "consult.hub"  # HubPresence
RING_RESULT = "consult.ring"  # RingResult


class CallState(StrEnum):
    IDLE = "idle"
    RINGING = "ringing"  # the specialist calls; the CHO answers or declines
    CONNECTING = "connecting"
    IN_CALL = "in_call"
    RECONNECTING = "reconnecting"  # the link dropped: rejoining the same consult
    ENDED = "ended"


class EndReason(StrEnum):
    NONE = ""
    SPECIALIST = "specialist"
    CHO = "cho"
    DECLINED = "declined"
    DROPPED = "dropped"


@dataclass(frozen=True)
class CallStatus:
    state: CallState
    encounter_id: str | None = None
    specialist: str = ""
    audio_only: bool = False
    quality: str = ""  # good, fair, poor ("" before the first look)
    rtt_ms: int | None = None
    loss: float = 0.0
    picture: str = ""  # what we send, e.g. "320x240@15"
    muted: bool = False
    camera_off: bool = False
    problems: tuple[str, ...] = ()  # no microphone, no speaker...
    ended: EndReason = EndReason.NONE

    @property
    def active(self) -> bool:
        return self.state in (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)


@dataclass(frozen=True)
class HubPresence:
    """Whether the signalling socket is up, and which specialties have a specialist
    online at the hub sites this spoke is mapped to."""

    connected: bool
    online: tuple[str, ...] = ()


@dataclass(frozen=True)
class RingResult:
    encounter_id: str
    ok: bool
