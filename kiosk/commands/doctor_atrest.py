"""``kiosk doctor``'s row on encryption at rest: are the database and photos encrypted,
with which key source, and has district IT been given the recovery key?

A key file (``key_source = "file"``) sits on the same disk as the data: it keeps a
copied data folder or a backup drive closed, but a whole stolen disk opens unless the
disk itself is encrypted, so the row warns then, and also when the terminal has a TPM
the key could be sealed by instead."""

from __future__ import annotations

from kiosk.commands.doctor_disk import encrypted_volume
from kiosk.commands.doctor_result import FAIL, OK, WARN, CheckResult
from kiosk.config import KioskConfig
from kiosk.store import tpm
from kiosk.store.atrest_status import at_rest_status

NAME = "data encryption"


def data_encryption(cfg: KioskConfig) -> CheckResult:
    if not cfg.db_path.exists():
        return CheckResult(
            NAME,
            OK if cfg.encrypt_at_rest else WARN,
            "no data yet; it will be encrypted from the start"
            if cfg.encrypt_at_rest
            else "no data yet; encrypt_at_rest is off, it would be kept in the clear",
        )
    status = at_rest_status(cfg.home)
    if status.problem:
        return CheckResult(
            NAME, FAIL, status.problem, "district IT: kiosk keys recover --recovery-key ..."
        )
    if not status.database_encrypted or status.photos_clear:
        return CheckResult(
            NAME,
            WARN,
            status.sentence(),
            "run kiosk db encrypt while the kiosk is closed (a stolen terminal gives the "
            "clear data away)",
        )
    if not status.recovery_shown:
        return CheckResult(
            NAME, WARN, status.sentence(), "kiosk keys recovery --show, and give it to district IT"
        )
    if status.key_source == "file":
        return _key_file(cfg, status.sentence())
    return CheckResult(NAME, OK, status.sentence())


def _key_file(cfg: KioskConfig, sentence: str) -> CheckResult:
    if tpm.has_tpm():
        return CheckResult(
            NAME,
            WARN,
            f"{sentence}; the machine key is a file although this terminal has a TPM "
            f"({tpm.tpm_device()}): a stolen disk carries its key with it",
            'set key_source = "tpm2" in kiosk.toml, then kiosk keys recover --recovery-key '
            "... locks the data to the TPM (docs/security.md)",
        )
    try:
        volume = encrypted_volume(cfg.home)
    except LookupError:
        volume = None
    if volume is None:
        return CheckResult(
            NAME,
            WARN,
            f"{sentence}; the machine key is a file on the same disk, so it protects the "
            "data only if the disk is encrypted, and this one is not (no TPM here)",
            "full-disk encryption (LUKS) at the next reinstall: docs/security.md",
        )
    return CheckResult(
        NAME, OK, f"{sentence}; its key file is on the encrypted volume {volume} (no TPM here)"
    )
