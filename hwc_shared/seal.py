"""The prescription seal: Ed25519 signing (the hub's side, also used for samples and tests)
and verification against the hub's key (the kiosk's pinned copy, or the hub's own for its
public check). Nothing is printable until it verifies here.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.errors import ValidationErrors
from kiosk.domain.prescription import Prescription
from kiosk.domain.prescription_refusals import Refusal
from kiosk.domain.prescription_seal import (
    QrPayload,
    SealError,
    SignedPrescription,
    envelope,
    qr_text,
    read_envelope,
    read_qr,
    signing_bytes,
)


class PinnedKeyError(RuntimeError):
    """The kiosk has no usable hub key: it was not enrolled, or the key file is damaged."""


class Refused(Exception):  # noqa: N818  (a refusal, not a bug)
    """A prescription that must not be printed, with the reason in plain words."""

    def __init__(self, reason: Refusal, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)


def key_id(public_key: Ed25519PublicKey) -> str:
    """A short name for a key: hex of the first 8 bytes of SHA-256 of its raw 32 bytes."""
    return hashlib.sha256(public_key.public_bytes_raw()).digest()[:8].hex()


def encode_public_key(public_key: Ed25519PublicKey) -> str:
    """A key as text: the raw 32 bytes in standard base64 (as enrollment pins it)."""
    return base64.b64encode(public_key.public_bytes_raw()).decode("ascii") + "\n"


def decode_public_key(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as error:
        raise PinnedKeyError("the hub key is not base64 text") from error
    if len(raw) != 32:
        raise PinnedKeyError(f"the hub key has {len(raw)} bytes, not 32")
    return Ed25519PublicKey.from_public_bytes(raw)


def sign(rx: Prescription, private_key: Ed25519PrivateKey) -> str:
    """Sign at the hub: returns the envelope JSON text that goes to the kiosk."""
    signature = private_key.sign(signing_bytes(rx))
    return envelope(rx, key_id(private_key.public_key()), signature)


@dataclass(frozen=True)
class Verified:
    """A prescription whose signature verified against the pinned hub key."""

    prescription: Prescription
    key_id: str
    signature: bytes

    @property
    def qr_text(self) -> str:
        return qr_text(self.prescription, self.key_id, self.signature)


def verify(text: str, pinned: Ed25519PublicKey) -> Verified:
    """Check a signed prescription as received; raises Refused with the reason."""
    try:
        signed: SignedPrescription = read_envelope(text)
    except SealError as error:
        raise Refused(Refusal.UNREADABLE, str(error)) from error
    except ValidationErrors as error:
        raise Refused(Refusal.INCOMPLETE, str(error)) from error
    if signed.key_id != key_id(pinned):
        raise Refused(Refusal.UNKNOWN_KEY, f"signed with key {signed.key_id}")
    try:
        pinned.verify(signed.signature, signing_bytes(signed.prescription))
    except InvalidSignature:
        raise Refused(Refusal.BAD_SIGNATURE) from None
    return Verified(signed.prescription, signed.key_id, signed.signature)


@dataclass(frozen=True)
class QrCheck:
    valid: bool
    reason: Refusal | None
    payload: QrPayload | None


def verify_qr(text: str, pinned: Ed25519PublicKey) -> QrCheck:
    """Check a prescription's QR text offline, as a pharmacist's phone or the hub would."""
    try:
        payload = read_qr(text)
    except SealError:
        return QrCheck(False, Refusal.UNREADABLE, None)
    if payload.key_id != key_id(pinned):
        return QrCheck(False, Refusal.UNKNOWN_KEY, payload)
    try:
        pinned.verify(payload.signature, payload.signed)
        payload.seal  # noqa: B018  (a signed seal that is not JSON is unreadable all the same)
    except InvalidSignature:
        return QrCheck(False, Refusal.BAD_SIGNATURE, payload)
    except (SealError, ValueError):
        return QrCheck(False, Refusal.UNREADABLE, payload)
    return QrCheck(True, None, payload)
