"""Hub storage backends, chosen by URL: ``sqlite:PATH`` (the default)."""

from __future__ import annotations

from pathlib import Path

from hub.storage.base import HubStorage


def open_storage(url: str) -> HubStorage:
    """The backend for ``url``, not yet opened (``await storage.open()``)."""
    if url.startswith("sqlite:"):
        from hub.storage.sqlite import SqliteStorage

        return SqliteStorage(Path(url.removeprefix("sqlite:")))
    scheme = url.split(":", 1)[0]
    raise ValueError(f"no hub storage backend for {scheme!r} URLs (this hub has: sqlite)")
