"""Choosing a language: a drop-down of the kiosk's languages, each in its own script.

Eleven languages do not fit a row of buttons; a drop-down with big rows does, and each
name is written in its own script (with the English beside it) so that anyone can find
their own."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from kiosk.domain import languages


class LanguagePicker(QComboBox):
    """The same small interface as ``Segmented``: ``value``, ``set_value``, ``changed``."""

    changed = Signal(str)

    def __init__(self, codes: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePicker")
        for code in codes:
            self._add(code)
        self.setAccessibleName(self.tr("Language"))
        self.currentIndexChanged.connect(lambda _: self.changed.emit(self.value()))

    def _add(self, code: str) -> None:
        lang = languages.get(code)
        self.addItem(lang.native if lang.latin else f"{lang.native}  ·  {lang.english}", code)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, code: str) -> None:
        """Choose a language; one this kiosk does not offer but a patient registered
        elsewhere speaks is added, so that saving never changes it unasked."""
        if self.findData(code) < 0 and languages.known(code):
            self._add(code)
        index = self.findData(code)
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)
