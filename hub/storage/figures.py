"""What the programme dashboard asks of storage: officers and their scope, the filter of
a page, and the kiosks' health reports.

The figures come from ``consult_facts``: one row per requested consult, kept by database
triggers from the encounter records, the hub's consult table, prescriptions and prints
(schema 0007_dashboard). Nothing in it, and nothing the dashboard reads, names a patient.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

SCOPE_KINDS = ("state", "district", "hub")
PERIODS = ("day", "week", "month")
# The tables a page shows, in its order; each is one storage query.
DIMENSIONS = ("spoke", "district", "state", "specialty", "hub")
TABLES = (
    "series", *(f"by_{d}" for d in DIMENSIONS), "by_specialist", "shares",
    "idle_spokes", "silent_spokes", "troubles",
)  # fmt: skip
# The consult mode that store-and-forward answers carry (``consult_mode`` in the encounter).
STORE_AND_FORWARD = "text"  # ConsultMode.TEXT: a case sent for review


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


Placeholder = Callable[[int], str]


def place_conditions(
    f: FigureFilter, arg: Placeholder, args: list[Any], *, facts: bool
) -> list[str]:
    """SQL conditions for the filter's places, on ``consult_facts f`` when ``facts`` (it
    carries its spoke's state and district), else on ``spokes s``. ``arg(n)`` spells the
    n-th placeholder; values go into ``args``."""

    def value(v: Any) -> str:
        args.append(v)
        return arg(len(args))

    where = []
    for kind, wanted in (
        (f.scope.kind if f.scope else "", f.scope.value if f.scope else ""),
        ("state", f.state),
        ("district", f.district),
        ("hub", f.hub),
        ("spoke", f.spoke),
    ):
        if not wanted:
            continue
        t = "f" if facts else "s"  # consult_facts carries its spoke's place
        if kind == "state":
            where.append(f"{t}.state = {value(wanted)}")
        elif kind == "district":
            where.append(f"{t}.district = {value(wanted)}")
        elif kind == "spoke":
            where.append(f"{t}.{'spoke_id' if facts else 'id'} = {value(wanted)}")
        elif facts:
            where.append(f"f.hub_site = {value(wanted)}")
        else:
            where.append(
                f"s.id IN (SELECT spoke_id FROM spoke_mappings WHERE hub_site = {value(wanted)})"
            )
    if facts and f.specialty:
        where.append(f"f.specialty = {value(f.specialty)}")
    return where


def percentile(sorted_values: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks (PostgreSQL's ``percentile_cont``), so
    both backends give the same figure."""
    if not sorted_values:
        return None
    position = (len(sorted_values) - 1) * q
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


class DashboardStorage(abc.ABC):
    """What the dashboard asks of a hub storage (part of :class:`HubStorage`)."""

    @abc.abstractmethod
    async def figures(self, table: str, f: FigureFilter, now: datetime) -> list[dict[str, Any]]:
        """One of the dashboard's tables (``figures.TABLES``) for this filter: counts, waits
        and places only, never a patient."""

    @abc.abstractmethod
    async def places(self, scope: Scope | None) -> dict[str, list[Any]]:
        """The ``districts`` ([state, district] pairs) and ``hubs`` inside a scope."""

    @abc.abstractmethod
    async def add_officer(self, officer: Officer, password_hash: str) -> None: ...

    @abc.abstractmethod
    async def officers(self) -> list[Officer]: ...

    @abc.abstractmethod
    async def officer_login(self, username: str) -> tuple[Officer, str] | None: ...

    @abc.abstractmethod
    async def add_officer_session(
        self, token_hash: str, session: OfficerSession, now: datetime
    ) -> None: ...

    @abc.abstractmethod
    async def officer_session(
        self, token_hash: str, now: datetime
    ) -> tuple[OfficerSession, Officer] | None: ...

    @abc.abstractmethod
    async def end_officer_session(self, token_hash: str) -> None: ...

    @abc.abstractmethod
    async def note_health(
        self, spoke_id: str, kiosk_id: str, report: HealthReport, now: datetime
    ) -> None:
        """Keep a kiosk's newest health report and the prints it lists (signed
        prescriptions of its spoke only; each counted once)."""

    @abc.abstractmethod
    async def note_audio_only(self, spoke_id: str, encounter_id: str, now: datetime) -> None:
        """The call of this consult fell back to audio only (the kiosk said so)."""
