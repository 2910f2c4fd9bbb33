"""What the hub signs, how a signed prescription travels, and what its QR code carries.

One Ed25519 signature serves both the full prescription and the printed QR code: the
hub signs the canonical bytes of a compact *seal* (what a pharmacist needs to check
the paper, plus the SHA-256 of the full canonical prescription). The kiosk rebuilds
the seal from the full prescription it receives, so a changed medicine line changes
the hash and the signature no longer verifies; a phone reads the seal straight from
the QR code and verifies it offline. The cryptography itself lives in kiosk.rx.
"""

from __future__ import annotations

import base64
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

from kiosk.domain.prescription import FORMAT, Prescription, canonical_bytes, parse, to_dict

SEAL_VERSION = 1
QR_PREFIX = "RX1:"
KEY_ID_BYTES = 8
SIGNATURE_BYTES = 64
_SEX = {"female": "F", "male": "M", "other": "O"}
BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


class SealError(ValueError):
    """The text is not a signed prescription or QR payload this kiosk can read."""


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def from_b64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (ValueError, TypeError) as error:
        raise SealError("not base64url text") from error


def prescription_hash(rx: Prescription) -> str:
    """SHA-256 of the full canonical prescription, base64url: binds the seal to every line."""
    return b64url(hashlib.sha256(canonical_bytes(to_dict(rx))).digest())


SEAL_DIAGNOSIS = 60  # characters of the diagnosis a QR code carries


def seal(rx: Prescription) -> dict[str, Any]:
    """The compact, signed summary a QR code carries (short keys keep the code small).
    A prescription with its consult recorded adds the mode ``cm``, type ``ct``, the
    diagnosis ``dx`` (its first characters) and the registration council ``rc``."""
    out: dict[str, Any] = {
        "v": SEAL_VERSION,
        "id": rx.id,
        "t": rx.issued_at,
        "pt": rx.patient.name,
        "as": f"{rx.patient.age_years}{_SEX.get(rx.patient.sex, 'O')}",
        "ab": rx.patient.abha_number,
        "dr": rx.specialist.name,
        "rg": rx.specialist.registration_number,
        "hb": rx.specialist.hub,
        "m": [[m.name, m.strength, m.dose, m.frequency, m.duration] for m in rx.medicines],
        "fu": rx.follow_up,
        "h": prescription_hash(rx),
    }
    if rx.consult is not None:
        out["cm"], out["ct"] = rx.consult.mode, rx.consult.type
        dx = rx.diagnosis.strip()
        out["dx"] = dx if len(dx) <= SEAL_DIAGNOSIS else dx[: SEAL_DIAGNOSIS - 1] + "…"
    if rx.specialist.council:
        out["rc"] = rx.specialist.council
    return out


def signing_bytes(rx: Prescription) -> bytes:
    """The exact bytes the hub signs with Ed25519 and the kiosk verifies."""
    return canonical_bytes(seal(rx))


@dataclass(frozen=True)
class SignedPrescription:
    prescription: Prescription
    key_id: str  # hex of the first 8 bytes of SHA-256 of the raw 32-byte public key
    signature: bytes


def envelope(rx: Prescription, key_id: str, signature: bytes) -> str:
    """The JSON text the hub sends (live or by pull); its own key order does not matter."""
    return json.dumps(
        {
            "format": FORMAT,
            "key_id": key_id,
            "prescription": to_dict(rx),
            "signature": b64url(signature),
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def read_envelope(text: str) -> SignedPrescription:
    """Parse a signed prescription; raises SealError (unreadable) or ValidationErrors."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, TypeError) as error:
        raise SealError("not JSON") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SealError(f"not a {FORMAT} prescription")
    key_id, signature = data.get("key_id"), data.get("signature")
    if not isinstance(key_id, str) or not isinstance(signature, str):
        raise SealError("no key id or signature")
    raw_signature = from_b64url(signature)
    if len(raw_signature) != SIGNATURE_BYTES:
        raise SealError("the signature is not 64 bytes")
    return SignedPrescription(parse(data.get("prescription")), key_id.lower(), raw_signature)


def base45_encode(data: bytes) -> str:
    """RFC 9285: two bytes in three characters of the QR alphanumeric set, the densest
    text a QR code holds (about 30 % smaller than base64 in byte mode)."""
    out = []
    for i in range(0, len(data) - 1, 2):
        n = data[i] * 256 + data[i + 1]
        c, n = n % 45, n // 45
        d, e = n % 45, n // 45
        out += [BASE45[c], BASE45[d], BASE45[e]]
    if len(data) % 2:
        n = data[-1]
        out += [BASE45[n % 45], BASE45[n // 45]]
    return "".join(out)


def base45_decode(text: str) -> bytes:
    try:
        values = [BASE45.index(ch) for ch in text]
    except ValueError as error:
        raise SealError("not base45 text") from error
    out = bytearray()
    for i in range(0, len(values), 3):
        chunk = values[i : i + 3]
        if len(chunk) == 3:
            n = chunk[0] + chunk[1] * 45 + chunk[2] * 45 * 45
            if n > 0xFFFF:
                raise SealError("not base45 text")
            out += bytes((n >> 8, n & 0xFF))
        elif len(chunk) == 2:
            n = chunk[0] + chunk[1] * 45
            if n > 0xFF:
                raise SealError("not base45 text")
            out.append(n)
        else:
            raise SealError("not base45 text")
    return bytes(out)


def qr_text(rx: Prescription, key_id: str, signature: bytes) -> str:
    """``RX1:`` + base45(key id ‖ signature ‖ zlib(canonical seal)): all a phone needs."""
    packed = bytes.fromhex(key_id) + signature + zlib.compress(signing_bytes(rx), 9)
    return QR_PREFIX + base45_encode(packed)


@dataclass(frozen=True)
class QrPayload:
    key_id: str
    signature: bytes
    signed: bytes  # the canonical seal bytes, exactly as signed

    @property
    def seal(self) -> dict[str, Any]:
        value = json.loads(self.signed.decode("utf-8"))
        if not isinstance(value, dict):
            raise SealError("the seal is not an object")
        return value


def read_qr(text: str) -> QrPayload:
    text = text.strip()
    if not text.startswith(QR_PREFIX):
        raise SealError(f"QR text does not start with {QR_PREFIX}")
    packed = base45_decode(text[len(QR_PREFIX) :])
    head = KEY_ID_BYTES + SIGNATURE_BYTES
    if len(packed) <= head:
        raise SealError("QR text is too short")
    try:
        signed = zlib.decompress(packed[head:])
    except zlib.error as error:
        raise SealError("QR text is damaged") from error
    return QrPayload(packed[:KEY_ID_BYTES].hex(), packed[KEY_ID_BYTES:head], signed)
