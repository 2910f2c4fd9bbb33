"""Typing a patient's name through IBus, as a CHO does, in a real X session.

The installer sets the CHO's IBus keyboards (kiosk/provision/typing_setup.py) and the
kiosk asks Qt for IBus (kiosk/app.py); this tries the whole way for real: Xvfb, a session
bus and ibus-daemon of the test's own (tests/ibus_session.py), the kiosk's registration
screen on the xcb platform, keys pressed with xdotool, and the name field compared with
what the keyboard's rules in Debian's m17n-db give for those keys (tests/m17n_keys.py).
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from kiosk.domain import languages
from kiosk.provision import typing_setup
from kiosk.provision.layout import Account
from tests.ibus_session import WAIT, Session, desktop
from tests.m17n_keys import Keyboard

ROOT = Path(__file__).resolve().parent.parent
INSCRIPT = "mgvrle "  # InScript is one layout for every script: su-nii-taa
# What a CHO types on each language's phonetic keyboard (docs/languages.md, Typing).
PHONETIC = {
    "m17n:ta:tamil99": "hqvtms kdmdhif ",  # காவேரி முருகன்
    "m17n:ta:itrans": "kaavEri muruga^n ",
    "m17n:te:itrans": "sunItA reDDi ",
    "m17n:bn:itrans": "priYA~NkA ",
    "m17n:or:itrans": "lakShmI ",
    "m17n:kn:itrans": "lakShmI gauDa ",
    "m17n:mr:itrans": "sunItA pATIla ",
    "m17n:gu:itrans": "svAti prajApati ",
    "m17n:pa:itrans": "guraprIta kaura ",
    "m17n:ml:mozhi": "meena ",
}
# Every language's keyboards as the installer sets them, but Hindi's ITRANS, whose
# rules (variables, conditions) tests/m17n_keys.py does not read: Devanagari is tried
# through Marathi's ITRANS and Hindi's InScript.
CASES = [
    (engine, PHONETIC.get(engine, INSCRIPT))
    for engine in typing_setup.engines([c for c in languages.LANGUAGES if c != "en"])
    if engine.startswith("m17n:") and engine != "m17n:hi:itrans"
]


@dataclass
class KioskWindow:
    """The kiosk process on the registration screen, and what it has said."""

    proc: subprocess.Popen[bytes]
    name: str = ""
    preedit: str = ""
    unread: bytes = b""

    def events(self, timeout: float) -> Iterator[dict[str, Any]]:
        """What the kiosk says, line by line, until ``timeout`` passes without a line
        (read from the pipe itself: a buffered reader would hide lines from select)."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while True:
            while b"\n" in self.unread:
                line, _, self.unread = self.unread.partition(b"\n")
                event = json.loads(line)
                self.name = event.get("text", self.name)
                self.preedit = event.get("preedit", self.preedit)
                yield event
            left = deadline - time.monotonic()
            ready, _, _ = select.select([fd], [], [], max(0.0, left))
            if not ready:
                return
            chunk = os.read(fd, 65536)
            if not chunk:
                pytest.fail(f"the kiosk ended (exit {self.proc.wait(timeout=WAIT)})")
            self.unread += chunk

    def until(self, what: str, key: str, value: object = None) -> dict[str, Any]:
        for event in self.events(WAIT):
            if key in event and (value is None or event[key] == value):
                return event
        pytest.fail(
            f"timed out waiting for {what}; the name field holds {self.name!r}"
            + (f" and IBus still shows {self.preedit!r}" if self.preedit else "")
        )

    def send(self, line: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    home = tmp_path_factory.mktemp("cho-home")
    with desktop(home) as running:
        yield running


@pytest.fixture(scope="module")
def kiosk(session: Session, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KioskWindow]:
    """The kiosk started as on the clinic's desktop: no QT_IM_MODULE in its environment
    (the kiosk chooses IBus itself), the xcb platform of a real X session."""
    host = ("QT_", "XDG_", "DBUS_", "WAYLAND_", "IBUS_", "GTK_IM", "XMODIFIERS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(host)}
    env.update(session.env, QT_QPA_PLATFORM="xcb", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ibus_kiosk_window", str(tmp_path_factory.mktemp("kiosk"))],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    window = KioskWindow(proc)
    try:
        ready = window.until("the registration screen with the name field focused", "ready")
        assert ready["platform"] == "xcb"
        assert ready["im_module"] == "ibus", "the kiosk did not ask Qt for IBus"
        yield window
    finally:
        if proc.poll() is None:
            window.send("quit")
            try:
                proc.wait(timeout=WAIT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=WAIT)


def test_the_installer_keyboards_are_the_ones_ibus_offers(session: Session) -> None:
    """The installer writes the CHO's keyboards with gsettings in a session of its own;
    read back in this session, every one is an engine IBus with Debian's m17n-db has."""
    home = Path(session.env["HOME"])
    account = Account(os.environ.get("USER", "cho"), os.getuid(), os.getgid(), home)
    codes = ["ta", "te", "bn", "or", "hi"]
    typing_setup.install_input_methods(account, codes)
    written = session.run(["gsettings", "get", typing_setup.SCHEMA, typing_setup.KEY]).stdout
    assert written.strip() == "[" + ", ".join(f"'{e}'" for e in typing_setup.engines(codes)) + "]"
    offered = session.engines()
    assert offered, "IBus offers no engines"
    every = typing_setup.engines(list(languages.LANGUAGES))
    assert [e for e in every if e not in offered] == []


def _type(session: Session, kiosk: KioskWindow, engine: str, keys: str, delay_ms: int) -> str:
    """Types the keys into the cleared name field and waits for the keyboard's text."""
    expected = Keyboard.load(engine).type(keys)
    assert expected.strip() and not expected.isascii(), f"{keys!r} types no Indian script"
    kiosk.send("clear")
    kiosk.until("the name field to be cleared", "cleared")
    session.use_engine(engine)
    typed = session.run(["xdotool", "type", "--delay", str(delay_ms), keys])
    assert typed.returncode == 0, typed.stderr
    kiosk.until(f"{expected!r} in the name field", "text", expected)
    return expected


@pytest.mark.parametrize(("engine", "keys"), CASES, ids=[c[0] for c in CASES])
def test_a_name_typed_through_ibus_is_the_keyboards_text(
    session: Session, kiosk: KioskWindow, engine: str, keys: str
) -> None:
    _type(session, kiosk, engine, keys, delay_ms=20)


def test_names_typed_at_a_chos_pace_keep_their_spaces(session: Session, kiosk: KioskWindow) -> None:
    """The space after "காவேரி" comes while "ரி" is still a preedit: before
    kiosk/ui/typing_order.py it landed before the letter in some names at this pace.
    The last Tamil name is the screenshot docs/screenshots/ta-ibus-typed.png when
    KIOSK_SCREENSHOTS names a folder (make screenshots)."""
    for engine in ("m17n:te:itrans", "m17n:ta:itrans"):
        for _ in range(2):
            _type(session, kiosk, engine, PHONETIC[engine], delay_ms=200)
    folder = os.environ.get("KIOSK_SCREENSHOTS")
    if folder:
        path = Path(folder).absolute() / "ta-ibus-typed.png"
        kiosk.send(f"shoot {path}")
        kiosk.until("the screenshot", "shot")
        assert path.stat().st_size > 0
