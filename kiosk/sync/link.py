"""How the kiosk reaches its hub safely: HTTPS with the certificate verified, plain HTTP
only on this machine (loopback) or when a demo or test says so out loud, and the hub's
pinned signing key checked as a second lock once per connection.

The certificate is checked against the system's trusted CAs plus, when district IT
runs its own CA, the PEM named by the ``hub_ca_file`` setting. The pinned key (from
enrollment) is compared with the key the hub names on ``/health``: a hub that is not the
one this kiosk enrolled with (a DNS slip to another district's hub with a good
certificate, a hub rebuilt with a new key) is refused until district IT enrolls again.
"""

from __future__ import annotations

import ipaddress
import ssl
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


class InsecureLink(Exception):  # noqa: N818  (a refusal, said in plain words)
    """The hub's address or certificate cannot be trusted; the message says why."""


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class LinkPolicy:
    ca_file: str = ""  # a PEM of CAs trusted for the hub, beside the system's
    allow_plain_http: bool = False  # demos and tests only: plain HTTP to a remote hub

    def check(self, url: str) -> None:
        """Raise :class:`InsecureLink` for an address the kiosk must not send records to."""
        parts = urlsplit(url)
        if parts.scheme == "https":
            return
        if parts.scheme != "http":
            raise InsecureLink(f"the hub address {url!r} must start with https://")
        if is_loopback(parts.hostname or "") or self.allow_plain_http:
            return
        raise InsecureLink(
            f"the hub address {url} is plain HTTP: patient records would cross the network "
            "unencrypted. Use the hub's https:// address (district IT), or set "
            "allow_plain_http for a demo"
        )

    @cached_property
    def ssl_context(self) -> ssl.SSLContext:
        """The system's CAs, plus ``ca_file``; hostnames checked; TLS 1.2 at least."""
        context = ssl.create_default_context()
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        if self.ca_file:
            try:
                context.load_verify_locations(cafile=self.ca_file)
            except (OSError, ssl.SSLError) as error:
                problem = f"the hub CA file {self.ca_file} cannot be used: {error}"
                raise InsecureLink(problem) from None
        return context


def untrusted_words(url: str, error: BaseException) -> str:
    """A certificate the kiosk does not trust, in words district IT can act on."""
    reason = getattr(error, "certificate_error", None) or error
    return (
        f"the hub at {url} showed a certificate this kiosk does not trust ({reason}); "
        "nothing was sent. If the hub uses the district's own CA, put that CA's PEM file "
        "on the kiosk and name it in hub_ca_file"
    )
