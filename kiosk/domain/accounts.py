"""CHO accounts: PIN rules, slow PIN hashing, and the lockout after repeated failures."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kiosk.domain.errors import QT_TRANSLATE_NOOP, ValidationError

# scrypt with N=2**14 costs about 16 MiB and tens of milliseconds per try: cheap for a
# login, expensive for anyone who copied the database and tries all 10**6 PINs.
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)


class Role(StrEnum):
    CHO = "cho"
    ADMIN = "admin"


@dataclass(frozen=True)
class Cho:
    id: str
    username: str
    full_name: str
    role: Role
    language: str


def check_username(text: str) -> str:
    name = text.strip().lower()
    if not re.fullmatch(r"[a-z][a-z0-9._-]{2,31}", name):
        raise ValidationError(
            "username",
            QT_TRANSLATE_NOOP(
                "domain",
                "A user name has 3 to 32 English letters or digits and starts with a letter.",
            ),
        )
    return name


def check_new_pin(pin: str) -> str:
    """PINs are 4 to 8 digits and not trivially guessable (same digit, or a straight run)."""
    if not re.fullmatch(r"\d{4,8}", pin):
        raise ValidationError("pin", QT_TRANSLATE_NOOP("domain", "A PIN has 4 to 8 digits."))
    steps = {int(b) - int(a) for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {-1}):
        raise ValidationError(
            "pin",
            QT_TRANSLATE_NOOP(
                "domain", "This PIN is too easy to guess (like 1111 or 1234). Choose another."
            ),
        )
    return pin


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        pin.encode(),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        dklen=32,
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def lock_until_after_failure(failures: int, now: datetime) -> datetime | None:
    """When an account locks after its ``failures``-th consecutive wrong PIN, if it does."""
    return now + LOCKOUT if failures >= MAX_FAILURES else None
