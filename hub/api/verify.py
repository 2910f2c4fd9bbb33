"""The public /verify page: a pharmacist checks a prescription's QR text against this
hub's key, with no login.

The check is ``hwc_shared.seal.verify_qr``, the same as a kiosk's. The page shows only
what the QR text itself carries (the signed seal: patient, doctor, medicines, dates)
and nothing from the hub's database, so knowing a prescription's number or a patient's
name reveals nothing. Plain HTML that works on any phone; a small script only makes the
Enter key of a scanner that types into the box submit it. Each address may check so
many times a minute (``verify_per_minute``).
"""

from __future__ import annotations

import html
import ipaddress
from datetime import date, datetime
from pathlib import Path
from string import Template
from typing import Any

from aiohttp import web

from hub import keys
from hub.api.context import HubContext, hub
from hwc_shared.seal import verify_qr
from kiosk.domain.prescription_refusals import Refusal

PUBLIC = Path(__file__).resolve().parent.parent / "public"
MAX_BODY = 16 * 1024  # a QR code holds at most about 4,300 characters
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",  # a result names a patient: no cache keeps it
}
SEX = {"F": "female", "M": "male", "O": "other"}
WHY = {
    Refusal.UNREADABLE: "This is not the text of a prescription's QR code, or only part of "
    "it was copied. Scan the code again.",
    Refusal.UNKNOWN_KEY: "This prescription was not signed by this hub. It may come from "
    "another hub, or be forged.",
    Refusal.BAD_SIGNATURE: "The signature does not match: the prescription was changed after "
    "the doctor signed it, or it is forged.",
}


def _page() -> Template:
    return Template((PUBLIC / "verify.html").read_text(encoding="utf-8"))


def _e(value: Any) -> str:
    return html.escape(str(value), quote=True)


def _when(text: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return _e(text)
    return _e(f"{moment:%d %b %Y, %H:%M}")


def _day(text: str) -> str:
    try:
        day = date.fromisoformat(text)
    except (TypeError, ValueError):
        return _e(text)
    return _e(f"{day:%d %b %Y} ({day:%A})")


def _age_sex(text: str) -> str:
    age, sex = text[:-1], SEX.get(text[-1:], "")
    return _e(f"{age} years, {sex}" if age.isdigit() and sex else text)


def _abha(digits: str) -> str:
    """Enough to match the patient's card; the whole number is not a pharmacist's need."""
    if len(digits) != 14:
        return "—"
    return _e(f"••-••••-••••-{digits[-4:]}")


def _medicines(rows: Any) -> str:
    body = []
    for row in rows if isinstance(rows, list) else []:
        cells = [*(row if isinstance(row, list) else []), "", "", "", "", ""][:5]
        body.append(
            '<tr data-testid="verify-medicine">'
            + "".join(f'<td data-label="{h}">{_e(c) or "—"}</td>'
                      for h, c in zip(COLUMNS, cells, strict=True))
            + "</tr>"
        )  # fmt: skip
    head = "".join(f"<th>{h}</th>" for h in COLUMNS)
    return (
        f'<table class="meds" data-testid="verify-medicines"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


COLUMNS = ("Medicine", "Strength", "Dose", "How often", "How long")
CONSULT_MODES = {"video": "Video", "audio": "Audio", "text": "Text (sent for review)"}


def _valid(seal: dict[str, Any]) -> str:
    rx_no = str(seal.get("id", ""))[:8].upper()
    follow = seal.get("fu") or ""
    facts = [
        ("Patient", f"{_e(seal.get('pt', ''))} · {_age_sex(str(seal.get('as', '')))}"),
        ("ABHA number", _abha(str(seal.get("ab", "")))),
        ("Prescribed", _when(str(seal.get("t", "")))),
        (
            "Doctor",
            f"{_e(seal.get('dr', ''))} · Reg. no. {_e(seal.get('rg', ''))}"
            + (f" ({_e(seal['rc'])})" if seal.get("rc") else ""),
        ),
        ("Hub", _e(seal.get("hb", ""))),
        ("Prescription no.", _e(rx_no)),
        ("Follow-up", _day(follow) if follow else "—"),
    ]
    if seal.get("cm"):  # signed since the consult's mode and type were recorded
        mode = CONSULT_MODES.get(str(seal["cm"]), _e(seal["cm"]))
        kind = "follow-up" if seal.get("ct") == "follow_up" else "first consult"
        facts[3:3] = [("Teleconsultation", f"{mode}, {kind}"),
                      ("Diagnosis", _e(seal.get("dx", "")) or "—")]  # fmt: skip
    listing = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts)
    return (
        '<section class="result ok" data-testid="verify-result" data-valid="true" '
        'role="status"><h2><span class="mark" aria-hidden="true">✓</span>'
        "Genuine prescription</h2>"
        "<p>Signed at this hub by the doctor named below, and not changed since. Check that "
        "the paper names the same patient and medicines.</p>"
        f'<dl class="facts">{listing}</dl>{_medicines(seal.get("m"))}</section>'
    )


def _invalid(reason: Refusal) -> str:
    return (
        '<section class="result bad" data-testid="verify-result" data-valid="false" '
        f'data-reason="{_e(reason.value)}" role="alert"><h2><span class="mark" '
        'aria-hidden="true">✕</span>Not verified</h2>'
        f"<p>{_e(WHY.get(reason, WHY[Refusal.UNREADABLE]))}</p>"
        "<p><strong>Do not dispense on this paper.</strong> Ask the patient to contact the "
        "health centre that printed it.</p></section>"
    )


def _respond(ctx: HubContext, result: str, status: int = 200, **headers: str) -> web.Response:
    body = _page().substitute(
        result=result,
        site=_e(ctx.config.site_name),
        fingerprint=_e(keys.fingerprint(ctx.signing_key)),
    )
    return web.Response(
        text=body, status=status, content_type="text/html", charset="utf-8",
        headers={**HEADERS, **headers},
    )  # fmt: skip


async def page(request: web.Request) -> web.Response:
    return _respond(hub(request), "")


def client_address(request: web.Request) -> str:
    """Who is asking, for the rate limit. Behind a reverse proxy on the same machine
    (the peer is loopback), every request would share the proxy's address: there the
    last X-Forwarded-For entry, the one the proxy itself added, names the client. A
    client elsewhere cannot choose its key this way: its peer address is not loopback."""
    peer = request.remote or "unknown"
    forwarded = request.headers.get("X-Forwarded-For", "")
    try:
        local = ipaddress.ip_address(peer).is_loopback
    except ValueError:
        local = False
    if local and forwarded.strip():
        return forwarded.split(",")[-1].strip()[:64]
    return peer


async def check(request: web.Request) -> web.Response:
    ctx = hub(request)
    who = client_address(request)
    if not ctx.verify_limits.allow(who):
        wait = ctx.verify_limits.retry_after(who)
        note = (
            '<section class="result wait" data-testid="verify-result" data-valid="false" '
            f'data-reason="rate_limited" role="alert"><h2>Please wait</h2><p>Too many checks '
            f"from this connection. Try again in {wait} seconds.</p></section>"
        )
        return _respond(ctx, note, 429, **{"Retry-After": str(wait)})
    if request.content_length is None or request.content_length > MAX_BODY:
        return _respond(ctx, _invalid(Refusal.UNREADABLE), 413)
    try:
        form = await request.post()
    except ValueError:  # a malformed form (multipart without a boundary): a bad request
        return _respond(ctx, _invalid(Refusal.UNREADABLE), 400)
    text = form.get("qr", "")
    if not isinstance(text, str) or not text.strip():
        return _respond(ctx, _invalid(Refusal.UNREADABLE), 400)
    # Scanners and pastes add line breaks; base45 itself has a space but never a break.
    cleaned = text.translate({ord(c): None for c in "\r\n\t"}).strip()
    result = verify_qr(cleaned, ctx.signing_key.public_key())
    if result.valid and result.payload is not None:
        return _respond(ctx, _valid(result.payload.seal))
    return _respond(ctx, _invalid(result.reason or Refusal.UNREADABLE))


def add_routes(app: web.Application) -> None:
    r = app.router
    r.add_get("/verify", page, name="verify_page")
    r.add_post("/verify", check, name="verify_check")
    r.add_static("/verify/static", PUBLIC, name="verify_static", append_version=True)
