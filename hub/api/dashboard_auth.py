"""Programme officers sign in to the dashboard with their own accounts.

The same protections as the specialist console (:mod:`hub.api.console_auth`): a random
session cookie (HttpOnly, SameSite=Strict, Secure over HTTPS) whose hash only the hub
keeps, here scoped to ``/dashboard`` and named ``hwc_dashboard``; a CSRF token for every
change; the hub's own Origin; and the database-wide throttle on wrong passwords. The two
kinds of account are apart: a specialist's cookie or password opens no dashboard, and an
officer's opens no console.
"""

from __future__ import annotations

import hmac
from datetime import timedelta
from typing import Any

from aiohttp import web

from hub import credentials
from hub.api.console_auth import CSRF_HEADER, checked_account, over_https, same_origin
from hub.api.context import ApiError, hub
from hub.storage.models import Officer, OfficerSession

COOKIE = "hwc_dashboard"
COOKIE_PATH = "/dashboard"
# The sign-in throttle is shared with the console's table; officers' names are kept apart.
THROTTLE_PREFIX = "officer:"


def officer_json(o: Officer) -> dict[str, Any]:
    return {"username": o.username, "name": o.name, "scope": {"kind": o.scope.kind,
            "value": o.scope.value}}  # fmt: skip


async def login(request: web.Request) -> web.Response:
    ctx = hub(request)
    officer = await checked_account(
        request, "dashboard", ctx.storage.officer_login, THROTTLE_PREFIX
    )
    now = ctx.clock()
    token, csrf = credentials.new_token(), credentials.new_token()
    session = OfficerSession(
        officer.username, csrf, now, now + timedelta(hours=ctx.config.session_hours)
    )
    await ctx.storage.add_officer_session(credentials.token_hash(token), session, now)
    response = web.json_response({"officer": officer_json(officer), "csrf": csrf})
    response.set_cookie(
        COOKIE, token, path=COOKIE_PATH, httponly=True, samesite="Strict",
        secure=over_https(request), max_age=ctx.config.session_hours * 3600,
    )  # fmt: skip
    return response


async def signed_in(request: web.Request, *, changes: bool = False) -> Officer:
    """The officer of this request's session; a change also needs the CSRF token."""
    token = request.cookies.get(COOKIE, "")
    ctx = hub(request)
    found = await ctx.storage.officer_session(credentials.token_hash(token), ctx.clock())
    if not token or found is None:
        raise ApiError(401, "no_session", "sign in to the dashboard")
    session, officer = found
    if changes:
        sent = request.headers.get(CSRF_HEADER, "")
        if not same_origin(request) or not hmac.compare_digest(sent, session.csrf):
            raise ApiError(403, "csrf", "this request did not come from the dashboard page")
    return officer


async def me(request: web.Request) -> web.Response:
    token = request.cookies.get(COOKIE, "")
    ctx = hub(request)
    found = await ctx.storage.officer_session(credentials.token_hash(token), ctx.clock())
    if not token or found is None:
        raise ApiError(401, "no_session", "sign in to the dashboard")
    session, officer = found
    return web.json_response({"officer": officer_json(officer), "csrf": session.csrf})


async def logout(request: web.Request) -> web.Response:
    await signed_in(request, changes=True)
    await hub(request).storage.end_officer_session(credentials.token_hash(request.cookies[COOKIE]))
    response = web.json_response({"signed_out": True})
    response.del_cookie(COOKIE, path=COOKIE_PATH)
    return response
