"""The SQLite hub storage: one connection on one thread, so writes never interleave.

SQLite allows one writer at a time anyway; funnelling every call through one thread
keeps the aiohttp loop free and makes each method's ``BEGIN IMMEDIATE ... COMMIT`` the
whole story of its atomicity.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from hub.storage import sqlite_consults as consults
from hub.storage import sqlite_prescriptions as prescriptions
from hub.storage import sqlite_sync
from hub.storage.base import (
    STATS_RECORDS,
    STATS_TOTALS,
    HubStorage,
    StorageError,
    sighting_due,
    stats_counts,
)
from hub.storage.models import (
    BadOp,
    BlobClaim,
    ConsultCase,
    ConsultState,
    IssuedPrescription,
    Kiosk,
    Mapping,
    PullPage,
    QueueEntry,
    RefusalReport,
    Specialist,
    SpecialistSession,
    Spoke,
    StoredFormulary,
)
from hub.storage.sqlite_dashboard import SqliteDashboard
from hub.storage.sqlite_schema import migrate, stamp
from hub.storage.sqlite_teleconsult import SqliteTeleconsult
from hwc_shared.files import private_file
from hwc_shared.sqlite import immediate, tune
from hwc_shared.wire import Answer, Op

T = TypeVar("T")


def _opt_t(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


class SqliteStorage(SqliteTeleconsult, SqliteDashboard, HubStorage):
    def __init__(self, path: Path) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hub-db")

    # -- plumbing --------------------------------------------------------------------------
    async def _call(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def run() -> T:
            assert self._conn is not None, "the hub storage is not open"
            return fn(self._conn)

        return await asyncio.get_running_loop().run_in_executor(self._thread, run)

    @staticmethod
    @contextmanager
    def _tx(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        with immediate(conn):
            yield conn

    async def _write(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        def run(conn: sqlite3.Connection) -> T:
            with self._tx(conn):
                return fn(conn)

        return await self._call(run)

    def _open(self) -> None:
        if str(self.path) != ":memory:":
            private_file(self.path)
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        tune(conn)
        migrate(conn)
        self._conn = conn

    async def open(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._thread, self._open)

    async def close(self) -> None:
        def shut() -> None:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

        await asyncio.get_running_loop().run_in_executor(self._thread, shut)
        self._thread.shutdown(wait=True)

    async def ping(self) -> None:
        await self._call(lambda c: c.execute("SELECT 1").fetchone())

    def describe(self) -> dict[str, Any]:
        return {"backend": "sqlite"}

    # -- administration ----------------------------------------------------------------------
    async def add_spoke(
        self, spoke_id: str, name: str, district: str, state: str, now: datetime
    ) -> Spoke:
        def write(c: sqlite3.Connection) -> Spoke:
            if c.execute("SELECT 1 FROM spokes WHERE id = ?", [spoke_id]).fetchone():
                raise StorageError(f"spoke {spoke_id!r} already exists")
            c.execute(
                "INSERT INTO spokes (id, name, district, state, created_at) VALUES (?,?,?,?,?)",
                [spoke_id, name, district, state, stamp(now)],
            )
            return Spoke(spoke_id, name, district, state, now)

        return await self._write(write)

    async def spokes(self) -> list[Spoke]:
        rows = await self._call(
            lambda c: c.execute(
                "SELECT id, name, district, state, created_at FROM spokes ORDER BY id"
            ).fetchall()
        )
        return [Spoke(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4])) for r in rows]

    async def add_enroll_code(
        self, spoke_id: str, code_hash: str, now: datetime, expires_at: datetime
    ) -> None:
        def write(c: sqlite3.Connection) -> None:
            if not c.execute("SELECT 1 FROM spokes WHERE id = ?", [spoke_id]).fetchone():
                raise StorageError(f"no spoke {spoke_id!r}; add it first")
            c.execute(
                "INSERT INTO enroll_codes (code_hash, spoke_id, created_at, expires_at) "
                "VALUES (?,?,?,?)",
                [code_hash, spoke_id, stamp(now), stamp(expires_at)],
            )

        await self._write(write)

    async def redeem_enroll_code(
        self, code_hash: str, kiosk_id: str, token_hash: str, label: str, now: datetime
    ) -> Spoke | None:
        def write(c: sqlite3.Connection) -> Spoke | None:
            # One UPDATE marks the code used only if it is still good: a code redeemed
            # twice at the same moment has exactly one winner.
            hit = c.execute(
                "UPDATE enroll_codes SET used_at = ?, kiosk_id = ? "
                "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING spoke_id",
                [stamp(now), kiosk_id, code_hash, stamp(now)],
            ).fetchone()
            if hit is None:
                return None
            c.execute(
                "INSERT INTO kiosks (id, spoke_id, token_hash, label, enrolled_at) "
                "VALUES (?,?,?,?,?)",
                [kiosk_id, hit[0], token_hash, label, stamp(now)],
            )
            r = c.execute(
                "SELECT id, name, district, state, created_at FROM spokes WHERE id = ?", [hit[0]]
            ).fetchone()
            return Spoke(r[0], r[1], r[2], r[3], datetime.fromisoformat(r[4]))

        return await self._write(write)

    _KIOSK_COLUMNS = "id, spoke_id, label, enrolled_at, revoked_at, last_seen_at"

    @staticmethod
    def _kiosk(r: Any) -> Kiosk:
        return Kiosk(r[0], r[1], r[2], datetime.fromisoformat(r[3]), _opt_t(r[4]), _opt_t(r[5]))

    async def kiosk_for_token(self, token_hash: str, now: datetime) -> Kiosk | None:
        def work(c: sqlite3.Connection) -> Kiosk | None:
            r = c.execute(
                f"SELECT {self._KIOSK_COLUMNS} FROM kiosks WHERE token_hash = ?", [token_hash]
            ).fetchone()
            if r is None:
                return None
            kiosk = self._kiosk(r)
            if sighting_due(kiosk.last_seen_at, now):
                c.execute("UPDATE kiosks SET last_seen_at = ? WHERE id = ?", [stamp(now), kiosk.id])
            return kiosk

        return await self._call(work)

    async def kiosks(self, spoke_id: str | None = None) -> list[Kiosk]:
        where, args = ("WHERE spoke_id = ?", [spoke_id]) if spoke_id else ("", [])
        rows = await self._call(
            lambda c: c.execute(
                f"SELECT {self._KIOSK_COLUMNS} FROM kiosks {where} ORDER BY enrolled_at", args
            ).fetchall()
        )
        return [self._kiosk(r) for r in rows]

    async def revoke_kiosk(self, kiosk_id: str, now: datetime) -> bool:
        def write(c: sqlite3.Connection) -> bool:
            cur = c.execute(
                "UPDATE kiosks SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                [stamp(now), kiosk_id],
            )
            return cur.rowcount == 1

        return await self._write(write)

    async def add_specialist(self, specialist: Specialist, password_hash: str) -> None:
        s = specialist

        def write(c: sqlite3.Connection) -> None:
            if c.execute("SELECT 1 FROM specialists WHERE username = ?", [s.username]).fetchone():
                raise StorageError(f"specialist {s.username!r} already exists")
            c.execute(
                "INSERT INTO specialists (username, name, specialty, registration_no, hub_site, "
                "password_hash, qualification) VALUES (?,?,?,?,?,?,?)",
                [s.username, s.name, s.specialty, s.registration_no, s.hub_site, password_hash,
                 s.qualification],
            )  # fmt: skip

        await self._write(write)

    async def map_spoke(self, mapping: Mapping) -> None:
        m = mapping

        def write(c: sqlite3.Connection) -> None:
            if not c.execute("SELECT 1 FROM spokes WHERE id = ?", [m.spoke_id]).fetchone():
                raise StorageError(f"no spoke {m.spoke_id!r}; add it first")
            c.execute(
                "INSERT INTO spoke_mappings VALUES (?,?,?) ON CONFLICT(spoke_id, specialty) "
                "DO UPDATE SET hub_site = excluded.hub_site",
                [m.spoke_id, m.specialty, m.hub_site],
            )

        await self._write(write)

    async def stats(self) -> dict[str, int]:
        def read(c: sqlite3.Connection) -> dict[str, int]:
            totals = {k: c.execute(sql).fetchone()[0] for k, sql in STATS_TOTALS.items()}
            return stats_counts(totals, c.execute(STATS_RECORDS).fetchall())

        return await self._call(read)

    # -- specialists, sessions, consults (queries in sqlite_consults) --------------------------
    async def specialist_login(self, username: str) -> tuple[Specialist, str] | None:
        return await self._call(lambda c: consults.specialist_login(c, username))

    async def add_session(self, token_hash: str, session: SpecialistSession, now: datetime) -> None:
        await self._write(lambda c: consults.add_session(c, token_hash, session, now))

    async def session_for_token(
        self, token_hash: str, now: datetime
    ) -> tuple[SpecialistSession, Specialist] | None:
        return await self._call(lambda c: consults.session_for_token(c, token_hash, now))

    async def end_session(self, token_hash: str) -> None:
        sql = "DELETE FROM specialist_sessions WHERE token_hash = ?"
        await self._write(lambda c: c.execute(sql, [token_hash]))

    async def specialist_seen(self, username: str, now: datetime) -> None:
        await self._write(lambda c: consults.specialist_seen(c, username, now))

    async def online_specialties(self, spoke_id: str, since: datetime) -> list[str]:
        return await self._call(lambda c: consults.online_specialties(c, spoke_id, since))

    async def consult_queue(self, hub_site: str, specialty: str) -> list[QueueEntry]:
        return await self._call(lambda c: consults.consult_queue(c, hub_site, specialty))

    async def consult_case(self, encounter_id: str) -> ConsultCase | None:
        return await self._call(lambda c: consults.consult_case(c, encounter_id))

    async def take_consult(self, encounter_id: str, username: str, now: datetime) -> ConsultState:
        return await self._write(lambda c: consults.take_consult(c, encounter_id, username, now))

    async def release_consult(
        self, encounter_id: str, username: str, finished: bool, now: datetime
    ) -> ConsultState:
        return await self._write(
            lambda c: consults.release_consult(c, encounter_id, username, finished, now)
        )

    async def ring_consult(
        self, spoke_id: str, encounter_id: str, now: datetime
    ) -> ConsultState | None:
        return await self._write(lambda c: consults.ring_consult(c, spoke_id, encounter_id, now))

    async def consult_state(self, encounter_id: str) -> ConsultState | None:
        return await self._call(lambda c: consults.consult_state(c, encounter_id))

    async def login_failures(self, username: str, now: datetime) -> int:
        return await self._call(lambda c: consults.login_failures(c, username, now))

    async def note_login_failure(self, username: str, now: datetime, expires_at: datetime) -> int:
        return await self._write(
            lambda c: consults.note_login_failure(c, username, now, expires_at)
        )

    async def forget_login_failures(self, username: str) -> None:
        sql = "DELETE FROM login_failures WHERE username = ?"
        await self._write(lambda c: c.execute(sql, [username]))

    # -- prescriptions (queries in sqlite_prescriptions) ---------------------------------------
    async def set_qualification(self, username: str, qualification: str) -> bool:
        return await self._write(
            lambda c: prescriptions.set_qualification(c, username, qualification)
        )

    async def qualification(self, username: str) -> str | None:
        return await self._call(lambda c: prescriptions.qualification(c, username))

    async def add_prescription(self, rx: IssuedPrescription, now: datetime) -> None:
        await self._write(lambda c: prescriptions.add_prescription(c, rx, now))

    async def prescriptions_for(self, encounter_id: str) -> list[IssuedPrescription]:
        return await self._call(lambda c: prescriptions.prescriptions_for(c, encounter_id))

    async def prescription_refusals(
        self, spoke_id: str | None = None, limit: int = 100
    ) -> list[RefusalReport]:
        return await self._call(lambda c: prescriptions.prescription_refusals(c, spoke_id, limit))

    async def replace_formulary(self, formulary: StoredFormulary) -> None:
        await self._write(lambda c: prescriptions.replace_formulary(c, formulary))

    async def formulary(self) -> StoredFormulary | None:
        return await self._call(prescriptions.formulary)

    # -- sync --------------------------------------------------------------------------------
    async def push(
        self, spoke_id: str, kiosk_id: str, ops: list[Op | BadOp], now: datetime
    ) -> list[Answer]:
        return await self._write(lambda c: sqlite_sync.push(c, spoke_id, kiosk_id, ops, stamp(now)))

    async def pull(self, spoke_id: str, kiosk_id: str, since: int, limit: int) -> PullPage:
        return await self._call(lambda c: sqlite_sync.pull(c, spoke_id, kiosk_id, since, limit))

    async def blob_claim(self, spoke_id: str, sha256: str) -> BlobClaim | None:
        r = await self._call(
            lambda c: c.execute(
                "SELECT b.sha256, b.size, b.mime, b.complete FROM blob_claims k "
                "JOIN blobs b ON b.sha256 = k.sha256 WHERE k.spoke_id = ? AND k.sha256 = ?",
                [spoke_id, sha256],
            ).fetchone()
        )
        return BlobClaim(r[0], r[1], r[2], bool(r[3])) if r else None

    async def blob_complete(self, sha256: str, now: datetime) -> None:
        await self._write(
            lambda c: c.execute(
                "UPDATE blobs SET complete = 1, completed_at = ? WHERE sha256 = ? AND NOT complete",
                [stamp(now), sha256],
            )
        )
