"""Tokens, enrollment codes and passwords: made with ``secrets``, stored only as hashes.

Tokens and codes are long random strings, so one SHA-256 is enough to make a stolen
database useless; passwords are chosen by people, so they get scrypt with a salt.
"""

from __future__ import annotations

import hashlib
import secrets

from kiosk.domain.accounts import hash_pin, verify_pin

# No 0/O or 1/I/L: the code is read aloud over the phone by district IT.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3
CODE_GROUP_LEN = 4


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_enroll_code() -> str:
    groups = (
        "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUP_LEN))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def normalize_code(code: str) -> str:
    """Codes are typed by hand: case, spaces and dashes do not matter."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


def code_hash(code: str) -> str:
    return token_hash("enroll:" + normalize_code(code))


def hash_password(password: str) -> str:
    """scrypt with a salt, in the same format as the kiosk's PINs."""
    return hash_pin(password)


def check_password(password: str, stored: str) -> bool:
    return verify_pin(password, stored)
