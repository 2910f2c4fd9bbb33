"""The console's words, read from its source: every English key the scripts and the page
use has its Hindi, no Hindi is left for a key nobody uses, placeholders match, the Hindi
is Hindi, and every code the hub answers with has its sentence in the console."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from hub import prescribing, teleconsult
from hub.api import console_auth, console_routes, console_rx
from tests.hub import console_words

# The only entries written the same in Hindi: placeholders alone, and units.
NEUTRAL = {"{language} ({native})", "{mode}, {type}", "{first}, {next}", "{first} {rest}", "{day}",
           "2.5 mL", "5 mL", "10 mL"}  # fmt: skip
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def test_every_key_the_console_uses_has_its_hindi() -> None:
    hindi = console_words.hindi()
    missing = {k: sorted(where) for k, where in console_words.used().items() if k not in hindi}
    assert not missing


def test_no_hindi_is_kept_for_a_key_nobody_uses() -> None:
    used = console_words.used()
    assert not [k for k in console_words.hindi() if k not in used]


def test_the_hindi_keeps_the_placeholders_and_is_hindi() -> None:
    for key, words in console_words.hindi().items():
        assert console_words.placeholders(key) == console_words.placeholders(words), key
        if key in NEUTRAL:
            assert words == key
        else:
            assert words != key and DEVANAGARI.search(words), key


def test_the_reader_finds_keys_in_every_form_the_scripts_write_them() -> None:
    used = console_words.used()
    assert "Consult queue" in used  # data-i18n in index.html
    assert "Ringing the spoke…" in used  # this.ui.state("…") in call.js
    assert "Type a medicine, e.g. paracetamol" in used  # sayAttr(node, "placeholder", "…")
    assert "Beside English." in " ".join(used)  # field()'s hint, its fourth argument
    assert "English key" not in used  # a comment is not a key


def _words_js() -> str:
    return (console_words.CONSOLE / "words.js").read_text(encoding="utf-8")


def _hub_refusal_codes() -> set[str]:
    codes = set()
    for mode in teleconsult.MODES:
        for kind in teleconsult.TYPES:
            for code in teleconsult.PRESCRIBABLE:
                for listed in (True, False):
                    found = teleconsult.refusal(
                        "X", code, teleconsult.ConsultKind(mode, kind), listed
                    )
                    if found:
                        codes.add(found.code)
    video = teleconsult.ConsultKind("video", "first")
    for name in ("Diazepam", "Something marked prohibited"):
        entries = [_Entry("Something marked prohibited", "prohibited")]
        codes |= {
            r.code for _, r in teleconsult.medicine_refusals([{"name": name}], entries, video)
        }
    return codes


class _Entry:
    def __init__(self, name: str, listed: str) -> None:
        self.name, self.form, self.strength, self.list = name, "", "", listed


def _form_codes() -> set[str]:
    today = date(2026, 12, 3)
    long = "x" * 5000
    forms = [
        {"diagnosis": "", "medicines": [], "advice": "", "language": "xx",
         "follow_up": "2020-01-01"},
        {"diagnosis": long, "follow_up": "2030-01-01", "investigations": ["y" * 300] * 20,
         "medicines": [{"name": ""}, {"name": "A", "dose": long}] * 7},
        {"diagnosis": "D", "advice": "A", "follow_up": "someday"},
    ]  # fmt: skip
    codes = set()
    for form in forms:
        with pytest.raises(prescribing.FormProblemsError) as raised:
            prescribing.read_form(form, today)
        codes |= {p.code for p in raised.value.problems}
    return codes


def test_every_refusal_and_form_problem_of_the_hub_has_its_words() -> None:
    codes = _hub_refusal_codes() | _form_codes() | {"not_a_follow_up"}
    assert {"text_first_list_o_only", "list_a_needs_video", "follow_up_only", "prohibited",
            "formulary_prohibited", "no_diagnosis", "medicine_needs", "too_long",
            "follow_up_past", "follow_up_not_a_date"} <= codes  # fmt: skip
    source = _words_js()
    assert not [c for c in codes if not re.search(rf"\b{c}\b", source)]


def test_every_error_code_of_the_console_routes_has_its_words() -> None:
    codes = set()
    for module in (console_auth, console_routes, console_rx):
        text = Path(module.__file__ or "").read_text(encoding="utf-8")
        codes |= set(re.findall(r'ApiError\(\s*\d+,\s*"(\w+)"', text))
    codes |= {"finished", "taken"}  # chosen by name in the take and sign routes
    assert {"bad_login", "locked", "no_consent", "no_qualification"} <= codes
    source = _words_js()
    assert not [c for c in codes if not re.search(rf"\b{c}\b", source)]
