"""The link to the hub: HTTPS verified against the system's CAs plus the district's own
(``hub_ca_file``), plain HTTP only on loopback or with an explicit flag, and the pinned
hub key as a second check. The hub is served over TLS with a CA made for the test."""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from pathlib import Path

import pytest
from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from kiosk.sync.client import HubClient, HubRefused, Timeouts
from kiosk.sync.cycle import CycleSettings, SyncCycle
from kiosk.sync.link import InsecureLink, LinkPolicy, is_loopback
from tests.conftest import FakeClock
from tests.hubtools import Kiosk, hub_and_kiosk


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def make_ca_and_server(folder: Path) -> tuple[Path, ssl.SSLContext]:
    """A CA (its PEM in ``folder``) and a server context for the name localhost."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("District test CA")).issuer_name(_name("District test CA"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost")).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost")]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    ca_pem = folder / "district-ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "hub.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "hub.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server.load_cert_chain(folder / "hub.pem", folder / "hub.key")
    return ca_pem, server


async def _tls_site(runner: web.AppRunner, context: ssl.SSLContext) -> tuple[web.TCPSite, int]:
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=context)
    await site.start()
    server = site._server
    assert server is not None
    return site, int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]


def _cycle(
    kiosk: Kiosk, url: str, link: LinkPolicy, pinned: str = ""
) -> tuple[SyncCycle, HubClient]:
    client = HubClient(url, kiosk.token, Timeouts(connect=5, read=10), link, pinned)
    cycle = SyncCycle(
        kiosk.store, client, kiosk.blobs, CycleSettings(kiosk.spoke_id), clock=kiosk.clinic.clock
    )
    return cycle, client


def test_a_hub_certificate_from_the_configured_ca_works_and_an_untrusted_one_is_refused(
    tmp_path: Path, clock: FakeClock
) -> None:
    ca_pem, server_context = make_ca_and_server(tmp_path)

    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            site, port = await _tls_site(hub.running.runner, server_context)
            try:
                kiosk.encounter(kiosk.patient(), vitals=2)
                fingerprint = (await hub.call("GET", "/api/v1/health"))[1]["hub_key_fingerprint"]
                # Not trusted by the system and no hub_ca_file: refused, nothing sent.
                cycle, client = _cycle(kiosk, f"https://localhost:{port}", LinkPolicy())
                async with client:
                    report = await cycle.run()
                assert not report.ok and report.refused
                assert "certificate this kiosk does not trust" in report.error
                assert "hub_ca_file" in report.error
                assert kiosk.outbox_count() == 4
                # The district's CA named in the settings: the same hub syncs.
                trusted = LinkPolicy(ca_file=str(ca_pem))
                cycle, client = _cycle(kiosk, f"https://localhost:{port}", trusted, fingerprint)
                async with client:
                    report = await cycle.run()
                assert report.clean, report.error
                # A certificate for another name is refused even from the trusted CA.
                cycle, client = _cycle(kiosk, f"https://127.0.0.1:{port}", trusted)
                async with client:
                    assert (await cycle.run()).refused
            finally:
                await site.stop()

    asyncio.run(scenario())


def test_the_pinned_hub_key_is_a_second_check(tmp_path: Path, clock: FakeClock) -> None:
    async def scenario() -> None:
        async with hub_and_kiosk(tmp_path, clock) as (hub, kiosk):
            kiosk.encounter(kiosk.patient(), vitals=1)
            cycle, client = _cycle(kiosk, hub.url, LinkPolicy(), "00:11:22:33")
            async with client:
                report = await cycle.run()
            assert report.refused and "not the key 00:11:22:33" in report.error
            assert kiosk.outbox_count() == 3  # nothing went to a hub that is not ours
            assert (await hub.storage.stats())["patients"] == 0

    asyncio.run(scenario())


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8470", "http://127.9.9.9", "http://[::1]:8470", "http://localhost"]
)
def test_plain_http_is_fine_on_loopback(url: str) -> None:
    LinkPolicy().check(url)


def test_plain_http_to_another_machine_is_refused_unless_a_demo_says_so() -> None:
    with pytest.raises(InsecureLink, match="plain HTTP: patient records would cross"):
        LinkPolicy().check("http://hub.district.example:8470")
    with pytest.raises(InsecureLink, match="must start with https://"):
        LinkPolicy().check("ftp://hub.district.example")
    LinkPolicy(allow_plain_http=True).check("http://hub.district.example:8470")
    LinkPolicy().check("https://hub.district.example")
    assert not is_loopback("10.0.0.1") and not is_loopback("localhost.example")

    async def refused() -> None:
        async with HubClient("http://192.0.2.10:8470", "token") as client:
            await client.pull("spoke-a", 0, 10)

    with pytest.raises(HubRefused, match="plain HTTP"):
        asyncio.run(refused())


def test_a_hub_ca_file_that_cannot_be_read_is_said_plainly(tmp_path: Path) -> None:
    with pytest.raises(InsecureLink, match=r"the hub CA file .* cannot be used"):
        _ = LinkPolicy(ca_file=str(tmp_path / "missing.pem")).ssl_context
