"""What the specialist wrote in the console, checked and made into the prescription the
hub signs.

The checks here are the console's: plain sentences keyed by the form's fields, stricter
than what a kiosk accepts (a medicine without a dose, how often and for how long is not
printed for a patient). The prescription itself is built with the kiosk's own model and
checked with its own parser before signing, so the hub can never sign what a kiosk
would refuse as incomplete. Text is NFC-normalised: the same words always make the same
signed bytes.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from kiosk.domain.errors import ValidationErrors
from kiosk.domain.prescription import (
    LANGUAGES,
    MAX_ITEMS,
    MAX_LONG,
    MAX_MEDICINES,
    ConsultRecord,
    Medicine,
    PatientSnapshot,
    Prescription,
    Specialist,
    VitalSign,
    parse,
    to_dict,
)
from kiosk.domain.vitals import MEASURES, ObservationKind

MAX_FIELD = 240  # a medicine's fields and an investigation, as the kiosk's parser allows
FOLLOW_UP_DAYS = 366
FORM_KEYS = frozenset(
    {"diagnosis", "medicines", "investigations", "advice", "follow_up", "referral", "language",
     "follow_up_of"}
)  # fmt: skip
MEDICINE_KEYS = ("name", "form", "strength", "dose", "frequency", "duration", "instructions")
NEEDED = {"dose": "the dose", "frequency": "how often", "duration": "for how long"}
NOT_A_DATE = "The follow-up date is not a date."


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the form: in English (``message``), and as a stable ``code``
    with its ``params`` for a page that says it in its own language ("" for a problem
    only the kiosk's parser names, which has no code)."""

    field: str  # the form's field: "diagnosis", "medicines.2.dose", "follow_up"...
    message: str
    code: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def json(self) -> dict[str, Any]:
        return {"field": self.field, "message": self.message, "code": self.code,
                "params": self.params}  # fmt: skip


class FormProblemsError(ValueError):
    """Everything wrong with a submitted form, for the page to show next to each field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


class BadFormError(ValueError):
    """Not the console's form at all (wrong types, unknown keys): a bad request."""


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise BadFormError(f"'{where}' must be text")
    return unicodedata.normalize("NFC", value).strip()


def _list(value: Any, where: str) -> list[Any]:
    if not isinstance(value, list):
        raise BadFormError(f"'{where}' must be a list")
    return value


@dataclass(frozen=True)
class Written:
    """The form as checked: what the specialist decided, before it names a patient."""

    diagnosis: str
    medicines: tuple[Medicine, ...]
    investigations: tuple[str, ...]
    advice: str
    follow_up: str
    referral: str
    language: str
    follow_up_of: str = ""  # the earlier prescription this consult follows up, or ""


def _medicines(raw: list[Any], problems: list[Problem]) -> tuple[Medicine, ...]:
    if len(raw) > MAX_MEDICINES:
        problems.append(Problem("medicines", f"At most {MAX_MEDICINES} medicines fit on one "
                                             "prescription.", "too_many_medicines",
                                {"max": MAX_MEDICINES}))  # fmt: skip
    out = []
    for i, item in enumerate(raw[:MAX_MEDICINES], start=1):
        if not isinstance(item, dict) or set(item) - set(MEDICINE_KEYS):
            raise BadFormError(f"medicine {i} must be an object with {', '.join(MEDICINE_KEYS)}")
        fields = {k: _text(item.get(k, ""), f"medicines[{i}].{k}") for k in MEDICINE_KEYS}
        called = f"Medicine {i}" + (f" ({fields['name']})" if fields["name"] else "")
        which = {"n": i, "name": fields["name"]}
        if not fields["name"]:
            problems.append(Problem(f"medicines.{i}.name", f"{called}: give its name.",
                                    "medicine_no_name", which))  # fmt: skip
        for key, words in NEEDED.items():
            if not fields[key]:
                problems.append(Problem(f"medicines.{i}.{key}", f"{called}: say {words}.",
                                        "medicine_needs", {**which, "what": key}))  # fmt: skip
        for key, value in fields.items():
            if len(value) > MAX_FIELD:
                problems.append(Problem(f"medicines.{i}.{key}",
                                        f"{called}: the {key} is longer than {MAX_FIELD} "
                                        "characters.", "medicine_too_long",
                                        {**which, "what": key, "max": MAX_FIELD}))  # fmt: skip
        out.append(Medicine(**fields))
    return tuple(out)


def _investigations(raw: list[Any], problems: list[Problem]) -> tuple[str, ...]:
    items = [t for i, v in enumerate(raw, start=1) if (t := _text(v, f"investigations[{i}]"))]
    if len(items) > MAX_ITEMS:
        problems.append(Problem("investigations", f"At most {MAX_ITEMS} investigations fit on "
                                                  "one prescription.",
                                "too_many_investigations", {"max": MAX_ITEMS}))  # fmt: skip
    if any(len(t) > MAX_FIELD for t in items):
        problems.append(Problem("investigations", f"An investigation is longer than {MAX_FIELD} "
                                                  "characters.", "investigation_too_long",
                                {"max": MAX_FIELD}))  # fmt: skip
    return tuple(items)


def _follow_up(text: str, today: date, problems: list[Problem]) -> str:
    if not text:
        return ""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        problems.append(Problem("follow_up", NOT_A_DATE, "follow_up_not_a_date"))
        return text
    if len(text) != 10:
        problems.append(Problem("follow_up", NOT_A_DATE, "follow_up_not_a_date"))
    elif day < today:
        problems.append(Problem("follow_up", "The follow-up date is in the past.",
                                "follow_up_past"))  # fmt: skip
    elif day > today + timedelta(days=FOLLOW_UP_DAYS):
        problems.append(Problem("follow_up", "The follow-up date must be within a year.",
                                "follow_up_too_far"))  # fmt: skip
    return text


def read_form(body: Any, today: date) -> Written:
    """Check the console's form; raises :class:`FormProblemsError` or :class:`BadFormError`."""
    if not isinstance(body, dict):
        raise BadFormError("send the prescription form as a JSON object")
    if unknown := set(body) - FORM_KEYS:
        raise BadFormError(f"unknown field(s): {', '.join(sorted(unknown))}")
    problems: list[Problem] = []
    texts = {k: _text(body.get(k, ""), k) for k in ("diagnosis", "advice", "referral")}
    if not texts["diagnosis"]:
        # Required before any medicine (and for advice alone too): it is printed and sealed.
        problems.append(Problem("diagnosis", "Write a provisional diagnosis.", "no_diagnosis"))
    for key, value in texts.items():
        if len(value) > MAX_LONG:
            problems.append(Problem(key, f"The {key} is longer than {MAX_LONG} characters.",
                                    "too_long", {"what": key, "max": MAX_LONG}))  # fmt: skip
    medicines = _medicines(_list(body.get("medicines", []), "medicines"), problems)
    if not medicines and not texts["advice"]:
        problems.append(Problem("medicines", "Prescribe at least one medicine or write advice.",
                                "nothing_prescribed"))  # fmt: skip
    investigations = _investigations(
        _list(body.get("investigations", []), "investigations"), problems
    )
    follow_up = _follow_up(_text(body.get("follow_up", ""), "follow_up"), today, problems)
    language = _text(body.get("language", "hi"), "language")
    if language not in LANGUAGES:
        problems.append(Problem("language", "Choose a language for the paper.", "no_language"))
    if problems:
        raise FormProblemsError(problems)
    return Written(texts["diagnosis"], medicines, investigations, texts["advice"], follow_up,
                   texts["referral"], language,
                   _text(body.get("follow_up_of", ""), "follow_up_of"))  # fmt: skip


def age_on(birth_date: str, day: date) -> int:
    born = date.fromisoformat(birth_date)
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def patient_snapshot(patient: dict[str, Any], day: date) -> PatientSnapshot:
    """The patient as the spoke registered them, as the paper prints them."""
    digits = "".join(ch for ch in patient.get("abha_number") or "" if ch.isdigit())
    return PatientSnapshot(
        name=unicodedata.normalize("NFC", patient["name"]).strip(),
        age_years=max(0, age_on(patient["birth_date"], day)),
        sex=patient["sex"],
        abha_number=digits if len(digits) == 14 else "",
    )


def _number(kind: str, value: float) -> str:
    measure = MEASURES.get(kind)
    return measure.format(value) if measure else f"{value:g}"


def vital_signs(current: list[dict[str, Any]]) -> tuple[VitalSign, ...]:
    """The vitals the specialist saw (the newest standing value of each kind), as text."""
    out = []
    for v in current:
        kind = v["kind"]
        if kind == ObservationKind.BLOOD_PRESSURE:
            parts = v.get("components") or {}
            if "bp_systolic" in parts and "bp_diastolic" in parts:
                text = f"{parts['bp_systolic']:.0f}/{parts['bp_diastolic']:.0f}"
                out.append(VitalSign(kind, text, "mmHg"))
        elif v.get("value") is not None and kind in MEASURES:
            out.append(VitalSign(kind, _number(kind, v["value"]), MEASURES[kind].unit_label))
    return tuple(out[:MAX_ITEMS])


@dataclass(frozen=True)
class Case:
    """What the hub knows of the case it prescribes for."""

    encounter_id: str
    patient_id: str
    spoke_id: str
    patient: dict[str, Any]
    vitals: list[dict[str, Any]]


def issued_at(now: datetime, zone: str) -> str:
    """The moment of signing, to the second, with the hub's UTC offset."""
    return now.astimezone(ZoneInfo(zone)).replace(microsecond=0).isoformat()


def build(
    rx_id: str,
    case: Case,
    written: Written,
    prescriber: Specialist,
    now: datetime,
    zone: str,
    consult: ConsultRecord | None = None,
) -> Prescription:
    """The prescription to sign, checked by the kiosk's own parser; raises
    :class:`FormProblemsError` if it would not pass there."""
    moment = issued_at(now, zone)
    rx = Prescription(
        id=rx_id,
        encounter_id=case.encounter_id,
        patient_id=case.patient_id,
        spoke_id=case.spoke_id,
        issued_at=moment,
        specialist=prescriber,
        patient=patient_snapshot(case.patient, date.fromisoformat(moment[:10])),
        diagnosis=written.diagnosis,
        medicines=written.medicines,
        vitals=vital_signs(case.vitals),
        investigations=written.investigations,
        advice=written.advice,
        follow_up=written.follow_up,
        referral=written.referral,
        language=written.language,
        consult=consult,
    )
    try:
        return parse(to_dict(rx))
    except ValidationErrors as error:
        raise FormProblemsError([Problem(e.field, e.message) for e in error.errors]) from None
