"""setup-system, which install.sh runs for the Debian packages: when apt cannot fetch
(offline, no mirror) it says exactly which packages are still missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FAILING = "#!/bin/sh\necho 'E: Failed to fetch (offline)' >&2\nexit 100\n"
PASSING = '#!/bin/sh\nexec "$@"\n'


def copy_with_packages(folder: Path, packages: str) -> Path:
    """setup-system beside a package list of the test's own (it reads the one beside it)."""
    folder.mkdir()
    script = folder / "setup-system"
    shutil.copy2(ROOT / "installer" / "setup-system", script)
    (folder / "debian-packages.txt").write_text(packages)
    return script


def fake_tools(folder: Path) -> dict[str, str]:
    folder.mkdir()
    for name, text in (("apt-get", FAILING), ("sudo", PASSING)):
        (folder / name).write_text(text)
        (folder / name).chmod(0o755)
    return {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}"}


def test_offline_it_lists_exactly_what_is_missing(tmp_path: Path) -> None:
    script = copy_with_packages(
        tmp_path / "bundle",
        "# what the kiosk needs\ncoreutils\nhwc-no-such-package-a\nhwc-no-such-package-b\n",
    )
    env = fake_tools(tmp_path / "bin")
    check = subprocess.run([str(script), "--check"], capture_output=True, text=True, env=env)
    assert check.returncode == 1
    missing = "hwc-no-such-package-a hwc-no-such-package-b"
    assert check.stdout.strip() == f"setup-system: missing: {missing}"
    done = subprocess.run([str(script)], capture_output=True, text=True, env=env)
    assert done.returncode == 1
    assert f"still missing: {missing}" in done.stderr
    assert "coreutils" not in done.stderr


def test_nothing_missing_nothing_to_do(tmp_path: Path) -> None:
    script = copy_with_packages(tmp_path / "bundle", "coreutils\n")
    done = subprocess.run([str(script)], capture_output=True, text=True,
                          env=fake_tools(tmp_path / "bin"))  # fmt: skip
    assert done.returncode == 0 and "all system packages present" in done.stdout
