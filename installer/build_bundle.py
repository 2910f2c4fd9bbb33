"""Build the offline bundle: ``dist/hwc-kiosk-VERSION-linux-x86_64.tar.gz``.

It holds the kiosk's wheel and a wheel of every dependency for the target Python (so
installing needs no internet), install.sh with setup-system and the Debian package list,
a provisioning template, bundle.json (version, Python, the C library the wheels need) and
SHA256SUMS, which install.sh checks first.

By default the dependencies are pinned to the versions installed in the Python that runs
this (the checkout's .venv, which ``make test`` tested); ``--latest`` takes the newest
allowed instead. Run it through ``installer/build-bundle``. Standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
NAME = "hwc-kiosk"
SOURCES = ("kiosk", "hub", "hwc_shared", "hwc_demo", "pyproject.toml", "README.md")
# The one place the version is written (the kiosk and the hub both report it).
VERSION_FILE = Path("hwc_shared") / "__init__.py"
BUNDLED = {  # file in installer/ -> name in the bundle, mode
    "install.sh": ("install.sh", 0o755),
    "setup-system": ("setup-system", 0o755),
    "debian-packages.txt": ("debian-packages.txt", 0o644),
    "provisioning.example.toml": ("provisioning.example.toml", 0o644),
    "BUNDLE-README.txt": ("README.txt", 0o644),
}
MANYLINUX = re.compile(r"manylinux_(\d+)_(\d+)_x86_64|manylinux(2014|2010|1)_x86_64")
LEGACY_GLIBC = {"1": (2, 5), "2010": (2, 12), "2014": (2, 17)}
LIVE = sys.stdout.isatty()  # redraw progress in place on a terminal; a line each in a log


class Steps:
    def __init__(self, total: int) -> None:
        self.total, self.number, self.started = total, 0, time.monotonic()
        self.step_started = self.started

    def __call__(self, title: str) -> None:
        self.number += 1
        self.step_started = time.monotonic()
        print(f"[{self.number}/{self.total}] {title}", flush=True)

    def done(self, text: str = "") -> None:
        took = time.monotonic() - self.step_started
        print(f"      {text + ', ' if text else ''}{took:.0f} s", flush=True)


def pip(python: str, *args: str, quiet: bool = True) -> subprocess.CompletedProcess[str]:
    argv = [python, "-m", "pip", *args, *(["-q"] if quiet else [])]
    done = subprocess.run(argv, capture_output=True, text=True, check=False)  # noqa: S603
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"build-bundle: pip {args[0]} failed")
    return done


def source_version(source: Path) -> str:
    text = (source / VERSION_FILE).read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise SystemExit(f"build-bundle: no __version__ in {VERSION_FILE}")
    return found.group(1)


def copy_source(source: Path, target: Path, version: str) -> None:
    for name in SOURCES:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, target / name)
    init = target / VERSION_FILE
    text = init.read_text(encoding="utf-8")
    init.write_text(
        re.sub(r'^__version__ = "[^"]+"$', f'__version__ = "{version}"', text, flags=re.M),
        encoding="utf-8",
    )


def build_wheel(python: str, source: Path, wheels: Path) -> Path:
    # Without setuptools (and its wheel command) here, pip fetches them into an isolated
    # build environment.
    ready = _has(python, "setuptools") and (
        _has(python, "wheel") or _has(python, "setuptools.command.bdist_wheel")
    )
    isolation = "--no-build-isolation" if ready else "--use-pep517"
    pip(python, "wheel", "--no-deps", isolation, "-w", str(wheels), str(source))
    (built,) = wheels.glob(f"{NAME.replace('-', '_')}-*.whl")
    return built


def _has(python: str, module: str) -> bool:
    probe = [python, "-c", f"import {module}"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0  # noqa: S603


def pins(python: str, latest: bool, target: Path) -> list[str]:
    """A constraints file from the build Python's installed packages (not the kiosk)."""
    if latest:
        return []
    frozen = pip(python, "freeze", "--exclude-editable", quiet=False).stdout.splitlines()
    keep = [line for line in frozen if "==" in line and not line.lower().startswith(NAME)]
    target.write_text("\n".join(keep) + "\n", encoding="utf-8")
    return ["-c", str(target)]


def platforms(glibc: tuple[int, int]) -> list[str]:
    tags = [f"manylinux_2_{minor}_x86_64" for minor in range(glibc[1], 4, -1)]
    return [*tags, "manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"]


def download(python: str, app: Path, wheels: Path, pyver: str, glibc: tuple[int, int],
             constraints: list[str], wheels_from: Path | None) -> None:  # fmt: skip
    """Every dependency of the kiosk's wheel as a wheel for ``pyver`` on x86_64 Linux."""
    argv = [
        python,
        "-m",
        "pip",
        "download",
        "--dest",
        str(wheels),
        "--only-binary=:all:",
        "--python-version",
        pyver,
        "--implementation",
        "cp",
        "--find-links",
        str(wheels),
    ]
    for tag in platforms(glibc):
        argv += ["--platform", tag]
    if wheels_from is not None:
        argv += ["--no-index", "--find-links", str(wheels_from)]
    argv += [*constraints, str(app)]  # fmt: skip
    process = subprocess.Popen(  # noqa: S603  (pip, with arguments made here)
        argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    assert process.stdout is not None
    count, tail = 0, list[str]()
    for line in process.stdout:
        tail = [*tail[-40:], line]
        found = re.match(r"(Saved|File was already downloaded) (\S+)", line.strip())
        if found:
            count += 1
            wheel = Path(found.group(2)).name[:60]
            line = f"      {count:>3}  {wheel:<60}"
            print(f"\r{line}" if LIVE else line, end="" if LIVE else "\n", flush=True)
    if LIVE:
        print()
    if process.wait() != 0:
        sys.stderr.write("".join(tail))
        raise SystemExit(f"build-bundle: could not get every wheel for Python {pyver}")


def needed_glibc(wheels: Path) -> str:
    """The newest C library any wheel asks for (a wheel may carry several tags: the
    oldest of its own tags is what it needs)."""
    need = (2, 5)
    for wheel in wheels.glob("*.whl"):
        found = [
            (int(m[0]), int(m[1])) if m[0] else LEGACY_GLIBC[m[2]]
            for m in MANYLINUX.findall(wheel.name)
        ]
        if found:
            need = max(need, min(found))
    return f"{need[0]}.{need[1]}"


def check_install(python: str, wheels: Path, version: str, scratch: Path) -> None:
    """Install the bundle's wheels into a fresh environment with no index at all."""
    venv = scratch / "venv"
    subprocess.run([python, "-m", "venv", str(venv)], check=True, capture_output=True)  # noqa: S603
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_DISABLE_PIP_VERSION_CHECK="1")
    done = subprocess.run(  # noqa: S603
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-index",
         "--find-links", str(wheels), f"{NAME}=={version}"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit("build-bundle: the wheels do not install without an index")
    ran = subprocess.run(  # noqa: S603
        [str(venv / "bin" / "kiosk"), "--version"], capture_output=True, text=True, check=False
    )
    if ran.returncode != 0:
        sys.stderr.write(ran.stderr[-4000:])
        raise SystemExit("build-bundle: the installed kiosk does not start (kiosk --version)")
    shown = ran.stdout.strip()
    if shown != f"kiosk {version}":
        raise SystemExit(f"build-bundle: the installed kiosk says {shown!r}")


def files_below(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            yield path


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while piece := file.read(1 << 20):
            digest.update(piece)
    return digest.hexdigest()


def pack(folder: Path, target: Path) -> None:
    """The tarball, with a progress line by bytes; owners are not recorded."""
    total = sum(p.stat().st_size for p in files_below(folder))
    done = 0

    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        nonlocal done
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        done += info.size
        if LIVE:
            print(f"\r      {done / 2**20:7.1f} of {total / 2**20:.1f} MB", end="", flush=True)
        return info

    partial = target.with_name(target.name + ".part")
    with tarfile.open(partial, "w:gz", compresslevel=1) as tar:  # wheels are zip already
        tar.add(folder, arcname=folder.name, filter=clean)
    partial.replace(target)
    if LIVE:
        print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="installer/build-bundle", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--version", help="version to build (default: the source's)")
    parser.add_argument("--source", type=Path, default=ROOT, help="the kiosk's source tree")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument(
        "--python-version", action="append", help="target Python, e.g. 3.11 (repeatable)"
    )
    parser.add_argument(
        "--glibc", help="newest C library the target may need (default: this one's)"
    )
    parser.add_argument("--latest", action="store_true", help="newest dependencies, not this env's")
    parser.add_argument(
        "--wheels-from", type=Path, help="take dependencies from this folder, no index"
    )
    parser.add_argument("--no-check", action="store_true", help="skip the trial install")
    args = parser.parse_args(argv)

    python = sys.executable
    source = args.source.resolve()
    version = args.version or source_version(source)
    targets = args.python_version or [f"{sys.version_info[0]}.{sys.version_info[1]}"]
    glibc_text = args.glibc or platform.libc_ver()[1] or "2.28"
    major, minor = (int(p) for p in glibc_text.split(".")[:2])
    glibc = (major, minor)
    name = f"{NAME}-{version}-linux-x86_64"
    steps = Steps(5 + len(targets))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="hwc-bundle-") as scratch_text:
        scratch = Path(scratch_text)
        bundle = scratch / name
        wheels = bundle / "wheels"
        wheels.mkdir(parents=True)
        steps(f"Building the kiosk's wheel, version {version}")
        copy_source(source, scratch / "source", version)
        app = build_wheel(python, scratch / "source", wheels)
        steps.done(app.name)
        constraints = pins(python, args.latest, scratch / "pins.txt")
        for pyver in targets:
            steps(f"Collecting wheels for Python {pyver} (glibc {glibc_text} or newer)")
            download(
                python, app, wheels, pyver, (glibc[0], glibc[1]), constraints, args.wheels_from
            )
            steps.done(f"{len(list(wheels.glob('*.whl')))} wheels")
        steps("Trying the wheels in a fresh environment, without any index")
        this = f"{sys.version_info[0]}.{sys.version_info[1]}"
        if args.no_check or this not in targets:
            steps.done("skipped")
        else:
            check_install(python, wheels, version, scratch)
            steps.done("installs and runs")
        steps("Installer, provisioning template, bundle.json, SHA256SUMS")
        for source_name, (target_name, mode) in BUNDLED.items():
            shutil.copy2(HERE / source_name, bundle / target_name)
            (bundle / target_name).chmod(mode)
        info = {
            "name": NAME, "version": version, "python": targets, "glibc": needed_glibc(wheels),
            "platform": "linux-x86_64", "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "wheels": sorted(p.name for p in wheels.glob("*.whl")),
        }  # fmt: skip
        (bundle / "bundle.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
        sums = [f"{sha256(p)}  ./{p.relative_to(bundle).as_posix()}" for p in files_below(bundle)]
        (bundle / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
        steps.done(f"{len(sums)} files, needs glibc {info['glibc']}")
        target = args.out / f"{name}.tar.gz"
        steps(f"Packing {target}")
        pack(bundle, target)
        (args.out / f"{name}.tar.gz.sha256").write_text(f"{sha256(target)}  {target.name}\n")
        steps.done(f"{target.stat().st_size / 2**20:.0f} MB")
    print(f"Bundle ready in {time.monotonic() - steps.started:.0f} s: {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
