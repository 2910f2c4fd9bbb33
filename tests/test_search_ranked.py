"""A search that matches more patients than are ranked (kiosk.store.patients
RANKED_AT_MOST) ranks the most recently registered of them; a narrower search still
finds every patient, ranked best first."""

from __future__ import annotations

import pytest

from kiosk.store import patients
from kiosk.store.clinic import Clinic
from tests.test_store import form


def test_a_broad_search_ranks_the_newest_matches_and_a_narrow_one_finds_the_oldest(
    clinic: Clinic, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Radha Meena", "Rani Bai", "Rakesh Kumar", "Ravi Verma", "Raju Saini"]
    for name in names:
        clinic.patients.register(form(name), by="cho")
    assert {p.name for p in clinic.patients.search("Ra")} == set(names)  # all ranked
    monkeypatch.setattr(patients, "RANKED_AT_MOST", 3)
    broad = [p.name for p in clinic.patients.search("Ra")]
    assert sorted(broad) == sorted(names[-3:])  # the three registered last
    assert [p.name for p in clinic.patients.search("Radha")] == ["Radha Meena"]
    clinic.patients.register(form("Ramesh Meena"), by="cho")
    both = [p.name for p in clinic.patients.search("Ra Meena")]  # fewer than 3: all ranked
    assert sorted(both) == ["Radha Meena", "Ramesh Meena"]
