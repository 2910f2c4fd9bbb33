"""The hub's records as every storage backend hands them out: plain frozen dataclasses,
grouped by the aggregate (:mod:`hub.storage.aggregates`) that keeps them. Nothing here
touches a database, so the API, the admin commands and the tests import them freely."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any

from hwc_shared.wire import Change

# -- enrolment: spokes, their kiosks and where their consults go ---------------------------


@dataclass(frozen=True)
class Spoke:
    id: str
    name: str
    district: str
    state: str
    created_at: datetime


@dataclass(frozen=True)
class Kiosk:
    id: str
    spoke_id: str
    label: str
    enrolled_at: datetime
    revoked_at: datetime | None
    last_seen_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None


@dataclass(frozen=True)
class Mapping:
    spoke_id: str
    specialty: str
    hub_site: str


# -- console accounts ----------------------------------------------------------------------


@dataclass(frozen=True)
class Specialist:
    username: str
    name: str
    specialty: str
    registration_no: str
    hub_site: str
    qualification: str = ""  # printed on every prescription: "MBBS, MD (General Medicine)"


@dataclass(frozen=True)
class SpecialistSession:
    """A specialist signed in to the console. The cookie holds a random token; the hub
    keeps only its hash, with the CSRF token the page must echo on every change."""

    username: str
    csrf: str
    created_at: datetime
    expires_at: datetime


# -- consults ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConsultState:
    """The hub's side of a requested consult: who took it, whether the kiosk rang."""

    encounter_id: str
    spoke_id: str
    taken_by: str | None = None
    taken_at: datetime | None = None
    ended_at: datetime | None = None
    calling_at: datetime | None = None


@dataclass(frozen=True)
class QueueEntry:
    """One waiting consult as a specialist's queue shows it."""

    encounter: dict[str, Any]  # the encounter record as the kiosk pushed it
    patient: dict[str, Any] | None
    spoke_id: str
    spoke_name: str
    state: ConsultState


@dataclass(frozen=True)
class ConsultCase:
    """Everything the console's case view shows, and the hub site its spoke sends it to."""

    entry: QueueEntry
    hub_site: str | None  # None when the spoke is not mapped for the encounter's specialty
    observations: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    # Consent records as the kiosk pushed them, oldest first (docs/consent.md)
    consents: list[dict[str, Any]] = field(default_factory=list)


# -- prescriptions and the formulary -------------------------------------------------------


@dataclass(frozen=True)
class IssuedPrescription:
    """A prescription the hub signed, kept read-only: ``envelope`` is the signed JSON text
    exactly as every kiosk of the spoke receives it."""

    id: str
    spoke_id: str
    encounter_id: str
    envelope: str
    signature: str  # base64url, also inside the envelope: for listing without parsing
    key_id: str
    issued_by: str  # the specialist's username
    created_at: datetime


@dataclass(frozen=True)
class RefusalReport:
    """A kiosk refused a prescription the hub sent (or one that claims to come from it)."""

    spoke_id: str
    kiosk_id: str
    report_id: str  # the kiosk's refusal id: its row number there and a digest prefix
    prescription_id: str | None
    encounter_id: str | None
    reason: str
    detail: str
    payload_sha256: str
    refused_at: str  # the kiosk's clock, as it reported it
    received_at: datetime  # the hub's clock


@dataclass(frozen=True)
class FormularyEntry:
    """One medicine the console offers as the specialist types; the last four fields are
    usual values the form fills in for the specialist to change."""

    name: str
    form: str
    strength: str
    dose: str = ""
    frequency: str = ""
    duration: str = ""
    instructions: str = ""
    # The Telemedicine Practice Guidelines' list: O, A, B or prohibited (hub/teleconsult.py);
    # "" only in a list loaded before lists existed (then the rules' ``unlisted_as``).
    list: str = ""


@dataclass(frozen=True)
class StoredFormulary:
    entries: list[FormularyEntry]
    source: str  # the file it was loaded from, for the admin's listing
    loaded_at: datetime


def entries_json(entries: list[FormularyEntry]) -> str:
    return json.dumps([asdict(e) for e in entries], ensure_ascii=False, separators=(",", ":"))


def entries_from(text: str) -> list[FormularyEntry]:
    return [FormularyEntry(**item) for item in json.loads(text)]


# -- sync and blobs ------------------------------------------------------------------------


@dataclass(frozen=True)
class PullPage:
    changes: list[Change]
    cursor: int  # where the next pull starts; only ever grows
    more: bool


@dataclass(frozen=True)
class BadOp:
    """An op that failed the wire schema; ``ref`` (entity:id) when it could be read, so
    that ops depending on it are deferred rather than rejected for a missing record."""

    ref: str | None
    reason: str


@dataclass(frozen=True)
class BlobClaim:
    """What the hub knows of a blob that an attachment of this spoke names."""

    sha256: str
    size: int
    mime: str
    complete: bool


# -- teleconsultation: the call as the kiosk reported it -----------------------------------


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


# -- the programme dashboard: officers, their scope, a page's filter, kiosk health ---------


SCOPE_KINDS = ("state", "district", "hub")


@dataclass(frozen=True)
class Scope:
    """Where an officer may look: a state, a district (of any state with that name), or a
    hub site (the spokes mapped to it and the consults sent to it)."""

    kind: str
    value: str

    @classmethod
    def parse(cls, text: str) -> Scope:
        kind, _, value = text.partition(":")
        kind, value = kind.strip().lower(), value.strip()
        if kind not in SCOPE_KINDS or not value:
            raise ValueError("a scope is state:NAME, district:NAME or hub:SITE")
        return cls(kind, value)

    def __str__(self) -> str:
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True)
class Officer:
    username: str
    name: str
    scope: Scope
    created_at: datetime


@dataclass(frozen=True)
class OfficerSession:
    username: str
    csrf: str
    created_at: datetime
    expires_at: datetime


@dataclass(frozen=True)
class FigureFilter:
    """One page's question: consults requested from ``start`` to ``end`` (the spoke's
    days, both included), narrowed to a place and a specialty, inside the officer's scope
    (None for the command line, which sees the whole hub)."""

    start: date
    end: date
    scope: Scope | None = None
    state: str = ""
    district: str = ""
    spoke: str = ""
    hub: str = ""
    specialty: str = ""
    period: str = "day"
    silent_days: int = 7


@dataclass(frozen=True)
class DeviceProblem:
    device: str  # "printer", "oximeter", "bp_monitor", ...
    state: str  # "missing", "error", "out_of_paper", ...
    message: str = ""


@dataclass(frozen=True)
class HealthReport:
    """What a kiosk says of itself with each sync: its backlog and any device in trouble."""

    reported_at: datetime  # the kiosk's clock
    pending_ops: int
    quarantined: int
    problems: tuple[DeviceProblem, ...] = ()
    prints: tuple[tuple[str, datetime], ...] = field(default=())  # (prescription id, when)
