"""Why a received prescription was refused, in words a CHO can act on."""

from __future__ import annotations

from enum import StrEnum

from kiosk.domain.errors import QT_TRANSLATE_NOOP


class Refusal(StrEnum):
    UNREADABLE = "unreadable"
    INCOMPLETE = "incomplete"
    NO_KEY = "no_key"
    UNKNOWN_KEY = "unknown_key"
    BAD_SIGNATURE = "bad_signature"
    UNKNOWN_CASE = "unknown_case"
    WRONG_PATIENT = "wrong_patient"
    CONFLICT = "conflict"


REFUSAL_TEXTS = {
    Refusal.UNREADABLE: QT_TRANSLATE_NOOP(
        "domain",
        "It is not a prescription this kiosk can read. Ask the hub to send it again.",
    ),
    Refusal.INCOMPLETE: QT_TRANSLATE_NOOP(
        "domain",
        "Some details are missing or wrong, so it cannot be printed. Ask the hub to send it again.",
    ),
    Refusal.NO_KEY: QT_TRANSLATE_NOOP(
        "domain",
        "This kiosk has no hub key to check signatures with. Call district IT to enroll it.",
    ),
    Refusal.UNKNOWN_KEY: QT_TRANSLATE_NOOP(
        "domain",
        "It was signed with a key this kiosk does not know, so it may not come from "
        "the hub. Do not use it; call district IT.",
    ),
    Refusal.BAD_SIGNATURE: QT_TRANSLATE_NOOP(
        "domain",
        "Its signature does not match: it was changed after the specialist signed it, "
        "or it does not come from the hub. Do not use it; ask the hub to send it again.",
    ),
    Refusal.UNKNOWN_CASE: QT_TRANSLATE_NOOP(
        "domain",
        "It is for a case that is not on this kiosk. Call district IT.",
    ),
    Refusal.WRONG_PATIENT: QT_TRANSLATE_NOOP(
        "domain",
        "It names a different patient from the case it belongs to. Call the hub.",
    ),
    Refusal.CONFLICT: QT_TRANSLATE_NOOP(
        "domain",
        "A different prescription with the same number is already stored. Call the hub.",
    ),
}
