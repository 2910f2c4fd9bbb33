"""The kiosk's HTTP client for the hub API (aiohttp, on the engine loop).

Failures come in two kinds the sync treats differently: :class:`HubUnavailable` (no
link, a timeout, a 5xx, an answer that is not what the API promises) means "try again
later"; :class:`HubRefused` (401/403) means the enrollment itself is no good and
retrying will not help until district IT acts.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp

from hwc_shared import wire
from hwc_shared.wire_health import health_path
from kiosk.sync.link import InsecureLink, LinkPolicy, untrusted_words

GZIP_LEVEL = 6
NO_ANSWER = "no answer from the hub"
UPLOAD_PIECE = 16 * 1024


class HubError(Exception):
    pass


class HubUnavailable(HubError):  # noqa: N818  (a state, not a programming error)
    """The hub could not be reached or did not answer properly: try later."""


class HubUnreachable(HubUnavailable):
    """No answer at all (no route, refused connection, timeout): the kiosk is offline.
    Any other HubUnavailable means the hub answered, badly: the link itself is up."""


class HubRefused(HubError):  # noqa: N818
    """The hub refused this kiosk (401/403): its enrollment is missing, wrong or revoked."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


class HubRequestError(HubError):
    """The hub says our request is wrong (a 4xx other than 401/403)."""

    def __init__(self, status: int, code: str, message: str, body: dict[str, Any]) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.body = body


@dataclass(frozen=True)
class Timeouts:
    connect: float = 15.0
    read: float = 30.0  # no byte for this long: the link is dead (a blackhole)

    def client_timeout(self) -> aiohttp.ClientTimeout:
        return aiohttp.ClientTimeout(
            total=None, connect=self.connect, sock_connect=self.connect, sock_read=self.read
        )


@dataclass(frozen=True)
class BlobState:
    size: int
    offset: int
    complete: bool


@dataclass(frozen=True)
class PullResult:
    changes: list[wire.Change]
    cursor: int
    more: bool


class HubClient:
    """``link`` says which addresses and certificates to trust (kiosk.sync.link);
    ``pinned_fingerprint``, the hub key pinned at enrollment, is compared with the key
    the hub names, once per connection, before anything else is sent."""

    def __init__(
        self,
        base_url: str,
        token: str = "",
        timeouts: Timeouts | None = None,
        link: LinkPolicy | None = None,
        pinned_fingerprint: str = "",
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeouts = timeouts or Timeouts()
        self.link = link or LinkPolicy()
        self.pinned_fingerprint = pinned_fingerprint
        self._key_checked = False
        self._session: aiohttp.ClientSession | None = None
        self.bytes_sent = 0

    async def __aenter__(self) -> HubClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            try:
                self.link.check(self.base_url)
                context = self.link.ssl_context
            except InsecureLink as error:
                raise HubRefused(0, "insecure_link", str(error)) from None
            self._key_checked = False
            self._session = aiohttp.ClientSession(
                timeout=self.timeouts.client_timeout(),
                headers={"User-Agent": "hwc-kiosk"},
                connector=aiohttp.TCPConnector(ssl=context),
            )
        return self._session

    async def _check_pinned_key(self) -> None:
        if not self.pinned_fingerprint or self._key_checked:
            return
        self._key_checked = True  # set first: health() itself comes through here
        try:
            named = str((await self.health()).get("hub_key_fingerprint", ""))
        except BaseException:
            self._key_checked = False
            raise
        if named != self.pinned_fingerprint:
            self._key_checked = False
            raise HubRefused(
                0,
                "hub_key_changed",
                f"the hub at {self.base_url} names signing key {named or 'none'}, not the key "
                f"{self.pinned_fingerprint} this kiosk enrolled with; nothing was sent. "
                "District IT must check the hub address or enroll this kiosk again",
            )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return {**headers, **(extra or {})}

    async def _request(
        self, method: str, path: str, *, data: Any = None, headers: dict[str, str] | None = None,
        params: dict[str, str] | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        session = self._http()
        if path != wire.HEALTH_PATH:
            await self._check_pinned_key()
        try:
            async with session.request(
                method, self.base_url + path, data=data, params=params,
                headers=self._headers(headers),
            ) as response:  # fmt: skip
                raw = await response.read()
                status = response.status
        except aiohttp.ClientConnectorCertificateError as error:
            words = untrusted_words(self.base_url, error)
            raise HubRefused(0, "untrusted_certificate", words) from None
        except (aiohttp.ClientError, TimeoutError, OSError) as error:
            raise HubUnreachable(f"{NO_ANSWER}: {type(error).__name__}") from error
        try:
            body = json.loads(raw) if raw else {}
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise HubUnavailable(f"the hub answered {status} with something not JSON") from None
        if not isinstance(body, dict):
            raise HubUnavailable(f"the hub answered {status} with unexpected JSON")
        if status >= 500:
            raise HubUnavailable(f"the hub had a problem ({status})")
        code, message = str(body.get("error", "")), str(body.get("message", ""))
        if status in (401, 403):
            raise HubRefused(status, code, message or f"refused ({status})")
        if status >= 400:
            raise HubRequestError(status, code, message or f"bad request ({status})", body)
        return body

    # -- API -----------------------------------------------------------------------------
    async def health(self) -> dict[str, Any]:
        return await self._request("GET", wire.HEALTH_PATH)

    async def enroll(self, code: str, label: str) -> dict[str, Any]:
        return await self._request(
            "POST",
            wire.ENROLL_PATH,
            data=json.dumps({"code": code, "label": label}),
            headers={"Content-Type": "application/json"},
        )

    async def health_report(self, spoke_id: str, report: dict[str, Any]) -> dict[str, Any]:
        return await self._request(
            "POST", health_path(spoke_id), data=json.dumps(report),
            headers={"Content-Type": "application/json"},
        )  # fmt: skip

    async def push(self, spoke_id: str, ops: Sequence[wire.Op]) -> list[wire.Answer]:
        encoded = [
            json.dumps(op.to_wire(), separators=(",", ":"), ensure_ascii=False) for op in ops
        ]
        return await self.push_encoded(spoke_id, encoded)

    async def push_encoded(self, spoke_id: str, ops: Sequence[str]) -> list[wire.Answer]:
        return await self.push_packed(spoke_id, self.pack(ops), len(ops))

    @staticmethod
    def pack(ops: Sequence[str]) -> bytes:
        """A push body from ops already encoded as JSON, gzipped."""
        return gzip.compress(('{"ops":[' + ",".join(ops) + "]}").encode("utf-8"), GZIP_LEVEL)

    async def push_packed(self, spoke_id: str, packed: bytes, count: int) -> list[wire.Answer]:
        """Send one packed batch of ``count`` ops; answers come back in its order."""
        self.bytes_sent += len(packed)
        answer = await self._request(
            "POST",
            wire.push_path(spoke_id),
            data=packed,
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        results = answer.get("results")
        if not isinstance(results, list) or len(results) != count:
            raise HubUnavailable("the hub's answer does not match the batch")
        try:
            return [wire.Answer.from_wire(r) for r in results]
        except wire.WireError as error:
            raise HubUnavailable(f"the hub's answer is malformed: {error}") from None

    async def pull(self, spoke_id: str, since: int, limit: int) -> PullResult:
        body = await self._request(
            "GET", wire.pull_path(spoke_id), params={"since": str(since), "limit": str(limit)}
        )
        try:
            changes = [wire.Change.from_wire(c) for c in body.get("changes", [])]
            cursor, more = body["cursor"], body["more"]
        except (KeyError, TypeError, wire.WireError) as error:
            raise HubUnavailable(f"the hub's pull page is malformed: {error}") from None
        if not isinstance(cursor, int) or cursor < since or not isinstance(more, bool):
            raise HubUnavailable("the hub's pull cursor is not usable")
        return PullResult(changes, cursor, more)

    @staticmethod
    def _blob_state(body: dict[str, Any]) -> BlobState:
        try:
            return BlobState(int(body["size"]), int(body["offset"]), bool(body["complete"]))
        except (KeyError, TypeError, ValueError):
            raise HubUnavailable("the hub's blob answer is malformed") from None

    async def blob_state(self, spoke_id: str, sha256: str) -> BlobState:
        return self._blob_state(await self._request("GET", wire.blob_path(spoke_id, sha256)))

    async def blob_put(
        self,
        spoke_id: str,
        sha256: str,
        offset: int,
        chunk: bytes,
        on_bytes: Callable[[int], None] | None = None,
    ) -> BlobState:
        """Send ``chunk`` starting at ``offset``; bytes are counted as they leave."""

        async def pieces() -> AsyncIterator[bytes]:
            for start in range(0, len(chunk), UPLOAD_PIECE):
                piece = chunk[start : start + UPLOAD_PIECE]
                self.bytes_sent += len(piece)
                if on_bytes is not None:
                    on_bytes(len(piece))
                yield piece

        try:
            body = await self._request(
                "PUT",
                wire.blob_path(spoke_id, sha256),
                data=pieces(),
                params={"offset": str(offset)},
                headers={"Content-Type": "application/octet-stream"},
            )
        except HubRequestError as error:
            if error.status in (409, 422) and "offset" in error.body:
                return BlobState(-1, int(error.body["offset"]), False)
            raise
        return self._blob_state(body)
