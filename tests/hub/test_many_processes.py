"""Two ``kiosk-hub serve`` processes, one database, one shared blob folder (or bucket)
and one key: any process accepts any push, pull or blob, and a photo upload cut on one
process resumes on the other from the bytes the first one kept."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from hub.cli import main as hub_main
from kiosk.sync.client import HubClient
from tests import hubtools
from tests.conftest import FakeClock
from tests.faultproxy import FaultProxy
from tests.hubprocess import HubProcess, write_config
from tests.hubtools import attach_photo, kept, make_kiosk, photo_bytes, stored_blob


def _code(capsys: pytest.CaptureFixture[str], home: Path) -> str:
    capsys.readouterr()
    assert hub_main(["enroll-code", "spoke-a", "--home", str(home)]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


@pytest.mark.usefixtures("blob_store")  # the folder and an S3 bucket
def test_any_process_serves_any_push_pull_or_blob(
    tmp_path: Path, clock: FakeClock, hub_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"  # stands for a database server and a shared mount
    write_config(
        tmp_path / "a",
        db=hub_db or f"sqlite:{shared / 'hub.db'}",
        blobs=str(shared / "blobs"),
        signing_key=str(shared / "hub_signing_key.pem"),
        **hubtools.HUB_SETTINGS,
    )
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "hub.toml").write_bytes((tmp_path / "a" / "hub.toml").read_bytes())
    add = ["spokes", "add", "spoke-a", "--name", "HWC A", "--home", str(tmp_path / "a")]
    assert hub_main(add) == 0
    codes = [_code(capsys, tmp_path / "b"), _code(capsys, tmp_path / "a")]
    with HubProcess(tmp_path / "a") as a, HubProcess(tmp_path / "b") as b:
        asyncio.run(_scenario(tmp_path, clock, a, b, codes))
    stats = []
    for home in ("a", "b"):
        assert hub_main(["stats", "--json", "--home", str(tmp_path / home)]) == 0
        stats.append(capsys.readouterr().out)
    assert stats[0] == stats[1] and '"blobs": 1' in stats[0] and '"encounters": 2' in stats[0]


async def _scenario(
    tmp_path: Path, clock: FakeClock, a: HubProcess, b: HubProcess, codes: list[str]
) -> None:
    async with HubClient(a.url) as to_a, HubClient(b.url) as to_b:
        health = [await to_a.health(), await to_b.health()]
        assert health[0]["hub_key_fingerprint"] == health[1]["hub_key_fingerprint"]
        first = await to_a.enroll(codes[0], "front desk")  # a code made by B's home
        second = await to_b.enroll(codes[1], "back room")
    one = make_kiosk(tmp_path / "k1", "spoke-a", clock, first["token"])
    two = make_kiosk(tmp_path / "k2", "spoke-a", clock, second["token"])
    try:
        patient = one.patient()
        encounter = one.encounter(patient, vitals=3)
        data = photo_bytes(600_000, seed=3)
        sha = attach_photo(one, patient, encounter, data)
        # Through A, cut in the middle of the photo: the records went, part of the photo too.
        async with FaultProxy(a.port, reset_after=150_000, rate_bps=4_000_000) as proxy:
            cut = await one.sync(proxy.url, chunk_bytes=256 * 1024)
        assert not cut.ok and cut.pending == 0 and proxy.resets == 1
        async with HubClient(b.url, one.token) as client:
            held = await kept(lambda: _offset(client, sha))
        assert 0 < held < len(data)  # B sees the bytes A kept
        resumed = await one.sync(b.url, chunk_bytes=256 * 1024)
        assert resumed.clean and resumed.blobs == 1
        # Pushed through A, pulled through B; and the other way round.
        pulled = await two.sync(b.url)
        assert pulled.clean and two.ids("encounters") == {encounter}
        assert two.ids("observations") == one.ids("observations")
        later = two.encounter(two.patient("Radha Devi"), vitals=2)
        assert (await two.sync(b.url)).clean
        back = await one.sync(a.url)
        assert back.clean and back.pulled == 4 and one.ids("encounters") == {encounter, later}
    finally:
        one.close()
        two.close()
    assert await stored_blob(tmp_path / "shared" / "blobs", sha) == data


async def _offset(client: HubClient, sha: str) -> int:
    return (await client.blob_state("spoke-a", sha)).offset
