"""Screenshots of the sync status area in its states, at 1366x768, in English.

Run with ``python -m tests.screenshots_sync docs/screenshots``. It drives the real window
against a real hub on loopback (through the fault proxy for a slow link).
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from kiosk import config
from kiosk.app import application, build, seed_demo, shutdown, start_sync
from kiosk.commands.demo import DEMO_PIN, DEMO_USERNAME
from kiosk.sync.enrollment import enroll
from kiosk.ui.context import Context
from kiosk.ui.login import LoginScreen
from kiosk.ui.main_window import MainWindow
from kiosk.ui.quarantine import QuarantineDialog
from kiosk.ui.sync_status import SyncStatusPanel
from tests.faultproxy import FaultProxy
from tests.hubtools import ThreadHub, photo_bytes

SIZE = (1366, 768)
SPOKE = "spoke-a"


def wait(condition: Callable[[], bool], seconds: float = 60) -> None:
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the state to shoot")
        app.processEvents()
        time.sleep(0.02)
    for _ in range(10):
        app.processEvents()
        time.sleep(0.01)


def open_kiosk(home: Path) -> tuple[MainWindow, Context, SyncStatusPanel]:
    cfg = config.load(
        home=home,
        environ={},
        overrides={"demo": True, "language": "en", "spoke_name": "HWC Bassi",
                   "sync_connect_timeout": 2, "sync_read_timeout": 5},
    )  # fmt: skip
    window, ctx = build(cfg)
    window.resize(*SIZE)
    window.show()
    seed_demo(ctx.clinic, cfg)
    window.start()
    wait(lambda: isinstance(window.current_screen, LoginScreen))
    login = window.current_screen
    assert isinstance(login, LoginScreen)
    wait(lambda: login.selected_username() is not None)
    login.select(DEMO_USERNAME)
    login.pin.setText(DEMO_PIN)
    login.submit()
    wait(lambda: hasattr(window.current_screen, "sync_panel"))
    panel = window.current_screen.sync_panel  # type: ignore[union-attr]
    return window, ctx, panel


def shoot(widget: object, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))  # type: ignore[attr-defined]
    print(path)


def offline(out: Path, base: Path) -> None:
    hub = ThreadHub(base / "hub-off", SPOKE)
    home = base / "kiosk-off"
    asyncio.run(enroll(hub.url, hub.code(), home))
    hub.close()  # the link is down from here on
    window, ctx, panel = open_kiosk(home)
    start_sync(ctx)
    wait(lambda: panel.status is not None and panel.status.online is False)
    shoot(window, out, "en-sync-offline")
    wait(lambda: ctx.bridge.pending == 0)
    window.close()
    shutdown(ctx)


def slow_link(out: Path, base: Path) -> None:
    from kiosk.store.attachments import insert_attachment
    from kiosk.store.blobs import BlobFiles

    hub = ThreadHub(base / "hub-slow", SPOKE)
    proxy = FaultProxy(hub.running.port, rate_bps=600_000, delay=0.1)
    hub.run(proxy.start())
    home = base / "kiosk-slow"
    asyncio.run(enroll(proxy.url, hub.code(), home))
    window, ctx, panel = open_kiosk(home)
    store = ctx.clinic.store
    cases = store.read(lambda db: db.execute("SELECT id, patient_id FROM encounters").fetchall())
    files = BlobFiles(ctx.config.blobs_dir)
    for n, (enc_id, patient_id) in enumerate(cases[:8]):
        blob = files.put(photo_bytes(90_000, seed=n), "image/jpeg")
        now = ctx.clinic.clock()
        store.write(lambda db, b=blob, e=enc_id, p=patient_id, t=now: insert_attachment(
            db, patient_id=p, encounter_id=e, kind="photo", original=b, upload=b,
            by=ctx.cho_id, now=t))  # fmt: skip
    # One case written under another spoke's name: the hub will refuse it.
    store.write(lambda db: db.execute(
        "UPDATE outbox SET payload = json_set(payload, '$.spoke_id', 'elsewhere') "
        "WHERE seq = (SELECT min(seq) FROM outbox WHERE entity = 'encounter')"))  # fmt: skip
    start_sync(ctx)
    wait(lambda: not panel.bytes.isHidden() and panel.bytes.value() > 150)
    shoot(window, out, "en-sync-progress")
    # What depends on the refused case waits behind it; everything else is through.
    wait(lambda: panel.status is not None and not panel.status.syncing
         and panel.status.quarantined > 0 and panel.status.last_success_at is not None,
         120)  # fmt: skip
    shoot(window, out, "en-sync-attention")
    panel.open_quarantine()
    dialog = panel.findChild(QuarantineDialog)
    assert dialog is not None
    wait(lambda: dialog.table.rowCount() > 0)
    shoot(dialog, out, "en-sync-quarantine")
    store.write(lambda db: db.execute(
        "UPDATE outbox SET payload = json_set(payload, '$.spoke_id', ?)", [SPOKE]))  # fmt: skip
    dialog.try_again()
    wait(lambda: dialog.table.rowCount() == 0)
    dialog.accept()
    panel.sync_now()
    wait(lambda: panel.status is not None and panel.status.synced and not panel.status.syncing)
    shoot(window, out, "en-sync-synced")
    wait(lambda: ctx.bridge.pending == 0)
    window.close()
    shutdown(ctx)
    hub.run(proxy.stop())
    hub.close()


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    application()
    base = Path(tempfile.mkdtemp(prefix="hwc-sync-shots-"))
    offline(out, base)
    slow_link(out, base)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
