"""The hub's two blob stores behave alike: the shared folder and an S3-compatible object
store (moto's server on loopback). Each case runs against both."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import AsyncIterator, Callable, Iterable
from pathlib import Path

import pytest

from hub.blobstore import BlobBackend, BlobStore, OffsetMismatchError, TooLargeError
from tests.hubtools import photo_bytes

DATA = photo_bytes(300_000, seed=7)
SHA = hashlib.sha256(DATA).hexdigest()

Opener = Callable[[], BlobBackend]


@pytest.fixture(params=["folder", "s3"])
def open_store(request: pytest.FixtureRequest, tmp_path: Path) -> Opener:
    """Opens a store; a second call opens another over the same storage, as a second
    hub process would."""
    if request.param == "folder":
        return lambda: BlobStore(tmp_path / "blobs")
    from hub.blobstore_s3 import S3BlobStore

    settings = request.getfixturevalue("s3_settings")
    return lambda: S3BlobStore.open(settings["blob_store"], settings["blob_s3_endpoint"])


async def stream(pieces: Iterable[bytes], cut: bool = False) -> AsyncIterator[bytes]:
    """A request's body as the hub reads it; ``cut``: the link drops after the pieces."""
    for piece in pieces:
        await asyncio.sleep(0)
        yield piece
    if cut:
        raise ConnectionResetError("link cut")


def test_a_whole_upload_in_chunks(open_store: Opener) -> None:
    async def scenario() -> None:
        store = open_store()
        await store.check()
        assert not await store.has(SHA) and await store.offset(SHA) == 0
        assert await store.append(SHA, 0, len(DATA), stream([DATA[:100_000]])) == 100_000
        assert await store.offset(SHA) == 100_000
        pieces = [DATA[100_000:164_000], DATA[164_000:]]
        assert await store.append(SHA, 100_000, len(DATA), stream(pieces)) == len(DATA)
        assert not await store.has(SHA)  # whole, but not hashed yet
        assert await store.finish(SHA)
        assert await store.has(SHA) and await store.offset(SHA) == -1
        assert await store.read(SHA) == DATA
        assert await open_store().read(SHA) == DATA  # another process sees it

    asyncio.run(scenario())


def test_a_cut_keeps_what_arrived_and_the_upload_resumes(open_store: Opener) -> None:
    async def scenario() -> None:
        store = open_store()
        arrived = [DATA[:65_536], DATA[65_536:70_000]]
        with pytest.raises(ConnectionResetError):
            await store.append(SHA, 0, len(DATA), stream(arrived, cut=True))
        assert await store.offset(SHA) == 70_000
        assert await open_store().offset(SHA) == 70_000
        assert await store.append(SHA, 70_000, len(DATA), stream([DATA[70_000:]])) == len(DATA)
        assert await store.finish(SHA)
        assert await store.read(SHA) == DATA

    asyncio.run(scenario())


def test_an_append_at_the_wrong_offset_is_told_the_offset_held(open_store: Opener) -> None:
    async def scenario() -> None:
        store = open_store()
        await store.append(SHA, 0, len(DATA), stream([DATA[:1000]]))
        for wrong in (0, 500, 2000):
            with pytest.raises(OffsetMismatchError) as told:
                await store.append(SHA, wrong, len(DATA), stream([DATA[wrong : wrong + 10]]))
            assert told.value.offset == 1000
        assert await store.offset(SHA) == 1000

    asyncio.run(scenario())


def test_bytes_past_the_size_are_refused_and_those_before_kept(open_store: Opener) -> None:
    async def scenario() -> None:
        store = open_store()
        with pytest.raises(TooLargeError):
            await store.append(SHA, 0, 1500, stream([DATA[:1000], DATA[1000:2000]]))
        assert await store.offset(SHA) == 1000

    asyncio.run(scenario())


def test_a_wrong_hash_is_thrown_away_and_a_retry_starts_clean(open_store: Opener) -> None:
    async def scenario() -> None:
        store = open_store()
        wrong = bytearray(DATA)
        wrong[1234] ^= 0xFF
        await store.append(SHA, 0, len(DATA), stream([bytes(wrong[:5000])]))
        await store.append(SHA, 5000, len(DATA), stream([bytes(wrong[5000:])]))
        assert not await store.finish(SHA)
        assert not await store.has(SHA) and await store.offset(SHA) == 0
        await store.append(SHA, 0, len(DATA), stream([DATA]))
        assert await store.finish(SHA) and await store.read(SHA) == DATA

    asyncio.run(scenario())


def test_two_processes_appending_at_one_offset_one_wins(open_store: Opener) -> None:
    """The first writer is held up mid-chunk while the second starts at the same offset:
    the folder's lock makes the second wait and find the first one's bytes; the object
    store takes the first part written and refuses the other. Either way one append
    wins and the other is told the offset the winner left."""

    async def scenario() -> None:
        one, two = open_store(), open_store()
        started, go_on = asyncio.Event(), asyncio.Event()

        async def held_up() -> AsyncIterator[bytes]:
            yield DATA[:3000]
            started.set()
            await go_on.wait()
            yield DATA[3000:6000]

        first = asyncio.create_task(one.append(SHA, 0, len(DATA), held_up()))
        await started.wait()
        second = asyncio.create_task(two.append(SHA, 0, len(DATA), stream([DATA[:4000]])))
        await asyncio.sleep(0.3)  # the second reads the offset and sends its bytes
        go_on.set()
        results = await asyncio.gather(first, second, return_exceptions=True)
        won = [r for r in results if isinstance(r, int)]
        lost = [r for r in results if isinstance(r, OffsetMismatchError)]
        assert len(won) == 1 and len(lost) == 1, results
        assert lost[0].offset == won[0] == await one.offset(SHA) == await two.offset(SHA)
        await one.append(SHA, won[0], len(DATA), stream([DATA[won[0] :]]))
        assert await two.finish(SHA) and await one.read(SHA) == DATA

    asyncio.run(scenario())
