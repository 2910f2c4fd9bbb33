"""The offline bundle end to end: built, checked, installed into temporary folders with no
index reachable, run again without changing anything, upgraded from the release before
with the data kept and migrated, and uninstalled with or without the data.

Slow (it builds two bundles and three Python environments): ``make bundle-test``."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from hwc_shared import __version__
from kiosk.store import migrations
from kiosk.store.database import raw_connect
from tests.backup.support import tables
from tests.hubtools import ThreadHub
from tests.installer.bundles import NetworkTrap, Terminal, contains, install, me, snapshot
from tests.installer.conftest import NEXT_VERSION, OLD_VERSION
from tests.installer.fakecups import FakeCups

pytestmark = pytest.mark.bundle
HOLD_LOCK = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from kiosk.store.lock import acquire_app_lock\n"
    "held = acquire_app_lock(Path(sys.argv[1]))\n"
    "print('held', flush=True)\n"
    "time.sleep(600)\n"
)


def provisioning(path: Path, terminal: Terminal, hub_url: str = "", code: str = "") -> Path:
    user, group = me()
    enrollment = f'[enrollment]\nhub_url = "{hub_url}"\ncode = "{code}"\n' if hub_url else ""
    path.write_text(
        "[kiosk]\n"
        'spoke_id = "spoke-a"\nlanguage = "en"\nbackup_keep = 3\n'
        f'backup_folder = "{terminal.root / "usb"}"\n'
        f"{enrollment}"
        f'[terminal]\nuser = "{user}"\nserial_group = "{group}"\n'
        '[printer]\nname = "HWC_Printer"\nuri = "usb://HP/P1102"\n'
        '[devices]\n"/dev/ttyS0" = "ad-scale"\n'
    )
    return path


def kiosk(terminal: Terminal, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(terminal.kiosk), *args, "--home", str(terminal.home)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip


def test_the_bundle_holds_what_it_says(bundle: Path) -> None:
    info = json.loads((bundle / "bundle.json").read_text())
    assert info["version"] == __version__ and info["platform"] == "linux-x86_64"
    wheels = sorted(p.name for p in (bundle / "wheels").glob("*.whl"))
    assert wheels == info["wheels"] and any(w.startswith("pyside6_essentials") for w in wheels)
    assert f"hwc_kiosk-{__version__}-py3-none-any.whl" in wheels
    listed = {line.split("  ./", 1)[1] for line in (bundle / "SHA256SUMS").read_text().splitlines()}
    on_disk = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert listed == on_disk - {"SHA256SUMS"}
    assert os.access(bundle / "install.sh", os.X_OK) and (bundle / "setup-system").exists()
    tarball = bundle.parent / f"{bundle.name}.tar.gz"
    assert (bundle.parent / f"{tarball.name}.sha256").read_text().split()[1] == tarball.name


def test_a_damaged_bundle_is_refused_before_anything_changes(bundle: Path, tmp_path: Path) -> None:
    copy = tmp_path / "bundle"
    subprocess.run(["cp", "-al", str(bundle), str(copy)], check=True)  # links: cheap
    wheel = next((copy / "wheels").glob("hl7-*.whl"))
    data = bytearray(wheel.read_bytes())
    wheel.unlink()  # a new file, so the original bundle stays whole
    data[len(data) // 2] ^= 0xFF
    wheel.write_bytes(bytes(data))
    terminal = Terminal(tmp_path / "t")
    done = install(
        copy, terminal, "--provisioning", str(provisioning(tmp_path / "p.toml", terminal))
    )
    assert done.returncode == 1 and "the bundle is damaged" in done.stdout
    assert not terminal.prefix.exists() and not terminal.home.exists()


def test_install_enroll_run_again_and_purge(
    bundle: Path, tmp_path: Path, trap: NetworkTrap
) -> None:
    hub = ThreadHub(tmp_path / "hub")
    try:
        code = hub.code()
        terminal = Terminal(tmp_path / "t")
        plan = provisioning(tmp_path / "terminal.toml", terminal, hub.url, code)
        cups = FakeCups(tmp_path / "cups")
        env = {**trap.env, **cups.env}
        done = install(bundle, terminal, "--provisioning", str(plan), env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "[5/5] Setting up this terminal" in done.stdout and "Done in" in done.stdout
        assert trap.connections == 0  # pip (or anything) never tried an index or proxy
        log = terminal.log.read_text()
        assert "Looking in indexes" not in log and "Processing" in log
        assert stat.S_IMODE(terminal.log.stat().st_mode) == 0o600

        assert kiosk(terminal, "--version").stdout.strip() == f"kiosk {__version__}"
        on_path = terminal.places()["bin"] / "kiosk"
        assert subprocess.run([str(on_path), "--version"], capture_output=True, text=True,
                              check=True).stdout.strip() == f"kiosk {__version__}"  # fmt: skip
        home = terminal.home
        assert stat.S_IMODE(home.stat().st_mode) == 0o700
        for name in ("kiosk.toml", "enrollment.json", "kiosk.db"):
            assert stat.S_IMODE((home / name).stat().st_mode) == 0o600, name
        assert json.loads((home / "enrollment.json").read_text())["spoke_id"] == "spoke-a"
        assert not (home / "pending-enrollment.json").exists()
        secret = code.encode()
        assert contains(terminal.root, secret) == [] and secret not in terminal.log.read_bytes()
        autostart = (terminal.places()["autostart"] / "hwc-kiosk.desktop").read_text()
        assert f"Exec={terminal.kiosk} --home {home} --fullscreen" in autostart
        rules = (terminal.places()["udev"] / "70-hwc-kiosk-serial.rules").read_text()
        assert f'GROUP="{me()[1]}"' in rules
        assert cups.queue("HWC_Printer") == "usb://HP/P1102"
        db = raw_connect(home / "kiosk.db")
        assert db.execute(
            "SELECT value FROM settings WHERE key LIKE 'devices.driver.%'"
        ).fetchall() == [("ad-scale",)]
        db.close()

        report = kiosk(terminal, "doctor", "--json")
        rows = {r["check"]: r for r in json.loads(report.stdout)}
        assert rows["installation"]["status"] == "ok"
        assert f"version {__version__} in {terminal.prefix}" in rows["installation"]["detail"]
        assert rows["autostart"]["status"] == "ok" and rows["serial access"]["status"] == "ok"
        assert rows["enrollment"]["status"] == "ok" and rows["hub"]["status"] == "ok"
        assert rows["database"]["status"] == "ok" and rows["data folder"]["status"] == "ok"
        assert rows["last backup"]["status"] == "warn"  # none made yet
        assert report.returncode == int(any(r["status"] == "fail" for r in rows.values()))

        # Again, while the CHO has the kiosk open (it holds the kiosk lock): nothing changes.
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD_LOCK, str(home)], stdout=subprocess.PIPE, text=True
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
            before = snapshot(terminal.root)
            again = install(bundle, terminal, "--provisioning", str(plan), env=env)
        finally:
            holder.kill()
            holder.wait()
        assert again.returncode == 0, again.stdout + again.stderr
        assert "nothing changed" in again.stdout and "already installed" in again.stdout
        assert snapshot(terminal.root) == before
        assert trap.connections == 0

        # Purging would lose what was never sent: refused unless forced.
        assert kiosk(terminal, "demo-data", "--patients", "3", "--encounters", "2").returncode == 0
        refused = install(bundle, terminal, "--uninstall", "--purge")
        assert (
            refused.returncode == 1 and "never reached the hub" in refused.stderr + refused.stdout
        )
        assert terminal.kiosk.exists() and home.exists()
        purged = install(bundle, terminal, "--uninstall", "--purge", "--force", env=cups.env)
        assert purged.returncode == 0, purged.stdout + purged.stderr
        assert not home.exists() and not terminal.prefix.exists()
        assert cups.queue("HWC_Printer") is None  # the installer added it, so it goes too
        left = [p for p in terminal.root.rglob("*") if p.is_file() or p.is_symlink()]
        assert left == []
    finally:
        hub.close()


def test_upgrade_keeps_the_data_and_migrates_it_then_uninstall_keeps_it(
    next_bundle: Path, old_bundle: Path, broken_bundle: Path, tmp_path: Path, trap: NetworkTrap
) -> None:
    terminal = Terminal(tmp_path / "t")
    nobody = "http://127.0.0.1:9"  # no hub here: the code waits for the first start
    plan = provisioning(tmp_path / "terminal.toml", terminal, nobody, "WXYZ-WXYZ-WXYZ")
    env = {**trap.env, **FakeCups(tmp_path / "cups").env}
    first = install(old_bundle, terminal, "--provisioning", str(plan), env=env)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "kept for the first start" in first.stdout
    home = terminal.home
    assert stat.S_IMODE((home / "pending-enrollment.json").stat().st_mode) == 0o600
    assert kiosk(terminal, "--version").stdout.strip() == f"kiosk {OLD_VERSION}"
    assert kiosk(terminal, "demo-data", "--patients", "12", "--encounters", "6").returncode == 0
    before = tables(home / "kiosk.db")
    applied = [row[0] for row in before["_migrations"]]
    assert applied == [m.name for m in migrations.MIGRATIONS]

    refused = install(next_bundle, terminal, "--provisioning", str(plan), env=env)
    assert refused.returncode == 1 and "--upgrade" in refused.stdout
    assert kiosk(terminal, "--version").stdout.strip() == f"kiosk {OLD_VERSION}"

    done = install(next_bundle, terminal, "--provisioning", str(plan), "--upgrade", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"upgrading {OLD_VERSION} -> {NEXT_VERSION}" in done.stdout
    assert trap.connections == 0
    assert kiosk(terminal, "--version").stdout.strip() == f"kiosk {NEXT_VERSION}"
    after = tables(home / "kiosk.db")
    assert [row[0] for row in after["_migrations"]] == [
        *(m.name for m in migrations.MIGRATIONS),
        "0900_fine",
    ]
    for table, rows in before.items():
        if table != "_migrations":
            assert after[table] == rows, table  # every row kept as it was
    assert sorted(p.name for p in (terminal.prefix / "versions").iterdir()) == sorted(
        [OLD_VERSION, NEXT_VERSION]
    )  # the previous version stays for a rollback by hand
    backups = terminal.places()["backups"]
    (saved,) = backups.glob(f"pre-upgrade-{OLD_VERSION}-to-{NEXT_VERSION}-*.tar.gz")
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    check = kiosk(terminal, "restore", "--check", "--json", str(saved))
    summary = json.loads(check.stdout)
    assert summary["kiosk_version"] == NEXT_VERSION  # made by the new version's backup
    assert summary["migrations_to_apply"] == ["0900_fine"]
    assert summary["counts"]["patients"] == 12
    assert (home / "pending-enrollment.json").exists()  # still waiting for the hub

    # A next release whose migration fails half-way: everything goes back as it was.
    failed = install(broken_bundle, terminal, "--provisioning", str(plan), "--upgrade", env=env)
    said = failed.stdout + failed.stderr
    assert failed.returncode == 1 and "this migration cannot finish" in said
    assert f"version {NEXT_VERSION} and its data are back" in said
    assert kiosk(terminal, "--version").stdout.strip() == f"kiosk {NEXT_VERSION}"
    assert tables(home / "kiosk.db") == after
    assert kiosk(terminal, "db", "check").returncode == 0

    gone = install(next_bundle, terminal, "--uninstall")
    assert gone.returncode == 0 and "kept: the kiosk's data" in gone.stdout
    assert not terminal.prefix.exists() and not (terminal.places()["bin"] / "kiosk").exists()
    assert not list(terminal.places()["autostart"].iterdir())
    assert not list(terminal.places()["udev"].iterdir())
    assert tables(home / "kiosk.db") == after  # the data stays
    nothing = install(next_bundle, terminal, "--uninstall")
    assert nothing.returncode == 0 and "nothing to do" in nothing.stdout
