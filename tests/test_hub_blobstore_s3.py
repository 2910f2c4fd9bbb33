"""Choosing the S3 blob store: its settings, the plain words a hub says when they are
wrong or the bucket does not answer, and what only an object store can meet (a part
left behind, a store that ignores conditional writes). The blob semantics shared with
the folder store are in test_hub_blobstores.py."""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from hub import config as hub_config
from hub.cli import main as hub_main
from hub.config import HubConfigError
from hub.server import start
from tests.hubprocess import ROOT, free_port
from tests.hubtools import photo_bytes
from tests.s3tools import use_test_credentials

DATA = photo_bytes(50_000, seed=9)
SHA = hashlib.sha256(DATA).hexdigest()


async def one(data: bytes) -> AsyncIterator[bytes]:
    yield data


def _start(home: Path, **settings: str) -> None:
    cfg = hub_config.load(home=home, environ={}, overrides={"port": 0, **settings})

    async def scenario() -> None:
        running = await start(cfg)
        await running.stop()

    asyncio.run(scenario())


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("s3:/hub-blobs/x", "must look like s3://bucket/prefix"),
        ("https://hub-blobs/x", "must look like s3://bucket/prefix"),
        ("s3://", "must look like s3://bucket/prefix"),
        ("s3://hub-blobs/x?region=eu", "must look like s3://bucket/prefix"),
        ("s3://Hub_Blobs/x", "'Hub_Blobs' is not a bucket name"),
        ("s3://key:secret@hub-blobs/x", "must not hold credentials"),
        ("s3://hub-blobs:9000/x", "'hub-blobs:9000' is not a bucket name"),
    ],
)
def test_a_malformed_blob_store_url_is_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], url: str, words: str
) -> None:
    with pytest.raises(HubConfigError, match=words):
        _start(tmp_path / "hub", blob_store=url)
    # An admin command opens the blob store too, and says the same before the database.
    (tmp_path / "cli").mkdir()
    (tmp_path / "cli" / "hub.toml").write_text(f"blob_store = {url!r}\n")
    assert hub_main(["stats", "--home", str(tmp_path / "cli")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("kiosk-hub: setting 'blob_store'") and words in err
    assert "secret" not in err


def test_an_endpoint_that_is_not_a_url_is_refused(tmp_path: Path) -> None:
    with pytest.raises(HubConfigError, match="'blob_s3_endpoint' must be an http"):
        _start(tmp_path, blob_store="s3://hub-blobs/x", blob_s3_endpoint="minio:9000")


def test_an_unreachable_store_or_a_missing_bucket_stops_the_start(
    tmp_path: Path, s3_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_test_credentials(monkeypatch)
    nobody = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(
        HubConfigError, match=re.escape(f"cannot reach bucket 'hub-blobs' at {nobody}")
    ):
        _start(tmp_path, blob_store="s3://hub-blobs/x", blob_s3_endpoint=nobody)
    with pytest.raises(HubConfigError, match=r"bucket 'no-such-bucket' at .* does not exist"):
        _start(tmp_path, blob_store="s3://no-such-bucket/x", blob_s3_endpoint=s3_server)


def test_credentials_come_from_the_environment_only(
    tmp_path: Path, s3_settings: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AWS_ACCESS_KEY_ID")
    monkeypatch.delenv("AWS_SECRET_ACCESS_KEY")
    with pytest.raises(HubConfigError, match="no AWS credentials; set AWS_ACCESS_KEY_ID"):
        _start(tmp_path / "a", **s3_settings)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "hub.toml").write_text('aws_secret_access_key = "x"\n')
    with pytest.raises(HubConfigError, match="unknown setting 'aws_secret_access_key'"):
        hub_config.load(home=tmp_path / "b", environ={})


def test_a_store_that_ignores_conditional_writes_is_refused(s3_settings: dict[str, str]) -> None:
    from hub.blobstore_s3 import S3BlobStore

    store = S3BlobStore.open(s3_settings["blob_store"], s3_settings["blob_s3_endpoint"])
    real = store.client

    class Forgetful:
        """A client whose server overwrites whatever is there."""

        def __getattr__(self, name: str) -> Any:
            return getattr(real, name)

        def put_object(self, **request: Any) -> Any:
            request.pop("IfNoneMatch", None)
            return real.put_object(**request)

    store.client = Forgetful()
    with pytest.raises(HubConfigError, match="does not honour conditional writes"):
        asyncio.run(store.check())
    store.client = real
    asyncio.run(store.check())
    listed = real.list_objects_v2(Bucket=store.bucket)
    assert listed["KeyCount"] == 0  # the probes are gone


def test_a_part_left_behind_by_a_late_writer_does_not_block_the_next_upload(
    s3_settings: dict[str, str],
) -> None:
    """A writer that was still sending when ``finish`` threw a mismatched upload away
    leaves its part after a gap; the next upload must not trip over it."""
    from hub.blobstore_s3 import S3BlobStore

    async def scenario() -> None:
        store = S3BlobStore.open(s3_settings["blob_store"], s3_settings["blob_s3_endpoint"])
        late = f"{store.prefix}partial/{SHA}/{20_000:012d}"
        store.client.put_object(Bucket=store.bucket, Key=late, Body=b"x" * 30_000)
        assert await store.offset(SHA) == 0
        assert await store.append(SHA, 0, len(DATA), one(DATA[:20_000])) == 20_000
        assert await store.append(SHA, 20_000, len(DATA), one(DATA[20_000:])) == len(DATA)
        assert await store.finish(SHA) and await store.read(SHA) == DATA
        assert (
            store.client.list_objects_v2(Bucket=store.bucket, Prefix=f"{store.prefix}partial/")[
                "KeyCount"
            ]
            == 0
        )

    asyncio.run(scenario())


def test_a_folder_hub_never_imports_boto3(tmp_path: Path) -> None:
    code = (
        "import asyncio, sys\n"
        "from hub import config, server\n"
        f"cfg = config.load(home={str(tmp_path)!r}, environ={{}})\n"
        "server.open_blobs(cfg)\n"
        "print(sorted(m for m in ('boto3', 'botocore') if m in sys.modules))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_without_boto3_the_hub_says_which_extra_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hub.server import open_blobs

    monkeypatch.setitem(sys.modules, "boto3", None)
    monkeypatch.delitem(sys.modules, "hub.blobstore_s3", raising=False)
    cfg = hub_config.load(home=tmp_path, environ={}, overrides={"blob_store": "s3://hub-b/x"})
    with pytest.raises(HubConfigError, match=r"boto3 is not installed .*hwc-kiosk\[hub-s3\]"):
        open_blobs(cfg)
