"""The Officers contract: the programme officers' accounts and dashboard sessions."""

from __future__ import annotations

from datetime import timedelta

import pytest

from hub.storage.aggregates import Officers
from hub.storage.base import HubStorage, StorageError
from hub.storage.models import Officer, OfficerSession, Scope
from tests.hub.contract import records as r
from tests.hub.contract.coverage import covers

DPO = Officer("dpo.jaipur", "Dr. R. Sharma", Scope("district", "Jaipur"), r.NOW)
SPO = Officer("spo.bihar", "Mission Director", Scope("state", "Bihar"), r.NOW)


@covers(Officers.add_officer, Officers.officers, Officers.officer_login)
async def test_officers_are_accounts_of_their_own_with_a_scope(storage: HubStorage) -> None:
    assert await storage.officers() == []
    await storage.add_officer(SPO, "hash-s")
    await storage.add_officer(DPO, "hash-d")
    with pytest.raises(StorageError, match="already exists"):
        await storage.add_officer(Officer("dpo.jaipur", "x", Scope("hub", "x"), r.NOW), "h")
    assert await storage.officers() == [DPO, SPO]
    assert await storage.officer_login("dpo.jaipur") == (DPO, "hash-d")
    assert await storage.officer_login("dr.asha") is None
    await storage.add_specialist(r.specialist("dr.asha"), "hash")
    assert await storage.officer_login("dr.asha") is None  # a specialist is not an officer
    assert await storage.specialist_login("dpo.jaipur") is None


@covers(Officers.add_officer_session, Officers.officer_session, Officers.end_officer_session)
async def test_a_dashboard_session_opens_until_it_expires_or_ends(storage: HubStorage) -> None:
    await storage.add_officer(DPO, "hash")
    session = OfficerSession("dpo.jaipur", "csrf-1", r.NOW, r.NOW + timedelta(hours=8))
    await storage.add_officer_session("token-1", session, r.NOW)
    assert await storage.officer_session("token-1", r.later(1)) == (session, DPO)
    assert await storage.officer_session("token-x", r.later(1)) is None
    assert await storage.officer_session("token-1", session.expires_at) is None
    assert await storage.session_for_token("token-1", r.later(1)) is None  # not a console one
    await storage.end_officer_session("token-1")
    await storage.end_officer_session("token-1")  # again: no error
    assert await storage.officer_session("token-1", r.later(1)) is None
