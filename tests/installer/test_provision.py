"""The installer's Python half, piece by piece and in this process: the provisioning file
and its mistakes, what it writes (kiosk.toml, udev rules, desktop entries), the printer
through lpadmin, files written only when they change, and the version rules."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk import config
from kiosk.provision import system, versions
from kiosk.provision.files import CHANGED, UNCHANGED, Owner, ensure_dir, link, put
from kiosk.provision.layout import Account, Layout, default_home
from kiosk.provision.plan import Printer, ProvisioningError, load, parse
from tests.installer.fakecups import FakeCups

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "installer" / "provisioning.example.toml"
MINIMAL = '[kiosk]\nspoke_id = "hwc-1"\n[terminal]\nuser = "cho"\n'


def test_the_shipped_template_is_a_valid_provisioning_file() -> None:
    plan = load(TEMPLATE)
    assert plan.spoke_id == "hwc-bassi-01" and plan.user == "cho"
    assert plan.hub_url == "https://hub.example.org" and plan.code == "ABCD-EFGH-JKMN"
    assert plan.printer == Printer("HWC_Printer", "usb://HP/LaserJet%20Professional%20P1102")
    assert plan.kiosk["backup_keep"] == 14 and plan.devices == {}


def test_kiosk_toml_is_what_the_kiosk_reads_and_holds_no_code(tmp_path: Path) -> None:
    plan = load(TEMPLATE)
    text = plan.kiosk_toml(tmp_path / "backup-passphrase")
    assert plan.code not in text and "ABCD" not in text
    (tmp_path / "kiosk.toml").write_text(text)
    cfg = config.load(home=tmp_path, environ={})
    assert (cfg.spoke_id, cfg.language, cfg.printer) == ("hwc-bassi-01", "hi", "HWC_Printer")
    assert cfg.backup_folder == "/media/hwc-backup" and cfg.backup_keep == 14
    assert cfg.trim_originals_after_days == 90
    assert cfg.backup_passphrase_file == str(tmp_path / "backup-passphrase")
    assert plan.kiosk_toml(None) == plan.kiosk_toml(None)  # stable: reruns change nothing


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[kiosk]\nlanguage = 'hi'\n", "spoke_id is required"),
        ("kiosk = 3\n", "[kiosk] must be a table"),
        (MINIMAL + "[extras]\nx = 1\n", "unknown sections: extras"),
        (MINIMAL.replace("[terminal]", "spoek = 'x'\n[terminal]"), "unknown settings: spoek"),
        (MINIMAL + "[enrollment]\ncode = 'ABCD'\n", "needs the hub_url"),
        (MINIMAL + "[enrollment]\nhub_url = 'ftp://x'\n", "http:// or https://"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\nlanguage = "fr"'), "language must be one of"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\ntimezone = "Mars/Olympus"'), "timezone"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\nbackup_time = "8pm"'), "HH:MM"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\nbackup_keep = 0'), "1 or more"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\nbackup_keep = "7"'), "must be a int"),
        (MINIMAL.replace('"hwc-1"', '"hwc-1"\nbackup_folder = "usb"'), "absolute path"),
        (MINIMAL + "[devices]\n'/dev/ttyS0' = 'no-such-driver'\n", "no driver 'no-such-driver'"),
        (MINIMAL + "[printer]\nname = 'HWC Printer'\nuri = 'usb://x'\n", "[printer] name"),
        (MINIMAL + "[printer]\nname = 'HWC'\n", "[printer] uri"),
        (MINIMAL.replace('"cho"', '"Bad User"'), "not a valid name"),
        ("spoke_id = ", "not valid TOML"),
    ],
)
def test_mistakes_are_named(text: str, message: str) -> None:
    with pytest.raises(ProvisioningError, match=message.replace("[", r"\[").replace(".", r"\.")):
        parse(text)


def test_udev_rules_cover_the_bridges_and_every_driver() -> None:
    rules = system.udev_rules("dialout")
    for vendor, product in [("10c4", "ea60"), ("0403", "6001"), ("067b", "2303"), ("1a86", "7523")]:
        assert f'ATTRS{{idVendor}}=="{vendor}", ATTRS{{idProduct}}=="{product}"' in rules
    assert 'KERNEL=="ttyACM[0-9]*"' in rules
    lines = [line for line in rules.splitlines() if not line.startswith("#")]
    assert all('GROUP="dialout", MODE="0660", TAG+="uaccess"' in line for line in lines)


def _layout(tmp_path: Path, home: Path) -> Layout:
    return Layout(
        prefix=tmp_path / "opt", bin_dir=tmp_path / "bin", udev_dir=tmp_path / "udev",
        autostart_dir=tmp_path / "user" / ".config" / "autostart",
        applications_dir=tmp_path / "user" / ".local" / "share" / "applications",
        home=home, backup_dir=tmp_path / "backups",
    )  # fmt: skip


def test_desktop_entries_open_the_kiosk_full_screen(tmp_path: Path) -> None:
    me = Account("cho", os.getuid(), os.getgid(), tmp_path / "user")
    layout = _layout(tmp_path, default_home(me))
    argv = system.kiosk_argv(layout, default_home(me), fullscreen=True)
    assert argv == [str(tmp_path / "opt" / "bin" / "kiosk"), "--fullscreen"]
    assert system.install_desktop(layout, me, argv) == [CHANGED, CHANGED]
    autostart = (layout.autostart_dir / "hwc-kiosk.desktop").read_text()
    assert f"Exec={tmp_path}/opt/bin/kiosk --fullscreen" in autostart
    assert "X-GNOME-Autostart-enabled=true" in autostart
    menu = (layout.applications_dir / "hwc-kiosk.desktop").read_text()
    assert "Autostart" not in menu and "Type=Application" in menu
    assert system.install_desktop(layout, me, argv) == [UNCHANGED, UNCHANGED]
    elsewhere = _layout(tmp_path, tmp_path / "data with space")
    odd = system.kiosk_argv(elsewhere, default_home(me), fullscreen=False)
    assert system.desktop_entry(odd, True).count(f"--home '{tmp_path}/data with space'") == 1


def test_the_printer_is_added_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cups = FakeCups(tmp_path / "cups")
    for key, value in cups.env.items():
        monkeypatch.setenv(key, value)
    printer = Printer("HWC_Printer", "usb://HP/P1102", "everywhere", True)
    assert system.install_printer(printer, False) == (CHANGED, True)
    assert cups.queue("HWC_Printer") == "usb://HP/P1102"
    assert cups.calls() == [
        "-p HWC_Printer -E -v usb://HP/P1102 -m everywhere",
        "-d HWC_Printer",
        "cupsctl PreserveJobFiles=No",  # a printed job's file is not kept in the spool
    ]
    assert system.install_printer(printer, True) == (UNCHANGED, True)
    assert len(cups.calls()) == 3  # looked, changed nothing
    moved = Printer("HWC_Printer", "usb://HP/P1102?serial=2", "everywhere", True)
    assert system.install_printer(moved, True) == (CHANGED, True)
    assert cups.queue("HWC_Printer") == "usb://HP/P1102?serial=2"
    system.remove_printer("HWC_Printer")
    assert cups.queue("HWC_Printer") is None
    monkeypatch.setenv("HWC_LPADMIN", str(tmp_path / "no-lpadmin"))
    with pytest.raises(ProvisioningError, match="CUPS"):
        system.install_printer(printer, False)


def test_files_are_written_only_when_they_change(tmp_path: Path) -> None:
    me = Owner.current()
    path = tmp_path / "a" / "b" / "secret"
    assert ensure_dir(path.parent, 0o700, me) == CHANGED
    assert stat.S_IMODE((tmp_path / "a").stat().st_mode) == 0o700
    assert ensure_dir(path.parent, 0o700, me) == UNCHANGED
    path.parent.chmod(0o2775)  # a folder that was there already keeps its mode...
    assert ensure_dir(path.parent, 0o755, me) == UNCHANGED
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o2775
    assert ensure_dir(path.parent, 0o700, me, own=True) == CHANGED  # ...unless it is ours
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert put(path, b"one", 0o600, me) == CHANGED
    before = path.stat().st_mtime_ns
    assert put(path, b"one", 0o600, me) == UNCHANGED and path.stat().st_mtime_ns == before
    path.chmod(0o644)
    assert put(path, b"one", 0o600, me) == CHANGED and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert put(path, b"two", 0o600, me) == CHANGED and path.read_bytes() == b"two"
    assert not list(path.parent.glob(".*installing"))
    target = tmp_path / "link"
    assert link(target, Path("x")) == CHANGED and link(target, Path("x")) == UNCHANGED
    assert link(target, Path("y")) == CHANGED and target.readlink() == Path("y")
    with pytest.raises(FileExistsError):
        link(path, Path("x"))  # a real file is never replaced by a link


def test_versions_order_and_the_upgrade_rules(tmp_path: Path) -> None:
    assert versions.version_key("0.10.0") > versions.version_key("0.9.1")
    assert versions.version_key("1.0.0") > versions.version_key("0.99")
    layout = _layout(tmp_path, tmp_path / "home")
    assert versions.plan_change(layout.prefix, "0.2.0", False) == (None, "fresh")
    for version in ("0.1.0", "0.2.0"):
        (layout.version_dir(version) / "bin").mkdir(parents=True)
        (layout.version_dir(version) / "bin" / "kiosk").touch()
    versions.switch(layout, "0.1.0")
    assert versions.plan_change(layout.prefix, "0.1.0", False) == ("0.1.0", "same")
    with pytest.raises(ProvisioningError, match="--upgrade"):
        versions.plan_change(layout.prefix, "0.2.0", False)
    assert versions.plan_change(layout.prefix, "0.2.0", True) == ("0.1.0", "upgrade")
    versions.switch(layout, "0.2.0")
    with pytest.raises(ProvisioningError, match="newer than this bundle"):
        versions.plan_change(layout.prefix, "0.1.0", True)
    with pytest.raises(ProvisioningError, match="not installed"):
        versions.switch(layout, "0.3.0")
    assert versions.previous_versions(layout, "0.2.0") == ["0.1.0"]
    assert versions.previous_versions(layout, "0.1.0") == []  # 0.2.0 is not "previous"
    assert versions.prune_versions(layout, {"0.2.0"}) == ["0.1.0"]


def test_provisioning_with_a_refused_code_needs_attention(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole second half in this process, the version being this checkout's own
    environment: everything is set up, and the refused code is named at the end."""
    from kiosk import __version__
    from kiosk.provision.main import NEEDS_ATTENTION, main
    from tests.hubtools import ThreadHub
    from tests.installer.bundles import Terminal, me

    terminal = Terminal(tmp_path / "t").with_this_checkout(__version__)
    cups = FakeCups(tmp_path / "cups")
    for key, value in cups.env.items():
        monkeypatch.setenv(key, value)
    hub = ThreadHub(tmp_path / "hub")
    try:
        user, group = me()
        plan = tmp_path / "terminal.toml"
        plan.write_text(
            f'[kiosk]\nspoke_id = "spoke-a"\n[enrollment]\nhub_url = "{hub.url}"\n'
            f'code = "AAAA-BBBB-CCCC"\n[terminal]\nuser = "{user}"\nserial_group = "{group}"\n'
            '[printer]\nname = "HWC_Printer"\nuri = "usb://HP/P1102"\n'
        )
        options = [o for o in terminal.options() if o not in ("--log", str(terminal.log))]
        code = main(["install", "--provisioning", str(plan), *options])
    finally:
        hub.close()
    out = capsys.readouterr().out
    assert code == NEEDS_ATTENTION
    assert "NEEDS ATTENTION: Enrollment with the hub" in out and "unknown, used or expired" in out
    assert "AAAA-BBBB-CCCC" not in out
    assert (terminal.home / "kiosk.toml").exists() and (terminal.home / "kiosk.db").exists()
    assert not (terminal.home / "pending-enrollment.json").exists()  # refused: nothing kept
    assert cups.queue("HWC_Printer") == "usb://HP/P1102"
    assert (terminal.places()["bin"] / "kiosk").resolve() == (
        terminal.prefix / "versions" / __version__ / "bin" / "kiosk"
    ).resolve()
