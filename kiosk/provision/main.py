"""``python -m kiosk.provision install|uninstall``: the installer's second half, run by
install.sh as root with the Python of the version it just unpacked.

It prints one numbered line per step and what the step did, ends with how many things
changed ("nothing changed" on a second run), and exits 0 when all is done, 1 when it
stopped, and 4 when the kiosk is installed but something needs district IT (a printer
CUPS refused, an enrollment code the hub refused).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from hwc_shared import __version__
from kiosk.config import KioskConfig
from kiosk.domain import languages
from kiosk.provision import as_user, machine_key, system, typing_setup, versions
from kiosk.provision.as_user import KioskUser
from kiosk.provision.files import CHANGED, UNCHANGED, remove
from kiosk.provision.layout import (
    DEFAULT_BACKUP_DIR,
    DEFAULT_BIN_DIR,
    DEFAULT_PREFIX,
    DEFAULT_UDEV_DIR,
    DESKTOP_FILE,
    UDEV_RULES,
    Account,
    InstallState,
    Layout,
    default_home,
)
from kiosk.provision.plan import Provisioning, ProvisioningError, load
from kiosk.store import tpm

STOPPED, NEEDS_ATTENTION = 1, 4


class Steps:
    """Numbered progress lines, and the count of what changed."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.number = 0
        self.changes = 0
        self.problems: list[str] = []
        self.started = time.monotonic()

    def say(self, text: str) -> None:
        print(f"        {text}", flush=True)

    def step(self, title: str, action: Callable[[], Sequence[str] | str]) -> None:
        self.number += 1
        print(f"[{self.number:>2}/{self.total}] {title} ...", flush=True)
        results = action()
        done = [results] if isinstance(results, str) else list(results)
        count = sum(1 for r in done if r == CHANGED)
        self.changes += count
        self.say("changed" if count else "unchanged")

    def optional(self, title: str, action: Callable[[], Sequence[str] | str]) -> None:
        """A step whose failure leaves a working kiosk: reported, and the rest goes on."""
        try:
            self.step(title, action)
        except ProvisioningError as error:
            self.problems.append(f"{title}: {error}")
            self.say(f"PROBLEM: {error}")


def _layout(args: argparse.Namespace, account: Account) -> Layout:
    """Absolute paths: the kiosk user's commands run from ``/``."""
    return Layout(
        prefix=Path(args.prefix).absolute(),
        bin_dir=Path(args.bin_dir).absolute(),
        udev_dir=Path(args.udev_dir).absolute(),
        autostart_dir=Path(args.autostart_dir or account.dir / ".config" / "autostart").absolute(),
        applications_dir=Path(
            args.applications_dir or account.dir / ".local" / "share" / "applications"
        ).absolute(),
        home=Path(args.home).absolute() if args.home else default_home(account),
        backup_dir=Path(args.backup_dir).absolute(),
    )


def _languages(plan: Provisioning) -> tuple[str, ...]:
    cfg = KioskConfig(
        home=Path(),
        language=str(plan.kiosk.get("language", "hi")),
        languages=str(plan.kiosk.get("languages", "")),
    )
    return cfg.enabled_languages


def install(args: argparse.Namespace) -> int:
    plan: Provisioning = load(Path(args.provisioning))
    name = args.user or plan.user
    if not name:
        raise ProvisioningError("name the CHO's desktop user: [terminal] user, or --user")
    this = __version__
    old, kind = versions.plan_change(Path(args.prefix).absolute(), this, args.upgrade)
    steps = Steps(13)
    account_holder: list[Account] = []

    def user_step() -> list[str]:
        account, made = system.ensure_user(name, plan.create_user)
        account_holder.append(account)
        return [made, system.ensure_group(account, args.serial_group or plan.serial_group)]

    steps.step(f"Kiosk user {name}", user_step)
    account = account_holder[0]
    layout = _layout(args, account)
    user = KioskUser(account, layout.version_dir(this) / "bin" / "kiosk", layout.home)
    state = InstallState.load(layout.prefix)

    def version_step() -> str:
        if kind == "upgrade":
            assert old is not None
            steps.say(f"upgrading {old} -> {this}")
            versions.upgrade(layout, user, old, this, steps.say)
            return CHANGED
        steps.say(f"version {this} ({'already installed' if kind == 'same' else 'new'})")
        return versions.switch(layout, this)

    steps.step(f"Kiosk version {this}", version_step)
    chosen: dict[str, str] = {}

    def key_step() -> list[str]:
        choice, results = machine_key.choose(
            user, plan, Path(args.key_dir).absolute(), Path(args.tpm_device), steps.say
        )
        chosen.update(choice.settings())
        return results

    steps.step("Machine key (encryption at rest)", key_step)
    steps.step("Configuration (kiosk.toml)", lambda: as_user.write_config(user, plan, chosen))
    steps.step("Database", lambda: as_user.migrate(user))
    devices = plan.devices
    steps.step(f"Device ports ({len(devices)})", lambda: as_user.assign_devices(user, devices))

    def enroll_step() -> str:
        outcome, result = as_user.enroll(user, plan)
        steps.say(f"{outcome} (spoke {plan.spoke_id})")
        return result

    steps.optional("Enrollment with the hub", enroll_step)
    group = args.serial_group or plan.serial_group
    steps.step("Serial devices (udev rules)", lambda: system.install_udev(layout, group))
    argv = system.kiosk_argv(layout, default_home(account), plan.fullscreen)
    steps.step("Autostart and menu entry", lambda: system.install_desktop(layout, account, argv))
    codes = _languages(plan)

    def typing_step() -> list[str]:
        # Installed into folders of its own (the tests), the user's session is not ours.
        if layout.autostart_dir != account.dir / ".config" / "autostart":
            steps.say("autostart is not in the user's own folder: their keyboards are left alone")
            return [UNCHANGED]
        return typing_setup.install_input_methods(account, codes)

    steps.optional(
        "Typing: IBus keyboards for " + ", ".join(languages.get(c).english for c in codes),
        typing_step,
    )
    printer_added = state.printer_added if state else False

    def printer_step() -> str:
        nonlocal printer_added
        if plan.printer is None:
            steps.say("no printer in the provisioning file")
            return UNCHANGED
        result, printer_added = system.install_printer(plan.printer, printer_added)
        return result

    steps.optional("Printer", printer_step)
    steps.step("Command 'kiosk' on the PATH", lambda: system.install_path(layout))

    def record_step() -> list[str]:
        record = InstallState(
            version=this, user=account.name, home=str(layout.home), prefix=str(layout.prefix),
            bin_link=str(layout.bin_dir / "kiosk"), udev_rules=str(layout.udev_dir / UDEV_RULES),
            serial_group=group,
            desktop_files=[str(d / DESKTOP_FILE) for d in (layout.autostart_dir,
                                                            layout.applications_dir)],
            printer=plan.printer.name if plan.printer else "", printer_added=printer_added,
            backup_dir=str(layout.backup_dir),
            machine_key_file=chosen.get("machine_key_file", ""),
        )  # fmt: skip
        keep = {this, *versions.previous_versions(layout, this)[:1]}
        removed = versions.prune_versions(layout, keep)
        for gone in removed:
            steps.say(f"removed old version {gone}")
        return [record.save(layout.prefix), *([CHANGED] if removed else [])]

    steps.step("Install record", record_step)
    return _summary(steps, layout, account.name)


def _summary(steps: Steps, layout: Layout, user: str) -> int:
    took = time.monotonic() - steps.started
    print()
    if steps.changes:
        print(f"Done in {took:.0f} s: {steps.changes} changes. Kiosk data: {layout.home}")
    else:
        print(f"Done in {took:.0f} s: nothing changed (this terminal was already set up).")
    for problem in steps.problems:
        print(f"NEEDS ATTENTION: {problem}")
    if steps.problems:
        return NEEDS_ATTENTION
    print(f"Check this terminal with: sudo -u {user} kiosk doctor")
    return 0


def _unsent(user: KioskUser) -> int:
    done = user.run(["sync", "status", "--offline", "--json"])
    if done.returncode != 0:
        return 0
    status = json.loads(done.stdout)
    return int(status["pending"]) + int(status["quarantined"])


def uninstall(args: argparse.Namespace) -> int:
    prefix = Path(args.prefix).absolute()
    state = InstallState.load(prefix)
    if state is None:
        print(f"no kiosk is installed at {prefix}; nothing to do")
        return 0
    account = Account.named(state.user)
    home = Path(state.home)
    steps = Steps(4 if args.purge else 3)
    if account is not None and home.exists():
        user = KioskUser(account, prefix / "bin" / "kiosk", home)
        if not args.force:
            versions.check_closed(home)
        unsent = _unsent(user) if args.purge and not args.force else 0
        if unsent:
            raise ProvisioningError(
                f"{unsent} changes on this kiosk never reached the hub; purging would lose "
                "them. Sync first (kiosk sync now), or give --force to purge anyway"
            )

    def system_step() -> list[str]:
        results = []
        link = Path(state.bin_link)
        if link.is_symlink() and link.readlink() == prefix / "bin" / "kiosk":
            results.append(remove(link))
        results += [remove(Path(p)) for p in state.desktop_files]
        rules = remove(Path(state.udev_rules))
        if rules == CHANGED:
            system.reload_udev(Path(state.udev_rules).parent)
        return [*results, rules]

    steps.step("Autostart, menu entry, udev rules, PATH", system_step)

    def printer_step() -> str:
        if state.printer and state.printer_added:
            system.remove_printer(state.printer)
            steps.say(f"removed printer {state.printer}")
            return CHANGED
        return UNCHANGED

    steps.step("Printer", printer_step)
    steps.step(f"Program files ({prefix})", lambda: remove(prefix))
    if args.purge:

        def purge_step() -> list[str]:
            results = [remove(home), *machine_key.remove_key(state.machine_key_file)]
            backups = Path(state.backup_dir)
            if backups.is_dir():
                results += [remove(p) for p in backups.glob("pre-upgrade-*.tar.gz")]
                if not any(backups.iterdir()):
                    backups.rmdir()
            return results

        steps.step(f"Kiosk data ({home}), its machine key, pre-upgrade backups", purge_step)
    else:
        steps.say(f"kept: the kiosk's data at {home} (remove it too with --purge)")
    print(f"Removed in {time.monotonic() - steps.started:.0f} s.")
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m kiosk.provision")
    sub = top.add_subparsers(dest="action", required=True)
    inst = sub.add_parser("install", help="install or upgrade this version on this terminal")
    inst.add_argument("--provisioning", required=True, help="the terminal's provisioning file")
    inst.add_argument("--upgrade", action="store_true", help="move from an older version")
    inst.add_argument("--user", help="the CHO's desktop user (default: [terminal] user)")
    inst.add_argument("--home", help="KIOSK_HOME (default: that user's data folder)")
    inst.add_argument("--serial-group", help="group for serial devices (default: dialout)")
    inst.add_argument("--autostart-dir", help="default: ~USER/.config/autostart")
    inst.add_argument("--applications-dir", help="default: ~USER/.local/share/applications")
    for target in (inst, sub.add_parser("uninstall", help="remove the kiosk")):
        target.add_argument("--prefix", default=str(DEFAULT_PREFIX))
    inst.add_argument("--bin-dir", default=str(DEFAULT_BIN_DIR))
    inst.add_argument("--udev-dir", default=str(DEFAULT_UDEV_DIR))
    inst.add_argument("--backup-dir", default=str(DEFAULT_BACKUP_DIR))
    inst.add_argument(
        "--key-dir", default=str(machine_key.DEFAULT_KEY_DIR), help="where the machine key is"
    )
    inst.add_argument(
        "--tpm-device", default=str(tpm.TPM_DEVICE), help="the TPM the machine key is sealed by"
    )
    uninst = sub.choices["uninstall"]
    uninst.add_argument("--purge", action="store_true", help="remove the kiosk's data too")
    uninst.add_argument("--force", action="store_true", help="even if open, or data unsent")
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return install(args) if args.action == "install" else uninstall(args)
    except (ProvisioningError, OSError) as error:
        print(f"\nSTOPPED: {error}", file=sys.stderr)
        return STOPPED


if __name__ == "__main__":
    sys.exit(main())
