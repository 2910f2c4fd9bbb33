"""One sync cycle: push the outbox, pull the hub's changes, then upload blobs.

Records go before blobs so the hub knows what a photo belongs to before it arrives.
Every database step is one transaction on the store's writer thread; the loop only
waits for it, so a kill at any moment leaves either the state before a step or after.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from hwc_shared.seal import PinnedKeyError
from kiosk.domain.clock import Clock, utc_now
from kiosk.rx.pinned_key import load_pinned_key
from kiosk.store import outbox
from kiosk.store.blobs import BlobFiles
from kiosk.store.prescriptions import Prescriptions, Receipt
from kiosk.store.rows import iso
from kiosk.store.space import SYNC, StorageFullError
from kiosk.store.store import Store
from kiosk.sync import health, push, state
from kiosk.sync.client import HubClient, HubError, HubRefused, HubRequestError, HubUnreachable
from kiosk.sync.pull import apply_page
from kiosk.sync.report import DISK_FULL, SyncProgress, SyncReport

T = TypeVar("T")
log = logging.getLogger("kiosk.sync")
MIN_BATCH = 10


@dataclass(frozen=True)
class CycleSettings:
    spoke_id: str
    batch_ops: int = 500
    pull_page: int = 1000
    chunk_bytes: int = 256 * 1024
    # KIOSK_HOME, where enrollment pinned the hub's key: pulled prescriptions are checked
    # against it (without it, each is refused as "no key" and reported).
    home: Path | None = None
    # The devices in trouble, for the health report (the running kiosk's DeviceWatch).
    device_problems: Callable[[], list[dict[str, str]]] | None = None


_UPLOADABLE = """
SELECT b.sha256, b.size FROM blobs b
WHERE b.needs_upload = 1 AND b.uploaded_at IS NULL
  AND EXISTS (
    SELECT 1 FROM attachments a WHERE a.upload_sha256 = b.sha256
      AND NOT EXISTS (
        SELECT 1 FROM outbox o WHERE o.entity = 'attachment' AND o.entity_id = a.id))
ORDER BY b.created_at
"""


Prepared = tuple[list[push.PendingOp], bytes]


async def _discard(task: asyncio.Future[Prepared]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


def mark_uploaded(db: Database, sha256: str, now: datetime) -> None:
    db.execute("UPDATE blobs SET uploaded_at = ? WHERE sha256 = ?", [iso(now), sha256])


class SyncCycle:
    def __init__(
        self,
        store: Store,
        client: HubClient,
        blobs: BlobFiles,
        settings: CycleSettings,
        progress: Callable[[SyncProgress], None] = lambda p: None,
        clock: Clock = utc_now,
    ) -> None:
        self.store = store
        self.client = client
        self.blobs = blobs
        self.settings = settings
        self.progress = progress
        self.clock = clock
        self.batch_ops = settings.batch_ops

    async def _read(self, fn: Callable[[Database], T]) -> T:
        return await asyncio.to_thread(self.store.read, fn)

    async def _write(self, fn: Callable[[Database], T]) -> T:
        return await asyncio.wrap_future(self.store.submit_write(fn))

    async def run(self) -> SyncReport:
        report = SyncReport()
        try:
            await self.push(report)
            if await self.pull(report):
                # A prescription moved its case on, or was refused: tell the hub now.
                await self.push(report)
            await self.upload_blobs(report)
            await self.send_health()
            now = self.clock()
            await self._write(lambda db: state.mark_success(db, now))
            report.ok = True
        except HubError as error:
            report.error = str(error)
            report.refused = isinstance(error, HubRefused)
            report.unreachable = isinstance(error, HubUnreachable)
        except StorageFullError as error:
            # The page's transaction was rolled back whole and the cursor did not move:
            # the same changes come again once there is room.
            report.error = f"{DISK_FULL}: {error}"
            report.disk_full = True
        finally:
            status = await self._read(outbox.status)
            report.pending, report.quarantined = status.pending, status.quarantined
        return report

    async def send_health(self) -> None:
        """The health report (:mod:`kiosk.sync.health`); a hub without the route (404)
        or one that refuses the report does not fail the cycle."""
        devices = self.settings.device_problems() if self.settings.device_problems else []
        now = self.clock()
        body = await self._read(lambda db: health.build(db, now, devices))
        try:
            await self.client.health_report(self.settings.spoke_id, body)
        except HubRequestError as error:
            log.info("the hub did not take the health report: %s", error)
            return
        await self._write(lambda db: health.mark_reported(db, body))

    # -- push ------------------------------------------------------------------------------
    async def _prepare(self, in_flight: frozenset[int] = frozenset()) -> Prepared:
        batch = await self._read(
            functools.partial(push.next_batch, limit=self.batch_ops, in_flight=in_flight)
        )
        return batch, self.client.pack([p.wire_json() for p in batch])

    async def push(self, report: SyncReport) -> None:
        """Batches go one at a time, but the next one is read and packed while the hub
        answers the last: if that answer holds anything but acceptances, the guess is
        thrown away and the next batch is read again behind the new quarantine."""
        total = (await self._read(outbox.status)).pending
        batch, packed = await self._prepare()
        while batch:
            sending = asyncio.ensure_future(
                self.client.push_packed(self.settings.spoke_id, packed, len(batch))
            )
            ahead = asyncio.ensure_future(self._prepare(frozenset(p.seq for p in batch)))
            try:
                answers = await sending
            except HubRequestError as error:
                await _discard(ahead)
                if error.status == 413 and self.batch_ops > MIN_BATCH:
                    self.batch_ops = max(MIN_BATCH, self.batch_ops // 2)
                    batch, packed = await self._prepare()
                    continue
                reason = f"the hub refused the batch: {error}"
                await self._write(functools.partial(push.note_failure, batch=batch, reason=reason))
                raise
            except BaseException:
                await _discard(ahead)
                raise
            now = self.clock()
            tally = await self._write(
                functools.partial(push.apply_answers, batch=batch, answers=answers, now=now)
            )
            report.pushed += len(batch)
            report.accepted += tally.accepted
            report.rejected += tally.rejected
            report.conflicts += tally.conflicts
            self.progress(SyncProgress("push", report.pushed, max(total, report.pushed), 0, 0))
            if tally.settled == 0:
                await _discard(ahead)
                return  # everything deferred: what is left waits behind quarantine
            if tally.accepted + tally.conflicts == len(batch):
                batch, packed = await ahead
            else:
                await _discard(ahead)
                batch, packed = await self._prepare()

    # -- pull ------------------------------------------------------------------------------
    async def pull(self, report: SyncReport) -> list[Receipt]:
        """Pull every page; returns what became of the prescriptions among them."""
        since = await self._read(state.cursor)
        receipts: list[Receipt] = []
        receive = self._receiver(receipts)
        while True:
            page = await self.client.pull(self.settings.spoke_id, since, self.settings.pull_page)
            changes, cursor = page.changes, page.cursor
            try:
                report.pulled += await self._write(
                    functools.partial(apply_page, changes=changes, cursor=cursor, receive=receive)
                )
            except StorageFullError as error:
                raise StorageFullError(SYNC, error.path, error.free) from error
            self.progress(SyncProgress("pull", report.pulled, report.pulled, 0, 0))
            if not page.more or cursor == since:
                return receipts
            since = cursor

    def _receiver(self, receipts: list[Receipt]) -> Callable[[str], Receipt]:
        """Verify and keep a pulled prescription (on the writer thread, in the page's
        transaction) against the hub key pinned at enrollment, read when one arrives."""
        prescriptions = Prescriptions(self.store, self.clock)
        keys: list[Any] = []

        def receive(text: str) -> Receipt:
            if not keys:
                try:
                    home = self.settings.home
                    keys.append(load_pinned_key(home) if home is not None else None)
                except PinnedKeyError:
                    keys.append(None)  # refused as "no key", and reported
            receipt = prescriptions.receive(text, keys[0])
            receipts.append(receipt)
            return receipt

        return receive

    # -- blobs -----------------------------------------------------------------------------
    async def upload_blobs(self, report: SyncReport) -> None:
        waiting: list[Any] = await self._read(lambda db: db.execute(_UPLOADABLE).fetchall())
        total_bytes = sum(size for _, size in waiting)
        sent = 0

        def count(n: int) -> None:
            nonlocal sent
            sent += n
            self.progress(
                SyncProgress("blobs", report.blobs, len(waiting), sent, max(total_bytes, sent))
            )

        for sha256, size in waiting:
            if await self._upload(sha256, count):
                report.blobs += 1
                report.blob_bytes += size
                await self._write(functools.partial(mark_uploaded, sha256=sha256, now=self.clock()))
            count(0)

    async def _upload(self, sha256: str, count: Callable[[int], None]) -> bool:
        """Upload one blob from wherever the hub's copy stops; True once the hub has it."""
        spoke = self.settings.spoke_id
        try:
            hub_state = await self.client.blob_state(spoke, sha256)
        except HubRequestError as error:
            if error.status == 404:
                return False  # the hub has not accepted its attachment yet
            raise
        if hub_state.complete:
            return True
        data = await asyncio.to_thread(self.blobs.read, sha256)
        offset, restarts = hub_state.offset, 0
        while True:
            if offset >= len(data):
                raise HubError("the hub holds more of a photo than this kiosk has")
            chunk = data[offset : offset + self.settings.chunk_bytes]
            answer = await self.client.blob_put(spoke, sha256, offset, chunk, count)
            if answer.complete:
                return True
            if answer.size < 0 and answer.offset == 0 and offset + len(chunk) >= len(data):
                restarts += 1  # the hash did not match: the hub threw its copy away
                if restarts > 1:
                    raise HubError("a photo's bytes do not match its name on this kiosk")
            offset = answer.offset
