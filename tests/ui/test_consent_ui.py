"""The consent screens as a CHO uses them: a child's consent comes from a named guardian
with a relation, sharing with ABDM is a separate yes, and a withdrawal (two taps) stops
the consult from being requested."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from kiosk.devices.camera import SimulatedCameras
from kiosk.domain import languages
from kiosk.domain.consent import Purpose, Status, standing
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.patient import PatientForm
from kiosk.rx.consent_form import SCRIPT_KEYS
from kiosk.rx.labels import table
from kiosk.store.clinic import Clinic
from kiosk.ui.consent_dialog import ConsentDialog
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from tests.test_ui import kiosk, record_verbal_consent, settle, sign_in, ui_thread_guard  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("ui_thread_guard")


@pytest.fixture
def cho_id(clinic: Clinic) -> str:
    return clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False).id


def _case(qtbot: QtBot, window: MainWindow, ctx: Context, clinic: Clinic, cho: str,
          age: str, language: str = "hi") -> EncounterScreen:  # fmt: skip
    patient = clinic.patients.register(
        PatientForm(name="Chhotu Kumar", sex="male", age_years=age, guardian_name="Ramesh",
                    language=language),
        cho,
    )  # fmt: skip
    encounter = clinic.encounters.open(patient.id, cho, "Fever and cough for 3 days")
    sign_in(qtbot, window, ctx)
    window.open_encounter(encounter.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    settle(qtbot, ctx)
    return screen


def test_a_child_needs_a_guardian_with_a_relation(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    window, ctx = kiosk
    screen = _case(qtbot, window, ctx, clinic, cho_id, age="7")
    qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent.dialog
    assert dialog is not None
    # A child cannot consent: the guardian is chosen and the patient's button is off.
    assert dialog.given_by.value() == "guardian"
    assert not dialog.given_by.buttons["patient"].isEnabled()
    assert "Under 18" in dialog.given_by_field.hint.text()
    assert dialog.guardian_name.text() == "Ramesh"
    qtbot.mouseClick(dialog.method.buttons["thumbprint"], Qt.MouseButton.LeftButton)
    assert dialog.photo_box.isVisible()  # a photo of the thumb-printed form can be kept
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "related" in dialog.relation_field.error.text()
    assert clinic.consents.for_encounter(screen.encounter_id) == []
    dialog.relation.setCurrentIndex(dialog.relation.findData("father"))
    dialog.abdm.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, ctx)
    held = clinic.consents.for_encounter(screen.encounter_id)
    given = standing(held, Purpose.TELECONSULTATION)
    assert given is not None and given.guardian_name == "Ramesh"
    assert given.guardian_relation == "father" and given.method == "thumbprint"
    sharing = standing(held, Purpose.ABDM_SHARING)
    assert sharing is not None and sharing.status is Status.GIVEN
    assert "Ramesh (Father)" in screen.consent.state.text()
    assert "agreed" in screen.consent.sharing.text()


def test_withdrawal_takes_two_taps_and_blocks_the_request(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    window, ctx = kiosk
    screen = _case(qtbot, window, ctx, clinic, cho_id, age="40")
    record_verbal_consent(qtbot, screen, ctx)
    assert screen.consent.withdraw_button.isVisible()
    qtbot.mouseClick(screen.consent.withdraw_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.consent.notice.isVisible()  # asks for a second tap
    assert screen.consent.allowed()
    qtbot.mouseClick(screen.consent.withdraw_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not screen.consent.allowed())
    assert "withdrawn" in screen.consent.state.text()
    assert screen.consent.record_button.isVisible()
    screen.specialty.setCurrentIndex(screen.specialty.findData("general_medicine"))
    qtbot.mouseClick(screen.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "withdrew" in screen.consent.error.text()
    enc = clinic.encounters.detail(screen.encounter_id).encounter
    assert enc.status is EncounterStatus.DRAFT


def test_a_photo_of_the_signed_form_is_kept_with_the_consent(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    window, ctx = kiosk
    ctx.cameras = SimulatedCameras()
    screen = _case(qtbot, window, ctx, clinic, cho_id, age="52")
    qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent.dialog
    assert dialog is not None
    assert not dialog.photo_box.isVisible()  # said aloud needs no form
    qtbot.mouseClick(dialog.method.buttons["signature"], Qt.MouseButton.LeftButton)
    assert dialog.photo_box.isVisible() and not dialog.photo_button.isEnabled()
    qtbot.mouseClick(dialog.camera_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.camera is not None and dialog.photo_button.isEnabled())
    qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull(), timeout=5000)
    qtbot.mouseClick(dialog.photo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.photo_id is not None, timeout=5000)
    assert dialog.camera is None  # let go once the photo is kept
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [given] = clinic.consents.for_encounter(screen.encounter_id)
    assert given.method == "signature" and given.form_photo_id == dialog.photo_id
    photo = clinic.store.read(
        lambda db: db.execute("SELECT kind, encounter_id FROM attachments").fetchone()
    )
    assert tuple(photo) == ("consent_form", screen.encounter_id)


def test_the_consent_script_is_shown_whole_in_languages_that_take_more_lines(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    """The script the CHO reads aloud, and every other wrapped line, get all the height
    their words need; in Malayalam the end of the script was cut off. A Malayalam CHO
    with a Telugu-speaking patient has both scripts on the dialog."""
    from PySide6.QtWidgets import QLabel

    from kiosk.ui import i18n

    assert i18n.install("ml") == "ml"
    window, ctx = kiosk
    screen = _case(qtbot, window, ctx, clinic, cho_id, age="7", language="te")
    qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(dialog.method.buttons["thumbprint"], Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)

    def every_line_shown() -> None:
        wrapped = [w for w in dialog.findChildren(QLabel) if w.wordWrap() and w.isVisible()]
        script = [w for w in wrapped if len(w.text()) > 300]
        assert len(script) == 2  # Telugu to read, Malayalam to follow; both long
        for shown in wrapped:
            assert shown.height() >= shown.heightForWidth(shown.width()), shown.text()

    every_line_shown()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no relation yet
    qtbot.waitUntil(lambda: bool(dialog.relation_field.error.text()))
    settle(qtbot, ctx)
    every_line_shown()  # with the error under the relation, too
    dialog.reject()


def _script_dialog(
    qtbot: QtBot, window: MainWindow, ctx: Context, clinic: Clinic, cho: str, language: str
) -> ConsentDialog:
    screen = _case(qtbot, window, ctx, clinic, cho, age="40", language=language)
    qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _shown(dialog: ConsentDialog) -> str:
    return "\n".join(w.text() for w in dialog.findChildren(QLabel) if w.isVisible())


def test_a_telugu_cho_reads_the_tamil_patient_the_tamil_script(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    """What is read aloud is in the patient's language, the printed form's own sentences;
    the CHO's language follows beside it so that she knows what she reads."""
    from kiosk.ui import i18n

    assert i18n.install("te") == "te"
    window, ctx = kiosk
    dialog = _script_dialog(qtbot, window, ctx, clinic, cho_id, "ta")
    tamil, telugu = table("ta").consent, table("te").consent
    read = dialog.script.read_text
    assert read.isVisible() and read.property("language") == "ta"
    for key in SCRIPT_KEYS:
        assert tamil[key] in read.text(), key
    letters = [ch for ch in read.text() if ch.isalpha()]
    assert letters and all(languages.script_of(ch) == "Tamil" for ch in letters)
    own = dialog.script.own_text
    assert own is not None and own.isVisible() and own.property("language") == "te"
    for key in SCRIPT_KEYS:
        assert telugu[key] in own.text(), key
    assert "தமிழ்" in _shown(dialog)  # the CHO is told which language she reads out
    dialog.reject()


def test_the_same_language_shows_the_script_once(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    from kiosk.ui import i18n

    assert i18n.install("ta") == "ta"
    window, ctx = kiosk
    dialog = _script_dialog(qtbot, window, ctx, clinic, cho_id, "ta")
    assert dialog.script.own_text is None
    shown = _shown(dialog)
    for key in SCRIPT_KEYS:
        assert shown.count(table("ta").consent[key]) == 1, key
    dialog.reject()


def test_an_english_speaking_patient_hears_the_english_form(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    window, ctx = kiosk  # the CHO's screens are in English
    dialog = _script_dialog(qtbot, window, ctx, clinic, cho_id, "en")
    assert dialog.script.own_text is None
    assert table("en").consent["p4"] in dialog.script.read_text.text()
    dialog.reject()
