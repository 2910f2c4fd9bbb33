"""The screens on a full disk (a small tmpfs): a save that finds no room says so in plain
words and keeps what was typed; the home screen warns while there is still room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk import config
from kiosk.app import application, build
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.clinic import Clinic
from kiosk.store.store import Store
from kiosk.ui import main_window as main_window_module
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.home import HomeScreen
from kiosk.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.smalldisk import fill, make_room, small_disk
from tests.test_ui import settle, sign_in

KIB = 1024


@pytest.fixture
def full_disk_kiosk(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Clinic, Path, list[str]]]:
    warnings: list[str] = []
    monkeypatch.setattr(
        main_window_module.QMessageBox,
        "warning",
        lambda _parent, _title, text: warnings.append(text),
    )
    with small_disk(tmp_path / "disk", 3072) as disk:
        clinic = Clinic(Store(disk / "kiosk.db"), "spoke-a", clock=clock)
        application()
        cfg = config.load(
            home=disk,
            environ={},
            overrides={"language": "en", "disk_warn_free_mib": 2, "photos_min_free_mib": 1},
        )
        window, ctx = build(cfg, clinic=clinic)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        try:
            yield window, clinic, disk, warnings
        finally:
            if (disk / ".filler").exists():
                make_room(disk)
            window.close()
            qtbot.waitUntil(lambda: ctx.bridge.pending == 0)
            ctx.bridge.shutdown()
            ctx.engine.stop()
            clinic.close()


def test_a_vital_that_finds_no_room_is_not_lost_from_the_screen(
    qtbot: QtBot, full_disk_kiosk: tuple[MainWindow, Clinic, Path, list[str]]
) -> None:
    window, clinic, disk, warnings = full_disk_kiosk
    ctx = window.ctx
    cho = clinic.accounts.create("sunita", "Sunita Devi", "2580").id
    patient = clinic.patients.register(
        PatientForm(name="Asha Mali", sex="female", age_years="35"), cho
    )
    encounter = clinic.encounters.open(patient.id, cho)
    sign_in(qtbot, window, ctx)
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    settle(qtbot, ctx)
    assert not home.disk_notice.isVisible()  # room enough: quiet

    window.open_encounter(encounter.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    settle(qtbot, ctx)
    fill(disk, 0)
    spo2 = screen.vitals.row(ObservationKind.SPO2)
    qtbot.keyClicks(spo2.editors[0], "97")
    spo2.submit()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert warnings[0].startswith("Not saved: the kiosk's disk is full.")
    assert "Everything saved before is safe" in warnings[0]
    assert spo2.editors[0].text() == "97"  # what was typed stays to be saved again
    assert ObservationKind.SPO2 not in clinic.encounters.detail(encounter.id).standing

    make_room(disk)
    spo2.submit()
    settle(qtbot, ctx)
    assert clinic.encounters.detail(encounter.id).standing[ObservationKind.SPO2].value == 97

    fill(disk, 1536 * KIB)  # below the warning level (2 MB), above the photo reserve (1 MB)
    window.go_home()
    home = window.current_screen
    assert isinstance(home, HomeScreen)
    settle(qtbot, ctx)
    assert home.disk_notice.isVisible()
    assert "The disk is filling up" in home.disk_notice.text()
    make_room(disk)
    fill(disk, 512 * KIB)
    home.refresh()
    settle(qtbot, ctx)
    assert "new photos are not taken" in home.disk_notice.text()
