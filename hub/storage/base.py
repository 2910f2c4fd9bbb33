"""The hub's storage as a whole: every aggregate of :mod:`hub.storage.aggregates` in one
object, which each backend (SQLite for a district, PostgreSQL for a state) implements.

The records it hands out are in :mod:`hub.storage.models`; the rules every backend shares
(why a prescription is refused, how often a kiosk's last sighting is written) are here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from hub.storage.aggregates import (
    Blobs,
    ConsoleAccounts,
    Consults,
    Enrolment,
    Figures,
    Lifecycle,
    Officers,
    Prescriptions,
    SignInThrottle,
    Sync,
    Teleconsult,
)


class StorageError(Exception):
    """The storage refused an action (unknown spoke, duplicate name, a case another
    specialist holds...): plain words, for the admin or the specialist to read."""


# Why a prescription could not be kept, the same on every backend.
NOT_YOURS = "only the specialist who took this case can prescribe for it"
FINISHED = "this consult is finished"

# A kiosk's ``last_seen_at`` is written at most once a minute: the token check runs on
# every request, and a row update each time would cost every push a write.
LAST_SEEN_GRANULARITY_S = 60
STATS_KEYS = ("spokes", "patients", "encounters", "observations", "blobs", "prescriptions")
# The admin's counts, the same SQL on both backends: totals, then records per entity.
STATS_TOTALS = {
    "spokes": "SELECT count(*) FROM spokes",
    "blobs": "SELECT count(*) FROM blobs WHERE complete",
    "prescriptions": "SELECT count(*) FROM prescriptions",
}
STATS_RECORDS = "SELECT entity, count(*) FROM records GROUP BY entity"


def sighting_due(last_seen_at: datetime | None, now: datetime) -> bool:
    """Whether a kiosk's request at ``now`` is worth writing down as its last sighting."""
    return last_seen_at is None or (now - last_seen_at).total_seconds() > LAST_SEEN_GRANULARITY_S


def stats_counts(totals: dict[str, int], records: Iterable[tuple[str, int]]) -> dict[str, int]:
    """``STATS_KEYS`` from the answers to ``STATS_TOTALS`` and ``STATS_RECORDS``; kinds of
    record the admin does not count (consents, refusals...) are left out."""
    counts = {**dict.fromkeys(STATS_KEYS, 0), **totals}
    for entity, n in records:
        if f"{entity}s" in counts:
            counts[f"{entity}s"] = int(n)
    return {key: int(counts[key]) for key in STATS_KEYS}


# Every aggregate, in the order docs/hub-storage.md describes them.
AGGREGATES: tuple[type, ...] = (
    Lifecycle, Enrolment, ConsoleAccounts, SignInThrottle, Consults, Prescriptions, Sync,
    Blobs, Teleconsult, Officers, Figures,
)  # fmt: skip


class HubStorage(
    Lifecycle,
    Enrolment,
    ConsoleAccounts,
    SignInThrottle,
    Consults,
    Prescriptions,
    Sync,
    Blobs,
    Teleconsult,
    Officers,
    Figures,
):
    """Everything the hub keeps, apart from blob bytes (see :mod:`hub.blobstore`). It
    adds no method of its own: a new method belongs to one aggregate."""
