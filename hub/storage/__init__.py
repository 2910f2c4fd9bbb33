"""Hub storage backends, chosen by URL: ``sqlite:PATH`` (the default) or
``postgresql://USER@HOST:PORT/DBNAME`` (password from the URL, ``PGPASSWORD`` or
``~/.pgpass``)."""

from __future__ import annotations

from pathlib import Path

from hub.storage import urls
from hub.storage.base import HubStorage


def open_storage(url: str, pool_size: int = 10) -> HubStorage:
    """The backend for ``url``, not yet opened (``await storage.open()``)."""
    if url.startswith("sqlite:"):
        from hub.storage.sqlite import SqliteStorage

        return SqliteStorage(Path(url.removeprefix("sqlite:")))
    if urls.is_postgres(url):
        from hub.storage.postgres import PostgresStorage

        return PostgresStorage(url, pool_size)
    raise ValueError(
        f"no hub storage backend for {urls.scheme(url)!r} URLs "
        "(this hub has: sqlite:PATH, postgresql://...)"
    )
