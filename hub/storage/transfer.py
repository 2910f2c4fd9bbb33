"""``kiosk-hub migrate``: move a district's SQLite hub to a state's PostgreSQL database.

Every table is copied row for row (the two schemas have the same tables and columns),
so nothing a kiosk relies on changes: tokens and unused enrollment codes still work,
replayed ops get their first answers, and each spoke's change counter and sequence carry
on where they were, so a kiosk's pull cursor stays valid. The copy is one PostgreSQL
transaction: an interrupted run leaves the target as it was, and a target that already
holds anything is refused, so a run can neither half-happen nor double anything.
Blob bytes are files, not rows: they stay where they are (see docs/hub-deployment.md).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hub.storage import rollup
from hub.storage.base import StorageError
from hub.storage.postgres import PostgresStorage
from hub.storage.sqlite import SqliteStorage
from hub.storage.urls import is_postgres, redact

BATCH_ROWS = 5000
Say = Callable[[str], None]


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[str, ...]
    times: tuple[str, ...] = ()  # ISO text in SQLite, timestamptz in PostgreSQL
    flags: tuple[str, ...] = ()  # 0/1 in SQLite, boolean in PostgreSQL


# Parents before children (foreign keys). A table added to the hub's schema must be
# added here too: a source holding a table this list does not name is refused.
TABLES = (
    Table("spokes", ("id", "name", "district", "state", "created_at", "change_seq"),
          times=("created_at",)),
    Table("enroll_codes", ("code_hash", "spoke_id", "created_at", "expires_at", "used_at",
                           "kiosk_id"), times=("created_at", "expires_at", "used_at")),
    Table("kiosks", ("id", "spoke_id", "token_hash", "label", "enrolled_at", "revoked_at",
                     "last_seen_at"), times=("enrolled_at", "revoked_at", "last_seen_at")),
    Table("specialists", ("username", "name", "specialty", "registration_no", "hub_site",
                          "password_hash", "qualification", "council")),
    Table("spoke_mappings", ("spoke_id", "specialty", "hub_site")),
    Table("records", ("entity", "id", "spoke_id", "version", "payload", "updated_at"),
          times=("updated_at",)),
    Table("changes", ("spoke_id", "seq", "entity", "entity_id", "origin_kiosk")),
    Table("ops", ("spoke_id", "op_id", "kiosk_id", "entity", "entity_id", "status", "reason",
                  "received_at"), times=("received_at",)),
    Table("blobs", ("sha256", "size", "mime", "complete", "completed_at"),
          times=("completed_at",), flags=("complete",)),
    Table("blob_claims", ("spoke_id", "sha256")),
    Table("prescriptions", ("id", "spoke_id", "encounter_id", "payload", "signature",
                            "created_at", "key_id", "issued_by"), times=("created_at",)),
    Table("prescription_refusals", ("spoke_id", "kiosk_id", "report_id", "prescription_id",
                                    "encounter_id", "reason", "detail", "payload_sha256",
                                    "refused_at", "received_at"), times=("received_at",)),
    Table("formulary", ("id", "entries", "source", "loaded_at"), times=("loaded_at",)),
    Table("consults", ("encounter_id", "spoke_id", "taken_by", "taken_at", "ended_at",
                       "calling_at", "call_connected_at", "video_seconds", "video_since",
                       "audio_only_at"),
          times=("taken_at", "ended_at", "calling_at", "call_connected_at", "video_since",
                 "audio_only_at")),
    Table("specialist_sessions", ("token_hash", "username", "csrf", "created_at",
                                  "expires_at"), times=("created_at", "expires_at")),
    Table("specialist_presence", ("username", "seen_at"), times=("seen_at",)),
    Table("login_failures", ("username", "failures", "expires_at"), times=("expires_at",)),
    Table("officers", ("username", "name", "scope_kind", "scope_value", "password_hash",
                       "created_at"), times=("created_at",)),
    Table("officer_sessions", ("token_hash", "username", "csrf", "created_at", "expires_at"),
          times=("created_at", "expires_at")),
    Table("kiosk_health", ("kiosk_id", "spoke_id", "reported_at", "received_at", "pending_ops",
                           "quarantined", "problems"), times=("reported_at", "received_at")),
    Table("prescription_prints", ("spoke_id", "prescription_id", "kiosk_id", "printed_at",
                                  "received_at"), times=("printed_at", "received_at")),
)  # fmt: skip
# Kept by the target's own triggers as the tables it derives from are copied: never copied.
DERIVED = frozenset({"consult_facts", *(r.name for r in rollup.ROLLUPS)})


def _moment(text: str | None) -> datetime | None:
    if text is None:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _converter(table: Table) -> Callable[[tuple[Any, ...]], tuple[Any, ...]]:
    times = {table.columns.index(c) for c in table.times}
    flags = {table.columns.index(c) for c in table.flags}

    def convert(row: tuple[Any, ...]) -> tuple[Any, ...]:
        return tuple(
            _moment(v) if i in times else bool(v) if i in flags else v for i, v in enumerate(row)
        )

    return convert


def source_path(url: str) -> Path:
    path = Path(url.removeprefix("sqlite:"))
    if not path.is_file():
        raise StorageError(f"no SQLite hub database at {path}")
    return path


def _source_tables(src: sqlite3.Connection) -> set[str]:
    rows = src.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND name NOT LIKE 'sqlite_%' AND name != '_migrations'"
    )
    return {r[0] for r in rows}


def _rows(src: sqlite3.Connection, table: Table) -> Iterator[list[tuple[Any, ...]]]:
    convert = _converter(table)
    cursor = src.execute(f"SELECT {', '.join(table.columns)} FROM {table.name}")
    while batch := cursor.fetchmany(BATCH_ROWS):
        yield [convert(tuple(r)) for r in batch]


async def migrate(source: str, target: str, say: Say) -> dict[str, int]:
    """Copy the SQLite hub at ``source`` into the empty PostgreSQL database ``target``;
    returns the rows copied per table. Raises :class:`StorageError` in plain words."""
    if not is_postgres(target):
        raise StorageError("migrate copies into PostgreSQL: --to postgresql://USER@HOST/DB")
    path = source_path(source)
    # Bring the source's schema up to date first, as the hub itself would at start.
    sqlite_hub = SqliteStorage(path)
    await sqlite_hub.open()
    await sqlite_hub.close()
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        src.execute("BEGIN")  # one snapshot, even if a hub still writes to it
        unknown = _source_tables(src) - {t.name for t in TABLES} - DERIVED
        if unknown:
            raise StorageError(f"the source has tables this hub cannot migrate: {sorted(unknown)}")
        counts = {
            t.name: src.execute(f"SELECT count(*) FROM {t.name}").fetchone()[0] for t in TABLES
        }
        say(f"source {path}: {sum(counts.values()):,} rows in {len(TABLES)} tables")
        return await _copy(src, counts, target, say)
    finally:
        src.close()


async def _copy(
    src: sqlite3.Connection, counts: dict[str, int], target: str, say: Say
) -> dict[str, int]:
    pg = PostgresStorage(target, pool_size=1)
    await pg.open()  # applies the PostgreSQL migrations
    say(f"target {redact(target)}: schema ready")
    try:
        return await _copy_tables(pg, src, counts, say)
    except (OSError, pg.driver_error) as error:
        raise StorageError(
            f"the copy failed and was rolled back (nothing copied): {error}"
        ) from None
    finally:
        await pg.close()


async def _copy_tables(
    pg: PostgresStorage, src: sqlite3.Connection, counts: dict[str, int], say: Say
) -> dict[str, int]:
    started = time.monotonic()
    async with pg.pool.acquire() as conn, conn.transaction():
        held = {
            t.name: n
            for t in TABLES
            if (n := await conn.fetchval(f"SELECT count(*) FROM {t.name}"))
        }
        if held:
            listed = ", ".join(f"{name} {n:,}" for name, n in held.items())
            raise StorageError(
                f"the target database already holds a hub ({listed}); "
                "migrate into an empty database (nothing was copied)"
            )
        for table in TABLES:
            done = 0
            for rows in _rows(src, table):
                await conn.copy_records_to_table(
                    table.name, records=rows, columns=list(table.columns)
                )
                done += len(rows)
                if done < counts[table.name]:
                    say(f"  {table.name}: {done:,} of {counts[table.name]:,}")
            say(f"  {table.name}: {done:,} rows")
        copied = {t.name: await conn.fetchval(f"SELECT count(*) FROM {t.name}") for t in TABLES}
        if copied != counts:
            raise StorageError(f"row counts differ after the copy: {copied} != {counts}")
    say(f"migrated {sum(copied.values()):,} rows in {time.monotonic() - started:.1f} s")
    return copied
