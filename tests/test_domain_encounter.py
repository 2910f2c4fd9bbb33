"""Encounter lifecycle and CHO account rules."""

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain import encounter as enc
from kiosk.domain.accounts import (
    check_new_pin,
    check_username,
    hash_pin,
    lock_until_after_failure,
    verify_pin,
)
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.errors import ValidationError, ValidationErrors

NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)


def test_consult_needs_a_complaint_and_a_specialty() -> None:
    draft = enc.open_encounter("p", "s", "c", NOW)
    with pytest.raises(ValidationErrors) as caught:
        enc.request_consult(draft, "", False, NOW)
    assert set(caught.value.by_field()) == {"complaint", "specialty"}
    noted = enc.edit_notes(draft, "Fever for 3 days", "", NOW)
    queued = enc.request_consult(noted, "paediatrics", True, NOW)
    assert queued.status is EncounterStatus.QUEUED
    assert queued.queued_at == NOW and queued.urgent
    assert queued.version == 3


def test_notes_are_frozen_once_queued() -> None:
    draft = enc.edit_notes(enc.open_encounter("p", "s", "c", NOW), "Cough", "", NOW)
    queued = enc.request_consult(draft, "general_medicine", False, NOW)
    with pytest.raises(ValidationError):
        enc.edit_notes(queued, "Changed", "", NOW)


def test_impossible_transitions_are_refused() -> None:
    draft = enc.open_encounter("p", "s", "c", NOW)
    with pytest.raises(ValidationError) as caught:
        enc.move_to(draft, EncounterStatus.PRESCRIBED, NOW)
    assert "cannot become" in caught.value.message
    closed = enc.move_to(draft, EncounterStatus.CLOSED, NOW)
    with pytest.raises(ValidationError):
        enc.move_to(closed, EncounterStatus.QUEUED, NOW)


@pytest.mark.parametrize("pin", ["1111", "1234", "9876", "12", "123456789", "12a4"])
def test_weak_or_malformed_pins_are_refused(pin: str) -> None:
    with pytest.raises(ValidationError):
        check_new_pin(pin)


def test_pin_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2580"), hash_pin("2580")
    assert first != second and first.startswith("scrypt$")
    assert verify_pin("2580", first) and verify_pin("2580", second)
    assert not verify_pin("2581", first)
    assert not verify_pin("2580", "garbage")


def test_lockout_after_five_failures() -> None:
    assert lock_until_after_failure(4, NOW) is None
    assert lock_until_after_failure(5, NOW) == NOW + timedelta(minutes=5)


def test_usernames() -> None:
    assert check_username(" Sunita ") == "sunita"
    with pytest.raises(ValidationError):
        check_username("1abc")
