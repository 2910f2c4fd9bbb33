"""The screens' font: which families Qt tries for each script, and the word space.

The application font names Noto Sans, then the screen face of every script the kiosk
speaks (kiosk/domain/languages.py: the Noto Sans faces, Lohit Odia for Odia), then the
generic sans. Left to itself, fontconfig may pick a serif face for a script (Noto Serif
Kannada, Gujarati) when the sans one is not named first.

Lohit Odia's word space is an eighth of an em, half of Noto Sans's, so Odia words run
together on screen. Qt's word spacing is one figure for the whole font, so while the
screens are in a language whose face has a narrower space than Noto Sans, the difference
is added to every space (Latin spaces in those screens come out a little wide).

Lohit Odia also says its letters rise 0.76 em above the line while its signs above (ି,
ଁ, reph) reach 1.12 em: a label holding only Odia is laid out for the smaller figure and
its top signs are cut off at the label's edge. Odia screens give every label that much
room on top (a style sheet rule, in em of the label's own font)."""

from __future__ import annotations

import functools

import uharfbuzz
from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.domain import languages
from kiosk.rx.fonts import FontMissingError, find_font

PIXELS = 16  # the base size of the screens' text (style/kiosk.qss)
_MARK = "/* kiosk.ui.screen_font */"


def _space(family: str) -> float:
    font = QFont(family)
    font.setPixelSize(PIXELS)
    return QFontMetricsF(font).horizontalAdvance(" ")


def word_spacing(code: str) -> float:
    """Pixels added to each space while the screens are in this language."""
    lang = languages.get(code)
    if lang.latin:
        return 0.0
    latin = _space(languages.LANGUAGES["en"].font)
    return float(max(0, round(latin - _space(lang.on_screen))))


@functools.cache
def _overshoot(family: str) -> float:
    """How far, in em, a family's ink rises above the ascent it declares to Qt."""
    try:
        path = find_font(family, "Regular")
    except FontMissingError:
        return 0.0
    face = uharfbuzz.Face(uharfbuzz.Blob.from_file_path(str(path)))
    font = uharfbuzz.Font(face)
    ascent = font.get_metric_position(uharfbuzz.OTMetricsTag.HORIZONTAL_ASCENDER) or 0
    top = font.get_metric_position(uharfbuzz.OTMetricsTag.HORIZONTAL_CLIPPING_ASCENT) or 0
    return float(max(0, top - ascent) / face.upem)


def label_room(code: str) -> float:
    """Room added above each label while the screens are in this language, in the em of
    Qt style sheets (the label font's line height)."""
    lang = languages.get(code)
    if lang.latin:
        return 0.0
    room = _overshoot(lang.on_screen) * PIXELS
    if room < 1:
        return 0.0
    room += 1  # the antialiased edge of the highest sign
    return round(room / QFontMetricsF(interface_font()).height(), 3)


def interface_font(code: str = "en") -> QFont:
    """The application font for screens in this language."""
    font = QFont()
    families = [languages.LANGUAGES["en"].font]
    families += [languages.screen_font_for_script(script) for script in languages.scripts()]
    font.setFamilies([*dict.fromkeys(families), "sans-serif"])
    font.setPixelSize(PIXELS)
    font.setWordSpacing(word_spacing(code))  # set even when 0, to undo a previous language's
    return font


def apply(code: str) -> None:
    """Set the application font (and label room) for screens in this language; only in
    a GUI application."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    QGuiApplication.setFont(interface_font(code))
    if isinstance(app, QApplication):
        base = app.styleSheet().split(_MARK)[0]
        room = label_room(code)
        # A label with padding indents its text by half an x unless told not to.
        rule = f"QLabel {{ padding-top: {room}em; qproperty-indent: 0; }}"
        extra = f"{_MARK}\n{rule}\n" if room else ""
        if base + extra != app.styleSheet():
            app.setStyleSheet(base + extra)
