"""A kiosk's health report (``POST /api/v1/spokes/{spoke}/health``): the hub keeps the
newest per kiosk for the programme dashboard (spokes with a backlog, devices or printer
in trouble) and counts the signed prescriptions it lists as printed."""

from __future__ import annotations

from aiohttp import web

from hub.api.context import ApiError, hub, kiosk
from hub.api.routes import json_body
from hub.storage.aggregates import Figures
from hub.storage.models import DeviceProblem, HealthReport
from hwc_shared import wire
from hwc_shared.wire_health import MAX_BODY, check_health


async def health_report(request: web.Request) -> web.Response:
    body = await json_body(request, MAX_BODY)
    try:
        checked = check_health(body)
    except wire.WireError as error:
        raise ApiError(400, "bad_report", str(error)) from None
    report = HealthReport(
        reported_at=checked["reported_at"],
        pending_ops=checked["pending_ops"],
        quarantined=checked["quarantined"],
        problems=tuple(DeviceProblem(**p) for p in checked["problems"]),
        prints=tuple(checked["prints"]),
    )
    ctx, who = hub(request), kiosk(request)
    figures: Figures = ctx.storage
    await figures.note_health(who.spoke_id, who.id, report, ctx.clock())
    return web.json_response({"kept": True, "problems": len(report.problems)})
