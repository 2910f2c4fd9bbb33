"""An S3-compatible server for the hub tests: moto's, in this process, on loopback.

One server serves the test session; each test gets a bucket of its own, and dummy
credentials in its environment, where boto3 looks for them as it does on a hub. The
instance metadata service and the user's AWS files are switched off, so nothing leaves
loopback and no real credentials are ever read.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

ENVIRONMENT = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_CONFIG_FILE": "/nonexistent/aws-config",
    "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/aws-credentials",
}
UNSET = ("AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_REGION", "AWS_ENDPOINT_URL",
         "AWS_ENDPOINT_URL_S3", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
         "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_WEB_IDENTITY_TOKEN_FILE")  # fmt: skip


@contextmanager
def own_server() -> Iterator[str]:
    """moto's S3 on a free loopback port; yields its URL."""
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # not a line per request
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield f"http://{host}:{port}"
    finally:
        server.stop()


def use_test_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    for name in UNSET:
        monkeypatch.delenv(name, raising=False)


def new_bucket(endpoint: str) -> str:
    from hub.blobstore_s3 import make_client

    name = f"hub-test-{uuid.uuid4().hex[:12]}"
    make_client(endpoint).create_bucket(Bucket=name)
    return name


def hub_settings(endpoint: str, bucket: str, prefix: str = "hub") -> dict[str, str]:
    """The settings of a hub that keeps its blobs in this bucket."""
    return {"blob_store": f"s3://{bucket}/{prefix}", "blob_s3_endpoint": endpoint}
