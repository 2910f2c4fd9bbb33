"""The installer chooses where the kiosk's machine key comes from: sealed by the TPM when
the terminal has one that works (here a software TPM, swtpm), else an owner-only key
file; it makes that key as the kiosk's user, says which in its output, writes the choice
into kiosk.toml, and changes nothing when run again."""

from __future__ import annotations

import os
import shutil
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import keys
from tests.installer.bundles import Terminal, me
from tests.test_atrest_tpm import SoftTpm, needs_swtpm


def _install(tmp_path: Path, terminal: Terminal, *extra: str) -> int:
    from kiosk.provision.main import main

    user, group = me()
    plan = tmp_path / "terminal.toml"
    plan.write_text(
        f'[kiosk]\nspoke_id = "spoke-a"\n[terminal]\nuser = "{user}"\nserial_group = "{group}"\n'
    )
    options = [o for o in terminal.options() if o not in ("--log", str(terminal.log))]
    return main(["install", "--provisioning", str(plan), *options, *extra])


def _terminal(tmp_path: Path) -> Terminal:
    from kiosk import __version__

    return Terminal(tmp_path / "t").with_this_checkout(__version__)


def _step(out: str, title: str) -> str:
    """The lines of one numbered step of the installer's output."""
    start = out.index(title)
    end = out.find("\n[", start)
    return out[start : end if end > 0 else None]


def _settings(terminal: Terminal) -> dict[str, object]:
    with (terminal.home / "kiosk.toml").open("rb") as file:
        return tomllib.load(file)


def test_no_tpm_gives_an_owner_only_key_file_made_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _terminal(tmp_path)
    assert _install(tmp_path, terminal) == 0
    out = capsys.readouterr().out
    step = _step(out, "Machine key")
    key = terminal.key_dir / "machine.key"
    assert "no TPM on this terminal" in step and "key source file" in step and "made now" in step
    assert "only when the disk itself is encrypted" in step
    assert _settings(terminal)["key_source"] == "file"
    assert _settings(terminal)["machine_key_file"] == str(key)
    assert key.stat().st_mode & 0o777 == 0o600 and terminal.key_dir.stat().st_mode & 0o777 == 0o700
    assert key.stat().st_uid == os.getuid() and len(key.read_bytes()) == keys.KEY_BYTES
    ring = keys.read_keyring(terminal.home)
    assert ring is not None and ring.source == "file" and ring.database_encrypted
    made = key.read_bytes()

    assert _install(tmp_path, terminal) == 0  # again: the same key, nothing new
    again = _step(capsys.readouterr().out, "Machine key")
    assert "already locked with it" in again and "unchanged" in again
    assert key.read_bytes() == made and _settings(terminal)["key_source"] == "file"


def _resource_manager(folder: Path) -> Path:
    """``systemd-creds`` as the kiosk's commands find it on the PATH, followed by what the
    kernel's TPM resource manager does for each process (swtpm's bare socket has none):
    flush the sessions and objects it left behind."""
    folder.mkdir()
    real = shutil.which("systemd-creds")
    script = folder / "systemd-creds"
    script.write_text(
        f'#!/bin/sh\n"{real}" "$@"\nrc=$?\n'
        "for kind in --transient-object --loaded-session --saved-session; do\n"
        '  tpm2_flushcontext "$kind" >/dev/null 2>&1\ndone\nexit $rc\n'
    )
    script.chmod(0o755)
    return folder


@pytest.fixture
def soft_tpm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A software TPM the kiosk's commands reach as they would /dev/tpmrm0, and a path
    standing for that device."""
    tpm = SoftTpm(tmp_path / "swtpm")
    try:
        while not tpm.ready():  # waits on the sockets appearing, never a fixed time
            assert tpm.process.poll() is None, "swtpm did not start"
            os.sched_yield()
        monkeypatch.setenv("SYSTEMD_TPM2_DEVICE", f"swtpm:path={tpm.socket}")
        monkeypatch.setenv("TPM2TOOLS_TCTI", f"swtpm:path={tpm.socket}")
        monkeypatch.setenv("PATH", f"{_resource_manager(tmp_path / 'bin')}:{os.environ['PATH']}")
        device = tmp_path / "tpmrm0"
        device.touch()
        yield device
    finally:
        tpm.stop()
        keys.forget()


@needs_swtpm
def test_a_terminal_with_a_tpm_gets_its_key_sealed_by_it(
    tmp_path: Path, soft_tpm: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal = _terminal(tmp_path)
    assert _install(tmp_path, terminal, "--tpm-device", str(soft_tpm)) == 0
    step = _step(capsys.readouterr().out, "Machine key")
    assert "key source tpm2" in step and "sealed by this terminal's TPM" in step, step
    assert _settings(terminal)["key_source"] == "tpm2"
    sealed = terminal.key_dir / "machine.cred"
    assert sealed.exists() and sealed.stat().st_mode & 0o777 == 0o600
    assert not (terminal.key_dir / "machine.key").exists()
    ring = keys.read_keyring(terminal.home)
    assert ring is not None and ring.source == "tpm2"
    assert b"spoke-a" not in (terminal.home / "kiosk.db").read_bytes()[:4096]


def test_a_tpm_that_does_not_seal_falls_back_to_a_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """/dev/tpmrm0 there but no TPM answering it (a broken or disabled chip)."""
    monkeypatch.setenv("SYSTEMD_TPM2_DEVICE", f"swtpm:path={tmp_path / 'nobody-listens'}")
    device = tmp_path / "tpmrm0"
    device.touch()
    terminal = _terminal(tmp_path)
    assert _install(tmp_path, terminal, "--tpm-device", str(device)) == 0
    step = _step(capsys.readouterr().out, "Machine key")
    assert "did not seal a key" in step and "using a key file instead" in step, step
    assert "key source file" in step
    assert _settings(terminal)["key_source"] == "file"
