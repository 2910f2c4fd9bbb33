"""Building bundles and installing them into temporary folders, for the bundle tests.

``NetworkTrap`` stands in for every proxy and index: anything that tries the network
during an install connects to it, and the test sees the attempt.
"""

from __future__ import annotations

import grp
import hashlib
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "installer" / "build-bundle"


def build(source: Path, out: Path, version: str, *extra: str) -> Path:
    """Build a bundle and unpack it next to the tarball; returns the unpacked folder."""
    done = subprocess.run(
        [str(BUILD), "--source", str(source), "--out", str(out), "--version", version, *extra],
        capture_output=True, text=True, env={**os.environ, "PYTHON": sys.executable},
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    tarball = out / f"hwc-kiosk-{version}-linux-x86_64.tar.gz"
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(out)], check=True)  # as IT would
    return out / tarball.name.removesuffix(".tar.gz")


def _bundled_sources() -> tuple[str, ...]:
    """What the bundle builds its wheel from: the builder's own list (a script, not a
    module of the project, so it is read from its file)."""
    spec = importlib.util.spec_from_file_location(
        "build_bundle", ROOT / "installer" / "build_bundle.py"
    )
    assert spec is not None and spec.loader is not None
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    sources: tuple[str, ...] = builder.SOURCES
    return sources


def _source_with(target: Path, migrations_tail: str) -> Path:
    for name in _bundled_sources():
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / name)
    with (target / "kiosk" / "store" / "migrations.py").open("a", encoding="utf-8") as out:
        out.write(migrations_tail)
    return target


def older_source(target: Path) -> Path:
    """The release an upgrade starts from: this source as it is (its code writes the
    columns its own migrations made, so it cannot stand in for a release without them)."""
    return _source_with(target, "")


NEXT_MIGRATION = """

MIGRATIONS.append(Migration("0900_fine", script("CREATE TABLE fine (x TEXT);")))
"""


def next_source(target: Path) -> Path:
    """The release an upgrade goes to: this source with one migration more (the first
    one of the broken release below, which then fails on its second)."""
    return _source_with(target, NEXT_MIGRATION)


BROKEN_MIGRATIONS = """

def _cannot_finish(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x TEXT)")
    raise RuntimeError("this migration cannot finish")


MIGRATIONS.append(Migration("0900_fine", script("CREATE TABLE fine (x TEXT);")))
MIGRATIONS.append(Migration("0901_cannot_finish", _cannot_finish))
"""


def broken_source(target: Path) -> Path:
    """A next release whose second new migration fails half-way."""
    return _source_with(target, BROKEN_MIGRATIONS)


class NetworkTrap:
    """A TCP listener given as every proxy and index; it counts who connects."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()

    @property
    def env(self) -> dict[str, str]:
        url = f"http://127.0.0.1:{self.port}"
        proxies = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY")
        return {
            **dict.fromkeys(proxies, url),
            "no_proxy": "", "PIP_INDEX_URL": f"{url}/simple", "PIP_FIND_LINKS": f"{url}/links",
        }  # fmt: skip

    def close(self) -> None:
        self.server.close()


@dataclass
class Terminal:
    """Every place an install may write, under one temporary folder."""

    root: Path

    @property
    def prefix(self) -> Path:
        return self.root / "opt"

    @property
    def home(self) -> Path:
        return self.root / "user" / "kiosk-data"

    @property
    def kiosk(self) -> Path:
        return self.prefix / "bin" / "kiosk"

    @property
    def key_dir(self) -> Path:
        """Where /etc/hwc-kiosk would be: the machine key."""
        return self.root / "etc-hwc-kiosk"

    @property
    def log(self) -> Path:
        return self.root.parent / f"{self.root.name}-install.log"

    def with_this_checkout(self, version: str) -> Terminal:
        """This checkout's ``kiosk`` as the installed ``version`` (for the installer's
        second half run in the test's process): it runs this interpreter on this source,
        whatever the environment's own ``kiosk`` script is."""
        bin_dir = self.prefix / "versions" / version / "bin"
        bin_dir.mkdir(parents=True)
        (bin_dir / "python").symlink_to(sys.executable)
        (bin_dir / "kiosk").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kiosk "$@"\n')
        (bin_dir / "kiosk").chmod(0o755)
        return self

    def places(self) -> dict[str, Path]:
        names = ("bin", "udev", "autostart", "applications", "backups")
        return {name: self.root / name for name in names}

    def options(self) -> list[str]:
        p = self.places()
        return [
            "--prefix", str(self.prefix), "--bin-dir", str(p["bin"]), "--udev-dir", str(p["udev"]),
            "--autostart-dir", str(p["autostart"]), "--applications-dir", str(p["applications"]),
            "--home", str(self.home), "--backup-dir", str(p["backups"]), "--log", str(self.log),
            "--key-dir", str(self.key_dir), "--tpm-device", str(self.root / "no-tpmrm0"),
        ]  # fmt: skip


def me() -> tuple[str, str]:
    """This user and its primary group (the tests' kiosk user and serial group)."""
    return pwd.getpwuid(os.getuid()).pw_name, grp.getgrgid(os.getgid()).gr_name


def base_python() -> str:
    """The interpreter this test environment was made from: the bundle is built for it."""
    return str(Path(sys.base_prefix) / "bin" / f"python{sys.version_info[0]}.{sys.version_info[1]}")


def install(
    bundle: Path, terminal: Terminal, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    argv = [str(bundle / "install.sh"), *args, *terminal.options(), "--allow-non-root"]
    if "--uninstall" not in args:
        argv += ["--no-system", "--python", base_python()]
    return subprocess.run(
        argv, capture_output=True, text=True, env={**os.environ, **(env or {})}, check=False,
        timeout=600,
    )  # fmt: skip


def snapshot(root: Path) -> dict[str, str]:
    """Every file, link and folder below ``root``: content hash, mode and owner."""
    seen: dict[str, str] = {}
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        name = path.relative_to(root).as_posix()
        if path.is_symlink():
            seen[name] = f"-> {path.readlink()}"
        elif path.is_dir():
            seen[name] = f"dir {info.st_mode:o} {info.st_uid}"
        else:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            seen[name] = f"{digest} {info.st_mode:o} {info.st_uid}"
    return seen


def contains(root: Path, secret: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()
            and secret in p.read_bytes()]  # fmt: skip
