"""Devices, photos and the ABHA scan on screen, with simulated devices and cameras."""

from __future__ import annotations

import json
import threading
import traceback
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import application, build, shutdown
from kiosk.devices.camera import Cameras, SimulatedCameras, card_picture
from kiosk.devices.drivers.contec_sim import STORED_RECORDS, ContecSimulator
from kiosk.devices.drivers.onetouch_sim import OneTouchSimulator
from kiosk.devices.events import READINGS, DeviceState
from kiosk.devices.parser import MemoryProgress
from kiosk.domain.clock import utc_now
from kiosk.domain.observation import Method
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.clinic import Clinic
from kiosk.store.store import Store
from kiosk.ui.context import Context
from kiosk.ui.device_memory import MemoryDownload
from kiosk.ui.devices_panel import DeviceCard
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration import RegistrationScreen

UI_CODE = str(Path(__file__).resolve().parent.parent / "kiosk" / "ui")


@pytest.fixture
def kiosk(
    qtbot: QtBot, clinic: Clinic, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Context]]:
    offences: list[str] = []
    for name in ("read", "write"):
        original = getattr(Store, name)

        def guarded(self: Store, fn: object, _original: object = original) -> object:
            if threading.current_thread() is threading.main_thread():
                frames = [f for f in traceback.extract_stack() if f.filename.startswith(UI_CODE)]
                if frames:
                    offences.append(str(frames[-1]))
            return _original(self, fn)  # type: ignore[operator]

        monkeypatch.setattr(Store, name, guarded)
    application()
    cfg = config.load(home=tmp_path, environ={}, overrides={"language": "en"})
    window, ctx = build(cfg, clinic=clinic)
    ctx.cho = clinic.accounts.create("asha", "Asha Devi", "1357", check_pin=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window, ctx
    window.close()
    qtbot.waitUntil(lambda: ctx.bridge.pending == 0, timeout=10_000)
    shutdown(ctx)
    assert offences == [], "the UI thread touched the store"


def open_case(window: MainWindow, ctx: Context, qtbot: QtBot) -> EncounterScreen:
    cho = ctx.cho_id
    patient = ctx.clinic.patients.register(
        PatientForm(name="Kamla Bai", sex="female", age_years="46"), cho
    )
    enc = ctx.clinic.encounters.open(patient.id, cho)
    window.open_encounter(enc.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    qtbot.waitUntil(lambda: screen.detail is not None)
    return screen


def only_card(screen: EncounterScreen, qtbot: QtBot) -> DeviceCard:
    qtbot.waitUntil(lambda: len(screen.devices.cards) == 1, timeout=5000)
    return next(iter(screen.devices.cards.values()))


def device_observations(ctx: Context, encounter_id: str) -> list[tuple[str, float | None, str]]:
    detail = ctx.clinic.encounters.detail(encounter_id)
    return [
        (o.kind.value, o.value, o.device.driver if o.device else "")
        for o in detail.observations
        if o.method is Method.DEVICE
    ]


def test_readings_show_live_and_capture_records_them(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    screen = open_case(window, ctx, qtbot)
    assert screen.devices.empty.isVisible()
    screen.devices.auto.setChecked(False)
    ctx.devices.simulate("contec-cms50d", "hypoxic", serial="OX-7")
    card = only_card(screen, qtbot)
    qtbot.waitUntil(
        lambda: "spo2" in card.values and card.state is DeviceState.STREAMING, timeout=5000
    )
    qtbot.waitUntil(lambda: card.values["spo2"][0].text() == "86 %", timeout=5000)
    assert card.values["pulse_rate"][0].text().endswith("/min")
    assert not screen.devices.empty.isVisible()
    qtbot.waitUntil(lambda: len(card.wave.samples) > 30, timeout=5000)
    assert card.wave.isVisible() and card.chip.text() == "Live"

    card.capture_button.click()
    qtbot.waitUntil(lambda: len(device_observations(ctx, screen.encounter_id)) == 2, timeout=5000)
    made = device_observations(ctx, screen.encounter_id)
    assert ("spo2", 86, "contec-cms50d") in made
    qtbot.waitUntil(lambda: "SpO2 86 %" in card.note.text(), timeout=5000)
    assert card.note.isVisible()
    detail = ctx.clinic.encounters.detail(screen.encounter_id)
    spo2 = detail.standing[ObservationKind.SPO2]
    assert spo2.device is not None and spo2.device.serial == "OX-7"
    raw = ctx.clinic.store.read(
        lambda db: db.execute(
            "SELECT raw FROM observation_raw WHERE observation_id = ?", [spo2.id]
        ).fetchone()[0]
    )
    assert len(raw) == 9 and raw[0] == 0x01  # the live packet behind the value
    qtbot.waitUntil(lambda: screen.detail is not None and len(screen.detail.observations) == 2)


def test_a_stable_weight_is_captured_by_itself_once(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    screen = open_case(window, ctx, qtbot)
    ctx.devices.simulate("ad-scale")
    qtbot.waitUntil(
        lambda: device_observations(ctx, screen.encounter_id) == [("weight", 61.5, "ad-scale")],
        timeout=10_000,
    )
    # The scale keeps sending the same stable weight: five more of them, still one weight.
    weights: list[float] = []
    stop = ctx.bus.subscribe(
        READINGS,
        lambda _topic, batch: weights.extend(
            r.value for r in batch.readings if r.kind == "weight" and r.stable
        ),
    )
    try:
        qtbot.waitUntil(lambda: len(weights) >= 5, timeout=10_000)
    finally:
        stop()
    assert set(weights) == {61.5}
    assert device_observations(ctx, screen.encounter_id) == [("weight", 61.5, "ad-scale")]


def stored_observations(ctx: Context, encounter_id: str) -> list[tuple[float | None, object]]:
    detail = ctx.clinic.encounters.detail(encounter_id)
    return [(o.value, o.taken_at) for o in detail.observations if o.method is Method.DEVICE]


def test_the_meters_memory_is_listed_and_the_cho_picks_the_reading(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    ctx.clinic.clock = utc_now  # the meter's clock shows real time
    screen = open_case(window, ctx, qtbot)
    ctx.devices.simulate("onetouch-ultra2")
    card = only_card(screen, qtbot)
    memory = card.memory
    qtbot.waitUntil(lambda: len(memory.records) == 5, timeout=5000)
    sim = ctx.devices.simulated[0].sim
    assert isinstance(sim, OneTouchSimulator)
    zone = ZoneInfo(sim.zone)
    stored = [taken.replace(tzinfo=zone) for taken, _, _ in sim.stored]
    assert [r.at for r in memory.records] == stored  # newest first, at the meter's time
    assert memory.value_text(memory.records[0]) == "104 mg/dL"
    assert memory.value_text(memory.records[3]) == "HI"
    assert card.values == {}  # a stored result is not shown as a live value
    assert device_observations(ctx, screen.encounter_id) == []  # nor taken by itself

    control = memory.buttons[memory.records[1].key]
    assert isinstance(control, QLabel) and control.text() == "Not a patient result"
    newest = memory.buttons[memory.records[0].key]
    assert isinstance(newest, QPushButton)
    newest.click()  # taken two minutes ago: recorded at once, at the meter's time
    qtbot.waitUntil(lambda: stored_observations(ctx, screen.encounter_id) == [(104, stored[0])])
    assert memory.confirm.isHidden()

    yesterday = memory.buttons[memory.records[2].key]
    assert isinstance(yesterday, QPushButton)
    yesterday.click()
    assert memory.confirm.isVisible() and "not today" in memory.question.text()
    assert len(stored_observations(ctx, screen.encounter_id)) == 1  # not without a yes
    memory.yes.click()
    qtbot.waitUntil(lambda: len(stored_observations(ctx, screen.encounter_id)) == 2)
    assert set(stored_observations(ctx, screen.encounter_id)) == {
        (104, stored[0]),
        (131, stored[2]),
    }
    detail = ctx.clinic.encounters.detail(screen.encounter_id)
    assert {o.device.driver for o in detail.observations if o.device} == {"onetouch-ultra2"}


def test_read_memory_lists_the_oximeters_stored_session_to_pick_from(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    ctx.clinic.clock = utc_now  # the oximeter's clock shows real time
    screen = open_case(window, ctx, qtbot)
    screen.devices.auto.setChecked(False)
    ctx.devices.simulate("contec-cms50d")
    card = only_card(screen, qtbot)
    download = card.download
    assert download is not None and download.button.text() == "Read memory"
    qtbot.waitUntil(lambda: download.button.isEnabled(), timeout=5000)  # once live
    assert card.memory.isHidden()
    download.button.click()
    assert not download.button.isEnabled()  # one download at a time
    qtbot.waitUntil(lambda: "of 300 records" in download.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: download.status.text() == "Memory read: 300 records.", timeout=10_000)
    assert download.button.isEnabled()
    sim = ctx.devices.simulated[0].sim
    assert isinstance(sim, ContecSimulator)
    last = sim.stored_start + timedelta(seconds=STORED_RECORDS - 1)
    records = card.memory.records
    assert records[0].at == last.replace(tzinfo=ZoneInfo(sim.zone))  # newest first
    assert card.memory.isVisible() and len(records) == 5
    for row, record in enumerate(records):  # a second apart: the rows show seconds
        shown = card.memory.grid.itemAtPosition(row, 0).widget()
        second = record.at.astimezone(ZoneInfo(sim.zone)).strftime("%H:%M:%S")
        assert isinstance(shown, QLabel) and second in shown.text()
    spo2, pulse = (r.value for r in records[0].readings)
    assert card.memory.value_text(records[0]) == f"{spo2:.0f} %, {pulse:.0f} /min"
    assert device_observations(ctx, screen.encounter_id) == []  # never by itself
    pick = card.memory.buttons[records[0].key]
    assert isinstance(pick, QPushButton)
    pick.click()  # an hour old: asked again
    assert card.memory.confirm.isVisible()
    card.memory.yes.click()
    qtbot.waitUntil(lambda: len(stored_observations(ctx, screen.encounter_id)) == 2)
    assert {taken for _, taken in stored_observations(ctx, screen.encounter_id)} == {
        last.replace(tzinfo=ZoneInfo(sim.zone))
    }


def test_a_device_without_memory_requests_has_no_read_memory_button(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    screen = open_case(window, ctx, qtbot)
    ctx.devices.simulate("onetouch-ultra-easy")
    card = only_card(screen, qtbot)
    qtbot.waitUntil(lambda: len(card.memory.records) == 4, timeout=8000)
    assert card.download is None  # its memory is read by itself, at every poll
    assert card.values == {}
    assert card.memory.value_text(card.memory.records[0]) == "104 mg/dL"


def test_unplugging_mid_reading_says_so_and_keeps_what_was_captured(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    assert ctx.devices is not None
    screen = open_case(window, ctx, qtbot)
    screen.devices.auto.setChecked(False)
    ctx.devices.simulate("contec-cms50d-legacy")
    card = only_card(screen, qtbot)
    qtbot.waitUntil(lambda: "spo2" in card.values, timeout=5000)
    card.capture_button.click()
    qtbot.waitUntil(lambda: len(device_observations(ctx, screen.encounter_id)) == 2, timeout=5000)

    ctx.devices.simulated[0].unplug()
    qtbot.waitUntil(lambda: card.state is DeviceState.DISCONNECTED, timeout=5000)
    assert card.warning.isVisible()
    assert card.warning.text() == "Device disconnected. Values already captured are kept."
    assert card.chip.text() == "Disconnected" and not card.capture_button.isEnabled()
    assert card.values["spo2"][0].property("live") == "false"
    assert len(device_observations(ctx, screen.encounter_id)) == 2


def test_photos_are_taken_from_the_camera_and_attached(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    ctx.cameras = SimulatedCameras()
    screen = open_case(window, ctx, qtbot)
    photos = screen.photos
    photos._load_choices()
    qtbot.waitUntil(lambda: photos.toggle.isEnabled(), timeout=5000)
    assert not photos.patient_button.isEnabled()
    photos.toggle.click()
    qtbot.waitUntil(lambda: not photos.preview.pixmap().isNull(), timeout=5000)
    photos.clinical_button.click()
    qtbot.waitUntil(lambda: photos.thumbs.count() == 2, timeout=5000)
    found = photos.attachments.for_encounter(screen.encounter_id)
    assert [a.kind for a in found] == ["clinical_photo"]
    photos.toggle.click()
    assert photos.camera is None and photos.toggle.text() == "Start camera"


def test_no_camera_is_said_plainly(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot, tmp_path: Path
) -> None:
    window, ctx = kiosk
    ctx.cameras = Cameras(tmp_path / "no-video-devices")
    screen = open_case(window, ctx, qtbot)
    screen.photos._load_choices()
    qtbot.waitUntil(lambda: screen.photos.message.isVisible(), timeout=5000)
    assert screen.photos.message.text().startswith("No camera found.")
    assert not screen.photos.toggle.isEnabled()


def test_scanning_an_abha_card_fills_registration(
    kiosk: tuple[MainWindow, Context], qtbot: QtBot
) -> None:
    window, ctx = kiosk
    card = {
        "hidn": "91234567890123",
        "hid": "kamla.meena@abdm",
        "name": "KAMLA BAI MEENA",
        "gender": "F",
        "dob": "15-08-1978",
        "mobile": "9828012345",
        "district_name": "JAIPUR",
        "state name": "RAJASTHAN",
    }
    ctx.cameras = SimulatedCameras(card_picture(json.dumps(card)))
    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    form.scan_card.button.click()
    dialog = form.scan_card.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert form.name.text() == "Kamla Bai Meena"
    assert form.sex.value() == "female"
    assert form.abha_number.text() == "91-2345-6789-0123"
    assert form.abha_address.text() == "kamla.meena@abdm"
    assert form.phone.text() == "9828012345"
    assert (form.district.text(), form.state.text()) == ("Jaipur", "Rajasthan")
    assert form.dob_known.isChecked() and form.dob.date().toString("dd-MM-yyyy") == "15-08-1978"
    assert dialog.camera is None  # the camera was let go


def test_read_memory_says_how_a_download_went(qtbot: QtBot) -> None:
    download = MemoryDownload()
    qtbot.addWidget(download)
    assert not download.button.isEnabled()  # not before the device is live
    download.set_live(True)
    assert download.button.isEnabled()
    download.started()
    assert not download.button.isEnabled()
    download.show_progress(MemoryProgress(0, None))
    assert download.status.text() == "Reading the device's memory… 0 records so far"
    download.show_progress(MemoryProgress(120, 300))
    assert download.status.text() == "Reading the device's memory… 120 of 300 records"
    download.set_live(False)
    download.show_progress(MemoryProgress(120, 300, finished=True))
    assert download.status.text() == "The device stopped after 120 of 300 records. Try again."
    assert not download.button.isEnabled()  # the device is not live
    download.set_live(True)
    assert download.button.isEnabled()
    download.show_progress(MemoryProgress(0, 0, finished=True))
    assert download.status.text() == "The device's memory is empty."
