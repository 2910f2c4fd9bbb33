"""The programme dashboard: its page (plain HTML, CSS and JavaScript with a vendored
Chart.js, no build step) and its read-only API under ``/dashboard``. Route names start
with ``dashboard`` so the kiosk-token middleware leaves them to the officer's session.

Every figure is narrowed to the signed-in officer's scope on the hub, whatever the page
asks; nothing a patient could be told apart by is ever in an answer.
"""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from aiohttp import web

from hub import report
from hub.api import dashboard_auth
from hub.api.context import ApiError, hub
from hub.storage.figures import TABLES
from hub.storage.models import FigureFilter
from kiosk.domain.encounter import SPECIALTY_LABELS

PAGES = Path(__file__).resolve().parent.parent / "dashboard"
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; connect-src 'self'; "
        "style-src 'self'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
        "form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}
NO_STORE = {"Cache-Control": "no-store"}
TOO_LONG = (
    "the hub took too long over so many consults at once; ask for fewer months or a "
    "smaller place, or take the CSV of one table (kiosk-hub report) instead"
)


async def page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(PAGES / "index.html", headers=SECURITY_HEADERS)


async def to_dashboard(request: web.Request) -> web.Response:
    raise web.HTTPFound("/dashboard/")


def _today(request: web.Request) -> date:
    ctx = hub(request)
    return ctx.clock().astimezone(ZoneInfo(ctx.config.timezone)).date()


async def _filter(request: web.Request) -> FigureFilter:
    officer = await dashboard_auth.signed_in(request)
    try:
        return report.parse_filter(request.query, _today(request), officer.scope)
    except report.FilterError as error:
        raise ApiError(400, "bad_filter", str(error)) from None


async def places(request: web.Request) -> web.Response:
    officer = await dashboard_auth.signed_in(request)
    found = await hub(request).storage.places(officer.scope)
    specialties = [{"value": s.value, "label": str(label)} for s, label in SPECIALTY_LABELS.items()]
    return web.json_response({**found, "specialties": specialties}, headers=NO_STORE)


async def figures(request: web.Request) -> web.Response:
    f = await _filter(request)
    ctx = hub(request)
    started = time.monotonic()
    try:
        tables = await report.all_tables(ctx.storage, f, ctx.clock())
    except TimeoutError:  # the database's query timeout (a state's whole year, today)
        raise ApiError(503, "too_long", TOO_LONG) from None
    took = round((time.monotonic() - started) * 1000)
    body = {"filter": report.filter_json(f), "tables": tables, "query_ms": took}
    response = web.json_response(body, headers=NO_STORE)
    response.enable_compression()
    return response


async def table_csv(request: web.Request) -> web.Response:
    f = await _filter(request)  # the officer's session first: nothing is said without it
    name = request.match_info["table"]
    if name not in TABLES:
        raise ApiError(404, "no_table", "the dashboard has no such table")
    ctx = hub(request)
    try:
        rows = await report.table(ctx.storage, name, f, ctx.clock())
    except TimeoutError:
        raise ApiError(503, "too_long", TOO_LONG) from None
    filename = f"{name}_{f.start.isoformat()}_{f.end.isoformat()}.csv"
    return web.Response(
        text=report.to_csv(name, rows), content_type="text/csv", charset="utf-8",
        headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{filename}"'},
    )  # fmt: skip


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/dashboard", to_dashboard, name="dashboard_bare")
    r.add_get("/dashboard/", page, name="dashboard_page")
    r.add_static("/dashboard/static", PAGES, name="dashboard_static", append_version=True)
    api = "/dashboard/api"
    r.add_post(f"{api}/login", dashboard_auth.login, name="dashboard_login")
    r.add_post(f"{api}/logout", dashboard_auth.logout, name="dashboard_logout")
    r.add_get(f"{api}/me", dashboard_auth.me, name="dashboard_me")
    r.add_get(f"{api}/places", places, name="dashboard_places")
    r.add_get(f"{api}/figures", figures, name="dashboard_figures")
    r.add_get(f"{api}/tables/{{table}}.csv", table_csv, name="dashboard_csv")
