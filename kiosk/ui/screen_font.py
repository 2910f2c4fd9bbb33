"""The screens' font: which families Qt tries for each script, and the word space.

The application font names Noto Sans, then the screen face of every script the kiosk
speaks (kiosk/domain/languages.py: the Noto Sans faces, Lohit Odia for Odia), then the
generic sans. Left to itself, fontconfig may pick a serif face for a script (Noto Serif
Kannada, Gujarati) when the sans one is not named first.

Lohit Odia's word space is an eighth of an em, half of Noto Sans's, so Odia words run
together on screen. Qt's word spacing is one figure for the whole font, so while the
screens are in a language whose face has a narrower space than Noto Sans, the difference
is added to every space (Latin spaces in those screens come out a little wide)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

from kiosk.domain import languages

PIXELS = 16  # the base size of the screens' text (style/kiosk.qss)


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
    """Set the application font for screens in this language (a GUI application only)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        QGuiApplication.setFont(interface_font(code))
