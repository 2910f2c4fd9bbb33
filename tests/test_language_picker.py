"""The language picker: every offered language in its own script, and a language the
kiosk does not offer kept when a patient registered elsewhere speaks it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from kiosk.ui.language_picker import LanguagePicker


def test_a_patients_language_the_kiosk_does_not_offer_is_kept(qtbot: QtBot) -> None:
    picker = LanguagePicker(("te", "en"))
    assert picker.value() == "te" and picker.count() == 2
    picker.set_value("ml")  # a patient registered at another kiosk
    assert picker.value() == "ml" and picker.count() == 3
    picker.set_value("xx")
    assert picker.value() == "ml"
