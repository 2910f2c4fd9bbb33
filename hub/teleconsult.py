"""What a teleconsultation may prescribe: India's Telemedicine Practice Guidelines (2020)
as data, and the checks the console and the signing route share.

The rules are not written here but read from two files shipped with the hub, each with
its sources: ``hub/data/teleconsult_rules.json`` (which medicine lists each consult mode
and type allows, the follow-up window, how much video makes a video consult) and
``hub/data/prohibited.csv`` (Schedule X of the Drugs and Cosmetics Rules and the
narcotic and psychotropic substances of the NDPS Act, with common Indian brand names).
A prohibited substance can never be prescribed, whatever the formulary says and even
when the specialist types its name freely. See docs/prescriptions.md.
"""

from __future__ import annotations

import csv
import functools
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
RULES_FILE = DATA / "teleconsult_rules.json"
PROHIBITED_FILE = DATA / "prohibited.csv"

MODES = ("video", "audio", "text")
TYPES = ("first", "follow_up")
LISTS = ("O", "A", "B", "prohibited")
PRESCRIBABLE = ("O", "A", "B")
REFILL = "A_refill"  # List A, only as a repeat of a medicine on the earlier prescription
LAWS = {
    "schedule_x": "Schedule X of the Drugs and Cosmetics Rules 1945",
    "ndps_narcotic": "a narcotic drug under the NDPS Act 1985",
    "ndps_psychotropic": "a psychotropic substance under the NDPS Act 1985",
}
MODE_WORDS = {"video": "video", "audio": "audio", "text": "text (store-and-forward)"}
TYPE_WORDS = {"first": "first consult", "follow_up": "follow-up"}


@dataclass(frozen=True)
class Rules:
    allowed: dict[str, dict[str, tuple[str, ...]]]  # mode -> type -> lists (and A_refill)
    unlisted_as: str
    follow_up_window_days: int
    video_minimum_seconds: int
    salt_words: frozenset[str]
    form_words: frozenset[str]
    sources: dict[str, str]


@dataclass(frozen=True)
class Prohibited:
    substance: str
    law: str  # a key of LAWS
    names: tuple[tuple[str, ...], ...]  # the generic names and brands, as words


def _load_rules(path: Path) -> Rules:
    data = json.loads(path.read_text(encoding="utf-8"))
    allowed: dict[str, dict[str, tuple[str, ...]]] = {}
    for mode in MODES:
        allowed[mode] = {}
        for kind in TYPES:
            lists = tuple(data["allowed"][mode][kind])
            if unknown := set(lists) - {*PRESCRIBABLE, REFILL}:
                raise ValueError(f"{path}: unknown list(s) {sorted(unknown)} for {mode}/{kind}")
            allowed[mode][kind] = lists
    if data["unlisted_as"] not in PRESCRIBABLE:
        raise ValueError(f"{path}: unlisted_as must be one of {PRESCRIBABLE}")
    return Rules(
        allowed=allowed,
        unlisted_as=data["unlisted_as"],
        follow_up_window_days=int(data["follow_up_window_days"]),
        video_minimum_seconds=int(data["video_minimum_seconds"]),
        salt_words=frozenset(data["salt_words"]),
        form_words=frozenset(data["form_words"]),
        sources=dict(data["sources"]),
    )


@functools.cache
def rules() -> Rules:
    return _load_rules(RULES_FILE)


def _words(text: str) -> tuple[str, ...]:
    """Lower-case ASCII words of a name: "Tramadol HCl 50mg" -> (tramadol, hcl, mg)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return tuple(re.findall(r"[a-z]+", folded))


def generic_key(name: str) -> str:
    """A medicine's name without case, spacing, strength, form or salt words: the key
    by which a freely written name is matched to the formulary
    ("Metoprolol Succinate 25 mg tab" and "metoprolol" give the same key)."""
    r = rules()
    return " ".join(w for w in _words(name) if w not in r.salt_words and w not in r.form_words)


def _load_prohibited(path: Path) -> tuple[Prohibited, ...]:
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["law"] not in LAWS:
                raise ValueError(f"{path}: unknown law {row['law']!r} for {row['substance']}")
            names = [row["substance"], *row["also"].split(";"), *row["brands"].split(";")]
            words = tuple(w for n in names if (w := _words(n)))
            out.append(Prohibited(row["substance"], row["law"], words))
    return tuple(out)


@functools.cache
def prohibited_substances() -> tuple[Prohibited, ...]:
    return _load_prohibited(PROHIBITED_FILE)


def _contains(words: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def prohibited_in(name: str) -> Prohibited | None:
    """The prohibited substance a medicine's name names, by generic or brand name, alone
    or in a combination ("Paracetamol + Tramadol", "ALPRAX 0.25"), or None."""
    words = _words(name)
    for item in prohibited_substances():
        if any(_contains(words, part) for part in item.names):
            return item
    return None


def why_prohibited(name: str, item: Prohibited) -> str:
    return (
        f"{name}: {item.substance} is {LAWS[item.law]}, which the Telemedicine Practice "
        "Guidelines never allow in a teleconsultation. See the patient in person, or refer."
    )


@dataclass(frozen=True)
class Refusal:
    """Why one medicine cannot be prescribed in this consult: a stable ``code`` and its
    ``params`` (names, list and law codes) for a page that says it in its own language,
    and the English ``message``."""

    code: str
    params: dict[str, Any]
    message: str


# -- what a consult allows ---------------------------------------------------------------
@dataclass(frozen=True)
class ConsultKind:
    """How the consult happened (``mode``) and whether it follows an earlier one with the
    same doctor for the same condition (``type``)."""

    mode: str  # video, audio or text
    type: str  # first or follow_up

    @property
    def words(self) -> str:
        return f"{MODE_WORDS[self.mode]} {TYPE_WORDS[self.type]}"

    @property
    def with_article(self) -> str:
        """ "a video first consult", "an audio follow-up"."""
        return f"{'an' if self.mode == 'audio' else 'a'} {self.words}"


def allowed(kind: ConsultKind) -> tuple[str, ...]:
    return rules().allowed[kind.mode][kind.type]


def summary(kind: ConsultKind) -> str:
    """In plain words, what this consult may prescribe: shown above the form."""
    lists = allowed(kind)
    parts = ["List O (over the counter)"]
    if "A" in lists:
        parts.append("List A")
    elif REFILL in lists:
        parts.append("List A only as a repeat of the earlier prescription")
    if "B" in lists:
        parts.append("List B add-ons")
    return f"This is {kind.with_article}: you may prescribe {', '.join(parts)}."


def _list_words(code: str) -> str:
    return {"O": "List O", "A": "List A", "B": "List B (add-on in a follow-up)"}[code]


def refusal(name: str, code: str, kind: ConsultKind, listed: bool) -> Refusal | None:
    """Why a medicine of list ``code`` cannot be prescribed in this consult, or None."""
    lists = allowed(kind)
    if code in lists:
        return None
    params = {"name": name, "list": code, "listed": listed, "mode": kind.mode,
              "type": kind.type}  # fmt: skip
    what = _list_words(code) if listed else (
        f"not in the hub's formulary, so it counts as {_list_words(code)}"
    )  # fmt: skip
    if kind.mode == "text" and kind.type == "first":
        return Refusal("text_first_list_o_only", params,
                       f"{name} is {what}. A first text (store-and-forward) consult may "
                       "prescribe only List O medicines: call the patient by video, or "
                       "advise and refer.")  # fmt: skip
    if code == "A" and REFILL in lists:
        article = "an" if kind.mode == "audio" else "a"
        return Refusal("list_a_repeat_only", params,
                       f"{name} is {what}. In {article} {MODE_WORDS[kind.mode]} follow-up, "
                       "List A medicines may only be repeated from the earlier prescription; "
                       "this one was not on it.")  # fmt: skip
    if code == "A":
        return Refusal("list_a_needs_video", params,
                       f"{name} is {what}. List A needs a video consult; this one was "
                       f"{MODE_WORDS[kind.mode]}. Continue by video, or prescribe from "
                       "List O.")  # fmt: skip
    return Refusal("follow_up_only", params,
                   f"{name} is {what}. It may only be added in a follow-up for the same "
                   f"condition; this is {kind.with_article}.")  # fmt: skip


@dataclass(frozen=True)
class Listed:
    """A medicine of the form and the list the hub gives it."""

    code: str  # O, A, B or prohibited
    listed: bool  # found in the formulary (or the prohibited list), not assumed


def list_of(
    medicine: dict[str, str], formulary: Iterable[Any], prohibited: Prohibited | None
) -> Listed:
    """The list of a medicine: prohibited by name above everything; else the formulary
    entry it was picked from (name, form and strength), else those of the same generic
    name, else those whose names hold every word written (the strictest list of them),
    else ``unlisted_as`` from the rules."""
    if prohibited is not None:
        return Listed("prohibited", True)
    # A list loaded before lists existed has entries without one: as if not listed.
    entries = [e for e in formulary if e.list in LISTS]
    exact = [e for e in entries if (e.name.casefold(), e.form.casefold(), e.strength.casefold())
             == (medicine["name"].casefold(), medicine.get("form", "").casefold(),
                 medicine.get("strength", "").casefold())]  # fmt: skip
    if exact:
        return Listed(exact[0].list, True)
    key = generic_key(medicine["name"])
    same = [e.list for e in entries if key and generic_key(e.name) == key]
    if not same and key:  # "ORS" for "Oral rehydration salts (ORS)": every word in its name
        words = set(key.split())
        same = [e.list for e in entries if words <= set(generic_key(e.name).split())]
    if same:
        return Listed(max(same, key=LISTS.index), True)
    return Listed(rules().unlisted_as, False)


def medicine_refusals(
    medicines: list[dict[str, str]],
    formulary: Iterable[Any],
    kind: ConsultKind,
    earlier_names: Iterable[str] = (),
) -> list[tuple[int, Refusal]]:
    """(medicine number from 1, why not) for every medicine this consult may not
    prescribe. ``earlier_names``: the medicines of the prescription it follows up."""
    entries = list(formulary)
    repeats = {generic_key(n) for n in earlier_names}
    out = []
    for i, medicine in enumerate(medicines, start=1):
        name = medicine["name"].strip()
        if not name:
            continue
        banned = prohibited_in(name)
        if banned is not None:
            params = {"name": name, "substance": banned.substance, "law": banned.law}
            out.append((i, Refusal("prohibited", params, why_prohibited(name, banned))))
            continue
        found = list_of(medicine, entries, None)
        if found.code == "prohibited":
            out.append((i, Refusal("formulary_prohibited", {"name": name},
                                   f"{name} is marked prohibited in the hub's formulary: it "
                                   "cannot be prescribed by teleconsultation.")))  # fmt: skip
            continue
        if found.code == "A" and REFILL in allowed(kind) and generic_key(name) in repeats:
            continue
        if why := refusal(name, found.code, kind, found.listed):
            out.append((i, why))
    return out


def medicine_problems(
    medicines: list[dict[str, str]],
    formulary: Iterable[Any],
    kind: ConsultKind,
    earlier_names: Iterable[str] = (),
) -> list[tuple[int, str]]:
    """(medicine number from 1, plain sentence): :func:`medicine_refusals` in English."""
    found = medicine_refusals(medicines, formulary, kind, earlier_names)
    return [(i, why.message) for i, why in found]


def rules_json(kind: ConsultKind) -> dict[str, Any]:
    """What the console shows above the form and uses to grey out suggestions; the
    refusals themselves always come from the hub (``medicine_problems``)."""
    return {
        "mode": kind.mode,
        "type": kind.type,
        "allowed": list(allowed(kind)),
        "summary": summary(kind),
        "unlisted_as": rules().unlisted_as,
    }
