"""The hub's aiohttp application factory; later features add their routes here."""

from __future__ import annotations

from aiohttp import web

from hub.api import blob_routes, console, dashboard, health_routes, routes, signalling, verify
from hub.api.context import HUB, HubContext
from hub.api.middleware import authenticate, errors
from hwc_shared import wire


def create_app(ctx: HubContext) -> web.Application:
    app = web.Application(
        middlewares=[errors, authenticate], client_max_size=ctx.config.max_push_bytes
    )
    app[HUB] = ctx
    r = app.router
    r.add_get(wire.HEALTH_PATH, routes.health, name="health")
    r.add_get(f"{wire.API}/hub-key", routes.hub_key, name="hub_key")
    r.add_post(wire.ENROLL_PATH, routes.enroll, name="enroll")
    spoke = f"{wire.API}/spokes/{{spoke}}"
    r.add_post(f"{spoke}/push", routes.push, name="push")
    r.add_get(f"{spoke}/pull", routes.pull, name="pull")
    r.add_get(f"{spoke}/blobs/{{sha256}}", blob_routes.blob_state, name="blob_state")
    r.add_put(f"{spoke}/blobs/{{sha256}}", blob_routes.blob_upload, name="blob_upload")
    r.add_post(f"{spoke}/health", health_routes.health_report, name="health_report")
    r.add_get(wire.SIGNAL_PATH, signalling.kiosk_socket, name="signal")
    console.add_routes(app)  # the specialist console: pages, its API and its socket
    dashboard.add_routes(app)  # the programme officers' dashboard (read only)
    verify.add_routes(app)  # the public prescription check for pharmacists
    return app
