"""The public /verify page: a real QR text signed by the hub verifies and shows what it
carries; a changed one, one signed by another key, or garbage does not; no login; a
limit per address; nothing from the database and nothing unescaped on the page."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import zlib
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hub import ratelimit
from hub.ratelimit import RateLimiter
from hwc_shared.seal import sign
from kiosk.domain.prescription import ConsultRecord
from kiosk.domain.prescription_seal import (
    KEY_ID_BYTES,
    QR_PREFIX,
    SIGNATURE_BYTES,
    base45_decode,
    base45_encode,
    qr_text,
    read_envelope,
)
from kiosk.rx.sample import sample_prescription
from tests.hubtools import Hub, running_hub


def _qr(key: Ed25519PrivateKey, **patient: str) -> str:
    rx = sample_prescription()
    if patient:
        rx = dataclasses.replace(rx, patient=dataclasses.replace(rx.patient, **patient))
    signed = read_envelope(sign(rx, key))
    return qr_text(signed.prescription, signed.key_id, signed.signature)


def _changed_dose(text: str) -> str:
    """The same QR text with one medicine's dose changed and the signature kept."""
    packed = base45_decode(text.removeprefix(QR_PREFIX))
    head = KEY_ID_BYTES + SIGNATURE_BYTES
    seal = json.loads(zlib.decompress(packed[head:]))
    seal["m"][0][2] = "2 tablets"
    body = json.dumps(seal, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    return QR_PREFIX + base45_encode(packed[:head] + zlib.compress(body, 9))


async def _check(hub: Hub, text: str) -> tuple[int, str, dict[str, str]]:
    async with hub.session.post(f"{hub.url}/verify", data={"qr": text}) as r:
        return r.status, await r.text(), dict(r.headers)


def test_verify_accepts_the_hubs_qr_text_and_refuses_changed_or_foreign_ones(
    tmp_path: Path,
) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            key = hub.running.context.signing_key
            async with hub.session.get(f"{hub.url}/verify") as r:
                page = await r.text()
                assert r.status == 200 and 'data-testid="verify-form"' in page
                assert "default-src 'none'" in r.headers["Content-Security-Policy"]
            real = _qr(key)
            # A scanner's line break at the end, and the page's own wrapping, do not matter.
            status, page, headers = await _check(hub, real[:300] + "\r\n" + real[300:] + "\n")
            assert status == 200 and 'data-valid="true"' in page, page
            assert headers["Cache-Control"] == "no-store"
            for shown in ("Genuine prescription", "Kamla Bai Meena", "46 years, female",
                          "Dr. Anjali Verma", "RMC-34871", "Amlodipine", "5 mg",
                          "Once daily, morning", "30 days", "04 Dec 2026 (Friday)",
                          "••-••••-••••-0123"):  # fmt: skip
                assert shown in page, shown
            assert "91234567890123" not in page  # the ABHA number is not shown whole
            assert page.count('data-testid="verify-medicine"') == 3

            status, page, _ = await _check(hub, _changed_dose(real))
            assert 'data-valid="false" data-reason="bad_signature"' in page
            assert "Do not dispense" in page and "Kamla" not in page
            foreign = _qr(Ed25519PrivateKey.generate())
            _, page, _ = await _check(hub, foreign)
            assert 'data-reason="unknown_key"' in page
            for junk in ("RX1:NOT-BASE45-@@", "hello", real[:200]):
                _, page, _ = await _check(hub, junk)
                assert 'data-reason="unreadable"' in page, junk
            status, page, _ = await _check(hub, "")
            assert status == 400 and 'data-reason="unreadable"' in page

    asyncio.run(scenario())


def test_what_the_page_shows_is_escaped(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            text = _qr(hub.running.context.signing_key, name="<script>alert(1)</script>")
            _, page, _ = await _check(hub, text)
            assert 'data-valid="true"' in page
            assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page

    asyncio.run(scenario())


def test_each_address_may_check_so_many_times_a_minute(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub", verify_per_minute=3) as hub:
            text = _qr(hub.running.context.signing_key)
            for _ in range(3):
                assert (await _check(hub, text))[0] == 200
            status, page, headers = await _check(hub, text)
            assert status == 429 and "Too many checks" in page
            assert 1 <= int(headers["Retry-After"]) <= 61
            async with hub.session.get(f"{hub.url}/verify") as r:
                assert r.status == 200  # the empty page itself is not counted
            # Behind a proxy on this machine, each forwarded client has its own count.
            for client, expected in (("10.0.0.7", 200), ("10.0.0.7", 200), ("10.0.0.7", 200),
                                     ("10.0.0.7", 429), ("10.0.0.8", 200)):  # fmt: skip
                headers = {"X-Forwarded-For": f"203.0.113.9, {client}"}
                async with hub.session.post(f"{hub.url}/verify", data={"qr": text},
                                            headers=headers) as r:  # fmt: skip
                    assert r.status == expected, client

    asyncio.run(scenario())


def test_the_limit_renews_each_window_and_its_table_stays_small(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    now = [100.0]
    limits = RateLimiter(2, 60.0, clock=lambda: now[0])
    assert limits.allow("a") and limits.allow("a") and not limits.allow("a")
    assert limits.allow("b")
    assert limits.retry_after("a") == 61
    now[0] += 60.0
    assert limits.allow("a")
    small = RateLimiter(1, 60.0, clock=lambda: now[0])
    monkeypatch.setattr(ratelimit, "MAX_KEYS", 10)
    for i in range(25):
        assert small.allow(f"k{i}")
    assert len(small._seen) <= 10


def test_a_teleconsultation_s_mode_type_diagnosis_and_council_are_shown(tmp_path: Path) -> None:
    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            rx = sample_prescription()
            rx = dataclasses.replace(
                rx, consult=ConsultRecord("audio", "follow_up"),
                specialist=dataclasses.replace(rx.specialist, council="Rajasthan Medical Council"),
            )  # fmt: skip
            signed = read_envelope(sign(rx, hub.running.context.signing_key))
            text = qr_text(signed.prescription, signed.key_id, signed.signature)
            _, page, _ = await _check(hub, text)
            assert 'data-valid="true"' in page
            for shown in ("<dt>Teleconsultation</dt><dd>Audio, follow-up</dd>",
                          f"<dt>Diagnosis</dt><dd>{rx.diagnosis[:40]}",
                          "RMC-34871 (Rajasthan Medical Council)"):  # fmt: skip
                assert shown in page, shown
            _, older, _ = await _check(hub, _qr(hub.running.context.signing_key))
            assert "Teleconsultation" not in older and 'data-valid="true"' in older

    asyncio.run(scenario())
