"""The hub's signing key as this kiosk pinned it at enrollment: every prescription is
checked against this copy, never against a key that arrives with it."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hwc_shared.seal import PinnedKeyError, decode_public_key
from kiosk.config import ENROLLMENT_FILE

PINNED_KEY_FIELD = "hub_public_key"  # in KIOSK_HOME/enrollment.json, written at enrollment


def load_pinned_key(home: Path) -> Ed25519PublicKey:
    """The hub's signing key pinned at enrollment (``hub_public_key`` in enrollment.json)."""
    path = home / ENROLLMENT_FILE
    try:
        enrollment = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PinnedKeyError(
            f"no hub key at {path}: enroll this kiosk with the hub first"
        ) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise PinnedKeyError(f"cannot read the hub key at {path}: {error}") from error
    text = enrollment.get(PINNED_KEY_FIELD) if isinstance(enrollment, dict) else None
    if not isinstance(text, str):
        raise PinnedKeyError(f"{path} holds no hub key: enroll this kiosk again")
    return decode_public_key(text)
