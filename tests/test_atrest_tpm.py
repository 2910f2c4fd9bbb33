"""``key_source = "tpm2"`` against a software TPM (swtpm): the machine key sealed with
``systemd-creds --with-key=tpm2``, the data reopened after a restart, another TPM (a
replaced main board) refused in plain words, and the recovery key bringing the data back
under the new TPM."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.store import keys
from kiosk.store.store import Store

needs_swtpm = pytest.mark.skipif(
    shutil.which("swtpm") is None or shutil.which("systemd-creds") is None,
    reason="swtpm and systemd-creds are in installer/debian-packages-dev.txt",
)


class SoftTpm:
    """One swtpm process with a state folder of its own; stopped by its pid."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True)
        self.socket = folder / "sock"
        self.process = subprocess.Popen(
            ["swtpm", "socket", "--tpm2", "--tpmstate", f"dir={folder}",
             "--server", f"type=unixio,path={self.socket}",
             "--ctrl", f"type=unixio,path={self.socket}.ctrl",
             "--flags", "not-need-init,startup-clear"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def ready(self) -> bool:
        return self.socket.exists() and Path(f"{self.socket}.ctrl").exists()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def tpm_kiosk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Path, list[SoftTpm]]]:
    started: list[SoftTpm] = []

    def use(folder: Path) -> SoftTpm:
        tpm = SoftTpm(folder)
        started.append(tpm)
        while not tpm.ready():  # waits on the sockets appearing, never a fixed time
            assert tpm.process.poll() is None, "swtpm did not start"
            os.sched_yield()
        monkeypatch.setenv("SYSTEMD_TPM2_DEVICE", f"swtpm:path={tpm.socket}")
        monkeypatch.setenv("TPM2TOOLS_TCTI", f"swtpm:path={tpm.socket}")
        return tpm

    asked = keys._systemd_creds

    def like_the_kernel(args: list[str], data: bytes | None) -> bytes:
        """A terminal reaches its TPM through the kernel's resource manager, which flushes
        what each process leaves behind; swtpm's bare socket has none, so do it here."""
        try:
            return asked(args, data)
        finally:
            for kind in ("--transient-object", "--loaded-session", "--saved-session"):
                subprocess.run(["tpm2_flushcontext", kind], capture_output=True, check=False)

    monkeypatch.setattr(keys, "_systemd_creds", like_the_kernel)

    monkeypatch.setenv("KIOSK_KEY_SOURCE", "tpm2")
    monkeypatch.setenv("KIOSK_MACHINE_KEY_FILE", str(tmp_path / "etc" / "machine.key"))
    use(tmp_path / "tpm-a")
    try:
        yield tmp_path, [*started, use]  # type: ignore[list-item]
    finally:
        for tpm in started:
            tpm.stop()
        keys.forget()


@needs_swtpm
def test_a_tpm_sealed_kiosk_reopens_and_another_tpm_needs_the_recovery_key(
    tpm_kiosk: tuple[Path, list[object]],
) -> None:
    tmp_path, handles = tpm_kiosk
    use = handles[-1]
    home = tmp_path / "home"
    with Store(home / "kiosk.db") as store:
        store.write(lambda db: db.execute("CREATE TABLE note (text TEXT)"))
        store.write(lambda db: db.execute("INSERT INTO note VALUES ('Sunita, 34')"))
    credential = tmp_path / "etc" / "machine.cred"
    assert credential.exists() and not (tmp_path / "etc" / "machine.key").exists()
    assert b"Sunita" not in (home / "kiosk.db").read_bytes()
    recovery = keys.recovery_key(home, mark_shown=True)
    keys.forget()  # a restart: the key comes from the TPM again
    with Store(home / "kiosk.db") as store:
        assert store.read(lambda db: db.execute("SELECT text FROM note").fetchall()) == [
            ("Sunita, 34",)
        ]
    keys.forget()
    use(tmp_path / "tpm-b")  # type: ignore[operator]  # the main board (and TPM) replaced
    with pytest.raises(keys.KeysUnavailableError, match="TPM did not give the machine key"):
        Store(home / "kiosk.db")
    keys.recover(home, recovery)
    assert (tmp_path / "etc" / "machine.cred.lost").exists()
    keys.forget()
    with Store(home / "kiosk.db") as store:
        assert store.read(lambda db: db.execute("SELECT count(*) FROM note").fetchone()[0]) == 1
