"""The parts of provisioning that belong to the machine rather than to the kiosk's data:
the kiosk user and its serial group, udev rules for USB-serial bridges, the autostart
and menu entries, the printer, and ``kiosk`` on the PATH. Each step is idempotent."""

from __future__ import annotations

import grp
import os
import shlex
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from kiosk.devices import registry
from kiosk.provision.files import CHANGED, UNCHANGED, Owner, ensure_dir, link, put
from kiosk.provision.layout import DEFAULT_UDEV_DIR, DESKTOP_FILE, UDEV_RULES, Account, Layout
from kiosk.provision.plan import Printer, ProvisioningError

# USB-serial bridges found in vitals devices and their cables, besides the ids the
# drivers name: FTDI, Prolific, Silicon Labs CP210x, WCH CH340/CH9102.
BRIDGES = {
    (0x0403, 0x6001), (0x0403, 0x6010), (0x0403, 0x6014), (0x0403, 0x6015),
    (0x067B, 0x2303), (0x067B, 0x23A3),
    (0x10C4, 0xEA60), (0x10C4, 0xEA70), (0x10C4, 0xEA80),
    (0x1A86, 0x7523), (0x1A86, 0x55D4),
}  # fmt: skip


def run(argv: Sequence[str], input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603  (fixed tools; arguments are checked names and paths)
        list(argv), input=input_text, capture_output=True, text=True, check=False, cwd="/"
    )


def _checked(argv: Sequence[str]) -> None:
    done = run(argv)
    if done.returncode != 0:
        raise ProvisioningError(f"{argv[0]} failed: {(done.stderr or done.stdout).strip()}")


def ensure_user(name: str, create: bool) -> tuple[Account, str]:
    account = Account.named(name)
    if account is not None:
        return account, UNCHANGED
    if not create:
        raise ProvisioningError(
            f"there is no user {name!r}: create it, or set create_user = true in [terminal]"
        )
    _checked(["useradd", "--create-home", "--shell", "/bin/bash", "--comment", "HWC kiosk", name])
    made = Account.named(name)
    assert made is not None
    return made, CHANGED


def ensure_group(account: Account, group: str) -> str:
    """The kiosk user in the serial group (new membership counts from the next sign-in)."""
    try:
        gid = grp.getgrnam(group).gr_gid
    except KeyError:
        raise ProvisioningError(f"there is no group {group!r} for serial devices") from None
    if gid in os.getgrouplist(account.name, account.gid):
        return UNCHANGED
    _checked(["usermod", "--append", "--groups", group, account.name])
    return CHANGED


def udev_rules(group: str) -> str:
    ids = set(BRIDGES)
    for item in registry.available():
        if item.driver is not None:
            ids |= set(item.driver.usb_ids)
    lines = [
        "# HWC kiosk: vitals devices on USB-serial bridges may be used by the group",
        f"# {group} and by whoever sits at the terminal (uaccess). Written by the installer.",
    ]
    for vendor, product in sorted(ids):
        lines.append(
            f'SUBSYSTEM=="tty", ATTRS{{idVendor}}=="{vendor:04x}", '
            f'ATTRS{{idProduct}}=="{product:04x}", GROUP="{group}", MODE="0660", TAG+="uaccess"'
        )
    lines.append(f'SUBSYSTEM=="tty", KERNEL=="ttyACM[0-9]*", GROUP="{group}", MODE="0660", '
                 'TAG+="uaccess"')  # fmt: skip
    return "\n".join(lines) + "\n"


def install_udev(layout: Layout, group: str) -> str:
    ensure_dir(layout.udev_dir, 0o755)
    changed = put(layout.udev_dir / UDEV_RULES, udev_rules(group).encode(), 0o644)
    if changed == CHANGED:
        reload_udev(layout.udev_dir)
    return changed


def reload_udev(udev_dir: Path) -> None:
    """Only the real rules folder is live; a folder given for tests is not reloaded."""
    if udev_dir == DEFAULT_UDEV_DIR and shutil.which("udevadm"):
        run(["udevadm", "control", "--reload-rules"])
        run(["udevadm", "trigger", "--subsystem-match=tty", "--action=change"])


def desktop_entry(exec_argv: Sequence[str], autostart: bool) -> str:
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=HWC Spoke Kiosk",
        "Name[hi]=एचडब्ल्यूसी कियोस्क",
        "Comment=Teleconsultation at the Health and Wellness Centre",
        "Exec=" + " ".join(shlex.quote(a) for a in exec_argv),
        "Terminal=false",
        "Categories=Office;MedicalSoftware;",
    ]
    if autostart:
        lines += ["X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-Delay=2"]
    return "\n".join(lines) + "\n"


def kiosk_argv(layout: Layout, default_home: Path, fullscreen: bool) -> list[str]:
    argv = [str(layout.kiosk)]
    if layout.home != default_home:
        argv += ["--home", str(layout.home)]
    return argv + (["--fullscreen"] if fullscreen else [])


def install_desktop(layout: Layout, account: Account, argv: Sequence[str]) -> list[str]:
    """The autostart entry (opens the kiosk when the CHO's session starts) and a menu
    entry (to open it again if it was closed), both the kiosk user's own."""
    owner = Owner(account.uid, account.gid)
    results = []
    for folder, autostart in ((layout.autostart_dir, True), (layout.applications_dir, False)):
        ensure_dir(folder, 0o755, owner)
        entry = desktop_entry(argv, autostart).encode("utf-8")
        results.append(put(folder / DESKTOP_FILE, entry, 0o644, owner))
    return results


def _lp(tool: str) -> str:
    return os.environ.get(f"HWC_{tool.upper()}", tool)


def install_printer(printer: Printer, already_added: bool) -> tuple[str, bool]:
    """Add the printer to CUPS (or point it at the given device); returns the change and
    whether the installer added it (so that uninstall removes only what it added)."""
    lpadmin, lpstat = _lp("lpadmin"), _lp("lpstat")
    if shutil.which(lpadmin) is None:
        raise ProvisioningError("CUPS (lpadmin) is not installed; the printer was not added")
    shown = run([lpstat, "-v", printer.name])
    present = shown.returncode == 0 and f"{printer.name}:" in shown.stdout
    changed, added = UNCHANGED, already_added
    if not present:
        _checked([lpadmin, "-p", printer.name, "-E", "-v", printer.uri, "-m", printer.model])
        changed, added = CHANGED, True
    elif not shown.stdout.strip().endswith(f": {printer.uri}"):
        _checked([lpadmin, "-p", printer.name, "-E", "-v", printer.uri])
        changed = CHANGED
    if printer.default:
        default = run([lpstat, "-d"]).stdout
        if not default.strip().endswith(f": {printer.name}"):
            _checked([lpadmin, "-d", printer.name])
            changed = CHANGED
    if _spool_keeps_job_files():
        changed = CHANGED
    return changed, added


def _spool_keeps_job_files() -> bool:
    """CUPS keeps each printed job's file (the patient's prescription, in the clear) in
    its spool for a day by default; ``PreserveJobFiles No`` drops it once printed.
    True when this changed the setting."""
    cupsctl = _lp("cupsctl")
    if shutil.which(cupsctl) is None:
        return False
    if "PreserveJobFiles=No" in run([cupsctl]).stdout.split():
        return False
    _checked([cupsctl, "PreserveJobFiles=No"])
    return True


def remove_printer(name: str) -> None:
    run([_lp("lpadmin"), "-x", name])


def install_path(layout: Layout) -> list[str]:
    """``PREFIX/bin/kiosk`` follows ``current``; ``kiosk`` on the PATH points at it."""
    ensure_dir(layout.kiosk.parent, 0o755)
    ensure_dir(layout.bin_dir, 0o755)
    return [
        link(layout.kiosk, Path("..") / "current" / "bin" / "kiosk"),
        link(layout.bin_dir / "kiosk", layout.kiosk),
    ]
