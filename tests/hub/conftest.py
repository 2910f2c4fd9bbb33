"""Every hub test runs against each storage backend (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _each_backend(hub_db: str) -> str:
    return hub_db
