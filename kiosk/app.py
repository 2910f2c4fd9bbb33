"""Composition root: builds configuration, store, services and the window, and runs Qt."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hwc_shared.files import private_dir
from kiosk import config, logs
from kiosk.commands.common import KIOSK_OPEN
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME, demo_cho_id
from kiosk.config import KioskConfig
from kiosk.demo_data import generate
from kiosk.devices.attached import AttachedDevices
from kiosk.devices.camera import Cameras, SimulatedCameras, card_picture
from kiosk.engine import Engine
from kiosk.events import EventBus
from kiosk.store import keys
from kiosk.store.clinic import Clinic
from kiosk.store.lock import KioskRunning, acquire_app_lock
from kiosk.sync.local import SyncLedger
from kiosk.ui import i18n
from kiosk.ui.bridge import Bridge
from kiosk.ui.context import Context, DemoLogin
from kiosk.ui.main_window import MainWindow
from kiosk.ui.screen_font import interface_font
from kiosk.ui.typing_order import keep_typing_order
from kiosk.ui.widgets import use_zone

if TYPE_CHECKING:
    from kiosk.backup.service import MaintenanceService
    from kiosk.rtc.service import ConsultService
    from kiosk.sync.runtime import HubStarter, SyncRuntime

STYLE = Path(__file__).parent / "ui" / "style" / "kiosk.qss"
DEMO_PATIENTS = 60
DEMO_ENCOUNTERS = 14
# Set by the start-up benchmark: print when the first screen is on show, then quit.
READY_PROBE_ENV = "KIOSK_READY_PROBE"
log = logging.getLogger("kiosk.app")
# The demo's bench of simulated devices: driver, variant, serial number.
DEMO_DEVICES = (
    ("contec-cms50d", None, "SIM-OXIMETER-1"),
    ("taidoc", "bp", "SIM-BP-1"),
    ("ad-scale", None, "SIM-SCALE-1"),
    ("onetouch-ultra2", None, "SIM-GLUCOMETER-1"),
)
# What the demo's simulated camera holds up: a made-up person's ABHA card.
DEMO_ABHA_CARD = (
    '{"hidn": "91-7654-3210-9876", "hid": "sunita.devi@sbx", "name": "SUNITA DEVI", '
    '"gender": "F", "dob": "12-3-1988", "mobile": "9414000000", '
    '"district_name": "JAIPUR", "state name": "RAJASTHAN"}'
)


def _input_method() -> None:
    """Typing the Indian scripts goes through IBus (kiosk/provision/typing_setup.py); a
    session that did not say which input method Qt should use gets IBus when it is
    installed, so a name can be typed in the patient's script."""
    headless = os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal")
    if "QT_IM_MODULE" not in os.environ and not headless and shutil.which("ibus-daemon"):
        os.environ["QT_IM_MODULE"] = "ibus"


def application(argv: list[str] | None = None) -> QApplication:
    _input_method()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv)
    app.setApplicationName("HWC Spoke Kiosk")
    keep_typing_order(app)
    app.setFont(interface_font())
    app.setStyleSheet(STYLE.read_text(encoding="utf-8"))
    return app


def seed_demo(clinic: Clinic, cfg: KioskConfig) -> None:
    """A demo home gets a demo CHO and a register of synthetic patients (once). Its
    recovery key opens made-up records only: the demo does not ask to write it down."""
    cho_id = demo_cho_id(clinic)
    keys.waive_recovery_confirmation(cfg.home)  # a demo home made before that rule
    if not clinic.patients.search(""):
        generate(
            clinic.store,
            spoke_id=cfg.spoke_id,
            cho_id=cho_id,
            patient_count=DEMO_PATIENTS,
            encounter_count=DEMO_ENCOUNTERS,
        )


def start_devices(
    cfg: KioskConfig, clinic: Clinic, bus: EventBus
) -> tuple[AttachedDevices, Cameras]:
    """Vitals devices and cameras: real ones, or in the demo a bench of simulators
    played on pseudo-terminals (so the real drivers read them) and a simulated camera.
    Real ports are watched from ``run`` on, not here: tests build windows too."""
    zone = ZoneInfo(cfg.timezone)
    if cfg.demo:
        devices = AttachedDevices(bus, clock=clinic.clock, zone=zone)
        for name, variant, serial in DEMO_DEVICES:
            devices.simulate(name, variant=variant, serial=serial)
        return devices, SimulatedCameras(card_picture(DEMO_ABHA_CARD))
    return AttachedDevices(bus, clinic.settings, clock=clinic.clock, zone=zone), Cameras()


def build(cfg: KioskConfig, clinic: Clinic | None = None) -> tuple[MainWindow, Context]:
    """The window and its context, not yet shown; tests and screenshots use this too."""
    use_zone(cfg.timezone)
    i18n.install(cfg.language)
    clinic = clinic or Clinic.open(cfg.db_path, cfg.spoke_id, zone=cfg.timezone)
    clinic.keep_photos(cfg.home, cfg.blobs_dir, cfg.photos_min_free_mib)
    engine = Engine().start()
    bus = EventBus()
    bridge = Bridge(engine=engine, bus=bus)
    demo = DemoLogin(DEMO_USERNAME, DEMO_PIN) if cfg.demo else None
    devices, cameras = start_devices(cfg, clinic, bus)
    ctx = Context(
        clinic=clinic,
        bridge=bridge,
        config=cfg,
        engine=engine,
        bus=bus,
        sync_ledger=SyncLedger(clinic.store),
        demo_login=demo,
    )
    ctx.devices, ctx.cameras = devices, cameras
    window = MainWindow(ctx)
    return window, ctx


def _demo_config(home: str | None, language: str | None) -> KioskConfig:
    chosen = Path(home) if home else Path(tempfile.mkdtemp(prefix="hwc-kiosk-demo-"))
    return config.load(
        home=chosen,
        overrides={
            "demo": True,
            "language": language or "en",
            "spoke_id": "demo-spoke",
            "spoke_name": "HWC Bassi (demo)",
            "district": "Jaipur",
            "state": "Rajasthan",
        },
    )


def run(
    home: str | None = None,
    demo: bool = False,
    language: str | None = None,
    fullscreen: bool = False,
    start_hub: HubStarter | None = None,
) -> int:
    started = time.monotonic()
    cfg = (
        _demo_config(home, language)
        if demo
        else config.load(home=Path(home) if home else None, overrides={"language": language})
    )
    private_dir(cfg.home)
    try:  # held while the window is open: no restore, migration or second kiosk meanwhile
        held = acquire_app_lock(cfg.home, record_pid=True)
    except KioskRunning as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return KIOSK_OPEN
    logs.setup(cfg.logs_dir)
    log.info("starting kiosk (home %s, demo %s)", cfg.home, cfg.demo)
    app = application()
    window, ctx = build(cfg)
    if ctx.devices is not None and not cfg.demo:
        ctx.devices.watch()
    if os.environ.get(READY_PROBE_ENV):
        QTimer.singleShot(0, lambda: _probe_ready(window, started))
    if fullscreen:
        # Without a window manager (a bare X session on a kiosk) full screen is not
        # enforced for us: take the whole screen's geometry as well.
        screen = app.primaryScreen()
        if screen is not None:
            window.setGeometry(screen.geometry())
        window.showFullScreen()
    else:
        window.resize(1366, 768)
        window.show()
    start_sync(ctx, start_hub)
    start_maintenance(ctx)
    if cfg.demo:
        ctx.bridge.run(lambda: seed_demo(ctx.clinic, cfg), lambda _: window.start())
        print(f"demo home: {cfg.home}  (sign in as '{DEMO_USERNAME}', PIN {DEMO_PIN})")
    else:
        window.start()
    try:
        return app.exec()
    finally:
        shutdown(ctx)
        held.release()


def start_sync(ctx: Context, start_hub: HubStarter | None = None) -> None:
    """Start sync (and the demo's own hub, when the entry point handed one in), then
    consults, on the engine loop once the window is up: the network code is imported
    there, so it never delays the first screen."""
    cfg, store, bus, cameras = ctx.config, ctx.clinic.store, ctx.bus, ctx.cameras

    async def boot() -> tuple[SyncRuntime, ConsultService | None]:
        from kiosk.rtc.runtime import start_consults
        from kiosk.sync.runtime import boot as boot_sync

        runtime = await boot_sync(cfg, store, bus, start_hub)
        trigger = runtime.service.trigger if runtime.service is not None else None
        consult = await start_consults(cfg, store, bus, cameras or Cameras(), trigger)
        return runtime, consult

    def booted(done: tuple[SyncRuntime, ConsultService | None]) -> None:
        ctx.sync, ctx.consult = done

    ctx.bridge.run_async(boot, booted)


def start_maintenance(ctx: Context) -> None:
    """The nightly backup and the trim of photo originals, scheduled on the engine loop."""
    cfg, store, bus = ctx.config, ctx.clinic.store, ctx.bus

    async def boot() -> MaintenanceService:
        from kiosk.backup.service import MaintenanceService

        service = MaintenanceService(cfg, store, bus)
        await service.start()
        return service

    ctx.bridge.run_async(boot, lambda service: setattr(ctx, "maintenance", service))


def shutdown(ctx: Context) -> None:
    """Stop background work in order: devices, UI operations, upkeep, sync, the engine,
    the store."""
    if ctx.devices is not None:
        ctx.devices.stop()
    ctx.bridge.shutdown()
    if ctx.consult is not None:
        ctx.engine.submit(ctx.consult.stop()).result(timeout=15)
    if ctx.maintenance is not None:
        ctx.engine.submit(ctx.maintenance.stop()).result(timeout=120)
    if ctx.sync is not None:
        ctx.engine.submit(ctx.sync.close()).result(timeout=15)
    ctx.engine.stop()
    ctx.clinic.close()


def _probe_ready(window: MainWindow, started: float) -> None:
    """Wait until the first screen is on show, print how long it took, and quit."""
    if window.current_screen is None or not window.current_screen.isVisible():
        QTimer.singleShot(5, lambda: _probe_ready(window, started))
        return
    window.repaint()
    print(f"ready {time.monotonic() - started:.3f}", flush=True)
    QApplication.quit()
