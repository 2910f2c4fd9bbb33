"""The kiosk's real window with consults on: enrolled at a hub with a specialist, a case
queued for general medicine and synced, the consult service connected, the case open.
Shared by the UI tests and the screenshots."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from hub import credentials
from hub.storage.models import Mapping, Specialist
from kiosk import config
from kiosk.app import build, start_sync
from kiosk.commands.demo import demo_cho_id
from kiosk.devices.camera import SimulatedCameras
from kiosk.domain.patient import PatientForm
from kiosk.rtc.sound import INPUT_SETTING, OUTPUT_SETTING
from kiosk.store.settings import Settings
from kiosk.sync import enrollment
from kiosk.sync.runtime import run_once
from kiosk.ui.context import Context
from kiosk.ui.main_window import MainWindow
from tests.consent_helpers import consented
from tests.consulttools import PASSWORD, QUALIFICATION, SITE
from tests.hubtools import ThreadHub
from tests.rtc.media_files import make_tone

Until = Callable[[Callable[[], bool]], None]
MakeCase = Callable[[Context, str], str]  # (context, CHO id) -> a queued case's id


def fever_case(ctx: Context, cho_id: str) -> str:
    patient = ctx.clinic.patients.register(
        PatientForm(name="Sunita Devi", sex="female", age_years="34", village="Bassi"), cho_id
    )
    encounter = ctx.clinic.encounters.open(patient.id, cho_id, "Fever and cough for 5 days")
    consented(ctx.clinic, encounter.id, cho_id)
    ctx.clinic.encounters.request_consult(encounter.id, "general_medicine", False, cho_id)
    return encounter.id


def consult_hub(home: Path, spoke_id: str = "spoke-a") -> ThreadHub:
    """A hub on its own thread with Dr. Asha Verma and the spoke mapped to her site."""
    hub = ThreadHub(home, spoke_id)
    storage = hub.running.storage
    hub.run(storage.map_spoke(Mapping(spoke_id, "general_medicine", SITE)))
    hub.run(storage.add_specialist(
        Specialist("dr.asha", "Dr. Asha Verma", "general_medicine", "RMC-12345", SITE,
                   QUALIFICATION),
        credentials.hash_password(PASSWORD),
    ))  # fmt: skip
    return hub


def open_consult_kiosk(
    home: Path, hub: ThreadHub, until: Until, language: str = "en", case: MakeCase = fever_case
) -> tuple[MainWindow, Context, str]:
    """The window (1366x768, shown), its context, and the open case's encounter id."""
    home.mkdir(parents=True, exist_ok=True)
    asyncio.run(enrollment.enroll(hub.url, hub.code(), home, "front desk"))
    cfg = config.load(home=home, environ={}, overrides={"language": language,
                      "spoke_name": "HWC Bassi"})  # fmt: skip
    window, ctx = build(cfg)
    ctx.cameras = SimulatedCameras()
    window.resize(1366, 768)
    window.show()
    cho_id = demo_cho_id(ctx.clinic)
    ctx.cho = next(c for c in ctx.clinic.accounts.list() if c.id == cho_id)
    settings = Settings(ctx.clinic.store)
    settings.set(INPUT_SETTING, f"file:{make_tone(home / 'tone.wav')}")
    settings.set(OUTPUT_SETTING, "none")
    encounter = case(ctx, cho_id)
    enrolled = enrollment.load(home)
    assert enrolled is not None
    assert asyncio.run(run_once(cfg, ctx.clinic.store, enrolled)).clean
    start_sync(ctx)
    until(lambda: ctx.consult is not None and ctx.consult.signal.connected)
    window.signed_in(ctx.cho)
    window.open_encounter(encounter)
    return window, ctx, encounter
