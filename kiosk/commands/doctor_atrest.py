"""``kiosk doctor``'s row on encryption at rest: are the database and photos encrypted,
with which key source, and has district IT been given the recovery key?"""

from __future__ import annotations

from kiosk.commands.doctor_result import FAIL, OK, WARN, CheckResult
from kiosk.config import KioskConfig
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
    weaker = " (a key file: weaker than a TPM)" if status.key_source == "file" else ""
    return CheckResult(NAME, OK, status.sentence() + weaker)
