"""The e-prescription shared by hub and kiosk: its fields, its checks and its canonical form.

The hub signs and the kiosk verifies the very same bytes, so both build them here:
``canonical_bytes`` turns a JSON value into one exact byte string (sorted keys, no
whitespace, UTF-8, integers and strings only). A prescription is parsed strictly, so
that ``to_dict(parse(data)) == data`` for everything accepted: what is verified is
exactly what was received. See docs/prescriptions.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.domain.errors import QT_TRANSLATE_NOOP, Collector, ValidationError
from kiosk.domain.languages import CODES

FORMAT = "hwc-rx/1"
LANGUAGES = CODES  # the paper prints in the patient's language beside English
MAX_MEDICINES = 12
MAX_ITEMS = 12
MAX_SHORT = 120
MAX_LONG = 1000
MAX_AGE = 120
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[+-]\d{2}:\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def canonical_bytes(value: Any) -> bytes:
    """The one byte string for a JSON value that hub and kiosk both sign and verify."""
    _check_json(value, "$")
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def _check_json(value: Any, path: str) -> None:
    """Floats have no single spelling across languages, so the canonical form has none."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"{path}: object keys must be strings")
            _check_json(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_json(item, f"{path}[{i}]")
    elif not (value is None or isinstance(value, str | int)):  # bool is an int
        raise TypeError(f"{path}: {type(value).__name__} is not allowed in the canonical form")


@dataclass(frozen=True)
class Medicine:
    name: str
    form: str = ""
    strength: str = ""
    dose: str = ""
    frequency: str = ""
    duration: str = ""
    instructions: str = ""


@dataclass(frozen=True)
class Specialist:
    name: str
    qualification: str
    registration_number: str
    hub: str
    # The medical council that issued the registration number ("Rajasthan Medical
    # Council"); optional in the JSON: absent from prescriptions signed before it existed.
    council: str = ""


CONSULT_MODES = ("video", "audio", "text")
CONSULT_TYPES = ("first", "follow_up")


@dataclass(frozen=True)
class ConsultRecord:
    """How the consult that wrote the prescription happened, as the hub established it:
    ``mode`` video, audio or text (store-and-forward); ``type`` first or follow_up
    (Telemedicine Practice Guidelines 2020). Optional in the JSON, for the same reason."""

    mode: str
    type: str


@dataclass(frozen=True)
class PatientSnapshot:
    """The patient as the specialist saw them: printed as it was signed."""

    name: str
    age_years: int
    sex: str  # female, male or other
    abha_number: str = ""


@dataclass(frozen=True)
class VitalSign:
    """A vital the specialist relied on: ``kind`` is an ObservationKind value."""

    kind: str
    value: str
    unit: str


@dataclass(frozen=True)
class ConsentSummary:
    """The patient's standing consent to the teleconsultation, as the hub held it when
    signing (docs/consent.md): printed, and sealed with the rest."""

    id: str
    given_by: str  # patient or guardian
    guardian_name: str
    guardian_relation: str
    method: str  # verbal, thumbprint or signature
    witness: str  # the CHO who witnessed it
    recorded_at: str  # ISO 8601 with its offset, to the second
    abdm_sharing: str  # "yes" or "no": whether the patient agreed to share with ABDM


@dataclass(frozen=True)
class Prescription:
    id: str
    encounter_id: str
    patient_id: str
    spoke_id: str
    issued_at: str  # ISO 8601 with the hub's UTC offset, to the second
    specialist: Specialist
    patient: PatientSnapshot
    diagnosis: str
    medicines: tuple[Medicine, ...]
    vitals: tuple[VitalSign, ...] = ()
    investigations: tuple[str, ...] = ()
    advice: str = ""
    follow_up: str = ""  # YYYY-MM-DD, or empty
    referral: str = ""
    language: str = "hi"
    consult: ConsultRecord | None = None  # optional: see ConsultRecord
    consent: ConsentSummary | None = None  # optional: prescriptions signed before it lack it

    @property
    def issued(self) -> datetime:
        return datetime.fromisoformat(self.issued_at)

    @property
    def follow_up_date(self) -> date | None:
        return date.fromisoformat(self.follow_up) if self.follow_up else None


_MEDICINE_FIELDS = ("name", "form", "strength", "dose", "frequency", "duration", "instructions")
_SPECIALIST_FIELDS = ("name", "qualification", "registration_number", "hub")
_SPECIALIST_OPTIONAL = ("council",)
_CONSULT_FIELDS = ("mode", "type")
_PATIENT_FIELDS = ("name", "age_years", "sex", "abha_number")
_VITAL_FIELDS = ("kind", "value", "unit")
_CONSENT_FIELDS = (
    "id",
    "given_by",
    "guardian_name",
    "guardian_relation",
    "method",
    "witness",
    "recorded_at",
    "abdm_sharing",
)
_TOP_FIELDS = (
    "id",
    "encounter_id",
    "patient_id",
    "spoke_id",
    "issued_at",
    "specialist",
    "patient",
    "diagnosis",
    "medicines",
    "vitals",
    "investigations",
    "advice",
    "follow_up",
    "referral",
    "language",
)
# Keys a prescription may lack (older ones do); present, they are checked like the rest.
_TOP_OPTIONAL = ("consult", "consent")


def to_dict(rx: Prescription) -> dict[str, Any]:
    """The prescription as the JSON object that is signed and sent (optional keys only
    when they hold something, so an older prescription's bytes stay exactly its own)."""
    out: dict[str, Any] = {
        "id": rx.id,
        "encounter_id": rx.encounter_id,
        "patient_id": rx.patient_id,
        "spoke_id": rx.spoke_id,
        "issued_at": rx.issued_at,
        "specialist": {k: getattr(rx.specialist, k) for k in _SPECIALIST_FIELDS},
        "patient": {k: getattr(rx.patient, k) for k in _PATIENT_FIELDS},
        "diagnosis": rx.diagnosis,
        "medicines": [{k: getattr(m, k) for k in _MEDICINE_FIELDS} for m in rx.medicines],
        "vitals": [{k: getattr(v, k) for k in _VITAL_FIELDS} for v in rx.vitals],
        "investigations": list(rx.investigations),
        "advice": rx.advice,
        "follow_up": rx.follow_up,
        "referral": rx.referral,
        "language": rx.language,
    }
    if rx.specialist.council:
        out["specialist"]["council"] = rx.specialist.council
    if rx.consult is not None:
        out["consult"] = {"mode": rx.consult.mode, "type": rx.consult.type}
    if rx.consent is not None:
        out["consent"] = {k: getattr(rx.consent, k) for k in _CONSENT_FIELDS}
    return out


class _Reader:
    """Reads one JSON object field by field, noting every problem in plain words."""

    def __init__(self, errors: Collector) -> None:
        self.errors = errors

    def problem(self, path: str, template: str, **params: Any) -> None:
        self.errors.add(ValidationError(path, template, item=path, **params))

    def obj(
        self, data: Any, path: str, fields: tuple[str, ...], optional: tuple[str, ...] = ()
    ) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            self.problem(path, _WRONG_KIND)
            return {}
        for key in data:
            if key not in fields and key not in optional:
                self.problem(f"{path}.{key}", _UNKNOWN_FIELD)
        missing = [k for k in fields if k not in data]
        for key in missing:
            self.problem(f"{path}.{key}", _MISSING)
        return data

    def text(
        self, data: Mapping[str, Any], key: str, path: str, *, required: bool, limit: int
    ) -> str:
        value = data.get(key, "")
        where = f"{path}.{key}"
        if not isinstance(value, str):
            self.problem(where, _WRONG_KIND)
            return ""
        if required and key in data and not value.strip():
            self.problem(where, _MISSING)
        if len(value) > limit:
            self.problem(where, _TOO_LONG, max=limit)
        return value

    def texts(self, data: Mapping[str, Any], key: str, path: str) -> list[Any]:
        value = data.get(key, [])
        if not isinstance(value, list):
            self.problem(f"{path}.{key}", _WRONG_KIND)
            return []
        return value


_MISSING = QT_TRANSLATE_NOOP("domain", "The prescription has no {item}.")
_WRONG_KIND = QT_TRANSLATE_NOOP("domain", "The prescription's {item} has the wrong kind of value.")
_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("domain", "The prescription has an unknown field: {item}.")
_TOO_LONG = QT_TRANSLATE_NOOP(
    "domain", "The prescription's {item} is longer than {max} characters."
)
_BAD_DATE = QT_TRANSLATE_NOOP(
    "domain", "The prescription's {item} is not a date like 2026-11-20 (or a time with its offset)."
)
_BAD_LIST = QT_TRANSLATE_NOOP("domain", "The prescription lists more than {max} {item}.")
_NOTHING = QT_TRANSLATE_NOOP("domain", "The prescription has no medicines and no advice.")
_BAD_AGE = QT_TRANSLATE_NOOP("domain", "The patient's age must be a whole number from 0 to {max}.")
_BAD_CHOICE = QT_TRANSLATE_NOOP("domain", "The prescription's {item} must be one of: {allowed}.")


def parse(data: Any) -> Prescription:
    """Check a received prescription object and build the model, or raise every problem."""
    errors = Collector()
    r = _Reader(errors)
    top = r.obj(data, "prescription", _TOP_FIELDS, _TOP_OPTIONAL)
    texts = {
        key: r.text(top, key, "prescription", required=key not in optional, limit=limit)
        for key, limit, optional in (
            ("id", MAX_SHORT, ()),
            ("encounter_id", MAX_SHORT, ()),
            ("patient_id", MAX_SHORT, ()),
            ("spoke_id", MAX_SHORT, ()),
            ("issued_at", MAX_SHORT, ()),
            ("diagnosis", MAX_LONG, ("diagnosis",)),
            ("advice", MAX_LONG, ("advice",)),
            ("follow_up", MAX_SHORT, ("follow_up",)),
            ("referral", MAX_LONG, ("referral",)),
            ("language", MAX_SHORT, ()),
        )
    }
    if texts["issued_at"] and not _valid_timestamp(texts["issued_at"]):
        r.problem("prescription.issued_at", _BAD_DATE)
    if texts["follow_up"] and not _valid_day(texts["follow_up"]):
        r.problem("prescription.follow_up", _BAD_DATE)
    if texts["language"] and texts["language"] not in LANGUAGES:
        r.problem("prescription.language", _BAD_CHOICE, allowed=", ".join(LANGUAGES))

    spec = r.obj(
        top.get("specialist", {}), "prescription.specialist", _SPECIALIST_FIELDS,
        _SPECIALIST_OPTIONAL,
    )  # fmt: skip
    named = {
        k: r.text(spec, k, "prescription.specialist", required=True, limit=MAX_SHORT)
        for k in _SPECIALIST_FIELDS
    }
    specialist = Specialist(
        **named, council=_optional_text(r, spec, "council", "prescription.specialist")
    )
    consult = _consult(r, top)
    patient = _patient(r, top.get("patient", {}))

    medicines = []
    raw_medicines = r.texts(top, "medicines", "prescription")
    if len(raw_medicines) > MAX_MEDICINES:
        r.problem("prescription.medicines", _BAD_LIST, max=MAX_MEDICINES)
    for i, item in enumerate(raw_medicines[:MAX_MEDICINES]):
        path = f"prescription.medicines[{i + 1}]"
        med = r.obj(item, path, _MEDICINE_FIELDS)
        medicines.append(
            Medicine(
                *(
                    r.text(med, k, path, required=k == "name", limit=MAX_SHORT * 2)
                    for k in _MEDICINE_FIELDS
                )
            )
        )
    vitals = []
    for i, item in enumerate(r.texts(top, "vitals", "prescription")[:MAX_ITEMS]):
        path = f"prescription.vitals[{i + 1}]"
        vit = r.obj(item, path, _VITAL_FIELDS)
        vitals.append(
            VitalSign(
                *(
                    r.text(vit, k, path, required=k != "unit", limit=MAX_SHORT)
                    for k in _VITAL_FIELDS
                )
            )
        )
    investigations = []
    raw_investigations = r.texts(top, "investigations", "prescription")
    if len(raw_investigations) > MAX_ITEMS:
        r.problem("prescription.investigations", _BAD_LIST, max=MAX_ITEMS)
    for i, item in enumerate(raw_investigations[:MAX_ITEMS]):
        if isinstance(item, str) and item.strip() and len(item) <= MAX_SHORT * 2:
            investigations.append(item)
        else:
            r.problem(f"prescription.investigations[{i + 1}]", _WRONG_KIND)
    if isinstance(top, Mapping) and not medicines and not texts["advice"].strip():
        errors.add(ValidationError("prescription.medicines", _NOTHING))
    consent = _consent(r, top["consent"]) if "consent" in top else None
    errors.raise_if_any()
    return Prescription(
        id=texts["id"],
        encounter_id=texts["encounter_id"],
        patient_id=texts["patient_id"],
        spoke_id=texts["spoke_id"],
        issued_at=texts["issued_at"],
        specialist=specialist,
        patient=patient,
        diagnosis=texts["diagnosis"],
        medicines=tuple(medicines),
        vitals=tuple(vitals),
        investigations=tuple(investigations),
        advice=texts["advice"],
        follow_up=texts["follow_up"],
        referral=texts["referral"],
        language=texts["language"],
        consult=consult,
        consent=consent,
    )


def _optional_text(r: _Reader, data: Mapping[str, Any], key: str, path: str) -> str:
    """An optional key: absent is "", present it must be non-empty text."""
    if key not in data:
        return ""
    return r.text(data, key, path, required=True, limit=MAX_SHORT)


def _consult(r: _Reader, top: Mapping[str, Any]) -> ConsultRecord | None:
    if "consult" not in top:
        return None
    path = "prescription.consult"
    data = r.obj(top["consult"], path, _CONSULT_FIELDS)
    mode = r.text(data, "mode", path, required=True, limit=MAX_SHORT)
    kind = r.text(data, "type", path, required=True, limit=MAX_SHORT)
    if mode and mode not in CONSULT_MODES:
        r.problem(f"{path}.mode", _BAD_CHOICE, allowed=", ".join(CONSULT_MODES))
    if kind and kind not in CONSULT_TYPES:
        r.problem(f"{path}.type", _BAD_CHOICE, allowed=", ".join(CONSULT_TYPES))
    return ConsultRecord(mode, kind)


def _consent(r: _Reader, data: Any) -> ConsentSummary:
    path = "prescription.consent"
    got = r.obj(data, path, _CONSENT_FIELDS)
    fields = {
        k: r.text(got, k, path, required=k not in ("guardian_name", "guardian_relation"),
                  limit=MAX_SHORT)
        for k in _CONSENT_FIELDS
    }  # fmt: skip
    if fields["recorded_at"] and not _valid_timestamp(fields["recorded_at"]):
        r.problem(f"{path}.recorded_at", _BAD_DATE)
    if fields["abdm_sharing"] and fields["abdm_sharing"] not in ("yes", "no"):
        r.problem(f"{path}.abdm_sharing", _BAD_CHOICE, allowed="yes, no")
    return ConsentSummary(**fields)


def _patient(r: _Reader, data: Any) -> PatientSnapshot:
    path = "prescription.patient"
    pat = r.obj(data, path, _PATIENT_FIELDS)
    name = r.text(pat, "name", path, required=True, limit=MAX_SHORT)
    sex = r.text(pat, "sex", path, required=True, limit=MAX_SHORT)
    if sex and sex not in ("female", "male", "other"):
        r.problem(f"{path}.sex", _BAD_CHOICE, allowed="female, male, other")
    abha = r.text(pat, "abha_number", path, required=False, limit=MAX_SHORT)
    if abha and not re.fullmatch(r"\d{14}", abha):
        r.problem(f"{path}.abha_number", _WRONG_KIND)
    age = pat.get("age_years", 0)
    if isinstance(age, bool) or not isinstance(age, int) or not 0 <= age <= MAX_AGE:
        r.problem(f"{path}.age_years", _BAD_AGE, max=MAX_AGE)
        age = 0
    return PatientSnapshot(name=name, age_years=age, sex=sex, abha_number=abha)


def _valid_timestamp(text: str) -> bool:
    if not _TIMESTAMP.match(text):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _valid_day(text: str) -> bool:
    if not _DAY.match(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True
