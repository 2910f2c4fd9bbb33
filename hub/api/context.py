"""What every handler needs, stored on the aiohttp application under a typed key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from hub.blobstore import BlobBackend
from hub.config import HubConfig
from hub.ratelimit import RateLimiter
from hub.signalbus import LocalSignalBus, SignalBus
from hub.storage.base import HubStorage
from hub.storage.models import FormularyEntry, Kiosk
from kiosk.domain.clock import utc_now


@dataclass
class HubContext:
    config: HubConfig
    storage: HubStorage
    blobs: BlobBackend
    signing_key: Ed25519PrivateKey
    clock: Callable[[], datetime] = utc_now
    signals: SignalBus = field(default_factory=LocalSignalBus)
    # The formulary file the ``formulary`` setting names, read and checked at start.
    file_formulary: tuple[FormularyEntry, ...] | None = None
    verify_limits: RateLimiter = field(default_factory=lambda: RateLimiter(30, 60.0))


HUB = web.AppKey("hub", HubContext)
KIOSK = web.RequestKey("kiosk", Kiosk)  # the authenticated kiosk of a request


def hub(request: web.Request) -> HubContext:
    return request.app[HUB]


def kiosk(request: web.Request) -> Kiosk:
    return request[KIOSK]


class ApiError(Exception):
    """Raised by handlers; the error middleware turns it into a JSON answer with a stable
    ``error`` code for programs and a ``message`` for people."""

    def __init__(self, status: int, code: str, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.extra = extra

    def response(self) -> web.Response:
        body = {"error": self.code, "message": self.message, **self.extra}
        return web.json_response(body, status=self.status)
