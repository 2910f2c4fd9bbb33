"""Building the consult service from the kiosk's configuration, on the engine loop."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.config import KioskConfig
from kiosk.devices.camera import CAMERA_SETTING, Camera, Cameras
from kiosk.events import EventBus
from kiosk.rtc.service import ConsultService, MediaChoice
from kiosk.rtc.sound import DEFAULT, INPUT_SETTING, OUTPUT_SETTING
from kiosk.store.attachments import Attachments
from kiosk.store.blobs import BlobFiles
from kiosk.store.consults import ConsultRecords
from kiosk.store.housekeeping import photo_reserve
from kiosk.store.settings import Settings
from kiosk.store.store import Store
from kiosk.sync import enrollment
from kiosk.sync.link import LinkPolicy


def camera_opener(cameras: Cameras, settings: Settings) -> Callable[[], Camera]:
    """The camera chosen in settings (or the first one) as it is when a call starts."""

    def open_camera() -> Camera:
        chosen = settings.get(CAMERA_SETTING)
        if chosen is None:
            chosen = next((c.id for c in cameras.choices()), "0")
        choice = chosen
        return Camera(lambda: cameras.open(choice))

    return open_camera


async def start_consults(
    cfg: KioskConfig,
    store: Store,
    bus: EventBus,
    cameras: Cameras,
    on_sync: Callable[[str], None] | None = None,
) -> ConsultService | None:
    """The running consult service, or None while the kiosk is not enrolled."""
    enrolled = enrollment.load(cfg.home)
    if enrolled is None:
        return None
    settings = Settings(store)

    def media() -> MediaChoice:
        return MediaChoice(
            settings.get(INPUT_SETTING) or DEFAULT, settings.get(OUTPUT_SETTING) or DEFAULT
        )

    reserve = photo_reserve(store, cfg.home, cfg.blobs_dir, cfg.photos_min_free_mib)
    records = ConsultRecords(store, Attachments(store, BlobFiles(cfg.blobs_dir), reserve=reserve))
    service = ConsultService(
        cfg.hub_url or enrolled.hub_url,
        enrolled.token,
        bus,
        camera_opener(cameras, settings),
        records,
        media,
        on_sync,
        LinkPolicy(cfg.hub_ca_file, cfg.allow_plain_http),
    )
    await service.start()
    return service
