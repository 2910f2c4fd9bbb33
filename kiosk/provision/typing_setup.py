"""Typing in the kiosk's scripts: IBus with the m17n keyboards, set up for the CHO user.

Qt talks to IBus through its own input-context plugin (PySide6 ships it), so the kiosk
needs only that IBus runs in the CHO's session with the keyboards of the kiosk's
languages: the phonetic one of each (type "sunIta", get సునీత), InScript after it.
Debian's im-config starts IBus at sign-in when ``~/.xinputrc`` says so; the keyboards
are the user's IBus setting ``preload-engines``, written with gsettings as that user.
English stays the first keyboard; Super+Space switches.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from kiosk.domain import languages
from kiosk.provision.files import CHANGED, UNCHANGED, Owner, put
from kiosk.provision.layout import Account
from kiosk.provision.plan import ProvisioningError

XINPUTRC = "# Written by the HWC kiosk installer: IBus types the Indian scripts.\nrun_im ibus\n"
SCHEMA, KEY = "org.freedesktop.ibus.general", "preload-engines"


def engines(codes: Sequence[str]) -> list[str]:
    """English first, then each language's keyboards (the same script's once)."""
    out = ["xkb:us::eng"]
    for code in codes:
        for engine in languages.get(code).input_methods:
            if engine not in out:
                out.append(engine)
    return out


def _as_user(account: Account, argv: Sequence[str]) -> subprocess.CompletedProcess[str]:
    prefix = [] if account.uid == os.getuid() else ["runuser", "-u", account.name, "--"]
    env = {"HOME": str(account.dir), "USER": account.name, "PATH": os.environ.get("PATH", "")}
    return subprocess.run(  # noqa: S603  (fixed tools, checked names)
        [*prefix, *argv], capture_output=True, text=True, env=env, cwd="/", check=False
    )


def install_input_methods(account: Account, codes: Sequence[str]) -> list[str]:
    """``~/.xinputrc`` (unless the user has one of their own) and the IBus keyboards."""
    if all(languages.get(c).latin for c in codes):
        return [UNCHANGED]
    results = []
    rc = Path(account.dir) / ".xinputrc"
    if not rc.exists() or rc.read_text(encoding="utf-8", errors="replace") == XINPUTRC:
        results.append(put(rc, XINPUTRC.encode(), 0o644, Owner(account.uid, account.gid)))
    if shutil.which("ibus-daemon") is None:
        raise ProvisioningError(
            "IBus is not installed (ibus, ibus-m17n, m17n-db): names can be typed in "
            "English letters only"
        )
    if shutil.which("gsettings") is None or shutil.which("dbus-run-session") is None:
        raise ProvisioningError("gsettings or dbus-run-session is missing: IBus keyboards not set")
    value = "[" + ", ".join(f"'{e}'" for e in engines(codes)) + "]"
    session = ["dbus-run-session", "--", "gsettings"]
    current = _as_user(account, [*session, "get", SCHEMA, KEY]).stdout.strip()
    if current == value:
        return [*results, UNCHANGED]
    done = _as_user(account, [*session, "set", SCHEMA, KEY, value])
    if done.returncode != 0:
        raise ProvisioningError(f"could not set the IBus keyboards: {done.stderr.strip()}")
    return [*results, CHANGED]
