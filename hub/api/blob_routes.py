"""Blobs: ask the offset, send the rest, the hash decides at the end."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator

from aiohttp import ClientPayloadError, web

from hub.api.context import ApiError, hub, kiosk
from hub.blobstore import OffsetMismatchError, TooLargeError
from hub.storage.aggregates import Blobs
from hub.storage.models import BlobClaim
from hwc_shared.wire import SHA256_RE

READ_SIZE = 64 * 1024
log = logging.getLogger("hub.api")


def _blobs(request: web.Request) -> Blobs:
    """The storage as these routes use it: what the hub knows of blobs, nothing more."""
    return hub(request).storage


async def _claim(request: web.Request) -> tuple[str, BlobClaim]:
    sha = request.match_info["sha256"]
    if not SHA256_RE.match(sha):
        raise ApiError(400, "bad_request", "a blob is named by its SHA-256 in lowercase hex")
    claim = await _blobs(request).blob_claim(kiosk(request).spoke_id, sha)
    if claim is None:
        raise ApiError(404, "unknown_blob", "no attachment of this spoke names this blob yet")
    return sha, claim


def _state(claim: BlobClaim, offset: int, complete: bool) -> dict[str, object]:
    return {"sha256": claim.sha256, "size": claim.size, "offset": offset, "complete": complete}


async def blob_state(request: web.Request) -> web.Response:
    sha, claim = await _claim(request)
    store = hub(request).blobs
    if claim.complete or await store.has(sha):
        return web.json_response(_state(claim, claim.size, True))
    return web.json_response(_state(claim, await store.offset(sha), False))


async def _limited(request: web.Request, limit: int) -> AsyncIterator[bytes]:
    seen = 0
    async for chunk in request.content.iter_chunked(READ_SIZE):
        seen += len(chunk)
        if seen > limit:
            raise TooLargeError()
        yield chunk


async def blob_upload(request: web.Request) -> web.Response:
    sha, claim = await _claim(request)
    ctx = hub(request)
    if claim.complete or await ctx.blobs.has(sha):
        if not claim.complete:
            await _blobs(request).blob_complete(sha, ctx.clock())
        return web.json_response(_state(claim, claim.size, True))
    try:
        offset = int(request.query["offset"])
    except (KeyError, ValueError):
        raise ApiError(400, "bad_request", "say where this chunk starts: ?offset=N") from None
    length = request.content_length
    if length is not None and (length > ctx.config.max_chunk_bytes or offset + length > claim.size):
        raise ApiError(413, "too_large", "the chunk is larger than the hub accepts or the blob")
    if claim.size > ctx.config.max_blob_bytes:
        raise ApiError(413, "too_large", "the blob is larger than the hub accepts")
    try:
        held = await ctx.blobs.append(
            sha, offset, claim.size, _limited(request, ctx.config.max_chunk_bytes)
        )
    except OffsetMismatchError as error:
        raise ApiError(
            409, "offset", "the hub holds a different number of bytes", offset=error.offset
        ) from None
    except TooLargeError:
        raise ApiError(413, "too_large", "the chunk runs past the blob's size") from None
    except (ConnectionError, ClientPayloadError):
        # The link dropped mid-chunk: what arrived is kept, and the kiosk will ask
        # for the offset. Nobody is left to read an answer.
        log.info("blob upload cut after %d bytes held", await ctx.blobs.offset(sha))
        raise web.HTTPBadRequest() from None
    if held < claim.size:
        return web.json_response(_state(claim, held, False))
    if not await ctx.blobs.finish(sha):
        raise ApiError(422, "hash_mismatch", "the bytes do not hash to the blob's name", offset=0)
    await _blobs(request).blob_complete(sha, ctx.clock())
    return web.json_response(_state(claim, claim.size, True))
