"""Ayushman Bharat Health Account identifiers: the 14-digit number and the ABHA address."""

from __future__ import annotations

import re

from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

ABHA_DOMAINS = ("abdm", "sbx")  # production, and ABDM's sandbox
_ADDRESS_LOCAL = re.compile(r"^[a-z0-9](?:[a-z0-9]|[._](?=[a-z0-9])){3,31}$")


def normalize_abha_number(text: str, field: str = "abha_number") -> str:
    """Accept 14 digits with or without dashes and spaces; return the bare digits."""
    digits = re.sub(r"[\s-]", "", text)
    if not re.fullmatch(r"\d{14}", digits):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "domain",
                "An ABHA number has 14 digits, like 12-3456-7890-1234. {count} digits were given.",
            ),
            count=sum(c.isdigit() for c in text),
        )
    return digits


def format_abha_number(digits: str) -> str:
    """Show a 14-digit ABHA number as it is printed on the card: XX-XXXX-XXXX-XXXX."""
    return f"{digits[:2]}-{digits[2:6]}-{digits[6:10]}-{digits[10:]}"


def normalize_abha_address(text: str, field: str = "abha_address") -> str:
    """An ABHA address is ``name@abdm``: 4 to 32 letters or digits, with single dots or
    underscores between them."""
    address = text.strip().lower()
    local, at, domain = address.partition("@")
    if not at or domain not in ABHA_DOMAINS or not _ADDRESS_LOCAL.match(local):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "domain",
                "An ABHA address looks like name@abdm: 4 to 32 letters or digits "
                "(a dot or underscore may join them), then @abdm.",
            ),
        )
    return address
