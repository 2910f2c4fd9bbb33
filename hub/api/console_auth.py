"""Specialists sign in to the console with their username and password.

The hub answers a good login with a session cookie (random, HttpOnly, SameSite=Strict,
Secure over HTTPS, scoped to ``/console``) and keeps only its hash. Every request that
changes something must also carry the session's CSRF token in ``X-CSRF-Token`` and,
when the browser sends one, an ``Origin`` of this hub; the signalling socket, which a
browser opens without custom headers, carries the token in its query and is checked
against ``Origin`` too. A cross-site page can neither read the token nor ride the cookie.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar
from urllib.parse import urlsplit

from aiohttp import web

from hub import credentials
from hub.api.context import ApiError, hub
from hub.api.routes import json_body
from hub.storage.models import Specialist, SpecialistSession

COOKIE = "hwc_console"
COOKIE_PATH = "/console"
CSRF_HEADER = "X-CSRF-Token"
LOGIN_BODY = 4 * 1024
FAILURES_BEFORE_LOCK = 5
LOCK = timedelta(minutes=5)
FAILURE_DELAY = 0.5
MAX_USERNAME = 200
# Checked when the username is unknown, so a wrong name costs what a wrong password does.
_DECOY = credentials.hash_password("decoy-password-for-timing")
A = TypeVar("A")  # a kind of account: a specialist, an officer

Signed = tuple[Specialist, SpecialistSession]
SPECIALIST = web.RequestKey("specialist", Specialist)


def same_origin(request: web.Request) -> bool:
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser's cross-origin request (curl, tests)
        return True
    return urlsplit(origin).netloc == request.host


def over_https(request: web.Request) -> bool:
    """Whether the browser reached the hub over HTTPS: directly, or through a reverse
    proxy that ended TLS and says so (``X-Forwarded-Proto``). The header is taken from
    anyone: it can only add ``Secure`` to a cookie, which a client that lied about HTTPS
    would then simply not get back over plain HTTP."""
    forwarded = request.headers.get("X-Forwarded-Proto", "").split(",")[0].strip().lower()
    return request.secure or forwarded == "https"


def specialist_json(s: Specialist) -> dict[str, str]:
    return {
        "username": s.username,
        "name": s.name,
        "specialty": s.specialty,
        "registration_no": s.registration_no,
        "hub_site": s.hub_site,
    }


async def checked_account(
    request: web.Request,
    page: str,
    find: Callable[[str], Awaitable[tuple[A, str] | None]],
    throttle_prefix: str = "",
) -> A:
    """The account this sign-in request names, once its password is right: the same
    checks for every kind of account (the hub's own page, a small body, the database-wide
    throttle on wrong passwords, the same time for an unknown name as for a wrong
    password). ``find`` gives the account and its password hash, or None."""
    if not same_origin(request):
        raise ApiError(403, "origin", f"sign in from the hub's own {page} page")
    body = await json_body(request, LOGIN_BODY)
    username = body.get("username") if isinstance(body, dict) else None
    password = body.get("password") if isinstance(body, dict) else None
    if (
        not isinstance(username, str)
        or not isinstance(password, str)
        or len(password) > 256
        or len(username) > MAX_USERNAME
    ):
        raise ApiError(400, "bad_request", "send 'username' and 'password'")
    username = username.strip().lower()
    throttle = throttle_prefix + username
    ctx = hub(request)
    # Counted in storage, so every hub process behind the proxy sees the same count.
    if await ctx.storage.login_failures(throttle, ctx.clock()) >= FAILURES_BEFORE_LOCK:
        raise ApiError(429, "locked", "too many wrong passwords; try again in a few minutes")
    found = await find(username)
    stored = found[1] if found else _DECOY
    good = await asyncio.to_thread(credentials.check_password, password, stored)
    if found is None or not good:
        now = ctx.clock()
        await ctx.storage.note_login_failure(throttle, now, now + LOCK)
        await asyncio.sleep(FAILURE_DELAY)
        raise ApiError(401, "bad_login", "the username or password is wrong")
    await ctx.storage.forget_login_failures(throttle)
    return found[0]


async def login(request: web.Request) -> web.Response:
    ctx = hub(request)
    specialist = await checked_account(request, "console", ctx.storage.specialist_login)
    now = ctx.clock()
    token, csrf = credentials.new_token(), credentials.new_token()
    session = SpecialistSession(
        specialist.username, csrf, now, now + timedelta(hours=ctx.config.session_hours)
    )
    await ctx.storage.add_session(credentials.token_hash(token), session, now)
    response = web.json_response({"specialist": specialist_json(specialist), "csrf": csrf})
    response.set_cookie(
        COOKIE, token, path=COOKIE_PATH, httponly=True, samesite="Strict",
        secure=over_https(request), max_age=ctx.config.session_hours * 3600,
    )  # fmt: skip
    return response


async def signed_in(request: web.Request, *, changes: bool) -> Signed:
    """The specialist of this request's session; a change also needs the CSRF token."""
    token = request.cookies.get(COOKIE, "")
    ctx = hub(request)
    found = await ctx.storage.session_for_token(credentials.token_hash(token), ctx.clock())
    if not token or found is None:
        raise ApiError(401, "no_session", "sign in to the console")
    session, specialist = found
    if changes:
        sent = request.headers.get(CSRF_HEADER) or request.query.get("csrf", "")
        if not same_origin(request) or not hmac.compare_digest(sent, session.csrf):
            raise ApiError(403, "csrf", "this request did not come from the console page")
    request[SPECIALIST] = specialist
    return specialist, session


async def me(request: web.Request) -> web.Response:
    specialist, session = await signed_in(request, changes=False)
    return web.json_response({"specialist": specialist_json(specialist), "csrf": session.csrf})


async def logout(request: web.Request) -> web.Response:
    await signed_in(request, changes=True)
    await hub(request).storage.end_session(credentials.token_hash(request.cookies[COOKIE]))
    response = web.json_response({"signed_out": True})
    response.del_cookie(COOKIE, path=COOKIE_PATH)
    return response
