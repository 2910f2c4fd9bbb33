"""Health, enrollment, push and pull."""

from __future__ import annotations

import json
import logging
from typing import Any

from aiohttp import web

from hub import credentials, keys
from hub.api.context import ApiError, hub, kiosk
from hub.signalbus import QUEUE_CHANNEL, tell_spoke
from hub.storage.models import BadOp
from hwc_shared import __version__, wire
from kiosk.domain.ids import new_id

log = logging.getLogger("hub.api")
MAX_LABEL = 80
SMALL_BODY = 64 * 1024  # enrollment and other small requests


async def health(request: web.Request) -> web.Response:
    ctx = hub(request)
    try:
        await ctx.storage.ping()
    except Exception as error:  # the database is the hub's environment: say so, keep serving
        raise ApiError(503, "storage", f"the hub's database does not answer: {error}") from None
    return web.json_response(
        {
            "status": "ok",
            "service": "hwc-hub",
            "version": __version__,
            "site": ctx.config.site_name,
            "hub_key_fingerprint": keys.fingerprint(ctx.signing_key),
            "storage": ctx.storage.describe(),
            "signals": ctx.signals.describe(),
        }
    )


def key_document(request: web.Request) -> dict[str, str]:
    key = hub(request).signing_key
    return {
        "algorithm": "Ed25519",
        "public_key": keys.public_b64(key),
        "fingerprint": keys.fingerprint(key),
    }


async def hub_key(request: web.Request) -> web.Response:
    return web.json_response(key_document(request))


async def json_body(request: web.Request, limit: int | None = None) -> Any:
    """The parsed JSON body; gzip bodies arrive decompressed, within the app's size limit."""
    if limit is not None and (request.content_length or 0) > limit:
        raise ApiError(413, "too_large", "the request body is larger than the hub accepts")
    if request.content_type != "application/json":
        raise ApiError(415, "content_type", "send JSON (Content-Type: application/json)")
    raw = await request.read()
    if limit is not None and len(raw) > limit:
        raise ApiError(413, "too_large", "the request body is larger than the hub accepts")
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ApiError(400, "bad_json", "the body is not valid JSON") from None


async def enroll(request: web.Request) -> web.Response:
    body = await json_body(request, SMALL_BODY)
    code = body.get("code") if isinstance(body, dict) else None
    label = body.get("label", "") if isinstance(body, dict) else ""
    if not isinstance(code, str) or not 4 <= len(code) <= 64:
        raise ApiError(400, "bad_request", "send the enrollment code as 'code'")
    if not isinstance(label, str) or len(label) > MAX_LABEL:
        raise ApiError(400, "bad_request", f"'label' is text of at most {MAX_LABEL} characters")
    ctx = hub(request)
    token = credentials.new_token()
    kiosk_id = new_id()
    spoke = await ctx.storage.redeem_enroll_code(
        credentials.code_hash(code), kiosk_id, credentials.token_hash(token), label, ctx.clock()
    )
    if spoke is None:
        raise ApiError(403, "bad_code", "this enrollment code is unknown, used or expired")
    return web.json_response(
        {
            "kiosk_id": kiosk_id,
            "token": token,
            "spoke": {
                "id": spoke.id,
                "name": spoke.name,
                "district": spoke.district,
                "state": spoke.state,
            },
            "hub": {"site": ctx.config.site_name, **key_document(request)},
        }
    )


def _bad_op(raw: Any, error: wire.WireError) -> BadOp:
    ref = None
    if isinstance(raw, dict):
        entity, entity_id = raw.get("entity"), raw.get("entity_id")
        if isinstance(entity, str) and isinstance(entity_id, str):
            ref = f"{entity}:{entity_id}"
    return BadOp(ref, str(error))


async def push(request: web.Request) -> web.Response:
    body = await json_body(request)
    try:
        raw_ops = wire.parse_batch(body)
    except wire.WireError as error:
        raise ApiError(400, "bad_batch", str(error)) from None
    ops: list[wire.Op | BadOp] = []
    for raw in raw_ops:
        try:
            ops.append(wire.parse_op(raw))
        except wire.WireError as error:
            ops.append(_bad_op(raw, error))
    ctx = hub(request)
    who = kiosk(request)
    answers = await ctx.storage.push(who.spoke_id, who.id, ops, ctx.clock())
    _log_refusals(who.spoke_id, who.id, ops, answers)
    if any(a.status == wire.ACCEPTED for a in answers):
        # The spoke's other kiosks have something to pull; consult queues may have moved.
        await tell_spoke(ctx.signals, who.spoke_id, origin=who.id)
        await ctx.signals.publish(QUEUE_CHANNEL, {"type": "queue"})
    response = web.json_response({"results": [a.to_wire() for a in answers]})
    response.enable_compression()
    return response


def _log_refusals(
    spoke_id: str, kiosk_id: str, ops: list[wire.Op | BadOp], answers: list[wire.Answer]
) -> None:
    """A kiosk refused a prescription: someone must look (``kiosk-hub refusals list``)."""
    for op, answer in zip(ops, answers, strict=True):
        refusal = isinstance(op, wire.Op) and op.entity == wire.PRESCRIPTION_REFUSAL
        if refusal and answer.status == wire.ACCEPTED:
            assert isinstance(op, wire.Op)
            log.warning(
                "kiosk %s of spoke %s refused prescription %s (%s)",
                kiosk_id, spoke_id, op.payload["prescription_id"], op.payload["reason"],
            )  # fmt: skip


def _int_param(request: web.Request, name: str, default: int, low: int, high: int) -> int:
    text = request.query.get(name)
    if text is None:
        return default
    try:
        value = int(text)
    except ValueError:
        raise ApiError(400, "bad_request", f"'{name}' must be a whole number") from None
    if not low <= value <= high:
        raise ApiError(400, "bad_request", f"'{name}' must be from {low} to {high}")
    return value


async def pull(request: web.Request) -> web.Response:
    ctx = hub(request)
    since = _int_param(request, "since", 0, 0, 2**62)
    limit = _int_param(request, "limit", ctx.config.pull_page_limit, 1, 5000)
    who = kiosk(request)
    page = await ctx.storage.pull(who.spoke_id, who.id, since, limit)
    response = web.json_response(
        {
            "changes": [c.to_wire() for c in page.changes],
            "cursor": page.cursor,
            "more": page.more,
        }
    )
    response.enable_compression()
    return response
