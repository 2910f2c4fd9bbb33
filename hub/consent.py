"""What the hub makes of a case's consent records: whether a consult may go ahead, what
the specialist sees before the call, and the summary signed into the prescription.

The kiosk refuses to request a consult without consent, but the hub checks again at
every step that matters (taking the case, calling, signing): a withdrawal can arrive
after the case was queued, and the hub never trusts that a client checked.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain import consent as consents
from kiosk.domain import prescription as rxdomain
from kiosk.domain.clock import DEFAULT_ZONE
from kiosk.domain.consent import Consent, Purpose, Status

NO_CONSENT = (
    "The hub holds no record of the patient's consent to this teleconsultation, so the "
    "consult cannot go ahead. Ask the health centre to record it on the kiosk."
)
WITHDRAWN = (
    "The patient withdrew consent to this teleconsultation, so the consult cannot go "
    "ahead. The health centre may record a new consent if the patient gives it."
)


def records(payloads: list[dict[str, Any]]) -> list[Consent]:
    return [consents.from_record(p) for p in payloads]


def refusal_code(payloads: list[dict[str, Any]]) -> str:
    """Why no consult may go ahead on these records as a stable code: ``none`` (no
    consent held), ``withdrawn``, or "" when it may."""
    found = consents.standing(records(payloads), Purpose.TELECONSULTATION)
    if found is None:
        return "none"
    return "withdrawn" if found.status is Status.WITHDRAWN else ""


def refusal(payloads: list[dict[str, Any]]) -> str | None:
    """Why no consult may go ahead on these records, in plain words; None if it may."""
    return {"none": NO_CONSENT, "withdrawn": WITHDRAWN}.get(refusal_code(payloads))


def _one(found: Consent | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {
        "id": found.id,
        "status": found.status.value,
        "given_by": found.given_by.value,
        "guardian_name": found.guardian_name,
        "guardian_relation": found.guardian_relation.value if found.guardian_relation else "",
        "method": found.method.value,
        "form_photo_id": found.form_photo_id,
        "witness_name": found.witness_name,
        "recorded_at": found.recorded_at.isoformat(),
    }


def case_json(payloads: list[dict[str, Any]]) -> dict[str, Any]:
    """What the console's case view shows before the call: the standing record of each
    purpose, whether the consult may go ahead, and why not."""
    held = records(payloads)
    reason = refusal(payloads)
    return {
        "teleconsultation": _one(consents.standing(held, Purpose.TELECONSULTATION)),
        "abdm_sharing": _one(consents.standing(held, Purpose.ABDM_SHARING)),
        "allowed": reason is None,
        "problem": reason or "",
        "problem_code": refusal_code(payloads),
        "history": len(held),
    }


def summary(
    payloads: list[dict[str, Any]], zone: str = DEFAULT_ZONE
) -> rxdomain.ConsentSummary | None:
    """The standing teleconsultation consent as the signed prescription carries it, its
    time in the hub's zone like the prescription's own."""
    held = records(payloads)
    found = consents.standing(held, Purpose.TELECONSULTATION)
    if found is None or found.status is not Status.GIVEN:
        return None
    sharing = consents.standing(held, Purpose.ABDM_SHARING)
    return rxdomain.ConsentSummary(
        id=found.id,
        given_by=found.given_by.value,
        # Names as the wire allows them, cut to what a prescription holds.
        guardian_name=found.guardian_name[: rxdomain.MAX_SHORT],
        guardian_relation=found.guardian_relation.value if found.guardian_relation else "",
        method=found.method.value,
        witness=found.witness_name[: rxdomain.MAX_SHORT],
        recorded_at=found.recorded_at.astimezone(ZoneInfo(zone)).isoformat(timespec="seconds"),
        abdm_sharing="yes" if sharing is not None and sharing.status is Status.GIVEN else "no",
    )
