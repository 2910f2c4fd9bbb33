"""Validation errors that say, in plain words, what is wrong and what is allowed.

Messages are English templates marked with ``QT_TRANSLATE_NOOP`` so that Qt's
``lupdate`` collects them; the UI translates the template and then fills it in.
The domain itself never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

TRANSLATION_CONTEXT = "domain"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (name lupdate looks for)
    """Mark ``text`` for translation in ``context`` without translating it here."""
    del context
    return text


class ValidationError(ValueError):
    """One field's value is not acceptable.

    ``template`` is the untranslated message; ``params`` fill its ``{placeholders}``.
    """

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        self.template = template
        self.params: Mapping[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationErrors(ValueError):  # noqa: N818  (a list of ValidationError)
    """Several fields failed at once; a form shows each next to its field."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors = list(errors)
        super().__init__("; ".join(e.message for e in self.errors))

    def by_field(self) -> dict[str, ValidationError]:
        return {e.field: e for e in self.errors}


class Collector:
    """Gathers every problem of a form before raising, so the CHO fixes them in one pass."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationErrors(self.errors)


def problems_in(error: BaseException) -> list[ValidationError] | None:
    """The field problems an error carries (one or several), or None when it is not a
    validation error at all (a screen shows the first kind under its fields and hands the
    other to the crash handler)."""
    if isinstance(error, ValidationErrors):
        return error.errors
    if isinstance(error, ValidationError):
        return [error]
    return None
