"""PostgreSQL for the hub tests: the server, a fresh database per test, and plain queries
against whichever backend a hub uses.

The server is the one ``HUB_TEST_POSTGRES_URL`` names (``make unit`` starts a throwaway
cluster with ``scripts/test-postgres`` and sets it); without it, the tests start their
own with the same script. When PostgreSQL is expected (``CI`` or
``HUB_TEST_POSTGRES=required``) and cannot be had, the PostgreSQL tests fail rather
than skip.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "test-postgres"


def required() -> bool:
    return bool(os.environ.get("CI")) or os.environ.get("HUB_TEST_POSTGRES") == "required"


def with_database(server_url: str, name: str) -> str:
    parts = urlsplit(server_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, ""))


@contextmanager
def own_server() -> Iterator[str]:
    """A throwaway cluster for this test session, in a folder of its own under the
    system's temporary folder (as root, the ``postgres`` user must reach it)."""
    folder = Path(tempfile.mkdtemp(prefix="hwc-pg."))
    started = subprocess.run(
        [str(SCRIPT), "start", str(folder)], capture_output=True, text=True, check=False
    )
    if started.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        message = f"no PostgreSQL for the hub tests: {started.stderr.strip()}"
        if required():
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


async def _admin(server_url: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(server_url)
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """An empty database of its own, dropped afterwards: tests never see each other."""
    name = f"hubtest_{uuid.uuid4().hex[:12]}"
    asyncio.run(_admin(server_url, f'CREATE DATABASE "{name}"'))
    try:
        yield with_database(server_url, name)
    finally:
        asyncio.run(_admin(server_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def query(db_url: str, home: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """Rows of ``sql`` (``?`` placeholders) from a hub's database, whichever backend."""
    if not db_url:
        conn = sqlite3.connect(f"file:{home / 'hub.db'}?mode=ro", uri=True)
        try:
            return [tuple(r) for r in conn.execute(sql, args).fetchall()]
        finally:
            conn.close()
    pieces = sql.split("?")
    numbered = pieces[0] + "".join(f"${i}{p}" for i, p in enumerate(pieces[1:], 1))

    async def fetch() -> list[tuple[Any, ...]]:
        import asyncpg

        conn = await asyncpg.connect(db_url)
        try:
            return [tuple(r) for r in await conn.fetch(numbered, *args)]
        finally:
            await conn.close()

    return asyncio.run(fetch())


async def until_waiting_on_a_lock(pool: Any) -> None:
    """Return once some session of the pool's database waits for a lock (a row another
    transaction holds): for tests that order two writers on purpose."""
    for _ in range(500):
        waiting = await pool.fetchval(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND datname = current_database()"
        )
        if waiting:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("no session waited for a lock")
