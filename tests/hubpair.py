"""Two ``kiosk-hub serve`` processes on one PostgreSQL database (and one blob folder and
signing key), with spokes, specialists and enrolled kiosks made through the database:
for the tests of what must cross from one hub process to the other."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import aiohttp

from hub import credentials
from hub.storage.models import Mapping, Specialist
from hub.storage.postgres import PostgresStorage
from tests.consulttools import PASSWORD, SITE
from tests.hubprocess import HubProcess, write_config

Pair = tuple[HubProcess, HubProcess]


@contextmanager
def hub_pair(folder: Path, db_url: str, **settings: object) -> Iterator[Pair]:
    """Hub processes A and B, started, with the same settings; stopped afterwards."""
    shared = folder / "shared"
    for name in ("a", "b"):
        write_config(folder / name, db=db_url, blobs=str(shared / "blobs"),
                     signing_key=str(shared / "hub_signing_key.pem"), **settings)  # fmt: skip
    with HubProcess(folder / "a") as a, HubProcess(folder / "b") as b:
        yield a, b


@dataclass
class StateHub:
    """The test's own connection to the hubs' database, for what an administrator does."""

    storage: PostgresStorage

    async def setup(self) -> None:
        """Spokes A and B; Dr. Asha and Dr. Ravi at the site spoke A sends its cases to."""
        now = datetime.now(UTC)
        for spoke in ("spoke-a", "spoke-b"):
            await self.storage.add_spoke(spoke, f"HWC {spoke}", "Jaipur", "Rajasthan", now)
        await self.storage.map_spoke(Mapping("spoke-a", "general_medicine", SITE))
        for user in ("dr.asha", "dr.ravi"):
            specialist = Specialist(user, f"Dr. {user[3:].title()}", "general_medicine",
                                    "RMC-1", SITE)  # fmt: skip
            await self.storage.add_specialist(specialist, credentials.hash_password(PASSWORD))

    async def enroll(self, hub_url: str, spoke_id: str) -> str:
        """A kiosk of the spoke enrolled through this hub process: its token."""
        code, now = credentials.new_enroll_code(), datetime.now(UTC)
        await self.storage.add_enroll_code(
            spoke_id, credentials.code_hash(code), now, now + timedelta(hours=1)
        )
        url = f"{hub_url}/api/v1/enroll"
        async with aiohttp.ClientSession() as session, session.post(url, json={"code": code}) as r:
            assert r.status == 200, await r.text()
            return str((await r.json())["token"])

    async def close(self) -> None:
        await self.storage.close()


async def state_hub(db_url: str) -> StateHub:
    storage = PostgresStorage(db_url, pool_size=2)
    await storage.open()
    state = StateHub(storage)
    await state.setup()
    return state
