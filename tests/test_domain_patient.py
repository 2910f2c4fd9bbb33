"""Patient registration rules: plain-word errors, ABHA formats, age instead of birth date."""

from datetime import UTC, date, datetime

import pytest

from kiosk.domain.abha import format_abha_number, normalize_abha_address, normalize_abha_number
from kiosk.domain.errors import ValidationError, ValidationErrors
from kiosk.domain.patient import (
    PatientForm,
    amend,
    birth_date_from_age,
    changed_fields,
    normalize_phone,
    register,
)

NOW = datetime(2026, 11, 20, 5, 30, tzinfo=UTC)


def form(**changes: object) -> PatientForm:
    base = {"name": "Sunita Devi", "sex": "female", "age_years": "42", "village": "Bassi"}
    base.update(changes)
    return PatientForm(**base)  # type: ignore[arg-type]


def test_abha_number_is_fourteen_digits_shown_in_groups() -> None:
    digits = normalize_abha_number("91-2345-6789 0123")
    assert digits == "91234567890123"
    assert format_abha_number(digits) == "91-2345-6789-0123"
    with pytest.raises(ValidationError) as caught:
        normalize_abha_number("12-3456")
    assert "6 digits were given" in caught.value.message


@pytest.mark.parametrize("good", ["sunita.devi@abdm", "Ram_1990@abdm", "abcd@sbx"])
def test_abha_address_accepts(good: str) -> None:
    assert normalize_abha_address(good) == good.lower()


@pytest.mark.parametrize("bad", ["sunita", "ab@abdm", "a..b@abdm", "_abc@abdm", "name@gmail.com"])
def test_abha_address_refuses(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalize_abha_address(bad)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("98765 43210", "9876543210"),
        ("+91 98765-43210", "9876543210"),
        ("09876543210", "9876543210"),
    ],
)
def test_phone_normalises(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("bad", ["12345", "5876543210", "98765432101"])
def test_phone_refuses(bad: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(bad)


def test_age_gives_an_estimated_birth_date() -> None:
    patient = register(form(), NOW)
    assert patient.birth_date_estimated
    assert patient.age_on(NOW.date()) == 42
    assert birth_date_from_age(0, date(2026, 3, 1)) == date(2025, 7, 1)


def test_birth_date_wins_over_age() -> None:
    patient = register(form(birth_date=date(1990, 5, 17), age_years=""), NOW)
    assert not patient.birth_date_estimated
    assert patient.birth_date == date(1990, 5, 17)


def test_every_problem_is_reported_at_once_with_its_field() -> None:
    with pytest.raises(ValidationErrors) as caught:
        register(
            PatientForm(
                name="R2", sex="", age_years="200", phone="123", abha_number="1", abha_address="x"
            ),
            NOW,
        )
    fields = caught.value.by_field()
    assert set(fields) == {"name", "sex", "age_years", "phone", "abha_number", "abha_address"}
    assert "0 to 120" in fields["age_years"].message


def test_hindi_names_are_accepted() -> None:
    patient = register(form(name="सुनीता  देवी"), NOW)
    assert patient.name == "सुनीता देवी"


def test_future_birth_date_is_refused() -> None:
    with pytest.raises(ValidationErrors) as caught:
        register(form(birth_date=date(2030, 1, 1)), NOW)
    assert "future" in caught.value.by_field()["birth_date"].message


def test_amend_keeps_identity_and_counts_versions() -> None:
    old = register(form(), NOW)
    new = amend(old, form(phone="9876543210", village="Chaksu"), NOW)
    assert new.id == old.id and new.created_at == old.created_at
    assert new.version == 2
    assert changed_fields(old, new) == ["phone", "village"]
