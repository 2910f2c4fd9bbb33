"""Screenshots of the device, camera and ABHA-scan screens at 1366x768, on the demo's
simulated devices (``python -m tests.devices_screenshots OUT_DIR``)."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk.app import _demo_config, application, build, shutdown
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME
from kiosk.devices.events import DeviceState
from kiosk.domain.patient import PatientForm
from kiosk.ui.encounter import EncounterScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.registration import RegistrationScreen
from tests.screenshots import SIZE, at_sign_in, settle


def wait(window: MainWindow, condition, seconds: float = 20) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        if condition():
            settle(window)
            return
        time.sleep(0.02)
    raise TimeoutError("the screen did not get there")


def shoot(window: MainWindow, out: Path, name: str) -> None:
    path = out / f"en-devices-{name}.png"
    window.grab().save(str(path))
    print(path)


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    cfg = _demo_config(tempfile.mkdtemp(prefix="hwc-device-shots-"), "en")
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()
    login = at_sign_in(window, ctx, cfg)
    login.select(DEMO_USERNAME)
    login.pin.setText(DEMO_PIN)
    login.submit()
    settle(window)

    cho = ctx.cho_id
    patient = ctx.clinic.patients.register(
        PatientForm(name="Kamla Bai Meena", sex="female", age_years="46", village="Chaksu"), cho
    )
    enc = ctx.clinic.encounters.open(patient.id, cho, "Headache and giddiness for 4 days")
    window.open_encounter(enc.id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    wait(
        window,
        lambda: (
            len(screen.devices.cards) == 4
            and all(c.state is DeviceState.STREAMING for c in screen.devices.cards.values())
        ),
    )
    wait(window, lambda: len(screen.detail.observations if screen.detail else []) >= 4, 30)
    shoot(window, out, "01-encounter-live")
    scroll = screen.devices.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    assert scroll is not None
    last = list(screen.devices.cards.values())[-1]
    wait(window, lambda: len(last.memory.records) > 0)
    scroll.ensureWidgetVisible(last)  # type: ignore[attr-defined]
    settle(window)
    shoot(window, out, "02-encounter-scale-glucometer")
    meter_memory(window, screen, scroll, last, out)
    oximeter_memory(window, screen, scroll, out)

    photos = screen.photos
    photos.start_camera()
    wait(
        window, lambda: photos.preview.pixmap() is not None and not photos.preview.pixmap().isNull()
    )
    photos.take("clinical_photo")
    wait(window, lambda: photos.thumbs.count() > 1)
    scroll.ensureWidgetVisible(photos)  # type: ignore[attr-defined]
    settle(window)
    shoot(window, out, "03-encounter-photos")

    oximeter = next(c for c in screen.devices.cards.values() if c.info.category == "oximeter")
    assert ctx.devices is not None
    next(d for d in ctx.devices.simulated if d.sim.driver == "contec-cms50d").unplug()
    scroll.ensureWidgetVisible(oximeter)  # type: ignore[attr-defined]
    wait(window, lambda: oximeter.state is DeviceState.DISCONNECTED)
    shoot(window, out, "04-oximeter-unplugged")

    window.register_patient()
    form = window.current_screen
    assert isinstance(form, RegistrationScreen)
    form.scan_card.scan()
    dialog = form.scan_card.dialog
    assert dialog is not None
    wait(
        window, lambda: dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    )
    dialog.timer.stop()
    dialog.grab().save(str(out / "en-devices-05-abha-scan-dialog.png"))
    print(out / "en-devices-05-abha-scan-dialog.png")
    dialog.timer.start()
    wait(window, lambda: not dialog.isVisible())
    shoot(window, out, "06-registration-prefilled")
    ultra_mini_memory(window, ctx, enc.id, out)
    window.close()
    shutdown(ctx)


def meter_memory(window: MainWindow, screen: EncounterScreen, scroll, card, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The glucometer's memory list, the newest result picked from it, and the second
    question an old result gets."""
    memory = card.memory
    scroll.ensureWidgetVisible(memory, 0, 0)
    settle(window)
    shoot(window, out, "07-meter-memory")
    count = len(screen.detail.observations if screen.detail else [])
    memory.buttons[memory.records[0].key].click()
    wait(window, lambda: len(screen.detail.observations if screen.detail else []) > count)
    scroll.ensureWidgetVisible(card.note)
    settle(window)
    shoot(window, out, "08-meter-reading-picked")
    old = next(r for r in memory.records if r.recordable and not r.is_recent(memory.clock()))
    memory.buttons[old.key].click()
    wait(window, lambda: memory.confirm.isVisible())
    scroll.ensureWidgetVisible(memory.confirm)
    settle(window)
    shoot(window, out, "09-meter-old-reading-asks")
    memory.no.click()


def oximeter_memory(window: MainWindow, screen: EncounterScreen, scroll, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The oximeter's "Read memory" while its stored session comes in, then the session's
    newest records listed to pick from."""
    card = next(c for c in screen.devices.cards.values() if c.info.driver == "contec-cms50d")
    download = card.download
    assert download is not None
    scroll.ensureWidgetVisible(card)
    wait(window, lambda: download.button.isEnabled())
    download.button.click()
    wait(
        window,
        lambda: (
            " of 300 records" in download.status.text() and "… 0 of" not in download.status.text()
        ),
    )
    scroll.ensureWidgetVisible(download)
    settle(window)
    shoot(window, out, "10-oximeter-read-memory")
    wait(window, lambda: download.status.text().startswith("Memory read"), 30)
    scroll.ensureWidgetVisible(card.memory, 0, 0)
    settle(window)
    shoot(window, out, "11-oximeter-memory-list")


def ultra_mini_memory(window: MainWindow, ctx, encounter_id: str, out: Path) -> None:  # type: ignore[no-untyped-def]
    """A OneTouch Ultra Mini's memory, read over its binary protocol, on the case."""
    window.open_encounter(encounter_id)
    screen = window.current_screen
    assert isinstance(screen, EncounterScreen)
    ctx.devices.simulate("onetouch-ultra-easy")
    wait(
        window,
        lambda: any(
            c.info.driver == "onetouch-ultra-easy" and len(c.memory.records) == 4
            for c in screen.devices.cards.values()
        ),
    )
    card = next(c for c in screen.devices.cards.values() if c.info.driver == "onetouch-ultra-easy")
    ultra2 = next(c for c in screen.devices.cards.values() if c.info.driver == "onetouch-ultra2")
    wait(window, lambda: len(ultra2.memory.records) > 0, 30)  # its next download
    scroll = screen.devices.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    assert scroll is not None
    scroll.ensureWidgetVisible(card.memory, 0, 0)  # type: ignore[attr-defined]
    settle(window)
    shoot(window, out, "12-ultra-mini-memory")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
