"""Every string the CHO can see is translated in every language, and compiled.

The checks run per language so a failure names the language at fault. Besides completeness
(scripts/translations.py check), each translation must keep the source's placeholders
({name}, %1, %v), markup and accelerators, be written in its own script, and not be the
English left as it was (unless it is a token everyone writes the same, like SpO2 or A4).
"""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from translations import LANGUAGES, ts_file  # noqa: E402

# The word Unicode uses in character names for each language's script.
SCRIPTS = {
    "hi": "DEVANAGARI",
    "te": "TELUGU",
    "bn": "BENGALI",
    "kn": "KANNADA",
    "ta": "TAMIL",
    "mr": "DEVANAGARI",
    "gu": "GUJARATI",
    "or": "ORIYA",
    "ml": "MALAYALAM",
    "pa": "GURMUKHI",
}

# Written the same in every language on the kiosk: paper sizes, device readings, acronyms,
# and HI/LO, which a glucose meter shows on its own screen for a result out of its range.
SAME_IN_EVERY_LANGUAGE = {"SpO₂", "SpO2", "A4", "A5", "ABHA", "BMI", "MB", "QR", "USB", "HI", "LO"}

PLACEHOLDER = re.compile(r"\{\w+(?::[^}]*)?\}|%\d+|%[a-zA-Z]")
MARKUP = re.compile(r"</?\w+[^>]*>|&\w+;")
SHARED_TOKEN = re.compile(
    r"(?<![A-Za-z])(?:"
    + "|".join(map(re.escape, sorted(SAME_IN_EVERY_LANGUAGE)))
    + r")(?![A-Za-z])"
)
ACCELERATOR = re.compile(r"&(?=[^\s&;]+(?:\s|$))")


def pairs(code: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in one language's file."""
    found = []
    for context in ET.parse(ts_file(code)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source") or "", message.findtext("translation") or "")
            )
    return found


def run_check(*codes: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/translations.py", "check", *codes],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_language_of_the_issue_is_there() -> None:
    assert set(SCRIPTS) == set(LANGUAGES)


def test_every_language_is_complete_and_compiled() -> None:
    done = run_check()
    assert done.returncode == 0, done.stdout + done.stderr


def test_check_notices_an_unfinished_translation(tmp_path: Path) -> None:
    """The check must be able to fail: an unfinished message makes it say so."""
    import translations

    original = ts_file("te").read_text(encoding="utf-8")
    broken = original.replace("<translation>", '<translation type="unfinished">', 1)
    assert broken != original
    saved = translations.I18N
    try:
        translations.I18N = tmp_path
        for code in ("hi", "te"):
            (tmp_path / f"kiosk_{code}.ts").write_bytes((saved / f"kiosk_{code}.ts").read_bytes())
            (tmp_path / f"kiosk_{code}.qm").write_bytes((saved / f"kiosk_{code}.qm").read_bytes())
        (tmp_path / "kiosk_te.ts").write_text(broken, encoding="utf-8")
        assert translations.check(["te"]) == 1
        assert translations.check(["hi"]) == 0
    finally:
        translations.I18N = saved


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_placeholders_markup_and_accelerators_survive(code: str) -> None:
    for context, source, translation in pairs(code):
        where = f"{code} [{context}] {source!r} -> {translation!r}"
        assert Counter(PLACEHOLDER.findall(source)) == Counter(PLACEHOLDER.findall(translation)), (
            where
        )
        assert Counter(MARKUP.findall(source)) == Counter(MARKUP.findall(translation)), where
        assert len(ACCELERATOR.findall(source)) == len(ACCELERATOR.findall(translation)), where


def words_left(text: str) -> str:
    """The Latin letters of a string once placeholders and shared tokens are taken out."""
    text = PLACEHOLDER.sub(" ", text)
    return "".join(ch for ch in SHARED_TOKEN.sub(" ", text) if ch.isascii() and ch.isalpha())


def test_shared_tokens_are_taken_out_only_as_whole_words() -> None:
    """A meter shows HI alone; "HIV" or "LOW" in a sentence is English all the same."""
    assert words_left("HI") == words_left("SpO2, A4") == ""
    assert words_left("HIV test, LOW") == "HIVtestLOW"


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_nothing_is_left_in_english(code: str) -> None:
    for context, source, translation in pairs(code):
        if words_left(source):
            assert translation.strip() != source.strip(), f"{code} [{context}] {source!r}"


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_written_in_the_language_s_own_script(code: str) -> None:
    """A translation with words in it uses its script; a Telugu file holds no Tamil."""
    script = SCRIPTS[code]
    others = set(SCRIPTS.values()) - {script}
    for context, source, translation in pairs(code):
        # The danda (।) ends a sentence in Bengali, Odia and Punjabi as well as in Hindi.
        names = [unicodedata.name(ch, "") for ch in translation if ord(ch) > 0x7F]
        names = [n for n in names if n not in ("DEVANAGARI DANDA", "DEVANAGARI DOUBLE DANDA")]
        where = f"{code} [{context}] {source!r} -> {translation!r}"
        assert not any(n.split(" ")[0] in others for n in names), where
        if words_left(source):
            assert any(n.startswith(script) for n in names), where


def test_marathi_is_not_hindi() -> None:
    """Marathi shares Devanagari with Hindi, so the script check cannot tell them apart."""
    hindi = {(c, s): t for c, s, t in pairs("hi") if words_left(s)}
    marathi = {(c, s): t for c, s, t in pairs("mr") if words_left(s)}
    same = [key for key, text in marathi.items() if hindi.get(key) == text]
    assert len(same) < len(marathi) // 10, same


def test_merge_takes_the_language_from_the_file_name_or_its_header(tmp_path: Path) -> None:
    import merge_ts
    import translations

    original = ts_file("te").read_text(encoding="utf-8")
    first = re.search(r"<translation>([^<]+)</translation>", original)
    assert first is not None
    ours = original.replace(first.group(0), '<translation type="unfinished"></translation>', 1)
    saved = translations.I18N
    try:
        translations.I18N = tmp_path / "ours"
        translations.I18N.mkdir()
        (translations.I18N / "kiosk_te.ts").write_text(ours, encoding="utf-8")
        named = tmp_path / "theirs-kiosk_te.ts"
        named.write_text(original, encoding="utf-8")
        unnamed = tmp_path / "theirs.ts"
        unnamed.write_text(original, encoding="utf-8")
        assert merge_ts.language_of(named) == "te"
        assert merge_ts.language_of(unnamed) == "te"  # from <TS language="te_IN">
        assert merge_ts.merge("te", [unnamed]) == 1
        merged = translations.messages(translations.I18N / "kiosk_te.ts")
        assert merged == translations.messages(named)
    finally:
        translations.I18N = saved


@pytest.mark.parametrize("code", sorted(SCRIPTS))
def test_the_compiled_file_translates_in_qt(code: str) -> None:
    """What the kiosk loads gives back the translation written in the .ts file."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(ts_file(code).with_suffix(".qm")))
    for context, source, translation in pairs(code)[::25]:
        assert translator.translate(context, source) == translation, (code, context, source)


def test_fill_puts_translations_only_into_unfinished_messages(tmp_path: Path) -> None:
    """scripts/translate_fill.py: what is unfinished, as JSON, and back into the .ts file."""
    import translate_fill
    import translations

    done = translations.messages(ts_file("te"))
    text = ts_file("te").read_text(encoding="utf-8")
    # Two messages made unfinished again, as update leaves new strings.
    for old in re.findall(r"<translation>[^<]+</translation>", text)[:2]:
        text = text.replace(old, '<translation type="unfinished"></translation>', 1)
    saved = translations.I18N
    try:
        translations.I18N = tmp_path
        (tmp_path / "kiosk_te.ts").write_text(text, encoding="utf-8")
        (tmp_path / "kiosk_hi.ts").write_bytes((saved / "kiosk_hi.ts").read_bytes())
        left = translate_fill.todo(["te"])["te"]
        first, second = (k for k in left if not k.startswith(translate_fill.HINT))
        assert left[translate_fill.HINT + first]  # the Hindi, as a hint
        one, two = (tuple(k.split("|", 1)) for k in (first, second))
        kept = next(k for k, v in done.items() if v and k not in (one, two))
        given = {
            first: done[one],
            second: f"{{nothing}} {done[two]}",  # a placeholder the source does not have
            "|".join(kept): "translated already, so left alone",
            "NoSuchScreen|Nothing": "ఏమీ లేదు",
        }
        filled, problems = translate_fill.fill("te", given)
        assert filled == 1
        assert [line.split(":")[1].strip() for line in problems] == [
            "placeholders differ, not filled",
            "no such message in kiosk_te.ts",
        ]
        after = translations.messages(tmp_path / "kiosk_te.ts")
        assert (after[one], after[two], after[kept]) == (done[one], None, done[kept])
        # Written back in Qt's own layout, as lupdate leaves it.
        assert (
            (tmp_path / "kiosk_te.ts")
            .read_text(encoding="utf-8")
            .startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        )
    finally:
        translations.I18N = saved
