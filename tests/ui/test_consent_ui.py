"""The consent screens as a CHO uses them: a child's consent comes from a named guardian
with a relation, sharing with ABDM is a separate yes, and a withdrawal (two taps) stops
the consult from being requested."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.devices.camera import SimulatedCameras
from kiosk.domain.consent import Purpose, Status, standing
from kiosk.domain.encounter import EncounterStatus
from kiosk.domain.patient import PatientForm
from kiosk.store.clinic import Clinic
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from tests.test_ui import kiosk, record_verbal_consent, settle, sign_in, ui_thread_guard  # noqa: F401  (fixtures)

pytestmark = pytest.mark.usefixtures("ui_thread_guard")


@pytest.fixture
def cho_id(clinic: Clinic) -> str:
    return clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False).id


def _case(qtbot: QtBot, window: MainWindow, ctx: Context, clinic: Clinic, cho: str,
          age: str) -> EncounterScreen:  # fmt: skip
    patient = clinic.patients.register(
        PatientForm(name="Chhotu Kumar", sex="male", age_years=age, guardian_name="Ramesh"), cho
    )
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


def test_the_consent_script_is_shown_whole_in_a_language_that_takes_more_lines(
    qtbot: QtBot,
    kiosk: tuple[MainWindow, Context],  # noqa: F811  (the fixture)
    cho_id: str,
    clinic: Clinic,
) -> None:
    """The script the CHO reads aloud, and every other wrapped line, get all the height
    their words need; in Malayalam the end of the script was cut off."""
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QLabel

    from kiosk.ui.i18n import I18N_DIR

    app = QCoreApplication.instance()
    assert app is not None
    translator = QTranslator()
    assert translator.load(str(I18N_DIR / "kiosk_ml.qm"))
    app.installTranslator(translator)
    try:
        window, ctx = kiosk
        screen = _case(qtbot, window, ctx, clinic, cho_id, age="7")
        qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
        dialog = screen.consent.dialog
        assert dialog is not None
        qtbot.waitUntil(dialog.isVisible)
        qtbot.mouseClick(dialog.method.buttons["thumbprint"], Qt.MouseButton.LeftButton)
        settle(qtbot, ctx)

        def every_line_shown() -> None:
            wrapped = [w for w in dialog.findChildren(QLabel) if w.wordWrap() and w.isVisible()]
            script = [w for w in wrapped if len(w.text()) > 300]
            assert len(script) == 1  # the translated script is there, and it is long
            for shown in wrapped:
                assert shown.height() >= shown.heightForWidth(shown.width()), shown.text()

        every_line_shown()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no relation yet
        qtbot.waitUntil(lambda: bool(dialog.relation_field.error.text()))
        settle(qtbot, ctx)
        every_line_shown()  # with the error under the relation, too
        dialog.reject()
    finally:
        app.removeTranslator(translator)
