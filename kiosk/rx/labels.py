"""The printed prescription's own words, in the patient's language beside English.

These are for the patient and the pharmacist, not the kiosk's screens, so they live in
one data file per language (``words/<code>.toml``) rather than in the Qt translation:
plain everyday words, the English beside them where a pharmacist or a form uses it.
The fixed parts of the paper are translated: headings, and the usual values the
specialist picks for a medicine (how often, for how long, the dose, how to take it,
"1-0-1"). What the specialist types freely (advice, diagnosis, a new instruction)
prints as written, in English.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from kiosk.domain import languages

WORDS_DIR = Path(__file__).parent / "words"
_MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_SLOTS = re.compile(r"^([0-9½]+)-([0-9½]+)-([0-9½]+)(?:-([0-9½]+))?$")
_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?|½|¼|¾|1½)\s+([A-Za-z]+)$")


@dataclass(frozen=True)
class Table:
    """One language's words: labels, units ("one|many"), the times of day, phrases."""

    labels: dict[str, str]
    units: dict[str, tuple[str, str]]
    slots: dict[str, str]
    phrases: dict[str, str]
    consent: dict[str, str]  # the consent form's sentences; empty: the form prints in English


@functools.cache
def table(code: str) -> Table:
    data = tomllib.loads((WORDS_DIR / f"{code}.toml").read_text(encoding="utf-8"))

    def pair(text: str) -> tuple[str, str]:
        one, _, many = text.partition("|")
        return one, many or one

    return Table(
        labels=dict(data["labels"]),
        units={k: pair(v) for k, v in data["units"].items()},
        slots=dict(data["slots"]),
        phrases={k.lower(): v for k, v in data["phrases"].items()},
        consent=dict(data.get("consent", {})),
    )


def paper_languages() -> tuple[str, ...]:
    """Every language that has a word file: the languages a prescription prints in."""
    return tuple(code for code in languages.CODES if (WORDS_DIR / f"{code}.toml").exists())


@functools.cache
def _english_units() -> dict[str, str]:
    """English unit word (singular or plural, lower case) -> the unit's key."""
    out = {}
    for key, (one, many) in table("en").units.items():
        out[one.lower()] = key
        out[many.lower()] = key
    return out


class Words:
    """Labels and values for one printed language: any language but English prints its
    words first with the English beside them (pharmacists and forms use the English);
    ``en`` prints English only."""

    def __init__(self, language: str) -> None:
        self.code = language if (WORDS_DIR / f"{language}.toml").exists() else "en"
        self.local = self.code != "en"
        self.words = table(self.code)
        self.english = table("en")

    def __call__(self, key: str) -> str:
        english = self.english.labels[key]
        return f"{self.words.labels[key]} / {english}" if self.local else english

    def one(self, key: str) -> str:
        """The label in the patient's language only (for tight spots)."""
        return self.words.labels[key]

    def value_needs_english(self, text: str) -> bool:
        """Whether the English should print beside a translated value: not for "1-0-1"
        or "5 days", whose digits already say it to the pharmacist."""
        return any(" ".join(p.lower().split()) in self.words.phrases for p in text.split(";"))

    def value(self, text: str) -> str | None:
        """A medicine's frequency, duration, dose or instructions in the patient's
        language, or None when it is English already or not a usual value (then it
        prints as the specialist wrote it)."""
        if not self.local or not text.strip():
            return None
        parts = [p.strip() for p in text.split(";")]
        translated = [self._part(p) for p in parts]
        if all(t is None for t in translated):
            return None
        return "; ".join(t if t is not None else p for t, p in zip(translated, parts, strict=True))

    def _part(self, text: str) -> str | None:
        key = " ".join(text.lower().split())
        if key in self.words.phrases:
            return self.words.phrases[key]
        slots = _SLOTS.match(key)
        if slots:
            counts = [c for c in slots.groups() if c is not None]
            names = ("morning", "noon", "night") if len(counts) == 3 else tuple(self.words.slots)
            return f"{text} ({' - '.join(self.words.slots[n] for n in names)})"
        amount = _AMOUNT.match(key)
        if amount and amount.group(2) in _english_units():
            number = amount.group(1)
            one, many = self.words.units[_english_units()[amount.group(2)]]
            return f"{number} {one if number in ('1', '½', '¼', '¾') else many}"
        return None

    def day(self, day: date, weekday: bool = False) -> str:
        if self.local:
            return languages.format_day(self.code, day, weekday)
        text = f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
        if weekday:
            text += f" ({languages.get('en').weekdays[day.weekday()]})"
        return text

    def moment(self, moment: datetime) -> str:
        return f"{self.day(moment.date())}, {moment:%H:%M}"
