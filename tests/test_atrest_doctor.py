"""``kiosk doctor``'s data encryption row on a kiosk whose machine key is a file: it warns
that the file protects a stolen disk only when the disk is encrypted, and, on a terminal
with a TPM, that the key could be sealed by it instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.commands.doctor_atrest import data_encryption
from kiosk.commands.doctor_result import OK, WARN
from kiosk.config import load
from kiosk.store import keys
from kiosk.store.store import Store


@pytest.fixture
def file_keyed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("KIOSK_KEY_SOURCE", "file")
    monkeypatch.setenv("KIOSK_MACHINE_KEY_FILE", str(tmp_path / "etc" / "machine.key"))
    home = tmp_path / "home"
    with Store(home / "kiosk.db") as store:
        store.write(lambda db: db.execute("CREATE TABLE note (text TEXT)"))
    keys.recovery_key(home, mark_shown=True)
    yield home
    keys.forget()


def test_a_key_file_on_a_terminal_with_a_tpm_is_warned_about(
    file_keyed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    device = tmp_path / "tpmrm0"
    device.touch()
    monkeypatch.setenv("HWC_TPM_DEVICE", str(device))
    row = data_encryption(load(file_keyed))
    assert row.status == WARN and "although this terminal has a TPM" in row.detail
    assert 'key_source = "tpm2"' in row.hint


def test_a_key_file_without_a_tpm_protects_only_an_encrypted_disk(
    file_keyed: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HWC_TPM_DEVICE", str(tmp_path / "no-tpmrm0"))
    monkeypatch.setattr("kiosk.commands.doctor_atrest.encrypted_volume", lambda home: None)
    row = data_encryption(load(file_keyed))
    assert row.status == WARN and "only if the disk is encrypted" in row.detail
    monkeypatch.setattr("kiosk.commands.doctor_atrest.encrypted_volume", lambda home: "luks-1")
    row = data_encryption(load(file_keyed))
    assert row.status == OK and "encrypted volume luks-1" in row.detail
