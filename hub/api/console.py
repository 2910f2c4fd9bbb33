"""The specialist console: static pages (plain HTML, CSS and JavaScript, no build step)
and the routes of its API and socket, all under ``/console``. Route names start with
``console`` so the kiosk-token middleware leaves them to the session checks."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from hub.api import console_auth, console_routes, console_rx, signalling

PAGES = Path(__file__).resolve().parent.parent / "console"
# The page loads only its own files; media come from the call, photos from the hub.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob: mediastream:; "
        "connect-src 'self' ws: wss:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-cache",
}


async def page(request: web.Request) -> web.FileResponse:
    return web.FileResponse(PAGES / "index.html", headers=SECURITY_HEADERS)


async def to_console(request: web.Request) -> web.Response:
    raise web.HTTPFound("/console/")


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/", to_console, name="console_root")
    r.add_get("/console", to_console, name="console_bare")
    r.add_get("/console/", page, name="console_page")
    r.add_static("/console/static", PAGES, name="console_static", append_version=True)
    api = "/console/api"
    r.add_post(f"{api}/login", console_auth.login, name="console_login")
    r.add_post(f"{api}/logout", console_auth.logout, name="console_logout")
    r.add_get(f"{api}/me", console_auth.me, name="console_me")
    r.add_get(f"{api}/queue", console_routes.queue, name="console_queue")
    r.add_get(f"{api}/ice", console_routes.ice_config, name="console_ice")
    case = f"{api}/cases/{{encounter_id}}"
    r.add_get(case, console_routes.case, name="console_case")
    r.add_post(f"{case}/take", console_routes.take, name="console_take")
    r.add_post(f"{case}/release", console_routes.release, name="console_release")
    r.add_get(f"{case}/photos/{{sha256}}", console_routes.photo, name="console_photo")
    r.add_get(f"{api}/formulary", console_rx.formulary_list, name="console_formulary")
    r.add_get(f"{case}/prescription", console_rx.case_prescriptions, name="console_rx")
    r.add_post(f"{case}/prescription", console_rx.sign_prescription, name="console_rx_sign")
    r.add_post(f"{case}/prescription/check", console_rx.check_medicines, name="console_rx_check")
    r.add_get(f"{api}/signal", signalling.console_socket, name="console_signal")
