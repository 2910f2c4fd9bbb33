"""What the QR code on an ABHA card says about its holder, to prefill registration.

The card's QR code holds a small JSON object (ABDM's "scan and share" profile):
``hidn`` the 14-digit ABHA number, ``hid``/``phr`` the ABHA address, ``name``,
``gender`` (M/F/O), ``dob`` (day-month-year) or ``yob``, ``mobile``, ``address``, and
the district and state names. Anything missing or malformed is left for the CHO to type;
nothing here is trusted more than what the CHO sees on the card.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date

from kiosk.domain.abha import format_abha_number

_SEX = {"M": "male", "F": "female", "O": "other", "T": "other"}


@dataclass(frozen=True)
class AbhaCard:
    abha_number: str = ""
    abha_address: str = ""
    name: str = ""
    sex: str = ""
    birth_date: date | None = None
    birth_year: int | None = None
    phone: str = ""
    district: str = ""
    state: str = ""
    address: str = ""


def _text(data: dict[str, object], *keys: str) -> str:
    for key in keys:
        value = data.get(key)
        if isinstance(value, str | int) and str(value).strip():
            return " ".join(str(value).split())
    return ""


def _birth_date(text: str) -> date | None:
    match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    if not match:
        return None
    day, month, year = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_abha_qr(text: str) -> AbhaCard | None:
    """The card's details, or None when the QR code is not an ABHA card's."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    digits = re.sub(r"\D", "", _text(data, "hidn", "abhaNumber", "healthIdNumber"))
    address = _text(data, "hid", "phr", "abhaAddress", "healthId").lower()
    if len(digits) != 14 and "@" not in address:
        return None
    year = _text(data, "yob", "yearOfBirth")
    phone = re.sub(r"\D", "", _text(data, "mobile", "phone"))
    return AbhaCard(
        abha_number=format_abha_number(digits) if len(digits) == 14 else "",
        abha_address=address if "@" in address else "",
        name=_text(data, "name", "fullName").title(),
        sex=_SEX.get(_text(data, "gender", "sex")[:1].upper(), ""),
        birth_date=_birth_date(_text(data, "dob", "dateOfBirth")),
        birth_year=int(year) if year.isdigit() else None,
        phone=phone[-10:] if len(phone) >= 10 else "",
        district=_text(data, "district_name", "dist name", "districtName").title(),
        state=_text(data, "state name", "state_name", "stateName").title(),
        address=_text(data, "address"),
    )
