"""Interface language: the Qt translator of the chosen language, and translation of
domain messages.

Every language of kiosk.domain.languages is offered; its screens are in that language
once ``i18n/kiosk_<code>.qm`` exists, and in English until then. Numbers keep Western
digits in every language (docs/languages.md), so Qt's locale is Hindi's or English's
(both India), never one that would switch a spin box to other digits; dates are
written from the language's own month names (``widgets.local_date``). The date-of-birth
calendar alone takes the language's Qt locale for its names (``kiosk.ui.calendar``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.domain import languages
from kiosk.domain.errors import TRANSLATION_CONTEXT, ValidationError
from kiosk.ui import screen_font

I18N_DIR = Path(__file__).parent / "i18n"
LANGUAGES = {code: lang.native for code, lang in languages.LANGUAGES.items()}
_installed: QTranslator | None = None
_current = "en"
_chosen = "en"


def install(language: str) -> str:
    """Switch the application's translator; returns the language now in use."""
    global _installed, _current, _chosen
    app = QCoreApplication.instance()
    assert app is not None
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    _current = "en"
    _chosen = language if languages.known(language) else "en"
    if language != "en" and languages.known(language):
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / f"kiosk_{language}.qm")):
            app.installTranslator(translator)
            _installed = translator
            _current = language
    screen_font.apply(_current)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Hindi if _current == "hi" else QLocale.Language.English,
            QLocale.Country.India,
        )
    )
    return _current


def current() -> str:
    return _current


def chosen() -> str:
    """The language asked for, which the paper and the pickers follow even while its
    screen translation is missing (then ``current()`` is English)."""
    return _chosen


def available(language: str) -> bool:
    """Whether the screens can be shown in this language (its translation is installed)."""
    return language == "en" or (I18N_DIR / f"kiosk_{language}.qm").exists()


def domain_text(template: str, **params: Any) -> str:
    """Translate a domain message template and any label among its parameters."""
    translate = QCoreApplication.translate
    filled = {
        k: translate(TRANSLATION_CONTEXT, v) if isinstance(v, str) else v for k, v in params.items()
    }
    return translate(TRANSLATION_CONTEXT, template).format(**filled)


def error_text(error: ValidationError) -> str:
    return domain_text(error.template, **error.params)
