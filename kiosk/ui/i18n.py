"""Interface language: Qt translators for Hindi, and translation of domain messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kiosk.domain.errors import TRANSLATION_CONTEXT, ValidationError

I18N_DIR = Path(__file__).parent / "i18n"
LANGUAGES = {"en": "English", "hi": "हिन्दी"}
_installed: QTranslator | None = None
_current = "en"


def install(language: str) -> str:
    """Switch the application's translator; returns the language now in use."""
    global _installed, _current
    app = QCoreApplication.instance()
    assert app is not None
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    _current = "en"
    if language == "hi":
        translator = QTranslator(app)
        if translator.load(str(I18N_DIR / "kiosk_hi.qm")):
            app.installTranslator(translator)
            _installed = translator
            _current = "hi"
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Hindi if _current == "hi" else QLocale.Language.English,
            QLocale.Country.India,
        )
    )
    return _current


def current() -> str:
    return _current


def domain_text(template: str, **params: Any) -> str:
    """Translate a domain message template and any label among its parameters."""
    translate = QCoreApplication.translate
    filled = {
        k: translate(TRANSLATION_CONTEXT, v) if isinstance(v, str) else v for k, v in params.items()
    }
    return translate(TRANSLATION_CONTEXT, template).format(**filled)


def error_text(error: ValidationError) -> str:
    return domain_text(error.template, **error.params)
