"""Test helpers: a real hub on loopback inside the test's own event loop, and kiosks
(store, clinic, enrollment) that sync with it through the real client."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp

from hub import config as hub_config
from hub import credentials
from hub.blobstore import BlobStore
from hub.server import RunningHub, start
from hub.storage.aggregates import Sync
from kiosk.domain.clock import Clock
from kiosk.domain.patient import PatientForm
from kiosk.domain.vitals import ObservationKind
from kiosk.store.blobs import BlobFiles
from kiosk.store.clinic import Clinic
from kiosk.store.store import Store
from kiosk.sync.client import HubClient, Timeouts
from kiosk.sync.cycle import CycleSettings, SyncCycle
from kiosk.sync.link import LinkPolicy
from kiosk.sync.report import SyncReport

# The storage URL of the hubs these helpers start ("" = SQLite in the hub's home); the
# ``hub_db`` fixture sets it so that one test runs against every backend.
HUB_DB = ""
# More settings of those hubs: the ``blob_store`` fixture puts an S3 bucket's here.
HUB_SETTINGS: dict[str, Any] = {}


@dataclass
class Hub:
    running: RunningHub
    session: aiohttp.ClientSession

    @property
    def url(self) -> str:
        return self.running.url

    @property
    def storage(self) -> Any:
        return self.running.storage

    async def add_spoke(self, spoke_id: str) -> None:
        await self.storage.add_spoke(spoke_id, f"HWC {spoke_id}", "Jaipur", "Rajasthan", _now())

    async def code(self, spoke_id: str, hours: float = 1) -> str:
        code = credentials.new_enroll_code()
        now = _now()
        await self.storage.add_enroll_code(
            spoke_id, credentials.code_hash(code), now, now + timedelta(hours=hours)
        )
        return code

    async def enroll(self, spoke_id: str) -> dict[str, Any]:
        status, body = await self.call(
            "POST", "/api/v1/enroll", body={"code": await self.code(spoke_id)}
        )
        assert status == 200, body
        return body

    async def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        body: Any = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
        gzipped: bool = False,
    ) -> tuple[int, Any]:
        sent = dict(headers or {})
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
            sent.setdefault("Content-Type", "application/json")
        if gzipped and data is not None:
            data = gzip.compress(data)
            sent["Content-Encoding"] = "gzip"
        async with self.session.request(method, self.url + path, data=data, headers=sent) as r:
            text = await r.text()
            try:
                return r.status, json.loads(text)
            except json.JSONDecodeError:
                return r.status, text

    async def stats(self) -> dict[str, int]:
        result: dict[str, int] = await self.storage.stats()
        return result


def _now() -> datetime:
    return datetime.now(UTC)


async def held_ids(storage: Sync, spoke_id: str, entity: str) -> list[str]:
    """The ids of one kind of record the hub holds for a spoke, sorted: what a kiosk of the
    spoke that has never synced would pull (the storage's public feed, page by page)."""
    ids: set[str] = set()
    since, more = 0, True
    while more:
        page = await storage.pull(spoke_id, "a-kiosk-that-never-synced", since, 500)
        ids.update(c.entity_id for c in page.changes if c.entity == entity)
        since, more = page.cursor, page.more
    return sorted(ids)


@asynccontextmanager
async def running_hub(home: Path, **settings: Any) -> AsyncIterator[Hub]:
    cfg = hub_config.load(
        home=home, environ={}, overrides={"port": 0, "db": HUB_DB, **HUB_SETTINGS, **settings}
    )
    running = await start(cfg)
    try:
        async with aiohttp.ClientSession() as session:
            yield Hub(running, session)
    finally:
        await running.stop()


@dataclass
class Kiosk:
    """One kiosk: its own database, clinic and blob files, enrolled at a hub."""

    clinic: Clinic
    blobs: BlobFiles
    spoke_id: str
    token: str = ""
    cho_id: str = ""
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def store(self) -> Store:
        return self.clinic.store

    def cycle(
        self, url: str, timeouts: Timeouts | None = None, link: LinkPolicy | None = None,
        **settings: Any,
    ) -> tuple[SyncCycle, HubClient]:  # fmt: skip
        client = HubClient(url, self.token, timeouts or Timeouts(connect=5, read=10), link=link)
        chosen = {**self.settings, **settings}
        cycle = SyncCycle(
            self.store,
            client,
            self.blobs,
            CycleSettings(self.spoke_id, **chosen),
            clock=self.clinic.clock,
        )
        return cycle, client

    async def sync(self, url: str, link: LinkPolicy | None = None, **settings: Any) -> SyncReport:
        cycle, client = self.cycle(url, link=link, **settings)
        async with client:
            return await cycle.run()

    def outbox_count(self) -> int:
        return int(
            self.store.read(lambda db: db.execute("SELECT count(*) FROM outbox").fetchone()[0])
        )

    def ids(self, table: str) -> set[str]:
        return {
            r[0]
            for r in self.store.read(lambda db: db.execute(f"SELECT id FROM {table}").fetchall())
        }

    # -- making data -----------------------------------------------------------------
    def patient(self, name: str = "Sunita Devi", **form: Any) -> str:
        fields = {"name": name, "sex": "female", "age_years": "40", "village": "Bassi", **form}
        return self.clinic.patients.register(PatientForm(**fields), self.cho_id).id

    def encounter(self, patient_id: str, vitals: int = 3) -> str:
        enc = self.clinic.encounters.open(patient_id, self.cho_id, "Fever for 3 days")
        kinds = [ObservationKind.PULSE_RATE, ObservationKind.SPO2, ObservationKind.BODY_TEMPERATURE]
        values = [82.0, 97.0, 37.8]
        for kind, value in list(zip(kinds, values, strict=True))[:vitals]:
            self.clinic.encounters.record_vital(enc.id, kind, self.cho_id, value=value)
        return enc.id

    def close(self) -> None:
        self.clinic.close()


def make_kiosk(
    home: Path, spoke_id: str, clock: Clock, token: str = "", hub: tuple[str, Any] | None = None
) -> Kiosk:
    """A kiosk with a CHO; with ``hub`` (the hub's URL and enrollment answer) it keeps
    its enrollment as a real kiosk does, the hub's key pinned for prescriptions."""
    clinic = Clinic(Store(home / "kiosk.db"), spoke_id, clock=clock)
    cho = clinic.accounts.create("asha", "Asha Meena", "2580", check_pin=False)
    settings: dict[str, Any] = {}
    if hub is not None:
        from kiosk.sync import enrollment

        enrollment.save(home, enrollment.from_answer(hub[0], hub[1], _now()))
        settings["home"] = home
    return Kiosk(clinic, BlobFiles(home / "blobs"), spoke_id, token, cho.id, settings)


@asynccontextmanager
async def hub_and_kiosk(
    tmp_path: Path, clock: Clock, spoke_id: str = "spoke-a"
) -> AsyncIterator[tuple[Hub, Kiosk]]:
    async with running_hub(tmp_path / "hub") as hub:
        await hub.add_spoke(spoke_id)
        enrolled = await hub.enroll(spoke_id)
        kiosk = make_kiosk(
            tmp_path / "kiosk", spoke_id, clock, enrolled["token"], (hub.url, enrolled)
        )
        try:
            yield hub, kiosk
        finally:
            kiosk.close()


class ThreadHub:
    """A hub on its own loop thread, for code that runs its own ``asyncio.run`` (the CLI)
    or a Qt event loop (the UI tests)."""

    def __init__(self, home: Path, spoke_id: str = "spoke-a") -> None:
        from kiosk.engine import Engine

        self.engine = Engine().start()
        cfg = hub_config.load(home=home, environ={}, overrides={"port": 0, "db": HUB_DB})
        self.running: RunningHub = self.engine.submit(start(cfg)).result(timeout=30)
        self.spoke_id = spoke_id
        self.run(self.running.storage.add_spoke(spoke_id, "HWC A", "Jaipur", "Rajasthan", _now()))

    @property
    def url(self) -> str:
        return self.running.url

    def run(self, coro: Any) -> Any:
        return self.engine.submit(coro).result(timeout=60)

    def code(self) -> str:
        code = credentials.new_enroll_code()
        now = _now()
        self.run(
            self.running.storage.add_enroll_code(
                self.spoke_id, credentials.code_hash(code), now, now + timedelta(hours=1)
            )
        )
        return code

    def close(self) -> None:
        self.run(self.running.stop())
        self.engine.stop()


def photo_bytes(size: int, seed: int = 1) -> bytes:
    """Incompressible bytes standing in for a JPEG of that size."""
    import random

    return random.Random(seed).randbytes(size)


def attach_photo(kiosk: Kiosk, patient_id: str, encounter_id: str, data: bytes) -> str:
    from kiosk.store.attachments import insert_attachment

    ref = kiosk.blobs.put(data, "image/jpeg")
    now = kiosk.clinic.clock()
    kiosk.store.write(
        lambda db: insert_attachment(
            db, patient_id=patient_id, encounter_id=encounter_id, kind="photo",
            original=ref, upload=ref, by=kiosk.cho_id, now=now,
        )
    )  # fmt: skip
    return ref.sha256


async def kept(offset: Callable[[], Awaitable[int]], seconds: float = 5.0) -> int:
    """The bytes a hub kept of a cut upload, by ``offset`` (0 if none within ``seconds``).
    An object store holds them once the hub has seen the cut, which may be a moment
    after the kiosk saw it; a folder holds them as they arrive."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not (held := await offset()) and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.05)
    return held


async def stored_blob(folder: Path, sha256: str) -> bytes:
    """A blob as the store of this test's hubs holds it, read past the hubs: from the
    bucket the ``blob_store`` fixture chose, else from the blob folder."""
    if "blob_store" in HUB_SETTINGS:
        from hub.blobstore_s3 import S3BlobStore

        store = S3BlobStore.open(HUB_SETTINGS["blob_store"], HUB_SETTINGS["blob_s3_endpoint"])
        return await store.read(sha256)
    return BlobStore(folder).path(sha256).read_bytes()
