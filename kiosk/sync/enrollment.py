"""Enrollment: a one-time code from district IT becomes this kiosk's token, and the hub's
public signing key is pinned so that prescriptions can be checked against it later.

Kept in ``KIOSK_HOME/enrollment.json``, readable by the owner only (it holds the token).
"""

from __future__ import annotations

import base64
import binascii
import json
import socket
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hwc_shared.files import write_private
from kiosk.config import ENROLLMENT_FILE
from kiosk.sync.client import HubClient, HubUnavailable
from kiosk.sync.link import LinkPolicy

FILE = ENROLLMENT_FILE


class EnrollmentError(Exception):
    """Enrollment did not work; the message says why in plain words."""


class HubUnreachable(EnrollmentError):  # noqa: N818  (a state of the link, not a bug)
    """The hub did not answer: the same code may work later."""


@dataclass(frozen=True)
class Enrollment:
    hub_url: str
    kiosk_id: str
    token: str
    spoke_id: str
    spoke_name: str
    district: str
    state: str
    hub_site: str
    hub_public_key: str  # Ed25519, raw 32 bytes in base64
    hub_key_fingerprint: str
    enrolled_at: str

    def public_key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.hub_public_key))


def path(home: Path) -> Path:
    return home / FILE


def load(home: Path) -> Enrollment | None:
    file = path(home)
    if not file.exists():
        return None
    data = json.loads(file.read_text(encoding="utf-8"))
    return Enrollment(**{k: data[k] for k in Enrollment.__dataclass_fields__})


def save(home: Path, enrollment: Enrollment) -> Path:
    """Write atomically, owner-only from the first byte."""
    return write_private(path(home), json.dumps(asdict(enrollment), indent=2).encode("utf-8"))


def from_answer(hub_url: str, answer: dict[str, Any], now: datetime) -> Enrollment:
    """Check the hub's enrollment answer before trusting any of it."""
    try:
        spoke, hub = answer["spoke"], answer["hub"]
        if hub["algorithm"] != "Ed25519":
            raise EnrollmentError(f"the hub signs with {hub['algorithm']}, not Ed25519")
        key = base64.b64decode(hub["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key)
        return Enrollment(
            hub_url=hub_url.rstrip("/"),
            kiosk_id=str(answer["kiosk_id"]),
            token=str(answer["token"]),
            spoke_id=str(spoke["id"]),
            spoke_name=str(spoke["name"]),
            district=str(spoke.get("district", "")),
            state=str(spoke.get("state", "")),
            hub_site=str(hub.get("site", "")),
            hub_public_key=base64.b64encode(key).decode("ascii"),
            hub_key_fingerprint=str(hub["fingerprint"]),
            enrolled_at=now.isoformat(),
        )
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise EnrollmentError(f"the hub's answer is not a usable enrollment: {error}") from None


async def enroll(
    hub_url: str,
    code: str,
    home: Path,
    label: str | None = None,
    expected_spoke: str = "",
    link: LinkPolicy | None = None,
) -> Enrollment:
    """Trade ``code`` for a token at ``hub_url`` and keep the result in ``home``. With
    ``expected_spoke``, a code issued for another spoke is refused before anything is
    kept: records made under one spoke id would be refused by the hub under another."""
    async with HubClient(hub_url, link=link) as client:
        try:
            answer = await client.enroll(code, label or socket.gethostname())
        except HubUnavailable as error:
            raise HubUnreachable(f"could not reach the hub at {hub_url}: {error}") from None
    enrollment = from_answer(hub_url, answer, datetime.now(UTC))
    if expected_spoke and enrollment.spoke_id != expected_spoke:
        raise EnrollmentError(
            f"the code is for spoke {enrollment.spoke_id}, but this kiosk is set up for spoke "
            f"{expected_spoke}; ask district IT for this spoke's code"
        )
    save(home, enrollment)
    return enrollment
