"""``kiosk doctor``: a font and an input method for every script this kiosk speaks.

A missing font shows empty boxes on screen and stops the paper; a missing input method
means a CHO cannot type a patient's name in their own script. Both are checked for each
enabled language (the ``languages`` setting, and the kiosk's own language)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

from kiosk.commands.doctor_result import FAIL, OK, WARN, CheckResult
from kiosk.config import KioskConfig
from kiosk.domain import languages
from kiosk.rx.fonts import FontMissingError, find_font, paper_styles, screen_problem

M17N_DIR = Path("/usr/share/m17n")
# ibus-m17n's component: without it IBus offers none of the m17n keyboards.
M17N_COMPONENT = Path("/usr/share/ibus/component/m17n.xml")
QT_IBUS_PLUGIN = "Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so"


def _qt_ibus_plugin() -> Path | None:
    """Qt's IBus plugin in the PySide6 the kiosk runs on (how Qt talks to IBus), or
    None when PySide6 itself cannot be found."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / QT_IBUS_PLUGIN


def script_fonts(cfg: KioskConfig) -> CheckResult:
    """Each enabled script's paper font is installed (each style it prints with: Lohit
    Odia has Regular only), and its screen font is one Qt will take for that script
    (kiosk.rx.fonts.screen_problem)."""
    name = "script fonts"
    found: list[str] = []
    problems: list[str] = []
    packages: list[str] = []
    for script in ("Latin", *languages.scripts(cfg.enabled_languages)):
        family = languages.font_for_script(script)
        screen = languages.screen_font_for_script(script)
        try:
            for style in paper_styles(script):
                find_font(family, style)
        except FontMissingError:
            problems.append(f"missing: {family}")
            packages.append(languages.package_for_font(family))
            continue
        problem = screen_problem(script)
        if problem:
            problems.append(problem)
            packages.append(languages.package_for_font(screen))
        else:
            found.append(f"{script} ({family}{'' if screen == family else ', screen ' + screen})")
    if problems:
        return CheckResult(
            name,
            FAIL,
            "; ".join(problems),
            "install the fonts: apt install " + " ".join(dict.fromkeys(packages)),
        )
    return CheckResult(name, OK, ", ".join(found))


def _engine_file(engine: str) -> Path | None:
    """m17n:te:itrans is /usr/share/m17n/te-itrans.mim; other engines have no file."""
    kind, _, rest = engine.partition(":")
    if kind != "m17n":
        return None
    lang, _, method = rest.partition(":")
    return M17N_DIR / f"{lang}-{method}.mim"


def _engine_exists(engine: str) -> bool:
    """An m17n keyboard exists when m17n-db has its file; others (xkb) are IBus's own."""
    path = _engine_file(engine)
    return path is None or path.exists()


def _preloaded() -> list[str] | None:
    """The IBus engines set for this user, or None where that cannot be read."""
    if shutil.which("gsettings") is None:
        return None
    done = subprocess.run(
        ["gsettings", "get", "org.freedesktop.ibus.general", "preload-engines"],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    if done.returncode != 0:
        return None
    return [e.strip(" '\"") for e in done.stdout.strip().strip("[]@as ").split(",") if e.strip()]


def input_methods(cfg: KioskConfig) -> CheckResult:
    name = "input methods"
    wanted = [c for c in cfg.enabled_languages if not languages.get(c).latin]
    if not wanted:
        return CheckResult(name, OK, "English only: the keyboard as it is")
    if shutil.which("ibus-daemon") is None:
        return CheckResult(
            name,
            FAIL,
            "IBus is not installed: names cannot be typed in "
            + ", ".join(languages.get(c).english for c in wanted),
            "install ibus, ibus-m17n and m17n-db (sudo installer/setup-system), "
            "then re-run the installer",
        )
    # What typing in a real X session needed (tests/test_ibus_typing.py): Qt's IBus
    # plugin, ibus-m17n's keyboards, their m17n-db files and Qt asked for IBus.
    plugin = _qt_ibus_plugin()
    if plugin is None or not plugin.exists():
        return CheckResult(
            name,
            FAIL,
            "Qt's IBus plugin is missing from the kiosk's PySide6: typing goes around IBus",
            "reinstall the kiosk (installer/install.sh)",
        )
    if not M17N_COMPONENT.exists():
        return CheckResult(
            name,
            FAIL,
            "IBus has no m17n keyboards",
            "install ibus-m17n: sudo installer/setup-system",
        )
    lacking = {
        code: [e for e in languages.get(code).input_methods if not _engine_exists(e)]
        for code in wanted
    }
    missing = [c for c in wanted if len(lacking[c]) == len(languages.get(c).input_methods)]
    if missing:
        return CheckResult(
            name,
            FAIL,
            "no keyboard for " + ", ".join(languages.get(c).english for c in missing),
            "install ibus-m17n and m17n-db: sudo installer/setup-system",
        )
    other = os.environ.get("QT_IM_MODULE", "ibus")
    if other != "ibus":
        return CheckResult(
            name,
            WARN,
            f"this session asks Qt for the {other!r} input method, not IBus",
            "set QT_IM_MODULE=ibus for the CHO's session (im-config -n ibus)",
        )
    some = sorted(e for engines in lacking.values() for e in engines)
    if some:
        return CheckResult(name, WARN, "keyboards missing: " + ", ".join(some), "update m17n-db")
    preloaded = _preloaded()
    engines = {code: languages.get(code).input_methods[0] for code in wanted}
    if preloaded is not None:
        absent = [c for c, e in engines.items() if e not in preloaded]
        if absent:
            return CheckResult(
                name,
                WARN,
                "IBus is not set to offer " + ", ".join(languages.get(c).english for c in absent),
                "re-run the installer, or add the keyboards in the IBus preferences",
            )
    return CheckResult(name, OK, "IBus: " + ", ".join(engines.values()))
