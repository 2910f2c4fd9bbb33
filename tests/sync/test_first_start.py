"""A kiosk installed where the hub could not be reached keeps its code (owner-only) and
enrolls itself when it starts and reaches the hub; the code is deleted once used."""

from __future__ import annotations

import asyncio
import io
import stat
import sys
from pathlib import Path

import pytest

from kiosk import config
from kiosk.cli import main
from kiosk.events import EventBus
from kiosk.store.store import Store
from kiosk.sync import enrollment, pending
from kiosk.sync.report import SYNC_STATUS, SyncStatus
from kiosk.sync.runtime import SyncRuntime, boot
from tests.hubtools import ThreadHub, running_hub


async def _wait_for(runtime: SyncRuntime) -> None:
    assert runtime.enrolling is not None
    await asyncio.wait_for(asyncio.shield(runtime.enrolling), timeout=20)


def _cfg(home: Path) -> config.KioskConfig:
    return config.load(home=home, environ={}, overrides={"sync_probe_seconds": 1})


def test_the_kept_code_is_used_at_start_and_then_deleted(tmp_path: Path) -> None:
    home = tmp_path / "kiosk"

    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await hub.add_spoke("spoke-a")
            code = await hub.code("spoke-a")
            pending.save(home, pending.PendingEnrollment(hub.url, code, "spoke-a", "terminal 1"))
            assert stat.S_IMODE(pending.path(home).stat().st_mode) == 0o600
            with Store(home / "kiosk.db") as store:
                runtime = await boot(_cfg(home), store, EventBus())
                await _wait_for(runtime)
                assert runtime.service is not None and runtime.enrollment_problem == ""
                await runtime.close()
        assert not pending.path(home).exists()
        enrolled = enrollment.load(home)
        assert enrolled is not None and enrolled.spoke_id == "spoke-a"

    asyncio.run(scenario())


def test_it_retries_until_the_hub_answers(tmp_path: Path) -> None:
    home = tmp_path / "kiosk"

    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await hub.add_spoke("spoke-a")
            code = await hub.code("spoke-a")
            port, url = hub.running.port, hub.url
        pending.save(home, pending.PendingEnrollment(url, code, "spoke-a"))
        with Store(home / "kiosk.db") as store:
            runtime = await boot(_cfg(home), store, EventBus())
            await asyncio.sleep(0.3)  # the first try finds nobody
            assert runtime.service is None and pending.path(home).exists()
            async with running_hub(tmp_path / "hub", port=port):  # the link comes back
                await _wait_for(runtime)
                assert runtime.service is not None
                await runtime.close()
        assert not pending.path(home).exists()

    asyncio.run(scenario())


def test_a_refused_code_is_reported_and_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = tmp_path / "kiosk"
    bus = EventBus()
    statuses: list[SyncStatus] = []
    bus.subscribe(SYNC_STATUS, lambda topic, status: statuses.append(status))

    async def scenario() -> None:
        async with running_hub(tmp_path / "hub") as hub:
            await hub.add_spoke("spoke-a")
            await hub.add_spoke("spoke-b")
            tries = [
                ("AAAA-BBBB-CCCC", "unknown, used or expired"),
                (await hub.code("spoke-b"), "the code is for spoke spoke-b"),
            ]
            for code, problem in tries:
                pending.save(home, pending.PendingEnrollment(hub.url, code, "spoke-a"))
                with Store(home / "kiosk.db") as store:
                    runtime = await boot(_cfg(home), store, bus)
                    await _wait_for(runtime)
                    assert runtime.service is None and problem in runtime.enrollment_problem
                    await runtime.close()
                assert statuses[-1].last_error == runtime.enrollment_problem
                assert not statuses[-1].enrolled and pending.path(home).exists()
                assert enrollment.load(home) is None  # nothing kept from the wrong spoke

    asyncio.run(scenario())
    assert "enrollment with the kept code failed" in caplog.text
    caplog.clear()


def test_enroll_command_keeps_the_code_when_offline_then_uses_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = ThreadHub(tmp_path / "hub")
    try:
        code, url = hub.code(), hub.url
        home = str(tmp_path / "kiosk")
        nobody = "http://127.0.0.1:9"  # the discard port: nothing answers
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(code.encode())))
        argv = ["enroll", "--hub", nobody, "--code-file", "-", "--spoke", "spoke-a", "--home", home]
        assert main(argv) == 1  # offline is an error unless asked to keep the code
        assert "could not reach the hub" in capsys.readouterr().err
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(code.encode())))
        assert main([*argv, "--later-if-offline"]) == 0
        assert "enrolls itself when it next starts" in capsys.readouterr().out
        kept = pending.load(Path(home))
        assert kept is not None and kept.code == code and kept.spoke_id == "spoke-a"
        pending.save(Path(home), pending.PendingEnrollment(url, code, "spoke-a"))  # hub moved
        assert main(["enroll", "--pending", "--home", home]) == 0
        assert "spoke-a" in capsys.readouterr().out
        assert not pending.path(Path(home)).exists()
        assert main(["enroll", "--pending", "--home", home]) == 1
        assert "no enrollment code is waiting" in capsys.readouterr().err
    finally:
        hub.close()
