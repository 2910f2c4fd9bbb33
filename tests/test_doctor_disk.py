"""``kiosk doctor`` says whether the kiosk's data is on an encrypted volume, following
device-mapper layers in a sysfs tree built for the test (LVM on LUKS, a plain
partition, and a folder on no block device at all)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kiosk import config
from kiosk.commands import doctor_disk
from kiosk.commands.doctor_disk import encrypted_volume


def _device(sys_root: Path, name: str, major: int, minor: int, uuid: str = "") -> Path:
    folder = sys_root / "devices" / "virtual" / "block" / name
    (folder / "slaves").mkdir(parents=True)
    if uuid:
        (folder / "dm").mkdir()
        (folder / "dm" / "uuid").write_text(uuid + "\n")
        (folder / "dm" / "name").write_text(name + "-volume\n")
    link = sys_root / "dev" / "block" / f"{major}:{minor}"
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(folder)
    return folder


def _on_top_of(upper: Path, lower: Path) -> None:
    (upper / "slaves" / lower.name).symlink_to(lower)


def test_data_on_lvm_on_luks_is_found_encrypted(tmp_path: Path) -> None:
    sys_root = tmp_path / "sys"
    disk = _device(sys_root, "sda3", 8, 3)
    crypt = _device(sys_root, "dm-0", 253, 0, "CRYPT-LUKS2-0123abcd-kiosk")
    lvm = _device(sys_root, "dm-1", 253, 1, "LVM-abcdef")
    _on_top_of(crypt, disk)
    _on_top_of(lvm, crypt)
    assert encrypted_volume(tmp_path, sys_root, os.makedev(253, 1)) == "dm-0-volume"
    assert encrypted_volume(tmp_path, sys_root, os.makedev(253, 0)) == "dm-0-volume"
    assert encrypted_volume(tmp_path, sys_root, os.makedev(8, 3)) is None  # below the crypt


def test_a_plain_partition_warns_and_tmpfs_cannot_be_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sys_root = tmp_path / "sys"
    _device(sys_root, "sda2", 8, 2)
    assert encrypted_volume(tmp_path, sys_root, os.makedev(8, 2)) is None
    with pytest.raises(LookupError):
        encrypted_volume(tmp_path, sys_root, os.makedev(0, 42))  # tmpfs, overlay
    cfg = config.load(home=tmp_path, environ={})
    monkeypatch.setattr(doctor_disk, "encrypted_volume", lambda home: None)
    result = doctor_disk.disk_encryption(cfg)
    assert result.status == "warn" and "unencrypted disk" in result.detail
    assert "LUKS" in result.hint
    monkeypatch.setattr(doctor_disk, "encrypted_volume", lambda home: "kiosk-data")
    assert doctor_disk.disk_encryption(cfg).status == "ok"


def test_swap_in_the_clear_is_warned_about_zram_and_encrypted_swap_are_not(
    tmp_path: Path,
) -> None:
    from kiosk.commands.doctor_swap import swap_encryption

    cfg = config.load(home=tmp_path, environ={})
    sys_root = tmp_path / "sys"
    swaps = tmp_path / "swaps"
    header = "Filename\tType\tSize\tUsed\tPriority\n"
    swaps.write_text(header)
    assert swap_encryption(cfg, swaps, sys_root).status == "ok"  # no swap at all
    swaps.write_text(header + "/dev/zram0 partition 4194300 0 100\n")
    assert swap_encryption(cfg, swaps, sys_root).status == "ok"  # in memory
    swaps.write_text(header + f"{tmp_path / 'swapfile'} file 1048572 0 -2\n")
    (tmp_path / "swapfile").write_bytes(b"")  # on tmp_path's disk, unknown to this sysfs
    result = swap_encryption(cfg, swaps, sys_root)
    assert result.status == "warn" and "swapfile is not encrypted" in result.detail
    assert "crypttab" in result.hint
