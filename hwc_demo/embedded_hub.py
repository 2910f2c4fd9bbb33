"""The demo's own hub: a real reference hub on loopback, on the kiosk's engine loop, with
a demo spoke, specialist and mapping, and this kiosk enrolled in it. Only ``kiosk --demo``
imports this module, so an ordinary start never loads the hub.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from hub import config as hub_config
from hub import credentials
from hub.server import RunningHub, start
from hub.storage.models import Mapping, Specialist
from kiosk.config import KioskConfig
from kiosk.domain.encounter import Specialty
from kiosk.sync import enrollment

DEMO_SPECIALIST = "dr.demo"
# The demo hub listens on loopback only, for trying the specialist console by hand.
DEMO_SPECIALIST_PASSWORD = "demo-consult"  # noqa: S105  (a demo, on loopback)
DEMO_HUB_SITE = "District Hospital (demo)"


async def start_demo_hub(cfg: KioskConfig) -> RunningHub:
    """Start the hub (port chosen by the system) and enroll this kiosk, or point the
    existing enrollment at the new port when the demo home is reused."""
    hub_cfg = hub_config.load(
        home=cfg.home / "demo-hub", environ={}, overrides={"host": "127.0.0.1", "port": 0}
    )
    running = await start(hub_cfg)
    sign_in = f"sign in as {DEMO_SPECIALIST}, password {DEMO_SPECIALIST_PASSWORD}"
    print(f"specialist console: {running.url}/console/ ({sign_in})", flush=True)
    storage = running.storage
    now = datetime.now(UTC)
    if cfg.spoke_id not in {s.id for s in await storage.spokes()}:
        await storage.add_spoke(cfg.spoke_id, cfg.spoke_name, cfg.district, cfg.state, now)
        for specialty in (Specialty.GENERAL_MEDICINE, Specialty.PAEDIATRICS):
            await storage.map_spoke(Mapping(cfg.spoke_id, specialty.value, DEMO_HUB_SITE))
        await storage.add_specialist(
            Specialist(DEMO_SPECIALIST, "Dr. Asha Verma", Specialty.GENERAL_MEDICINE.value,
                       "RMC-12345", DEMO_HUB_SITE),
            credentials.hash_password(DEMO_SPECIALIST_PASSWORD),
        )  # fmt: skip
    enrolled = enrollment.load(cfg.home)
    if enrolled is not None and enrolled.spoke_id == cfg.spoke_id:
        enrollment.save(cfg.home, replace(enrolled, hub_url=running.url))
        return running
    code = credentials.new_enroll_code()
    await storage.add_enroll_code(
        cfg.spoke_id, credentials.code_hash(code), now, now + timedelta(minutes=5)
    )
    await enrollment.enroll(running.url, code, cfg.home, "demo kiosk")
    return running
