"""A desktop session of the test's own: Xvfb on a free display, a D-Bus session bus and
IBus, in a throwaway home, so typing can be tried as a CHO types (tests/test_ibus_typing.py).

Nothing here touches the machine's own display, bus or IBus settings. Each daemon is
started in a process group of its own and the whole group is ended at the end, with the
helpers they start (ibus-engine-m17n, dconf-service)."""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

# The tools and the Debian packages they come in (installer/debian-packages*.txt).
TOOLS = {
    "Xvfb": "xvfb",
    "dbus-daemon": "dbus",
    "ibus-daemon": "ibus",
    "ibus": "ibus",
    "xdotool": "xdotool",
    "gsettings": "libglib2.0-bin",
    "dbus-run-session": "dbus",
}
XVFB_ARGS = ("-screen", "0", "1366x768x24", "-nolisten", "tcp")
WAIT = 30.0  # seconds a condition may take on a loaded machine before the test fails


def wait_for(what: str, condition: Callable[[], bool], timeout: float = WAIT) -> None:
    """Until the condition holds; fails the test, saying what did not happen, after
    ``timeout``. The pause between looks is short and is not what the test relies on."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def need_tools() -> None:
    missing = sorted({pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None})
    if missing:
        pytest.fail(
            "typing is tried in a real X session and needs the Debian packages "
            + ", ".join(missing)
            + ": sudo installer/setup-system --dev"
        )


@dataclass
class Session:
    """The environment of the session (DISPLAY, DBUS_SESSION_BUS_ADDRESS, HOME) and the
    daemons running in it."""

    env: dict[str, str]
    daemons: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def run(self, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            list(argv), env=self.env, capture_output=True, text=True, timeout=60, check=False
        )

    def start(self, argv: Sequence[str], **kwargs: object) -> subprocess.Popen[bytes]:
        proc = subprocess.Popen(list(argv), env=self.env, start_new_session=True, **kwargs)
        self.daemons.append(proc)
        return proc

    def engines(self) -> set[str]:
        """The IBus engines the daemon offers (``ibus list-engine``)."""
        done = self.run(["ibus", "list-engine"])
        return {line.split()[0] for line in done.stdout.splitlines() if line.startswith("  ")}

    def engine(self) -> str:
        return self.run(["ibus", "engine"]).stdout.strip()

    def use_engine(self, name: str) -> None:
        """Sets the engine and waits until IBus reports it (``ibus engine NAME`` itself
        may answer before, or say it failed when no field had focus yet)."""

        def in_use() -> bool:
            if self.engine() != name:
                self.run(["ibus", "engine", name])
            return self.engine() == name

        wait_for(f"IBus to use {name}", in_use)

    def stop(self) -> None:
        for proc in reversed(self.daemons):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
        for proc in reversed(self.daemons):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)
            with contextlib.suppress(ProcessLookupError):  # helpers left in its group
                os.killpg(proc.pid, signal.SIGKILL)


def _read_line(fd: int, timeout: float = WAIT) -> str:
    """One line from a pipe a daemon writes its address or display number to."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            pytest.fail("a daemon of the test session did not start")
        chunk = os.read(fd, 4096)
        if not chunk:
            pytest.fail("a daemon of the test session ended as it started")
        data += chunk
    return data.decode().strip()


@contextmanager
def desktop(home: Path) -> Iterator[Session]:
    """Xvfb, a session bus and IBus (no panel, no XIM: Qt talks to IBus itself)."""
    need_tools()
    home.mkdir(parents=True, exist_ok=True)
    runtime = home / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        "HOME": str(home),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "USER": os.environ.get("USER", "cho"),
        "XDG_RUNTIME_DIR": str(runtime),
        "LANG": "C.UTF-8",
        "NO_AT_BRIDGE": "1",  # no accessibility bus: one daemon less to start and end
    }
    session = Session(env)
    try:
        read_end, write_end = os.pipe()
        session.start(
            ["Xvfb", "-displayfd", str(write_end), *XVFB_ARGS],
            pass_fds=(write_end,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_end)
        env["DISPLAY"] = ":" + _read_line(read_end)
        os.close(read_end)
        bus = session.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(bus.stdout.fileno())
        session.start(
            ["ibus-daemon", "--panel=disable", "--emoji-extension=disable", "--replace"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for("IBus to offer its engines", lambda: bool(session.engines()))
        yield session
    finally:
        session.stop()
