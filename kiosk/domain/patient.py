"""Patients as the CHO registers them: often with an age instead of a date of birth."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from kiosk.domain import languages
from kiosk.domain.abha import normalize_abha_address, normalize_abha_number
from kiosk.domain.errors import (
    QT_TRANSLATE_NOOP,
    Collector,
    ValidationError,
)
from kiosk.domain.ids import new_id

MAX_AGE_YEARS = 120
_NAME_SIGNS = " .'-\u200c\u200d"  # and the zero-width (non-)joiners Indian scripts use


def _is_name(name: str) -> bool:
    """Letters of any script, with their vowel signs and viramas, spaces, dots,
    apostrophes and hyphens; it starts with a letter and holds no digit of any script."""
    if not name or not name[0].isalpha():
        return False
    return all(
        ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc") or ch in _NAME_SIGNS for ch in name
    )


class Sex(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"


# Fields a CHO may change after registration; they merge one by one at the hub.
DEMOGRAPHIC_FIELDS = (
    "name",
    "sex",
    "birth_date",
    "birth_date_estimated",
    "phone",
    "abha_number",
    "abha_address",
    "village",
    "district",
    "state",
    "guardian_name",
    "language",
)


@dataclass(frozen=True)
class Patient:
    id: str
    name: str
    sex: Sex
    birth_date: date
    birth_date_estimated: bool
    phone: str | None
    abha_number: str | None
    abha_address: str | None
    village: str
    district: str
    state: str
    guardian_name: str
    language: str
    created_at: datetime
    version: int = 1

    def age_on(self, day: date) -> int:
        years = day.year - self.birth_date.year
        if (day.month, day.day) < (self.birth_date.month, self.birth_date.day):
            years -= 1
        return max(years, 0)


@dataclass(frozen=True)
class PatientForm:
    """What the registration screen collects, as typed; :func:`register` checks it."""

    name: str = ""
    sex: str = ""
    birth_date: date | None = None
    age_years: str = ""
    phone: str = ""
    abha_number: str = ""
    abha_address: str = ""
    village: str = ""
    district: str = ""
    state: str = ""
    guardian_name: str = ""
    language: str = languages.DEFAULT


def normalize_phone(text: str, field: str = "phone") -> str:
    """Indian mobile numbers: 10 digits starting with 6 to 9; +91 or a leading 0 is dropped."""
    digits = re.sub(r"[\s\-()]", "", text)
    if digits.startswith("+91"):
        digits = digits[3:]
    elif len(digits) == 11 and digits.startswith("0"):
        digits = digits[1:]
    if not re.fullmatch(r"[6-9]\d{9}", digits):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "domain",
                "A mobile number has 10 digits and starts with 6, 7, 8 or 9, like 9876543210.",
            ),
        )
    return digits


def check_name(text: str, field: str = "name") -> str:
    name = " ".join(text.split())
    if not 2 <= len(name) <= 80 or not _is_name(name):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "domain",
                "A name has 2 to 80 letters, in any Indian script or in English letters; "
                "spaces, dots and hyphens are allowed, digits are not.",
            ),
        )
    return name


def birth_date_from_age(age_years: int, today: date) -> date:
    """An estimated date of birth for a patient who only knows their age: 1 July of that year,
    the midpoint convention, moved back a year if that would make them younger than stated."""
    estimate = date(today.year - age_years, 7, 1)
    if estimate > today:
        estimate = date(today.year - age_years - 1, 7, 1)
    return estimate


def _check_birth(form: PatientForm, today: date, errors: Collector) -> tuple[date, bool] | None:
    if form.birth_date is not None:
        if form.birth_date > today:
            errors.add(
                ValidationError(
                    "birth_date",
                    QT_TRANSLATE_NOOP("domain", "The date of birth cannot be in the future."),
                )
            )
            return None
        if today.year - form.birth_date.year > MAX_AGE_YEARS:
            errors.add(
                ValidationError(
                    "birth_date",
                    QT_TRANSLATE_NOOP(
                        "domain",
                        "The date of birth is more than {max} years ago. Please check it.",
                    ),
                    max=MAX_AGE_YEARS,
                )
            )
            return None
        return form.birth_date, False
    text = form.age_years.strip()
    if not text:
        errors.add(
            ValidationError(
                "age_years",
                QT_TRANSLATE_NOOP("domain", "Give the date of birth or the age in years."),
            )
        )
        return None
    if not text.isdigit() or not 0 <= int(text) <= MAX_AGE_YEARS:
        errors.add(
            ValidationError(
                "age_years",
                QT_TRANSLATE_NOOP("domain", "Age is a whole number of years from 0 to {max}."),
                max=MAX_AGE_YEARS,
            )
        )
        return None
    return birth_date_from_age(int(text), today), True


def _optional(
    value: str, check: Callable[[str, str], str], field: str, errors: Collector
) -> str | None:
    if not value.strip():
        return None
    try:
        return check(value, field)
    except ValidationError as error:
        errors.add(error)
        return None


def register(form: PatientForm, now: datetime, patient_id: str | None = None) -> Patient:
    """Check a registration form and make the Patient, or raise every problem at once."""
    errors = Collector()
    name = ""
    try:
        name = check_name(form.name)
    except ValidationError as error:
        errors.add(error)
    try:
        sex = Sex(form.sex)
    except ValueError:
        errors.add(
            ValidationError("sex", QT_TRANSLATE_NOOP("domain", "Choose female, male or other."))
        )
        sex = Sex.OTHER
    birth = _check_birth(form, now.date(), errors)
    phone = _optional(form.phone, normalize_phone, "phone", errors)
    abha_number = _optional(form.abha_number, normalize_abha_number, "abha_number", errors)
    abha_address = _optional(form.abha_address, normalize_abha_address, "abha_address", errors)
    errors.raise_if_any()
    assert birth is not None
    return Patient(
        id=patient_id or new_id(),
        name=name,
        sex=sex,
        birth_date=birth[0],
        birth_date_estimated=birth[1],
        phone=phone,
        abha_number=abha_number,
        abha_address=abha_address,
        village=" ".join(form.village.split()),
        district=" ".join(form.district.split()),
        state=" ".join(form.state.split()),
        guardian_name=" ".join(form.guardian_name.split()),
        language=form.language if languages.known(form.language) else languages.DEFAULT,
        created_at=now,
    )


def changed_fields(old: Patient, new: Patient) -> list[str]:
    """The demographic fields that differ: what a merge at the hub needs to know."""
    return [f for f in DEMOGRAPHIC_FIELDS if getattr(old, f) != getattr(new, f)]


def amend(old: Patient, form: PatientForm, now: datetime) -> Patient:
    """Apply a corrected registration form to an existing patient, keeping identity."""
    checked = register(form, now, patient_id=old.id)
    return dataclasses.replace(checked, created_at=old.created_at, version=old.version + 1)
