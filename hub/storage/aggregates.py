"""What the hub asks of its storage, one interface per aggregate.

Each class below is the whole of one part of the hub's data (spokes and their kiosks,
console accounts, consults, prescriptions, ...): the methods a caller may use, with what
they promise. :class:`hub.storage.base.HubStorage` is all of them together, and each
backend (SQLite, PostgreSQL) implements that whole. Callers ask for the narrowest one
they use: a route that takes a case needs :class:`Consults`, not the hub's every table.

They are abstract base classes rather than ``typing.Protocol``: a backend names them as
its bases, so Python refuses to make a backend that lacks a method (the checklist for a
third backend is the error it raises), and each method belongs to exactly one class, which
is what the contract suites in ``tests/hub/contract`` check their coverage against.

Every method that changes data is one transaction: it happens entirely or not at all.
Moments are timezone-aware UTC datetimes going in and coming out, on every backend.
"""

from __future__ import annotations

import abc
from datetime import datetime
from typing import Any

from hub.storage.models import (
    BadOp,
    BlobClaim,
    CallMedia,
    ConsultCase,
    ConsultState,
    FigureFilter,
    HealthReport,
    IssuedPrescription,
    Kiosk,
    Mapping,
    Officer,
    OfficerSession,
    PullPage,
    QueueEntry,
    RefusalReport,
    Scope,
    Specialist,
    SpecialistSession,
    Spoke,
    StoredFormulary,
)
from hwc_shared.wire import Answer, Op


class Lifecycle(abc.ABC):
    """Opening and closing the database, and what the health and stats answers show."""

    @abc.abstractmethod
    async def open(self) -> None:
        """Connect and apply pending schema migrations."""

    @abc.abstractmethod
    async def close(self) -> None:
        """Let go of the database; the storage cannot be used again."""

    @abc.abstractmethod
    async def ping(self) -> None:
        """Raise if the database cannot answer."""

    def describe(self) -> dict[str, Any]:
        """For the health answer: which backend, never credentials."""
        return {"backend": type(self).__name__}

    @abc.abstractmethod
    async def stats(self) -> dict[str, int]:
        """Counts under exactly the names in ``base.STATS_KEYS``: spokes, the records
        pushed of each kind, complete blobs and signed prescriptions."""


class Enrolment(abc.ABC):
    """Spokes, the hub sites their consults go to, and the kiosks enrolled for them."""

    @abc.abstractmethod
    async def add_spoke(
        self, spoke_id: str, name: str, district: str, state: str, now: datetime
    ) -> Spoke:
        """A new spoke; :class:`StorageError` if the id is taken."""

    @abc.abstractmethod
    async def spokes(self) -> list[Spoke]:
        """Every spoke, by id."""

    @abc.abstractmethod
    async def map_spoke(self, mapping: Mapping) -> None:
        """Send a spoke's consults of one specialty to a hub site (replacing the site it
        had for that specialty); :class:`StorageError` for an unknown spoke."""

    @abc.abstractmethod
    async def add_enroll_code(
        self, spoke_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None:
        """Keep a one-time code (its hash) for enrolling a kiosk of this spoke;
        :class:`StorageError` for an unknown spoke."""

    @abc.abstractmethod
    async def redeem_enroll_code(
        self, code_hash: str, kiosk_id: str, token_hash: str, label: str, now: datetime
    ) -> Spoke | None:
        """Trade an unused, unexpired code for a new kiosk; None if the code is no good
        (unknown, used or expired). Of two redeeming at once, exactly one wins."""

    @abc.abstractmethod
    async def kiosk_for_token(self, token_hash: str, now: datetime) -> Kiosk | None:
        """The kiosk holding this token (revoked ones too), noting that it was seen (at
        most once per ``base.LAST_SEEN_GRANULARITY_S``)."""

    @abc.abstractmethod
    async def kiosks(self, spoke_id: str | None = None) -> list[Kiosk]:
        """The kiosks of one spoke, or of all, in the order they were enrolled."""

    @abc.abstractmethod
    async def revoke_kiosk(self, kiosk_id: str, now: datetime) -> bool:
        """Stop a kiosk's token; False if there is no such kiosk or it was revoked."""


class ConsoleAccounts(abc.ABC):
    """The specialists who answer consults, their console sessions and presence."""

    @abc.abstractmethod
    async def add_specialist(self, specialist: Specialist, password_hash: str) -> None:
        """A new specialist; :class:`StorageError` if the username is taken."""

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
    async def end_session(self, token_hash: str) -> None:
        """Sign out: the token opens nothing from now on (an unknown one is no error)."""

    @abc.abstractmethod
    async def specialist_seen(self, username: str, now: datetime) -> None:
        """Note that the specialist's console is open (its socket is alive)."""

    @abc.abstractmethod
    async def online_specialties(self, spoke_id: str, since: datetime) -> list[str]:
        """The specialties this spoke is mapped for whose hub site has a specialist of
        that specialty seen since ``since``, sorted: the kiosk may ring the hub for them."""


class SignInThrottle(abc.ABC):
    """Wrong passwords counted per name, for the console's and the dashboard's sign-in.

    In the database rather than in each hub process, so that spreading guesses over the
    processes behind the proxy gains nothing."""

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


class Consults(abc.ABC):
    """Requested consults as the hub sees them: the queue, the case, who holds it."""

    @abc.abstractmethod
    async def consult_queue(self, hub_site: str, specialty: str) -> list[QueueEntry]:
        """Encounters waiting for a consult of this specialty from spokes mapped to this
        hub site (queued or in consult, not finished): urgent first, then oldest."""

    @abc.abstractmethod
    async def consult_case(self, encounter_id: str) -> ConsultCase | None:
        """One requested consult with its patient, vitals, photos and consents; None if
        the hub holds no such encounter or no consult was requested for it."""

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
    async def consult_state(self, encounter_id: str) -> ConsultState | None:
        """The hub's side of a consult; None until it was taken or rung for."""


class Prescriptions(abc.ABC):
    """Signed prescriptions, the refusals kiosks report, what the paper prints under the
    specialist's name, and the formulary the console offers."""

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


class Sync(abc.ABC):
    """The records kiosks push and every kiosk of the spoke pulls (docs/sync.md)."""

    @abc.abstractmethod
    async def push(
        self, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
    ) -> list[Answer]:
        """Apply a batch in order and answer each op (:mod:`hub.rules`). A :class:`BadOp`
        is answered 'rejected' with its reason, and ops depending on a refused one are
        deferred. Ops already answered (same op id) get their first answer again and
        change nothing."""

    @abc.abstractmethod
    async def pull(self, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
        """The spoke's changes after ``since``, in order, at most ``limit`` of them,
        without the asking kiosk's own echoes; a spoke sees only its own records."""


class Blobs(abc.ABC):
    """What the hub knows of photo bytes (the bytes are in :mod:`hub.blobstore`)."""

    @abc.abstractmethod
    async def blob_claim(self, spoke_id: str, sha256: str) -> BlobClaim | None:
        """The blob if an attachment of this spoke names it; None otherwise."""

    @abc.abstractmethod
    async def blob_complete(self, sha256: str, now: datetime) -> None:
        """All the bytes are in the blob store: the blob counts as complete from now on."""


class Teleconsult(abc.ABC):
    """What the hub keeps for a lawful teleconsultation (hub/teleconsult.py): the council
    that registered each specialist, how much of a consult's call was on video, and a
    patient's earlier prescriptions from the same specialist (first consult or follow-up)."""

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


class Officers(abc.ABC):
    """The programme officers who read the dashboard, and their sessions."""

    @abc.abstractmethod
    async def add_officer(self, officer: Officer, password_hash: str) -> None:
        """A new officer; :class:`StorageError` if the username is taken."""

    @abc.abstractmethod
    async def officers(self) -> list[Officer]:
        """Every officer, by username."""

    @abc.abstractmethod
    async def officer_login(self, username: str) -> tuple[Officer, str] | None:
        """The officer and the hash of their password, to check a login against."""

    @abc.abstractmethod
    async def add_officer_session(
        self, token_hash: str, session: OfficerSession, now: datetime
    ) -> None:
        """Keep a new dashboard session (and forget the expired ones)."""

    @abc.abstractmethod
    async def officer_session(
        self, token_hash: str, now: datetime
    ) -> tuple[OfficerSession, Officer] | None:
        """The unexpired session holding this cookie token, with its officer."""

    @abc.abstractmethod
    async def end_officer_session(self, token_hash: str) -> None:
        """Sign out: the token opens nothing from now on."""


class Figures(abc.ABC):
    """The programme dashboard's figures, and the facts kiosks report for them.

    The figures come from ``consult_facts``: one row per requested consult, kept by
    database triggers from the encounter records, the hub's consult table, prescriptions
    and prints (schema 0007_dashboard). Nothing in it, and nothing the dashboard reads,
    names a patient."""

    @abc.abstractmethod
    async def figures(self, table: str, f: FigureFilter, now: datetime) -> list[dict[str, Any]]:
        """One of the dashboard's tables (``figures.TABLES``) for this filter: counts, waits
        and places only, never a patient."""

    @abc.abstractmethod
    async def places(self, scope: Scope | None) -> dict[str, list[Any]]:
        """The ``districts`` ([state, district] pairs) and ``hubs`` inside a scope."""

    @abc.abstractmethod
    async def note_health(
        self, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
    ) -> None:
        """Keep a kiosk's newest health report and the prints it lists (signed
        prescriptions of its spoke only; each counted once)."""

    @abc.abstractmethod
    async def note_audio_only(self, spoke_id: str, encounter_id: str, now: datetime) -> None:
        """The call of this consult fell back to audio only (the kiosk said so); the
        first report counts, for a consult of this spoke only."""
