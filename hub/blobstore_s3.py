"""Blob bytes in an S3-compatible object store (setting ``blob_store = "s3://BUCKET/PREFIX"``).

The same semantics as the folder store (:class:`hub.blobstore.BlobStore`), in objects:

- ``PREFIX/blobs/<sha256>`` is a whole blob, written once its hash matched.
- ``PREFIX/partial/<sha256>/<offset in 12 digits>`` is one part of an unfinished upload:
  the bytes one request brought, from that offset. The bytes held are those of the parts
  that follow each other from 0.

An object cannot be appended to, so a request's bytes stay in memory (a chunk is at
most ``max_chunk_bytes``) and are written as one part when the request ends, however it
ends: a link cut mid-chunk keeps what arrived. Two hub processes appending at one offset
both write the same part key with ``If-None-Match: *``; the store lets the first one
succeed and refuses the other, which answers with the offset now held, as the folder
store's lock makes the second writer do. Parts are small, so ``finish`` reads them back
to hash them.

boto3 is imported only when this module is: the hub imports it only when ``blob_store``
names a bucket, so kiosks and folder-store hubs never need it.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoCredentialsError

from hub.blobstore import OffsetMismatchError, TooLargeError
from hub.config import HubConfigError

_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
# 412: the key exists. 409: AWS's answer while another conditional write of the key is
# in flight. Either way another writer got there first.
_LOST_RACE = (409, 412)


@dataclass(frozen=True)
class S3Location:
    bucket: str
    prefix: str  # "" or ending in "/"


@dataclass(frozen=True)
class _Part:
    offset: int
    size: int
    key: str


def parse_location(url: str) -> S3Location:
    """``s3://BUCKET/PREFIX`` -> bucket and key prefix; anything else is a config error."""
    parts = urlsplit(url)
    if parts.scheme != "s3" or not parts.netloc or parts.query or parts.fragment:
        raise HubConfigError(f"setting 'blob_store' must look like s3://bucket/prefix, not {url!r}")
    if "@" in parts.netloc:  # not echoed: it may hold a secret
        raise HubConfigError(
            "setting 'blob_store' must not hold credentials: the hub takes them from the"
            " AWS environment variables or profile"
        )
    if not _BUCKET.fullmatch(parts.netloc) or ".." in parts.netloc:
        raise HubConfigError(
            f"setting 'blob_store': {parts.netloc!r} is not a bucket name (3 to 63 lowercase"
            " letters, digits, dots and hyphens)"
        )
    prefix = parts.path.strip("/")
    return S3Location(parts.netloc, f"{prefix}/" if prefix else "")


def make_client(endpoint: str = "", region: str = "") -> Any:
    """An S3 client. Credentials come from boto3's own chain (the AWS environment
    variables, ``AWS_PROFILE`` and the shared files, an instance role), never from
    ``hub.toml``."""
    if endpoint:
        where = urlsplit(endpoint)
        if where.scheme not in ("http", "https") or not where.netloc:
            raise HubConfigError(
                f"setting 'blob_s3_endpoint' must be an http(s) URL, not {endpoint!r}"
            )
    options: dict[str, Any] = {
        "connect_timeout": 5,
        "read_timeout": 60,
        "retries": {"max_attempts": 3, "mode": "standard"},
    }
    if endpoint:
        # Other S3 servers (MinIO, Ceph) name buckets in the path, not the host name, and
        # some refuse the extra checksums boto3 sends to AWS by default.
        options["s3"] = {"addressing_style": "path"}
        options["request_checksum_calculation"] = "when_required"
        options["response_checksum_validation"] = "when_required"
    return boto3.session.Session().client(
        "s3",
        endpoint_url=endpoint or None,
        region_name=region or os.environ.get("AWS_REGION") or None,
        config=Config(**options),
    )


def _status(error: ClientError) -> int:
    return int(error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0))


class S3BlobStore:
    """Blobs in one bucket under one key prefix, shared by every hub process."""

    def __init__(self, client: Any, location: S3Location, where: str = "AWS S3") -> None:
        self.client = client
        self.bucket = location.bucket
        self.prefix = location.prefix
        self.where = where  # for messages: the endpoint, or AWS

    @classmethod
    def open(cls, url: str, endpoint: str = "", region: str = "") -> S3BlobStore:
        """The store a ``blob_store`` URL names; no request is made yet (see :meth:`check`)."""
        location = parse_location(url)
        return cls(make_client(endpoint, region), location, endpoint or "AWS S3")

    def _blob_key(self, sha256: str) -> str:
        return f"{self.prefix}blobs/{sha256}"

    def _parts_prefix(self, sha256: str) -> str:
        return f"{self.prefix}partial/{sha256}/"

    # -- the BlobBackend protocol -------------------------------------------------------
    async def check(self) -> None:
        await asyncio.to_thread(self._check)

    async def has(self, sha256: str) -> bool:
        return await asyncio.to_thread(self._has, sha256)

    async def offset(self, sha256: str) -> int:
        return await asyncio.to_thread(self._offset, sha256)

    async def append(
        self, sha256: str, offset: int, size: int, chunks: AsyncIterator[bytes]
    ) -> int:
        """Append the stream at ``offset``; returns the bytes now held. Whatever arrived
        before a cut is written. Raises :class:`OffsetMismatchError` (also when another
        writer wrote at this offset first) or :class:`TooLargeError`."""
        held = await asyncio.to_thread(self._held_dropping_strays, sha256)
        if held != offset:
            raise OffsetMismatchError(held)
        arrived = bytearray()
        try:
            async for chunk in chunks:
                if held + len(arrived) + len(chunk) > size:
                    raise TooLargeError()
                arrived += chunk
        finally:
            kept = await asyncio.to_thread(self._put_part, sha256, offset, bytes(arrived))
        if not kept:
            raise OffsetMismatchError(await asyncio.to_thread(self._held, sha256))
        return held + len(arrived)

    async def finish(self, sha256: str) -> bool:
        """Hash the parts; a match becomes the blob, and the parts go either way."""
        return await asyncio.to_thread(self._finish, sha256)

    async def read(self, sha256: str) -> bytes:
        return await asyncio.to_thread(self._get, self._blob_key(sha256))

    # -- requests, in a worker thread ---------------------------------------------------
    def _check(self) -> None:
        """The bucket answers, and honours ``If-None-Match: *`` (without it two hub
        processes could both write one part, and the store would keep the later)."""
        probe = f"{self.prefix}partial/check-{uuid.uuid4().hex}"
        bucket = f"bucket {self.bucket!r} at {self.where}"
        try:
            self.client.head_bucket(Bucket=self.bucket)
            first = self._put_part_key(probe, b"1")
            second = self._put_part_key(probe, b"2")
            self._delete([probe])
        except NoCredentialsError:
            raise HubConfigError(
                "setting 'blob_store': no AWS credentials; set AWS_ACCESS_KEY_ID and"
                " AWS_SECRET_ACCESS_KEY (or AWS_PROFILE) in the hub's environment"
            ) from None
        except ClientError as error:
            status = _status(error)
            if status == 404:
                raise HubConfigError(f"setting 'blob_store': {bucket} does not exist") from None
            if status in (401, 403):
                raise HubConfigError(
                    f"setting 'blob_store': {bucket} refused access; check the AWS"
                    " credentials and the bucket's policy"
                ) from None
            raise HubConfigError(f"setting 'blob_store': {bucket} answered {error}") from None
        except BotoCoreError as error:
            raise HubConfigError(f"setting 'blob_store': cannot reach {bucket} ({error})") from None
        if not first or second:
            raise HubConfigError(
                f"setting 'blob_store': {bucket} does not honour conditional writes"
                " (If-None-Match), which keep two hub processes from writing one blob"
            )

    def _has(self, sha256: str) -> bool:
        try:
            self.client.head_object(Bucket=self.bucket, Key=self._blob_key(sha256))
        except ClientError as error:
            if _status(error) == 404:
                return False
            raise
        return True

    def _offset(self, sha256: str) -> int:
        return -1 if self._has(sha256) else self._held(sha256)

    def _parts(self, sha256: str) -> tuple[list[_Part], list[_Part]]:
        """The parts that follow each other from offset 0, and any others: strays, which
        a writer left after ``finish`` cleared the parts it was writing after."""
        prefix = self._parts_prefix(sha256)
        found: list[_Part] = []
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=prefix
        )
        for page in pages:
            for obj in page.get("Contents", []):
                name = obj["Key"][len(prefix) :]
                offset = int(name) if name.isdigit() else -1
                found.append(_Part(offset, int(obj["Size"]), obj["Key"]))
        chain: list[_Part] = []
        strays: list[_Part] = []
        held = 0
        for part in sorted(found, key=lambda p: p.offset):
            if part.offset == held and part.size > 0:
                chain.append(part)
                held += part.size
            else:
                strays.append(part)
        return chain, strays

    def _held(self, sha256: str) -> int:
        return sum(part.size for part in self._parts(sha256)[0])

    def _held_dropping_strays(self, sha256: str) -> int:
        """Bytes held; a stray part goes first, or its key could block a later append."""
        chain, strays = self._parts(sha256)
        self._delete([part.key for part in strays])
        return sum(part.size for part in chain)

    def _put_part(self, sha256: str, offset: int, data: bytes) -> bool:
        """Write one part unless another writer has one at this offset. Nothing arrived,
        nothing written: an empty part would block the key for the bytes that follow."""
        if not data:
            return True
        return self._put_part_key(f"{self._parts_prefix(sha256)}{offset:012d}", data)

    def _put_part_key(self, key: str, data: bytes) -> bool:
        try:
            self.client.put_object(Bucket=self.bucket, Key=key, Body=data, IfNoneMatch="*")
        except ClientError as error:
            if _status(error) in _LOST_RACE:
                return False
            raise
        return True

    def _finish(self, sha256: str) -> bool:
        chain, strays = self._parts(sha256)
        data = b"".join(self._get(part.key) for part in chain)
        whole = hashlib.sha256(data).hexdigest() == sha256
        if whole:
            self.client.put_object(Bucket=self.bucket, Key=self._blob_key(sha256), Body=data)
        self._delete([part.key for part in chain + strays])
        return whole

    def _get(self, key: str) -> bytes:
        return bytes(self.client.get_object(Bucket=self.bucket, Key=key)["Body"].read())

    def _delete(self, keys: list[str]) -> None:
        for start in range(0, len(keys), 1000):  # DeleteObjects takes 1000 keys at most
            batch = [{"Key": key} for key in keys[start : start + 1000]]
            self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": batch, "Quiet": True})
