"""What an administrator types at the hub's command line for a new account: the same
password rules for specialists and programme officers."""

from __future__ import annotations

import getpass
from pathlib import Path

from hub.storage.base import StorageError

MIN_PASSWORD = 10


def read_new_password(password_file: str | None) -> str:
    """A new account's password, from a file (its text, trimmed) or typed twice."""
    if password_file:
        text = Path(password_file).read_text(encoding="utf-8").strip()
    else:
        text = getpass.getpass("password: ")
        if getpass.getpass("again: ") != text:
            raise StorageError("the two passwords differ")
    if len(text) < MIN_PASSWORD:
        raise StorageError(f"a password has at least {MIN_PASSWORD} characters")
    return text
