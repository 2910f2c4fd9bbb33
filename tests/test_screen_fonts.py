"""Every script the kiosk speaks is drawn on screen with the registry's font, shaped as
HarfBuzz shapes it on paper, with its vowel signs on their letters.

Odia was the case that went wrong: Debian's Noto Sans Oriya 2.000 names only the OpenType
tag ``ory2``, so Qt's font database does not count it as an Odia font, and it leaves u and
i + candrabindu beside a conjunct (କରନ୍ତୁ, ନାହିଁ). See docs/languages.md."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
import uharfbuzz
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.domain import languages
from kiosk.rx.fonts import find_font, screen_problem
from kiosk.ui import i18n
from kiosk.ui.screen_font import interface_font

# Words with conjuncts, reph, pre-base and split vowel signs, and signs above and below.
WORDS = {
    "Latin": "Please sign in",
    "Devanagari": "प्रवेश कर्म कीजिए",
    "Bengali": "প্রবেশ কর্ম কোথায় কিছু",
    "Gurmukhi": "ਕਿਰਪਾ ਕਰਕੇ ਪ੍ਰਵੇਸ਼ ਦੁੱਧ",
    "Gujarati": "પ્રવેશ કર્મ કૃપા કરીને",
    "Oriya": "କରନ୍ତୁ ନାହିଁ କର୍ମ କୌଣସି ଖୋଜନ୍ତୁ",
    "Tamil": "கொடுக்கவும் கௌ",
    "Telugu": "ప్రవేశం కర్మ చేయండి",
    "Kannada": "ಪ್ರವೇಶ ಕೊಡಿ ಕರ್ಮ ಮಾಡುತ್ತೇನೆ",
    "Malayalam": "പ്രവേശനം കൊടുക്കുക കൗ",
}
# A syllable, and the same with a sign written above or below it: the sign sits on the
# letter, so the syllable is no wider. (Malayalam u joins its letter and widens it by
# design, so it is not here.)
SIGNED = {
    "Devanagari": [("क", "कु"), ("प्र", "प्रँ")],
    "Bengali": [("ক", "কু"), ("ক্ক", "ক্কু")],
    "Gurmukhi": [("ਦ", "ਦੁ"), ("ਕ", "ਕੂ")],
    "Gujarati": [("ક", "કુ"), ("ક્ક", "ક્કુ")],
    "Oriya": [("ନ୍ତ", "ନ୍ତୁ"), ("ହ", "ହିଁ"), ("କ୍କ", "କ୍କୁ"), ("କ", "କୁ")],
    "Tamil": [("க", "க்")],
    "Telugu": [("స", "సి"), ("క్క", "క్కి")],
    "Kannada": [("ಕ", "ಕಿ"), ("ಕ್ಕ", "ಕ್ಕಿ")],
    "Malayalam": [("ക", "കഁ")],
}
SCRIPTS = languages.scripts()
# Scale for comparing Qt and HarfBuzz in the same units; an unusual size also makes Qt
# load fresh font engines here, so its warnings come out in this test.
PIXELS = 1000


def test_every_script_has_a_test_word() -> None:
    assert set(SCRIPTS) | {"Latin"} == set(WORDS)
    assert set(SCRIPTS) - {"Latin"} == set(SIGNED)


@pytest.fixture
def qt_messages(qapp: QApplication) -> Iterator[list[str]]:
    """What Qt logs while a test lays out text (qt.text.font.db among it)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


def _layout(text: str) -> QTextLayout:
    font = QFont(interface_font())
    font.setPixelSize(PIXELS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return layout


def _harfbuzz(path: Path, text: str) -> tuple[list[int], list[int], uharfbuzz.Font]:
    """HarfBuzz's glyphs and pen positions for a text in one font file, in pixels at
    PIXELS per em, as the paper shapes it."""
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    font.scale = (PIXELS, PIXELS)
    buf = uharfbuzz.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    uharfbuzz.shape(font, buf, {})
    glyphs, xs, pen = [], [], 0
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        glyphs.append(info.codepoint)
        xs.append(pen + pos.x_offset)
        pen += pos.x_advance
    return glyphs, xs, font


def _registry_font_file(script: str) -> Path:
    return find_font(languages.screen_font_for_script(script), "Regular")


@pytest.mark.parametrize("script", SCRIPTS)
def test_qt_draws_the_script_with_the_registry_font(script: str, qt_messages: list[str]) -> None:
    family = languages.screen_font_for_script(script)
    if script != "Latin":
        system = getattr(QFontDatabase.WritingSystem, script)
        assert system in QFontDatabase.writingSystems(family), (
            f"Qt does not list {family} as a {script} font"
        )
    assert screen_problem(script) == ""
    runs = _layout(WORDS[script]).glyphRuns()
    assert {run.rawFont().familyName() for run in runs} == {family}
    assert not [m for m in qt_messages if "OpenType support missing" in m and family in m]
    assert not [m for m in qt_messages if f'"{family}"' in m], qt_messages


@pytest.mark.parametrize("script", [s for s in SCRIPTS if s != "Latin"])
def test_qt_shapes_as_harfbuzz_does_on_paper(script: str, qapp: QApplication) -> None:
    (run,) = _layout(WORDS[script]).glyphRuns()
    glyphs, xs, _ = _harfbuzz(_registry_font_file(script), WORDS[script])
    assert list(run.glyphIndexes()) == glyphs
    assert 0 not in glyphs, "a letter the font does not have (.notdef)"
    qt_xs = [round(p.x()) for p in run.positions()]
    assert all(abs(a - b) <= 2 for a, b in zip(qt_xs, xs, strict=True)), (qt_xs, xs)


def _ink(font: uharfbuzz.Font, glyph: int, x: int) -> tuple[int, int]:
    extents = font.get_glyph_extents(glyph)
    return x + extents.x_bearing, x + extents.x_bearing + extents.width


@pytest.mark.parametrize("script", [s for s in SCRIPTS if s != "Latin"])
def test_signs_above_and_below_sit_on_their_letters(script: str) -> None:
    path = _registry_font_file(script)
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path))))
    font.scale = (PIXELS, PIXELS)

    def width(text: str) -> int:
        buf = uharfbuzz.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        uharfbuzz.shape(font, buf, {})
        return sum(pos.x_advance for pos in buf.glyph_positions)

    for bare, signed in SIGNED[script]:
        sign = signed[len(bare) :]
        assert all(unicodedata.category(ch) == "Mn" for ch in sign), sign
        assert width(signed) <= width(bare), f"{signed}: the sign stands beside the letter"

    # A glyph that takes no room of its own (a sign) must overlap its letter's ink.
    glyphs, xs, _ = _harfbuzz(path, WORDS[script])
    widths = [font.get_glyph_h_advance(g) for g in glyphs]
    for i, glyph in enumerate(glyphs):
        left, right = _ink(font, glyph, xs[i])
        if widths[i] or right <= left or i == 0:
            continue
        base = max(j for j in range(i) if widths[j])
        base_left, base_right = _ink(font, glyphs[base], xs[base])
        assert left < base_right and right > base_left, (
            f"{WORDS[script]}: {font.glyph_to_string(glyph)} stands apart from its letter"
        )


def _space_width(text: str) -> float:
    """How far a space in this text moves the pen, in the application font."""
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    at = text.index(" ")
    return line.cursorToX(at + 1)[0] - line.cursorToX(at)[0]


def test_odia_words_are_parted_by_a_full_space(qapp: QApplication) -> None:
    """Lohit Odia's own space is half of Noto Sans's: Odia screens widen it."""
    latin = _space_width("sync now")
    try:
        assert i18n.install("or") == "or"
        assert _space_width("ହବ ସହ") >= latin - 0.5
    finally:
        i18n.install("en")
    assert QApplication.font().wordSpacing() == 0
    assert _space_width("ହବ ସହ") < latin - 1  # what the font gives by itself


def _ink_on_top_edge(text: str) -> bool:
    label = QLabel(text)
    label.setStyleSheet("")
    label.adjustSize()
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    return any(image.pixelColor(x, 0) != background for x in range(image.width()))


def test_signs_above_odia_letters_are_not_cut_off_at_a_label_top(qapp: QApplication) -> None:
    """Lohit Odia declares less height above the line than its signs reach: a label
    holding only Odia cut ି, ଁ and the reph off at its top edge."""
    text = "ଏପର୍ଯ୍ୟନ୍ତ ସିଙ୍କ ହୋଇନାହିଁ"
    try:
        i18n.install("or")
        assert not _ink_on_top_edge(text)
    finally:
        i18n.install("en")
    assert _ink_on_top_edge(text)  # the same label without the room
