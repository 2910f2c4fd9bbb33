"""The ConsoleAccounts contract (specialists, console sessions, presence) and the
SignInThrottle contract shared by the console and the dashboard."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hub.storage.aggregates import ConsoleAccounts, SignInThrottle
from hub.storage.base import HubStorage, StorageError
from hub.storage.models import Mapping, SpecialistSession
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers


@covers(ConsoleAccounts.add_specialist, ConsoleAccounts.specialist_login)
async def test_a_specialist_is_added_once_and_signs_in_with_their_hash(
    storage: HubStorage,
) -> None:
    asha = r.specialist("dr.asha")
    await storage.add_specialist(asha, "scrypt$hash")
    with pytest.raises(StorageError, match="already exists"):
        await storage.add_specialist(r.specialist("dr.asha", specialty="cardiology"), "other")
    found = await storage.specialist_login("dr.asha")
    assert found is not None
    specialist, password_hash = found
    assert password_hash == "scrypt$hash"
    assert (specialist.username, specialist.name, specialist.specialty,
            specialist.registration_no, specialist.hub_site) == (
        "dr.asha", asha.name, r.GM, "RMC-1234", r.SITE)  # fmt: skip
    assert await storage.specialist_login("dr.nobody") is None


@covers(ConsoleAccounts.add_session, ConsoleAccounts.session_for_token, ConsoleAccounts.end_session)
async def test_a_console_session_opens_until_it_expires_or_ends(storage: HubStorage) -> None:
    await storage.add_specialist(r.specialist("dr.asha"), "hash")
    session = SpecialistSession("dr.asha", "csrf-1", r.NOW, r.NOW + timedelta(hours=8))
    await storage.add_session("token-1", session, r.NOW)
    await storage.add_session("token-2", session, r.NOW)
    found = await storage.session_for_token("token-1", r.later(1))
    assert found is not None
    assert found[0] == session and found[1].username == "dr.asha"
    assert await storage.session_for_token("token-x", r.later(1)) is None
    assert await storage.session_for_token("token-1", session.expires_at) is None  # expired
    await storage.end_session("token-1")
    await storage.end_session("token-1")  # again, or an unknown token: no error
    assert await storage.session_for_token("token-1", r.later(1)) is None
    assert await storage.session_for_token("token-2", r.later(1)) is not None
    # A new session forgets the expired ones; the unexpired stay.
    fresh = SpecialistSession("dr.asha", "csrf-3", r.later(600), r.later(2000))
    await storage.add_session("token-3", fresh, session.expires_at)
    assert await storage.session_for_token("token-3", r.later(601)) is not None


@covers(ConsoleAccounts.specialist_seen, ConsoleAccounts.online_specialties)
async def test_online_specialties_are_those_a_seen_specialist_answers_for_the_spoke(
    storage: HubStorage,
) -> None:
    await r.two_spokes(storage)
    await storage.map_spoke(Mapping("spoke-a", "cardiology", "SMS Jaipur"))
    await storage.add_specialist(
        r.specialist("dr.mehta", specialty="cardiology", site="SMS Jaipur"), "hash"
    )
    since = r.NOW - timedelta(minutes=2)
    assert await storage.online_specialties("spoke-a", since) == []
    await storage.specialist_seen("dr.mehta", r.NOW)
    await storage.specialist_seen("dr.asha", r.NOW)
    await storage.specialist_seen("dr.asha", r.NOW)  # again: one presence
    assert await storage.online_specialties("spoke-a", since) == ["cardiology", r.GM]
    assert await storage.online_specialties("spoke-b", since) == [r.GM]  # no cardiology there
    assert await storage.online_specialties("spoke-a", r.NOW) == []  # seen, but not since
    await storage.specialist_seen("dr.asha", r.later(5))
    assert await storage.online_specialties("spoke-a", r.later(1)) == [r.GM]
    assert await storage.online_specialties("nowhere", since) == []


@covers(
    SignInThrottle.login_failures,
    SignInThrottle.note_login_failure,
    SignInThrottle.forget_login_failures,
)
async def test_wrong_passwords_count_per_name_until_they_expire_or_a_good_sign_in(
    storage: HubStorage,
) -> None:
    until = r.later(5)
    assert await storage.login_failures("dr.asha", r.NOW) == 0
    assert await storage.note_login_failure("dr.asha", r.NOW, until) == 1
    assert await storage.note_login_failure("dr.asha", r.later(1), until) == 2
    assert await storage.note_login_failure("dr.ravi", r.later(1), until) == 1
    assert await storage.login_failures("dr.asha", r.later(2)) == 2
    assert await storage.login_failures("dr.ravi", r.later(2)) == 1
    assert await storage.login_failures("dr.asha", until) == 0  # expired
    assert await storage.note_login_failure("dr.asha", until, r.later(10)) == 1  # from 1 again
    # That note forgot the other expired names: asked about an earlier moment, none left.
    assert await storage.login_failures("dr.ravi", r.later(2)) == 0
    assert await storage.note_login_failure("dr.ravi", r.later(6), r.later(10)) == 1
    await storage.forget_login_failures("dr.asha")
    assert await storage.login_failures("dr.asha", r.later(6)) == 0
    assert await storage.login_failures("dr.ravi", r.later(7)) == 1
    await storage.forget_login_failures("dr.nobody")  # no error
