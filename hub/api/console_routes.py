"""The console's API: the queue of a specialist's hub site, one case, taking and giving
back cases, and the case's photos from the hub's blob store.

A specialist sees only consults of their own specialty from spokes mapped to their hub
site; anything else answers 404, as if it did not exist.
"""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from aiohttp import web

from hub import consent, ice
from hub.api.console_auth import signed_in
from hub.api.context import ApiError, hub
from hub.signalbus import QUEUE_CHANNEL, spoke_channel
from hub.storage.aggregates import Consults
from hub.storage.base import FINISHED, StorageError
from hub.storage.models import ConsultCase, QueueEntry, Specialist
from hwc_shared.wire import SHA256_RE, UUID_RE
from kiosk.domain import languages

COMPLAINT_PREVIEW = 160
log = logging.getLogger("hub.console")


def _age(birth_date: str, today: date) -> int | None:
    try:
        born = date.fromisoformat(birth_date)
    except (TypeError, ValueError):
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _patient(payload: dict[str, Any] | None, today: date) -> dict[str, Any]:
    if payload is None:
        return {"name": "", "sex": "", "age_years": None, "language": "", "language_name": ""}
    return {
        "name": payload["name"],
        "sex": payload["sex"],
        "age_years": _age(payload["birth_date"], today),
        "village": payload.get("village", ""),
        "district": payload.get("district", ""),
        "guardian_name": payload.get("guardian_name", ""),
        "abha_number": payload.get("abha_number") or "",
        **_language(payload.get("language", "")),
    }


def _language(code: str) -> dict[str, str]:
    """The patient's language, for the specialist: "Tamil (தமிழ்)"."""
    if not languages.known(code):
        return {"language": code, "language_name": code}
    lang = languages.get(code)
    name = lang.english if lang.latin else f"{lang.english} ({lang.native})"
    return {"language": code, "language_name": name, "language_english": lang.english,
            "language_native": lang.native}  # fmt: skip


def _waiting(entry: QueueEntry, now: datetime) -> int:
    since = entry.encounter.get("queued_at") or entry.encounter["created_at"]
    return max(0, int((now - datetime.fromisoformat(since)).total_seconds()))


def entry_json(entry: QueueEntry, me: Specialist, now: datetime) -> dict[str, Any]:
    enc, state = entry.encounter, entry.state
    complaint = enc["complaint"]
    if len(complaint) > COMPLAINT_PREVIEW:
        complaint = complaint[: COMPLAINT_PREVIEW - 1] + "…"
    return {
        "encounter_id": enc["id"],
        "spoke_id": entry.spoke_id,
        "spoke_name": entry.spoke_name,
        "patient": _patient(entry.patient, now.date()),
        "complaint": complaint,
        "specialty": enc["specialty"],
        "urgent": bool(enc["urgent"]),
        # A call, or a case sent for review (store-and-forward): the queue's badge.
        "consult_mode": enc.get("consult_mode") or "video",
        "status": enc["status"],
        "queued_at": enc.get("queued_at"),
        "waiting_seconds": _waiting(entry, now),
        "taken_by": state.taken_by,
        "taken_by_me": state.taken_by == me.username,
        "calling": state.calling_at is not None and state.taken_by is None,
    }


def current_vitals(observations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The newest standing value of each kind; corrected values give way to corrections."""
    replaced = {o["supersedes"] for o in observations if o.get("supersedes")}
    latest: dict[str, dict[str, Any]] = {}
    for o in observations:
        if o["id"] not in replaced:
            latest[o["kind"]] = o
    keys = ("kind", "value", "components", "unit", "method", "taken_at")
    return [{k: o[k] for k in keys} for o in latest.values()]


def _consults(request: web.Request) -> Consults:
    """The storage as these routes use it: the consults, nothing more."""
    return hub(request).storage


async def visible_case(request: web.Request, me: Specialist) -> ConsultCase:
    encounter_id = request.match_info["encounter_id"]
    if not UUID_RE.match(encounter_id):
        raise ApiError(404, "no_case", "no such case")
    case = await _consults(request).consult_case(encounter_id)
    if (
        case is None
        or case.hub_site != me.hub_site
        or case.entry.encounter["specialty"] != me.specialty
    ):
        raise ApiError(404, "no_case", "no such case in this hub site's queue")
    return case


async def queue(request: web.Request) -> web.Response:
    me, _ = await signed_in(request, changes=False)
    ctx = hub(request)
    entries = await _consults(request).consult_queue(me.hub_site, me.specialty)
    now = ctx.clock()
    return web.json_response(
        {"queue": [entry_json(e, me, now) for e in entries], "hub_site": me.hub_site}
    )


async def case(request: web.Request) -> web.Response:
    me, _ = await signed_in(request, changes=False)
    found = await visible_case(request, me)
    ctx = hub(request)
    now = ctx.clock()
    enc = found.entry.encounter
    photos = [
        {
            "id": a["id"],
            "sha256": a["sha256"],
            "caption": a["caption"],
            "kind": a["kind"],
            "created_at": a["created_at"],
            "available": await ctx.blobs.has(a["sha256"]),
            "url": f"/console/api/cases/{enc['id']}/photos/{a['sha256']}",
        }
        for a in found.attachments
    ]
    return web.json_response(
        {
            **entry_json(found.entry, me, now),
            "complaint": enc["complaint"],
            "history": enc["history"],
            "created_at": enc["created_at"],
            "vitals": current_vitals(found.observations),
            "photos": photos,
            "consent": consent.case_json(found.consents),
        }
    )


async def _changed(request: web.Request, spoke_id: str, **extra: Any) -> None:
    signals = hub(request).signals
    await signals.publish(QUEUE_CHANNEL, {"type": "queue"})
    if extra:
        await signals.publish(spoke_channel(spoke_id), extra)


async def take(request: web.Request) -> web.Response:
    me, _ = await signed_in(request, changes=True)
    found = await visible_case(request, me)
    ctx = hub(request)
    if problem := consent.refusal(found.consents):
        log.info("case %s not taken by %s: no standing consent", found.entry.encounter["id"],
                 me.username)  # fmt: skip
        raise ApiError(409, "no_consent", problem, reason=consent.refusal_code(found.consents))
    try:
        encounter_id = found.entry.encounter["id"]
        state = await _consults(request).take_consult(encounter_id, me.username, ctx.clock())
    except StorageError as error:
        code = "finished" if str(error) == FINISHED else "taken"
        raise ApiError(409, code, str(error)) from None
    await _changed(request, found.entry.spoke_id)
    return web.json_response({"taken_by": state.taken_by, "taken_by_me": True})


async def release(request: web.Request) -> web.Response:
    """Give the case back to the queue (``?finished=1``: the consult is over)."""
    me, _ = await signed_in(request, changes=True)
    found = await visible_case(request, me)
    finished = request.query.get("finished") == "1"
    ctx = hub(request)
    encounter_id = found.entry.encounter["id"]
    try:
        await _consults(request).release_consult(encounter_id, me.username, finished, ctx.clock())
    except StorageError as error:
        raise ApiError(409, "not_yours", str(error)) from None
    if finished:
        await _changed(
            request, found.entry.spoke_id, type="consult_finished", encounter_id=encounter_id
        )
    else:
        await _changed(request, found.entry.spoke_id)
    return web.json_response({"released": True, "finished": finished})


async def photo(request: web.Request) -> web.StreamResponse:
    me, _ = await signed_in(request, changes=False)
    found = await visible_case(request, me)
    sha = request.match_info["sha256"]
    owned = [a for a in found.attachments if a["sha256"] == sha]
    ctx = hub(request)
    if not SHA256_RE.match(sha) or not owned or not await ctx.blobs.has(sha):
        raise ApiError(404, "no_photo", "this photo has not reached the hub")
    return web.Response(
        body=await ctx.blobs.read(sha),
        headers={
            "Content-Type": owned[0]["mime"],
            "Cache-Control": "private, max-age=3600",
            "X-Content-Type-Options": "nosniff",
        },
    )


async def ice_config(request: web.Request) -> web.Response:
    me, _ = await signed_in(request, changes=False)
    ctx = hub(request)
    return web.json_response({"ice_servers": ice.ice_servers(ctx.config, me.username, ctx.clock())})
