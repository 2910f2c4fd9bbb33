"""How each field of a synced record is checked, on both sides: text of a bounded length,
ids, flags, numbers, timestamps with their zone, dates, choices from the domain's lists.
A failed check raises :class:`WireError` with words safe to send back (never the value).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

MAX_TEXT = 4000
MAX_SHORT = 200
UUID_RE = re.compile(r"^[0-9a-fA-F-]{8,64}$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


class WireError(ValueError):
    """Input that breaks the schema; the message is safe to send back (no field values)."""


Checker = Callable[[Any], Any]


def text(limit: int) -> Checker:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise WireError(f"must be text of at most {limit} characters")
        return value

    return check


def optional(inner: Checker) -> Checker:
    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def ident(value: Any) -> str:
    if not isinstance(value, str) or not UUID_RE.match(value):
        raise WireError("must be an id")
    return value


def integer(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < 2**53:
        raise WireError("must be a non-negative integer")
    return value


def flag(value: Any) -> int:
    if value not in (0, 1) or isinstance(value, float):
        raise WireError("must be 0 or 1")
    return int(value)


def number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
        raise WireError("must be a number")
    return float(value)


def timestamp(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise WireError("must be an ISO timestamp")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise WireError("must be an ISO timestamp") from None
    if moment.tzinfo is None:
        raise WireError("must be a timestamp with its time zone")
    return value


def day(value: Any) -> str:
    if not isinstance(value, str) or len(value) != 10:
        raise WireError("must be a date (YYYY-MM-DD)")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise WireError("must be a date (YYYY-MM-DD)") from None
    return value


def choice(options: Any) -> Checker:
    allowed = {str(o) for o in options}

    def check(value: Any) -> str:
        if value not in allowed:
            raise WireError("is not one of the allowed values")
        return str(value)

    return check


def components(value: Any) -> dict[str, float]:
    if not isinstance(value, dict) or len(value) > 8:
        raise WireError("must be an object of numbers")
    return {text(40)(k): number(v) for k, v in value.items()}


def sha256(value: Any) -> str:
    if not isinstance(value, str) or not SHA256_RE.match(value):
        raise WireError("must be a SHA-256 in lowercase hex")
    return value


SHORT = text(MAX_SHORT)
LONG = text(MAX_TEXT)
