"""The CHO's screens, driven as a CHO would: sign-in, registration, search, a case."""

from __future__ import annotations

import json
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.encounter import ConsultMode, EncounterStatus
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.clinic import Clinic
from kiosk.store.keys import waive_recovery_confirmation
from kiosk.store.store import Store
from kiosk.ui import i18n
from kiosk.ui.context import Context
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.login import LoginScreen, SetupScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.patients import SearchScreen
from kiosk.ui.recovery_key import RecoveryKeyScreen
from kiosk.ui.registration import RegistrationScreen
from tests.conftest import FakeClock, kiosk_window

UI_CODE = str(Path(__file__).resolve().parent.parent / "kiosk" / "ui")


@pytest.fixture
def ui_thread_guard(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records any store access that UI code makes on the UI thread: there must be none.
    (The tests themselves may call the store directly to set up and check.)"""
    offences: list[str] = []
    for name in ("read", "write"):
        original = getattr(Store, name)

        def guarded(
            self: Store, fn: object, _original: object = original, _name: str = name
        ) -> object:
            if threading.current_thread() is threading.main_thread():
                ui_frames = [f for f in traceback.extract_stack() if f.filename.startswith(UI_CODE)]
                if ui_frames:
                    offences.append(f"{_name} from {ui_frames[-1]}")
            return _original(self, fn)  # type: ignore[operator]

        monkeypatch.setattr(Store, name, guarded)
    return offences


@pytest.fixture
def kiosk(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path, ui_thread_guard: list[str]
) -> Iterator[tuple[MainWindow, Context]]:
    with kiosk_window(qtbot, clinic, tmp_path) as opened:
        yield opened
    assert ui_thread_guard == [], "the UI thread touched the store"


def settle(qtbot: QtBot, ctx: Context) -> None:
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)


def sign_in(qtbot: QtBot, window: MainWindow, ctx: Context, pin: str = "2580") -> None:
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    qtbot.waitUntil(lambda: login.selected_username() is not None)
    qtbot.keyClicks(login.pin, pin)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    settle(qtbot, ctx)


@pytest.fixture
def cho(clinic: Clinic) -> str:
    return clinic.accounts.create("sunita", "Sunita Devi", "2580").id


def test_first_start_creates_the_first_account(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context]
) -> None:
    window, ctx = kiosk
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, SetupScreen))
    setup = window.current_screen
    assert isinstance(setup, SetupScreen)
    setup.full_name.set_text("Kavita Sharma")
    setup.username.set_text("kavita")
    setup.pin.set_text("1234")
    setup.pin_again.set_text("1234")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert setup.pin.error.isVisible() and "too easy" in setup.pin.error.text()
    setup.pin.set_text("2580")
    setup.pin_again.set_text("2581")
    setup.submit()
    assert "not the same" in setup.pin_again.error.text()
    setup.pin_again.set_text("2580")
    setup.submit()
    settle(qtbot, ctx)
    # the first administrator writes the recovery key down (tests/ui/test_recovery_key_screen.py)
    key_screen = window.current_screen
    assert isinstance(key_screen, RecoveryKeyScreen)
    key_screen.last_group.set_text(key_screen.groups[-1])
    key_screen.submit()
    settle(qtbot, ctx)
    assert isinstance(window.current_screen, HomeScreen)
    assert ctx.cho is not None and ctx.cho.full_name == "Kavita Sharma"


def test_wrong_pins_lock_the_account(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clock: FakeClock
) -> None:
    window, ctx = kiosk
    sign_in(qtbot, window, ctx, pin="0000")
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    for attempt in range(5):
        if attempt:
            qtbot.keyClicks(login.pin, "0000")
            login.submit()
            settle(qtbot, ctx)
        assert login.message.isVisible()
        if attempt < 4:
            assert f"{4 - attempt} tries left" in login.message.text()
    assert "locked until" in login.message.text()
    qtbot.keyClicks(login.pin, "2580")
    login.submit()
    settle(qtbot, ctx)
    assert window.current_screen is login, "locked even with the right PIN"
    clock.advance(minutes=6)
    qtbot.keyClicks(login.pin, "2580")
    login.submit()
    settle(qtbot, ctx)
    assert isinstance(window.current_screen, HomeScreen)


def test_pin_pad_types_digits(qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str) -> None:
    window, ctx = kiosk
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    qtbot.waitUntil(lambda: login.selected_username() == "sunita")
    keys = {b.text(): b for b in login.pad.findChildren(type(login.pad.ok))}
    for digit in "2580":
        qtbot.mouseClick(keys[digit], Qt.MouseButton.LeftButton)
    assert login.pin.text() == "2580"
    qtbot.mouseClick(login.pad.ok, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert isinstance(window.current_screen, HomeScreen)


def test_registration_shows_each_problem_by_its_field_then_opens_a_case(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    qtbot.keyClicks(form.name.editor, "Kamla 2")
    qtbot.keyClicks(form.phone.editor, "12345")
    form.submit(start_case=True)
    settle(qtbot, ctx)
    for field in (form.name, form.phone, form.sex_field, form.age):
        assert field.error.isVisible(), field.caption.text()
    assert not form.village.error.isVisible()
    assert clinic.patients.search("") == []  # nothing saved from a bad form
    form.name.set_text("Kamla Bai")
    form.phone.set_text("9828012345")
    qtbot.mouseClick(form.sex.buttons["female"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.age_edit, "46")
    form.submit(start_case=True)
    settle(qtbot, ctx)
    assert isinstance(window.current_screen, EncounterScreen)
    [found] = clinic.patients.search("kamla")
    assert found.phone == "9828012345"


def test_search_finds_and_starts_a_case(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    clinic.patients.register(
        PatientForm(name="Ramesh Kumar", sex="male", age_years="50", village="Chaksu"), cho
    )
    clinic.patients.register(
        PatientForm(name="Geeta Meena", sex="female", age_years="30", village="Bassi"), cho
    )
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    window.find_patient()
    search = window.current_screen
    assert isinstance(search, SearchScreen)
    settle(qtbot, ctx)
    assert search.results.count() == 2
    qtbot.keyClicks(search.query, "chak")
    qtbot.waitUntil(lambda: search.results.count() == 1)
    settle(qtbot, ctx)
    assert search.detail_title.text() == "Ramesh Kumar"
    qtbot.keyClicks(search.query, "zzz")
    qtbot.waitUntil(lambda: search.empty.isVisible())
    assert "No patient matches" in search.empty.text()
    search.query.setText("geeta")
    qtbot.waitUntil(lambda: search.results.count() == 1 and search.start_button.isEnabled())
    qtbot.mouseClick(search.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert isinstance(window.current_screen, EncounterScreen)


def open_case(
    qtbot: QtBot, window: MainWindow, ctx: Context, clinic: Clinic, cho: str
) -> EncounterScreen:
    patient = clinic.patients.register(
        PatientForm(name="Asha Mali", sex="female", age_years="35"), cho
    )
    encounter = clinic.encounters.open(patient.id, cho)
    sign_in(qtbot, window, ctx)
    window.open_encounter(encounter.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    settle(qtbot, ctx)
    return screen


def test_vitals_are_checked_as_typed_and_recorded(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    spo2 = screen.vitals.row(ObservationKind.SPO2)
    qtbot.keyClicks(spo2.editors[0], "120")
    assert spo2.error.isVisible() and "Allowed: 50 to 100 %" in spo2.error.text()
    assert spo2.button is not None and not spo2.button.isEnabled()
    spo2.editors[0].clear()
    qtbot.keyClicks(spo2.editors[0], "97")
    assert not spo2.error.isVisible() and spo2.button.isEnabled()
    qtbot.keyClick(spo2.editors[0], Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert "97 %" in spo2.value.text() and spo2.editors[0].text() == ""

    bp = screen.vitals.row(ObservationKind.BLOOD_PRESSURE)
    qtbot.keyClicks(bp.editors[0], "80")
    qtbot.keyClicks(bp.editors[1], "90")
    assert "must be higher" in bp.error.text()
    bp.editors[0].setText("128")
    bp.check()
    bp.submit()
    settle(qtbot, ctx)
    assert "128/90 mmHg" in bp.value.text()

    weight, height = (
        screen.vitals.row(k) for k in (ObservationKind.WEIGHT, ObservationKind.HEIGHT)
    )
    qtbot.keyClicks(weight.editors[0], "55")
    weight.submit()
    qtbot.keyClicks(height.editors[0], "150")
    height.submit()
    settle(qtbot, ctx)
    assert "24.4" in screen.vitals.row(ObservationKind.BMI).value.text()
    standing = clinic.encounters.detail(screen.encounter_id).standing
    assert standing[ObservationKind.SPO2].value == 97
    assert standing[ObservationKind.BLOOD_PRESSURE].components["bp_systolic"] == 128


def test_correcting_a_vital_keeps_the_old_one(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    pulse = screen.vitals.row(ObservationKind.PULSE_RATE)
    for value in ("70", "74"):
        qtbot.keyClicks(pulse.editors[0], value)
        pulse.submit()
        settle(qtbot, ctx)
    assert pulse.button is not None and pulse.button.text() == "Correct"
    detail = clinic.encounters.detail(screen.encounter_id)
    assert [o.value for o in detail.observations] == [70, 74]
    assert detail.observations[1].supersedes == detail.observations[0].id


def test_request_consult_needs_complaint_then_queues_and_freezes_notes(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    screen.specialty.setCurrentIndex(screen.specialty.findData("dermatology"))
    qtbot.mouseClick(screen.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert "chief complaint" in screen.complaint.error.text()
    assert "consent" in screen.consent.error.text()  # both at once, each where it belongs
    qtbot.keyClicks(screen.complaint_box, "Itchy rash on both arms")
    record_verbal_consent(qtbot, screen, ctx)
    qtbot.mouseClick(screen.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    enc = clinic.encounters.detail(screen.encounter_id).encounter
    assert enc.status is EncounterStatus.QUEUED and enc.complaint == "Itchy rash on both arms"
    assert screen.consult_state.isVisible() and screen.complaint_box.isReadOnly()
    assert not screen.request_button.isVisible()


def test_send_for_review_queues_a_text_consult(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    """Store-and-forward: on a link too weak for a call, the case goes for review."""
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    assert screen.review_button.isVisible() and screen.request_button.isVisible()
    screen.specialty.setCurrentIndex(screen.specialty.findData("dermatology"))
    qtbot.keyClicks(screen.complaint_box, "Itchy rash on both arms")
    record_verbal_consent(qtbot, screen, ctx)
    qtbot.mouseClick(screen.review_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    enc = clinic.encounters.detail(screen.encounter_id).encounter
    assert enc.status is EncounterStatus.QUEUED and enc.consult_mode is ConsultMode.TEXT
    assert "Sent for review" in screen.consult_state.text() and screen.consult_state.isVisible()
    assert not screen.review_button.isVisible() and not screen.request_button.isVisible()
    rows = clinic.store.read(
        lambda db: list(db.query("SELECT payload FROM outbox WHERE entity = 'encounter' "
                                 "ORDER BY seq DESC LIMIT 1"))
    )  # fmt: skip
    assert json.loads(rows[0]["payload"])["consult_mode"] == "text"  # what the hub hears


def record_verbal_consent(qtbot: QtBot, screen: EncounterScreen, ctx: Context) -> None:
    """The CHO opens the consent dialog, the patient says yes aloud, the CHO saves."""
    qtbot.mouseClick(screen.consent.record_button, Qt.MouseButton.LeftButton)
    dialog = screen.consent.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.method.buttons["verbal"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle(qtbot, ctx)
    assert screen.consent.allowed()


def test_notes_are_saved_when_the_cho_leaves(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    encounter_id = screen.encounter_id
    qtbot.keyClicks(screen.history_box, "Diabetic for 3 years")
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert clinic.encounters.detail(encounter_id).encounter.history == "Diabetic for 3 years"
    assert isinstance(window.current_screen, HomeScreen)


def test_inactivity_locks_and_the_same_cho_returns_to_the_case(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    window, ctx = kiosk
    screen = open_case(qtbot, window, ctx, clinic, cho)
    qtbot.keyClicks(screen.complaint_box, "Cough")
    window.idle.timer.setInterval(50)
    window.idle.timer.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen), timeout=3000)
    window.idle.timer.setInterval(600_000)  # one lock is the test; no second one meanwhile
    settle(qtbot, ctx)
    assert clinic.encounters.detail(screen.encounter_id).encounter.complaint == "Cough"
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    qtbot.waitUntil(lambda: login.selected_username() == "sunita")
    qtbot.keyClicks(login.pin, "2580")
    login.submit()
    settle(qtbot, ctx)
    assert window.current_screen is screen


def test_home_lists_todays_cases_and_waiting_changes(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str, clinic: Clinic
) -> None:
    patient = clinic.patients.register(
        PatientForm(name="Asha Mali", sex="female", age_years="35"), cho
    )
    clinic.encounters.open(patient.id, cho, "Fever")
    window, ctx = kiosk
    sign_in(qtbot, window, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    settle(qtbot, ctx)
    assert home.table.rowCount() == 1
    assert home.table.item(0, 1).text() == "Asha Mali"
    qtbot.waitUntil(lambda: "2 changes waiting" in home.sync_panel.waiting.text())
    assert window.sync_chip.text() == "2 waiting to send"


def test_hindi_at_the_sign_in_screen(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], cho: str
) -> None:
    window, ctx = kiosk
    window.start()
    qtbot.waitUntil(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    login.language.setCurrentIndex(login.language.findData("hi"))  # as a finger picks it
    qtbot.waitUntil(lambda: window.current_screen is not login)
    settle(qtbot, ctx)
    assert i18n.current() == "hi"
    assert window.lock_button.text() == "लॉक करें"
    hindi = window.current_screen
    assert isinstance(hindi, LoginScreen)
    qtbot.waitUntil(lambda: hindi.selected_username() is not None)
    qtbot.keyClicks(hindi.pin, "2580")
    hindi.submit()
    settle(qtbot, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    assert home.find_button.text() == "मरीज़ खोजें या पंजीकृत करें"
    # What she picked is now her own language: on an English kiosk, choosing her name
    # brings the Hindi screens back before she types her PIN.
    qtbot.waitUntil(lambda: ctx.clinic.accounts.list()[0].language == "hi")
    i18n.install("en")
    window.show_login()
    settle(qtbot, ctx)
    assert i18n.current() == "hi"
    assert ctx.clinic.accounts.list()[0].language == "hi"


def test_an_administrator_adds_a_cho(
    qtbot: QtBot, kiosk: tuple[MainWindow, Context], clinic: Clinic
) -> None:
    from kiosk.domain.accounts import Role
    from kiosk.ui.accounts import AccountsScreen

    clinic.accounts.create("sunita", "Sunita Devi", "2580", role=Role.ADMIN)
    window, ctx = kiosk
    waive_recovery_confirmation(ctx.config.home)  # written down already
    sign_in(qtbot, window, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen) and home.accounts_button.isVisible()
    qtbot.mouseClick(home.accounts_button, Qt.MouseButton.LeftButton)
    screen = window.current_screen
    assert isinstance(screen, AccountsScreen)
    settle(qtbot, ctx)
    assert screen.accounts.count() == 1
    screen.full_name.set_text("Ravi Meena")
    screen.username.set_text("ravi")
    screen.pin.set_text("4826")
    screen.pin_again.set_text("4826")
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert screen.accounts.count() == 2 and "Ravi Meena can now sign in" in screen.message.text()
    assert clinic.accounts.login("ravi", "4826").ok
