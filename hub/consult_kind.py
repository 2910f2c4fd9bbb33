"""How a consult happened and what it follows, established by the hub from what it holds
(never from what the browser says): the mode from the kiosk's reports of its call, the
type from this patient's earlier prescriptions by the same specialist.

Mode (docs/consults.md#consult-mode): **video** when the kiosk reported at least
``video_minimum_seconds`` of video in the call (the specialist saw the patient long
enough to examine them); **audio** when a call connected but carried less video (it
fell back to audio only for the part that mattered); **text** when no call connected
(a case sent for review, answered in writing).

Type (Telemedicine Practice Guidelines 2020, section 3.6): a **follow-up** continues
care of the same condition with the same doctor within six months of the earlier
consult. The hub offers this patient's prescriptions from this specialist in that
window; the specialist says whether this is the same condition (only they can), and
the hub checks the choice. Anything else is a **first** consult.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from hub import teleconsult
from hub.storage.aggregates import Teleconsult
from hub.storage.models import ConsultCase, Specialist
from kiosk.domain.prescription_seal import SealError, read_envelope


@dataclass(frozen=True)
class Earlier:
    """A prescription this consult may follow up."""

    id: str
    issued_at: str
    diagnosis: str
    medicines: tuple[str, ...]

    def json(self) -> dict[str, Any]:
        return {"id": self.id, "issued_at": self.issued_at, "diagnosis": self.diagnosis,
                "medicines": list(self.medicines)}  # fmt: skip


@dataclass(frozen=True)
class Established:
    kind: teleconsult.ConsultKind
    requested: str  # what the CHO asked for: video (a call) or text (for review)
    video_seconds: int
    earlier: tuple[Earlier, ...]  # what it may follow up (newest first)
    follows: Earlier | None

    def json(self) -> dict[str, Any]:
        kinds = {t: teleconsult.ConsultKind(self.kind.mode, t) for t in teleconsult.TYPES}
        return {
            **teleconsult.rules_json(self.kind),
            "requested": self.requested,
            "video_seconds": self.video_seconds,
            "video_minimum_seconds": teleconsult.rules().video_minimum_seconds,
            "earlier": [e.json() for e in self.earlier],
            "follows": self.follows.id if self.follows else "",
            "summaries": {t: teleconsult.summary(k) for t, k in kinds.items()},
        }


class NotAFollowUpError(ValueError):
    """The chosen earlier prescription is not one this consult can follow up."""


def mode_of(video_seconds: float, connected: bool) -> str:
    if video_seconds >= teleconsult.rules().video_minimum_seconds:
        return "video"
    return "audio" if connected else "text"


async def establish(
    storage: Teleconsult, found: ConsultCase, me: Specialist, now: datetime, follows: str = ""
) -> Established:
    """The consult's mode and type now; ``follows``: the earlier prescription's id the
    specialist names as the same condition ("" for a first consult)."""
    enc = found.entry.encounter
    media = await storage.call_media(enc["id"])
    seconds = media.video_until(now)
    mode = mode_of(seconds, media.connected_at is not None)
    window = timedelta(days=teleconsult.rules().follow_up_window_days)
    earlier = []
    for issued in await storage.prescriptions_by(found.entry.spoke_id, enc["patient_id"],
                                                 me.username):  # fmt: skip
        if issued.encounter_id == enc["id"] or now - issued.created_at > window:
            continue
        try:
            rx = read_envelope(issued.envelope).prescription
        except (SealError, ValueError):
            continue  # a damaged one is refused elsewhere; it cannot be followed up
        earlier.append(Earlier(rx.id, rx.issued_at, rx.diagnosis,
                               tuple(m.name for m in rx.medicines)))  # fmt: skip
    earlier.reverse()
    chosen = None
    if follows:
        chosen = next((e for e in earlier if e.id == follows), None)
        if chosen is None:
            raise NotAFollowUpError(
                "The earlier prescription chosen is not this patient's from you in the last "
                "six months, so this cannot be a follow-up of it."
            )
    kind = teleconsult.ConsultKind(mode, "follow_up" if chosen else "first")
    requested = str(enc.get("consult_mode") or "video")
    return Established(kind, requested, int(seconds), tuple(earlier), chosen)
