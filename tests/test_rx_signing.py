"""The canonical form, the seal and its Ed25519 signature: what hub and kiosk agree on."""

from __future__ import annotations

import dataclasses
import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hwc_shared.seal import (
    PinnedKeyError,
    Refused,
    encode_public_key,
    sign,
    verify,
    verify_qr,
)
from kiosk.domain.errors import ValidationErrors
from kiosk.domain.prescription import ConsultRecord, canonical_bytes, parse, to_dict
from kiosk.domain.prescription_refusals import Refusal
from kiosk.domain.prescription_seal import (
    base45_decode,
    base45_encode,
    read_qr,
    seal,
    signing_bytes,
)
from kiosk.rx.pinned_key import load_pinned_key
from kiosk.rx.sample import sample_prescription

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
RX = sample_prescription(
    rx_id="0f8e3c52-6b1d-4f7a-9a55-2d1c3e4f5a6b",
    encounter_id="5b0c7a8e-1d2f-4c3b-8a9e-0f1e2d3c4b5a",
    patient_id="9c8b7a6f-5e4d-4c3b-2a1f-0e9d8c7b6a59",
)


def test_canonical_form_is_sorted_compact_utf8_and_stable() -> None:
    data = canonical_bytes({"b": [1, "दवा"], "a": {"z": None, "y": True}})
    assert data == '{"a":{"y":true,"z":null},"b":[1,"दवा"]}'.encode()
    first = canonical_bytes(to_dict(RX))
    assert canonical_bytes(json.loads(first)) == first
    # Key order of the received JSON does not matter: the same bytes come out.
    shuffled = dict(reversed(list(to_dict(RX).items())))
    assert canonical_bytes(to_dict(parse(shuffled))) == first
    assert not first.startswith(b"{ ") and b'": ' not in first
    with pytest.raises(TypeError, match="float"):
        canonical_bytes({"dose": 0.5})


def test_the_signed_bytes_do_not_change_between_versions() -> None:
    """The hub and older kiosks sign and verify these exact bytes: a change here breaks them."""
    assert signing_bytes(RX).startswith(
        b'{"ab":"91234567890123","as":"46F","dr":"Dr. Anjali Verma"'
    )
    assert len(signing_bytes(RX)) == 495
    signature = KEY.sign(signing_bytes(RX))
    assert (
        signature.hex()[:16] == KEY.sign(signing_bytes(RX)).hex()[:16]
    )  # Ed25519 is deterministic


def test_parse_round_trips_and_reports_every_problem() -> None:
    assert parse(to_dict(RX)) == RX
    bad = to_dict(RX)
    bad["medicines"][0]["name"] = " "
    bad["patient"]["age_years"] = "46"
    bad["follow_up"] = "4/12/2026"
    bad["surprise"] = 1
    with pytest.raises(ValidationErrors) as caught:
        parse(bad)
    fields = set(caught.value.by_field())
    assert fields == {
        "prescription.medicines[1].name",
        "prescription.patient.age_years",
        "prescription.follow_up",
        "prescription.surprise",
    }
    assert "has no prescription.medicines[1].name" in str(caught.value)


def test_a_signed_prescription_verifies() -> None:
    verified = verify(sign(RX, KEY), KEY.public_key())
    assert verified.prescription == RX


def test_a_tampered_medicine_line_is_refused() -> None:
    envelope = json.loads(sign(RX, KEY))
    envelope["prescription"]["medicines"][0]["strength"] = "10 mg"
    with pytest.raises(Refused) as caught:
        verify(json.dumps(envelope), KEY.public_key())
    assert caught.value.reason is Refusal.BAD_SIGNATURE
    # Instructions are not in the QR seal but are bound by the hash all the same.
    envelope = json.loads(sign(RX, KEY))
    envelope["prescription"]["medicines"][1]["instructions"] = "Take two"
    with pytest.raises(Refused, match="bad_signature"):
        verify(json.dumps(envelope), KEY.public_key())


def test_a_foreign_key_is_refused() -> None:
    intruder = Ed25519PrivateKey.generate()
    with pytest.raises(Refused) as caught:
        verify(sign(RX, intruder), KEY.public_key())
    assert caught.value.reason is Refusal.UNKNOWN_KEY
    # Claiming the hub's key id does not help: the signature still fails.
    forged = json.loads(sign(RX, intruder))
    forged["key_id"] = json.loads(sign(RX, KEY))["key_id"]
    with pytest.raises(Refused) as caught:
        verify(json.dumps(forged), KEY.public_key())
    assert caught.value.reason is Refusal.BAD_SIGNATURE


def test_unreadable_and_incomplete_prescriptions_are_refused() -> None:
    for text, reason in (
        ("not json", Refusal.UNREADABLE),
        ('{"format": "other"}', Refusal.UNREADABLE),
    ):
        with pytest.raises(Refused) as caught:
            verify(text, KEY.public_key())
        assert caught.value.reason is reason
    incomplete = dataclasses.replace(RX, medicines=(), advice="")
    with pytest.raises(Refused) as caught:
        verify(sign(incomplete, KEY), KEY.public_key())
    assert caught.value.reason is Refusal.INCOMPLETE


def test_qr_text_is_compact_and_verifies_offline() -> None:
    text = verify(sign(RX, KEY), KEY.public_key()).qr_text
    assert text.startswith("RX1:") and len(text) < 700
    assert set(text[4:]) <= set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    check = verify_qr(text, KEY.public_key())
    assert check.valid and check.payload is not None
    assert check.payload.seal["pt"] == "Kamla Bai Meena"
    assert check.payload.seal["m"][0] == [
        "Amlodipine",
        "5 mg",
        "1 tablet",
        "Once daily, morning",
        "30 days",
    ]
    assert not verify_qr(text, Ed25519PrivateKey.generate().public_key()).valid
    payload = read_qr(text)
    forged = payload.signed.replace(b"Amlodipine", b"Alprazolam")
    import zlib

    from kiosk.domain.prescription_seal import QR_PREFIX
    from kiosk.domain.prescription_seal import base45_encode as b45

    packed = bytes.fromhex(payload.key_id) + payload.signature + zlib.compress(forged)
    assert verify_qr(QR_PREFIX + b45(packed), KEY.public_key()).reason is Refusal.BAD_SIGNATURE
    assert verify_qr("RX1:###", KEY.public_key()).reason is Refusal.UNREADABLE


def test_base45_round_trip() -> None:
    for data in (b"", b"\x00", b"AB", b"ietf!", bytes(range(256))):
        assert base45_decode(base45_encode(data)) == data
    assert base45_encode(b"AB") == "BB8"  # RFC 9285's example


def test_pinned_key_comes_from_the_enrollment(tmp_path) -> None:  # type: ignore[no-untyped-def]
    enrollment = tmp_path / "enrollment.json"
    with pytest.raises(PinnedKeyError, match="enroll"):
        load_pinned_key(tmp_path)
    enrollment.write_text(json.dumps({"hub_public_key": encode_public_key(KEY.public_key())}))
    assert load_pinned_key(tmp_path).public_bytes_raw() == KEY.public_key().public_bytes_raw()
    enrollment.write_text(json.dumps({"hub_public_key": "c2hvcnQ="}))
    with pytest.raises(PinnedKeyError, match="not 32"):
        load_pinned_key(tmp_path)
    enrollment.write_text("{}")
    with pytest.raises(PinnedKeyError, match="no hub key"):
        load_pinned_key(tmp_path)


def test_the_consult_and_council_are_optional_signed_and_sealed() -> None:
    """Added later: absent from older prescriptions (their bytes and seals unchanged),
    present they round-trip, are checked, signed and carried by the QR code."""
    old = sample_prescription()
    data = to_dict(old)
    assert "consult" not in data and "council" not in data["specialist"]
    assert not {"cm", "ct", "dx", "rc"} & set(seal(old))
    rx = dataclasses.replace(
        old, consult=ConsultRecord("text", "first"),
        specialist=dataclasses.replace(old.specialist, council="Rajasthan Medical Council"),
    )  # fmt: skip
    data = to_dict(rx)
    assert data["consult"] == {"mode": "text", "type": "first"}
    assert data["specialist"]["council"] == "Rajasthan Medical Council"
    assert parse(data) == rx and to_dict(parse(data)) == data
    sealed = seal(rx)
    assert (sealed["cm"], sealed["ct"], sealed["rc"]) == ("text", "first",
                                                         "Rajasthan Medical Council")  # fmt: skip
    long = dataclasses.replace(rx, diagnosis="x" * 70)
    assert sealed["dx"] == rx.diagnosis[:59] + "…" and len(rx.diagnosis) > 60
    assert seal(dataclasses.replace(rx, diagnosis="Fever"))["dx"] == "Fever"
    assert seal(long)["dx"] == "x" * 59 + "…"
    key = Ed25519PrivateKey.generate()
    assert verify(sign(rx, key), key.public_key()).prescription == rx
    bad = {**data, "consult": {"mode": "phone", "type": "again"}}
    bad["specialist"] = {**data["specialist"], "council": ""}
    with pytest.raises(ValidationErrors) as error:
        parse(bad)
    fields = {e.field for e in error.value.errors}
    assert {"prescription.consult.mode", "prescription.consult.type",
            "prescription.specialist.council"} <= fields  # fmt: skip
