"""ICE servers for a call, from the hub's configuration: STUN as configured, TURN with
time-limited credentials in the TURN REST style that coturn checks with its
``static-auth-secret``. Nothing long-lived reaches a browser or a kiosk: a credential is
an HMAC of "expiry:who" and stops working when the expiry passes."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import datetime
from typing import Any

from hub.config import HubConfig


def _urls(text: str) -> list[str]:
    return [u.strip() for u in text.split(",") if u.strip()]


def turn_credential(secret: str, username: str) -> str:
    digest = hmac.new(secret.encode("utf-8"), username.encode("utf-8"), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def ice_servers(config: HubConfig, who: str, now: datetime) -> list[dict[str, Any]]:
    """What RTCPeerConnection's ``iceServers`` takes, for both the kiosk and the console."""
    servers: list[dict[str, Any]] = []
    stun = _urls(config.stun_urls)
    if stun:
        servers.append({"urls": stun})
    turn = _urls(config.turn_urls)
    if turn and config.turn_secret:
        expiry = int(now.timestamp()) + max(config.turn_ttl_seconds, 60)
        username = f"{expiry}:{who}"
        servers.append(
            {
                "urls": turn,
                "username": username,
                "credential": turn_credential(config.turn_secret, username),
            }
        )
    return servers
