"""Errors as JSON, and the kiosk token check in front of every route but a few public ones."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from hub import credentials
from hub.api.context import KIOSK, ApiError, hub

log = logging.getLogger("hub.api")
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PUBLIC = frozenset({"health", "enroll", "hub_key", "verify_page", "verify_check", "verify_static"})
CONSOLE = "console"  # console routes check the specialist's session themselves
DASHBOARD = "dashboard"  # dashboard routes check the programme officer's session


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    try:
        return await handler(request)
    except ApiError as error:
        return error.response()
    except web.HTTPRequestEntityTooLarge:
        return ApiError(
            413, "too_large", "the request body is larger than the hub accepts"
        ).response()
    except web.HTTPException as error:
        if error.status >= 400 and error.content_type != "application/json":
            return ApiError(error.status, "http", error.reason).response()
        raise
    except Exception:
        # A bug: its trace goes to the hub's log (ids only in our messages, no records).
        log.exception("request %s %s failed", request.method, request.path)
        return ApiError(500, "internal", "the hub could not answer; try again later").response()


@web.middleware
async def authenticate(request: web.Request, handler: Handler) -> web.StreamResponse:
    route = request.match_info.route.name
    if route in PUBLIC or route is None or route.startswith((CONSOLE, DASHBOARD)):
        return await handler(request)
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "no_token", "this request needs a kiosk token (enroll the kiosk)")
    ctx = hub(request)
    found = await ctx.storage.kiosk_for_token(credentials.token_hash(token.strip()), ctx.clock())
    if found is None:
        raise ApiError(401, "bad_token", "the hub does not know this token")
    if not found.active:
        raise ApiError(401, "revoked", "this kiosk's enrollment was revoked; enroll it again")
    spoke = request.match_info.get("spoke")
    if spoke is not None and spoke != found.spoke_id:
        raise ApiError(403, "other_spoke", "a kiosk may only reach its own spoke's data")
    request[KIOSK] = found
    return await handler(request)
