"""Whether this terminal has a TPM the kiosk could seal its machine key with.

The kernel's resource manager ``/dev/tpmrm0`` is what ``systemd-creds --with-key=tpm2``
talks to. ``HWC_TPM_DEVICE`` names another path, so that the installer's and
``kiosk doctor``'s choices can be tested on machines with and without one."""

from __future__ import annotations

import os
from pathlib import Path

TPM_DEVICE = Path("/dev/tpmrm0")


def tpm_device() -> Path:
    return Path(os.environ.get("HWC_TPM_DEVICE") or TPM_DEVICE)


def has_tpm(device: Path | None = None) -> bool:
    """The device is there (whether it seals a key is only known by trying)."""
    return (device or tpm_device()).exists()
