"""The console's prescription routes: the formulary, a case's prescriptions, and signing.

Only the specialist holding a case, while its consult is open, may sign for it. The hub
signs with its Ed25519 key through the kiosk's own code (``hwc_shared.seal.sign`` over
the canonical form), so the bytes are exactly what every kiosk verifies; the signed
prescription is stored read-only, put in the spoke's change feed and the consult is
finished, in one transaction; then the spoke is told that something waits, so its
kiosks pull it at once. Logs name ids only, never what the prescription says.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from dataclasses import asdict
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from hub import consent, consult_kind, formulary, prescribing, teleconsult
from hub.api.console_auth import signed_in
from hub.api.console_routes import current_vitals, visible_case
from hub.api.context import ApiError, HubContext, hub
from hub.api.routes import json_body
from hub.signalbus import QUEUE_CHANNEL, tell_spoke
from hub.storage.base import FINISHED, NOT_YOURS, StorageError
from hub.storage.models import ConsultCase, IssuedPrescription, Specialist
from hwc_shared.seal import Refused, sign, verify
from kiosk.domain import languages
from kiosk.domain import prescription as rxdomain
from kiosk.domain.ids import new_id
from kiosk.domain.prescription import LANGUAGES

log = logging.getLogger("hub.rx")
FORM_BODY = 64 * 1024


def _today(ctx: HubContext) -> date:
    """Today where the hub is: follow-up dates are checked against it."""
    return ctx.clock().astimezone(ZoneInfo(ctx.config.timezone)).date()


def _no_qualification(me: Specialist) -> str:
    return (
        "Your qualification is not on record, and every prescription must show it. Ask the "
        f"hub's administrator to run: kiosk-hub specialists set {me.username} "
        '--qualification "MBBS, MD (...)"'
    )


def _prescriber(me: Specialist, qualification: str, council: str) -> dict[str, str]:
    return {
        "name": me.name,
        "qualification": qualification,
        "registration_number": me.registration_no,
        "council": council,
        "hub": me.hub_site,
    }


async def _established(
    ctx: HubContext, found: ConsultCase, me: Specialist, follows: str
) -> consult_kind.Established:
    try:
        return await consult_kind.establish(ctx.storage, found, me, ctx.clock(), follows)
    except consult_kind.NotAFollowUpError as error:
        problems: list[dict[str, Any]] = [{"field": "follow_up_of", "message": str(error),
                                           "code": "not_a_follow_up", "params": {}}]  # fmt: skip
        raise ApiError(
            422, "invalid", "Please correct the prescription.", problems=problems
        ) from None


async def _medicine_problems(
    ctx: HubContext, medicines: list[dict[str, str]], established: consult_kind.Established
) -> list[dict[str, Any]]:
    """Every medicine this consult's mode and type do not allow: in plain English words,
    and as a code with its parameters (the medicine, its list, the law) for the console."""
    served = await formulary.served(ctx.storage, ctx.file_formulary, ctx.config.formulary)
    repeats = established.follows.medicines if established.follows else ()
    found = teleconsult.medicine_refusals(medicines, served.entries, established.kind, repeats)
    return [{"field": f"medicines.{i}.name", "message": why.message, "code": why.code,
             "params": {**why.params, "n": i}} for i, why in found]  # fmt: skip


def issued_json(issued: IssuedPrescription, key: Ed25519PublicKey) -> dict[str, Any]:
    """A signed prescription as the console shows it, with the text its QR code carries:
    checked against the hub's own key first, as every kiosk checks it."""
    try:
        signed = verify(issued.envelope, key)
    except Refused as refused:
        # Only a change behind the read-only guard can do this; kiosks refuse it too.
        log.error("stored prescription %s does not verify (%s)", issued.id, refused.reason)
        raise ApiError(
            500, "damaged", "a prescription of this case does not verify at the hub; "
            "tell the hub's administrator",
        ) from None  # fmt: skip
    rx = signed.prescription
    return {
        "id": issued.id,
        "issued_by": issued.issued_by,
        "key_id": signed.key_id,
        "prescription": rxdomain.to_dict(rx),
        "qr_text": signed.qr_text,
    }


async def formulary_list(request: web.Request) -> web.Response:
    await signed_in(request, changes=False)
    ctx = hub(request)
    served = await formulary.served(ctx.storage, ctx.file_formulary, ctx.config.formulary)
    response = web.json_response(
        {"medicines": [asdict(e) for e in served.entries], "source": served.source}
    )
    response.enable_compression()
    return response


async def case_prescriptions(request: web.Request) -> web.Response:
    """What the form needs: who signs, whether they can, and what was signed already."""
    me, _ = await signed_in(request, changes=False)
    found = await visible_case(request, me)
    ctx = hub(request)
    qualification = await ctx.storage.qualification(me.username) or ""
    council = await ctx.storage.council(me.username) or ""
    issued = await ctx.storage.prescriptions_for(found.entry.encounter["id"])
    patient = found.entry.patient or {}
    established = await _established(ctx, found, me, "")
    return web.json_response(
        {
            "prescriber": _prescriber(me, qualification, council),
            "consult": established.json(),
            "problem": "" if qualification else _no_qualification(me),
            "problem_code": "" if qualification else "no_qualification",
            "username": me.username,
            "today": _today(ctx).isoformat(),
            # The paper prints in the patient's language beside English.
            "language": patient.get("language") if patient.get("language") in LANGUAGES else "hi",
            "languages": [{"code": c, "name": _paper_name(c), **_names(c)} for c in LANGUAGES],
            "prescriptions": [issued_json(i, ctx.signing_key.public_key()) for i in issued],
        }
    )


def _paper_name(code: str) -> str:
    lang = languages.get(code)
    return "English only" if lang.latin else f"{lang.english} ({lang.native})"


def _names(code: str) -> dict[str, str]:
    """A language's name in English and in itself, for a console that says it in Hindi."""
    lang = languages.get(code)
    return {"english": lang.english, "native": lang.native}


def _case(found: ConsultCase) -> prescribing.Case:
    entry = found.entry
    if entry.patient is None:
        raise ApiError(409, "no_patient", "the hub does not hold this case's patient yet")
    return prescribing.Case(
        encounter_id=entry.encounter["id"],
        patient_id=entry.encounter["patient_id"],
        spoke_id=entry.spoke_id,
        patient=entry.patient,
        vitals=current_vitals(found.observations),
    )


async def check_medicines(request: web.Request) -> web.Response:
    """The console asks before it adds a medicine: may this consult prescribe these? The
    same check as at signing, so the console refuses in the hub's own words."""
    me, _ = await signed_in(request, changes=True)
    found = await visible_case(request, me)
    ctx = hub(request)
    body = await json_body(request, FORM_BODY)
    if not isinstance(body, dict) or not isinstance(body.get("medicines", []), list):
        raise ApiError(400, "bad_request", "send {medicines: [...], follow_up_of}")
    follows = body.get("follow_up_of", "")
    medicines = [
        {k: str(m.get(k, "")) for k in ("name", "form", "strength")}
        for m in body.get("medicines", [])[: rxdomain.MAX_MEDICINES]
        if isinstance(m, dict)
    ]
    established = await _established(ctx, found, me, follows if isinstance(follows, str) else "")
    problems = await _medicine_problems(ctx, medicines, established)
    return web.json_response({"consult": established.json(), "problems": problems})


async def sign_prescription(request: web.Request) -> web.Response:
    me, _ = await signed_in(request, changes=True)
    found = await visible_case(request, me)
    ctx = hub(request)
    state = found.entry.state
    if state.taken_by != me.username:
        raise ApiError(409, "not_yours", NOT_YOURS)
    if state.ended_at is not None:
        raise ApiError(409, "finished", FINISHED)
    if problem := consent.refusal(found.consents):
        log.info("no prescription for case %s: no standing consent", found.entry.encounter["id"])
        raise ApiError(409, "no_consent", problem, reason=consent.refusal_code(found.consents))
    qualification = await ctx.storage.qualification(me.username)
    if not qualification:
        raise ApiError(409, "no_qualification", _no_qualification(me), username=me.username)
    council = await ctx.storage.council(me.username) or ""
    body = await json_body(request, FORM_BODY)
    now = ctx.clock()
    try:
        written = prescribing.read_form(body, _today(ctx))
        # The consult's mode and type, and what they allow: the hub's to decide.
        established = await _established(ctx, found, me, written.follow_up_of)
        medicines = [asdict(m) for m in written.medicines]
        if refused := await _medicine_problems(ctx, medicines, established):
            raise ApiError(422, "invalid", "Please correct the prescription.", problems=refused)
        consult = rxdomain.ConsultRecord(established.kind.mode, established.kind.type)
        rx = prescribing.build(
            new_id(), _case(found), written,
            rxdomain.Specialist(me.name, qualification, me.registration_no, me.hub_site,
                                council),
            now, ctx.config.timezone, consult,
        )  # fmt: skip
        # The consent the hub holds goes into what is signed (kiosk/domain/prescription.py).
        rx = dataclasses.replace(rx, consent=consent.summary(found.consents, ctx.config.timezone))
        rxdomain.parse(rxdomain.to_dict(rx))
    except prescribing.BadFormError as error:
        raise ApiError(400, "bad_request", str(error)) from None
    except prescribing.FormProblemsError as error:
        problems = [p.json() for p in error.problems]
        raise ApiError(
            422, "invalid", "Please correct the prescription.", problems=problems
        ) from None
    envelope = sign(rx, ctx.signing_key)
    sent = json.loads(envelope)
    issued = IssuedPrescription(
        rx.id, found.entry.spoke_id, rx.encounter_id, envelope, sent["signature"],
        sent["key_id"], me.username, now,
    )  # fmt: skip
    try:
        await ctx.storage.add_prescription(issued, now)
    except StorageError as error:
        code = "finished" if str(error) == FINISHED else "not_yours"
        raise ApiError(409, code, str(error)) from None
    log.info("prescription %s signed for case %s by %s (%s %s)", rx.id, rx.encounter_id,
             me.username, consult.mode, consult.type)  # fmt: skip
    # Every kiosk of the spoke pulls it now; the case leaves the consult queues.
    await tell_spoke(ctx.signals, found.entry.spoke_id)
    await ctx.signals.publish(QUEUE_CHANNEL, {"type": "queue"})
    answer = issued_json(issued, ctx.signing_key.public_key())
    return web.json_response({**answer, "finished": True}, status=201)
