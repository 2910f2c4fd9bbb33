"""Keep every translation of the kiosk in step with the code.

    python scripts/translations.py update [CODE ...]   # collect strings into kiosk_<code>.ts
    python scripts/translations.py release [CODE ...]  # compile kiosk_<code>.ts into .qm
    python scripts/translations.py check [CODE ...]    # exit 1 if anything is unfinished or stale
    python scripts/translations.py add CODE            # start kiosk_<code>.ts for a new language

Without codes, each command works on every language in LANGUAGES. ``update`` keeps the
translations already made; strings new in the code arrive unfinished, strings gone from
the code are dropped. Strings come from ``self.tr()`` in kiosk/ui and
``QT_TRANSLATE_NOOP`` elsewhere in kiosk/.

After ``update``, the strings still to translate are quickest done in one JSON file with
scripts/translate_fill.py (read the code around each string for what it means)::

    python scripts/translate_fill.py todo [CODE ...] > todo.json  # {"te": {"Context|source": ""}}
    python scripts/translate_fill.py fill todo.json               # into the unfinished messages

then ``release`` and ``check``. The JSON is a working file; do not commit it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "kiosk" / "ui" / "i18n"
TOOLS = Path(PySide6.__file__).parent

# Every language the kiosk speaks besides English (the language of the source strings),
# with the Qt locale lupdate writes into a new file.
LANGUAGES: dict[str, str] = {
    "hi": "hi_IN",  # Hindi
    "te": "te_IN",  # Telugu
    "bn": "bn_IN",  # Bengali
    "kn": "kn_IN",  # Kannada
    "ta": "ta_IN",  # Tamil
    "mr": "mr_IN",  # Marathi
    "gu": "gu_IN",  # Gujarati
    "or": "or_IN",  # Odia
    "ml": "ml_IN",  # Malayalam
    "pa": "pa_IN",  # Punjabi (Gurmukhi)
}

# The Hindi file under its old name, for scripts that import it.
TS = I18N / "kiosk_hi.ts"
QM = TS.with_suffix(".qm")


def ts_file(code: str) -> Path:
    return I18N / f"kiosk_{code}.ts"


def qm_file(code: str) -> Path:
    return I18N / f"kiosk_{code}.qm"


def sources() -> list[str]:
    files = sorted((ROOT / "kiosk").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(target: Path, locale: str = "hi_IN") -> None:
    new = [] if target.exists() else ["-source-language", "en_GB"]
    subprocess.run(
        [
            str(TOOLS / "lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *new,
            "-target-language",
            locale,
            *sources(),
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, or None when unfinished."""
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            done = translation is not None and translation.get("type") not in (
                "unfinished",
                "obsolete",
                "vanished",
            )
            found[(name, source)] = translation.text if done and translation is not None else None
    return found


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def problems(code: str, wanted: set[tuple[str, str]], tmp: Path) -> list[str]:
    """What keeps one language from being complete and compiled, in plain lines."""
    ts, qm = ts_file(code), qm_file(code)
    if not ts.exists():
        return [f"{ts.name} is missing: run 'add {code}'"]
    have = messages(ts)
    found: list[str] = []
    for title, items in (
        (f"not in {ts.name}", sorted(wanted - set(have))),
        (f"untranslated in {ts.name}", sorted(k for k in wanted & set(have) if not have[k])),
        (f"in {ts.name} but no longer in the code", sorted(set(have) - wanted)),
    ):
        found.extend(f"{title}: [{context}] {source}" for context, source in items)
    compiled = tmp / f"{code}.qm"
    lrelease(ts, compiled)
    if not qm.exists() or compiled.read_bytes() != qm.read_bytes():
        found.append(f"{qm.name} does not match {ts.name}: run 'release'")
    return found


def check(codes: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        wanted = set(messages(fresh))
        found = [line for code in codes for line in problems(code, wanted, Path(tmp))]
    for line in found:
        print(line)
    return 1 if found else 0


def chosen(args: list[str]) -> list[str]:
    unknown = [code for code in args if code not in LANGUAGES]
    if unknown:
        raise SystemExit(f"unknown language {', '.join(unknown)}; known: {', '.join(LANGUAGES)}")
    return args or list(LANGUAGES)


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "add" and len(args) == 1:
        # A new language starts here; list it in LANGUAGES once it is translated.
        lupdate(ts_file(args[0]), LANGUAGES.get(args[0], f"{args[0]}_IN"))
        return 0
    if command == "update":
        for code in chosen(args):
            if ts_file(code).exists():
                lupdate(ts_file(code), LANGUAGES[code])
            else:
                print(f"{ts_file(code).name} is missing: run 'add {code}' to start it")
        return 0
    if command == "release":
        for code in chosen(args):
            lrelease(ts_file(code), qm_file(code))
        return 0
    if command == "check":
        return check(chosen(args))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
