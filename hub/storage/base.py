"""What the hub's API asks of its storage. The API code talks only to this interface;
each backend (SQLite now, PostgreSQL for a state) implements it whole.

Every method that changes data is one transaction: it happens entirely or not at all.
"""

from __future__ import annotations

import abc
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from hub.storage.figures import DashboardStorage
from hub.storage.teleconsult_base import TeleconsultStorage
from hwc_shared.wire import Answer, Change, Op


class StorageError(Exception):
    """The storage refused an admin action (unknown spoke, duplicate name...): plain words."""


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
class Specialist:
    username: str
    name: str
    specialty: str
    registration_no: str
    hub_site: str
    qualification: str = ""  # printed on every prescription: "MBBS, MD (General Medicine)"


@dataclass(frozen=True)
class Mapping:
    spoke_id: str
    specialty: str
    hub_site: str


@dataclass(frozen=True)
class PullPage:
    changes: list[Change]
    cursor: int  # where the next pull starts; only ever grows
    more: bool


@dataclass(frozen=True)
class BlobClaim:
    """What the hub knows of a blob that an attachment of this spoke names."""

    sha256: str
    size: int
    mime: str
    complete: bool


@dataclass(frozen=True)
class BadOp:
    """An op that failed the wire schema; ``ref`` (entity:id) when it could be read, so
    that ops depending on it are deferred rather than rejected for a missing record."""

    ref: str | None
    reason: str


@dataclass(frozen=True)
class SpecialistSession:
    """A specialist signed in to the console. The cookie holds a random token; the hub
    keeps only its hash, with the CSRF token the page must echo on every change."""

    username: str
    csrf: str
    created_at: datetime
    expires_at: datetime


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


# Why a prescription could not be kept, the same on every backend.
NOT_YOURS = "only the specialist who took this case can prescribe for it"
FINISHED = "this consult is finished"

# A kiosk's ``last_seen_at`` is written at most once a minute: the token check runs on
# every request, and a row update each time would cost every push a write.
LAST_SEEN_GRANULARITY_S = 60
STATS_KEYS = ("spokes", "patients", "encounters", "observations", "blobs", "prescriptions")


class HubStorage(TeleconsultStorage, DashboardStorage, abc.ABC):
    """Everything the hub keeps, apart from blob bytes (see :mod:`hub.blobstore`)."""

    # -- life cycle ------------------------------------------------------------------
    @abc.abstractmethod
    async def open(self) -> None:
        """Connect and apply pending schema migrations."""

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise if the database cannot answer."""

    # -- administration ----------------------------------------------------------------
    @abc.abstractmethod
    async def add_spoke(
        self, spoke_id: str, name: str, district: str, state: str, now: datetime
    ) -> Spoke: ...

    @abc.abstractmethod
    async def spokes(self) -> list[Spoke]: ...

    @abc.abstractmethod
    async def add_enroll_code(
        self, spoke_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None: ...

    @abc.abstractmethod
    async def redeem_enroll_code(
        self, code_hash: str, kiosk_id: str, token_hash: str, label: str, now: datetime
    ) -> Spoke | None:
        """Trade an unused, unexpired code for a new kiosk; None if the code is no good."""

    @abc.abstractmethod
    async def kiosk_for_token(self, token_hash: str, now: datetime) -> Kiosk | None:
        """The kiosk holding this token (revoked ones too), noting that it was seen."""

    @abc.abstractmethod
    async def kiosks(self, spoke_id: str | None = None) -> list[Kiosk]: ...

    @abc.abstractmethod
    async def revoke_kiosk(self, kiosk_id: str, now: datetime) -> bool: ...

    @abc.abstractmethod
    async def add_specialist(self, specialist: Specialist, password_hash: str) -> None: ...

    @abc.abstractmethod
    async def specialists(self) -> list[Specialist]: ...

    @abc.abstractmethod
    async def map_spoke(self, mapping: Mapping) -> None: ...

    @abc.abstractmethod
    async def mappings(self, spoke_id: str | None = None) -> list[Mapping]: ...

    @abc.abstractmethod
    async def stats(self) -> dict[str, int]:
        """Counts under exactly the names in ``STATS_KEYS``."""

    # -- specialists and their console sessions ------------------------------------------
    @abc.abstractmethod
    async def specialist_login(self, username: str) -> tuple[Specialist, str] | None:
        """The specialist and the hash of their password, to check a login against."""

    @abc.abstractmethod
    async def add_session(self, token_hash: str, session: SpecialistSession, now: datetime) -> None:
        """Keep a new console session (and forget the expired ones)."""

    @abc.abstractmethod
    async def session_for_token(
        self, token_hash: str, now: datetime
    ) -> tuple[SpecialistSession, Specialist] | None:
        """The unexpired session holding this cookie token, with its specialist."""

    @abc.abstractmethod
    async def end_session(self, token_hash: str) -> None: ...

    @abc.abstractmethod
    async def specialist_seen(self, username: str, now: datetime) -> None:
        """Note that the specialist's console is open (its socket is alive)."""

    @abc.abstractmethod
    async def online_specialties(self, spoke_id: str, since: datetime) -> list[str]:
        """The specialties this spoke is mapped for whose hub site has a specialist of
        that specialty seen since ``since``: the kiosk may ring the hub for them."""

    # -- consults --------------------------------------------------------------------------
    @abc.abstractmethod
    async def consult_queue(self, hub_site: str, specialty: str) -> list[QueueEntry]:
        """Encounters waiting for a consult of this specialty from spokes mapped to this
        hub site (queued or in consult, not finished): urgent first, then oldest."""

    @abc.abstractmethod
    async def consult_case(self, encounter_id: str) -> ConsultCase | None:
        """One requested consult with its patient, vitals and photos; None if the hub
        holds no such encounter or no consult was requested for it."""

    @abc.abstractmethod
    async def take_consult(self, encounter_id: str, username: str, now: datetime) -> ConsultState:
        """Take a case for this specialist, atomically: a case another specialist holds
        raises :class:`StorageError`; taking one's own case again changes nothing."""

    @abc.abstractmethod
    async def release_consult(
        self, encounter_id: str, username: str, finished: bool, now: datetime
    ) -> ConsultState:
        """Give a taken case back to the queue, or (``finished``) take it off the queue.
        Only the specialist holding it may; otherwise :class:`StorageError`."""

    @abc.abstractmethod
    async def ring_consult(
        self, spoke_id: str, encounter_id: str, now: datetime
    ) -> ConsultState | None:
        """The kiosk asks the hub to call: note when, for the queue to show. None if this
        spoke holds no such requested consult."""

    @abc.abstractmethod
    async def consult_state(self, encounter_id: str) -> ConsultState | None: ...

    # -- prescriptions ----------------------------------------------------------------------
    @abc.abstractmethod
    async def set_qualification(self, username: str, qualification: str) -> bool:
        """Record the qualification printed under a specialist's name; False if unknown."""

    @abc.abstractmethod
    async def qualification(self, username: str) -> str | None:
        """The specialist's qualification ("" when none is recorded); None if unknown."""

    @abc.abstractmethod
    async def add_prescription(self, rx: IssuedPrescription, now: datetime) -> None:
        """Keep a signed prescription, put it in its spoke's change feed and finish the
        consult, in one transaction: only the specialist holding the case, while its
        consult is open, may (otherwise :class:`StorageError`, and nothing changes)."""

    @abc.abstractmethod
    async def prescriptions_for(self, encounter_id: str) -> list[IssuedPrescription]:
        """The prescriptions signed for one case, oldest first."""

    @abc.abstractmethod
    async def prescription_refusals(
        self, spoke_id: str | None = None, limit: int = 100
    ) -> list[RefusalReport]:
        """Refusals kiosks reported, newest first: a forged or damaged prescription, or a
        hub key that changed, needs someone's attention."""

    @abc.abstractmethod
    async def replace_formulary(self, formulary: StoredFormulary) -> None:
        """Replace the whole formulary at once, so every hub process offers the same list."""

    @abc.abstractmethod
    async def formulary(self) -> StoredFormulary | None:
        """The loaded formulary; None until an admin loads one."""

    # -- sync ----------------------------------------------------------------------------
    @abc.abstractmethod
    async def push(
        self, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
    ) -> list[Answer]:
        """Apply a batch in order and answer each op. A :class:`BadOp` is answered
        'rejected' with its reason. Ops already
        answered (same op id) get their first answer again and change nothing."""

    @abc.abstractmethod
    async def pull(self, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage: ...

    @abc.abstractmethod
    async def blob_claim(self, spoke_id: str, sha256: str) -> BlobClaim | None:
        """The blob if an attachment of this spoke names it; None otherwise."""

    @abc.abstractmethod
    async def blob_complete(self, sha256: str, now: datetime) -> None: ...

    @abc.abstractmethod
    async def entity_ids(self, spoke_id: str, entity: str) -> list[str]:
        """Every id the hub holds of one entity for a spoke (audits and tests)."""

    # -- the console's sign-in throttle --------------------------------------------------
    # In the database rather than in each hub process, so that spreading guesses over the
    # processes behind the proxy gains nothing.
    @abc.abstractmethod
    async def login_failures(self, username: str, now: datetime) -> int:
        """Wrong passwords given for this name lately: 0 once ``expires_at`` has passed."""

    @abc.abstractmethod
    async def note_login_failure(self, username: str, now: datetime, expires_at: datetime) -> int:
        """Count one more wrong password for this name (from 1 again when the last count
        expired) and keep the count until ``expires_at``; return it. Names whose count
        expired are forgotten, so names tried at random do not pile up."""

    @abc.abstractmethod
    async def forget_login_failures(self, username: str) -> None:
        """A good sign-in: the name starts again from no failures."""

    def describe(self) -> dict[str, Any]:
        """For the health answer: which backend, never credentials."""
        return {"backend": type(self).__name__}
