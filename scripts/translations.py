"""Keep the Hindi translation in step with the code.

    python scripts/translations.py update   # collect strings into kiosk_hi.ts (keeps translations)
    python scripts/translations.py release  # compile kiosk_hi.ts into kiosk_hi.qm
    python scripts/translations.py check    # exit 1 if anything is untranslated or stale

Strings come from ``self.tr()`` in kiosk/ui and ``QT_TRANSLATE_NOOP`` elsewhere in kiosk/.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "kiosk" / "ui" / "i18n" / "kiosk_hi.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(PySide6.__file__).parent


def sources() -> list[str]:
    files = sorted((ROOT / "kiosk").rglob("*.py"))
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            str(TOOLS / "lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
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


def check() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate(fresh)
        wanted = set(messages(fresh))
        compiled = Path(tmp) / "fresh.qm"
        lrelease(TS, compiled)
        qm_current = compiled.read_bytes() == QM.read_bytes()
    have = messages(TS)
    missing = sorted(wanted - set(have))
    untranslated = sorted(k for k in wanted & set(have) if not have[k])
    stale = sorted(set(have) - wanted)
    for title, items in (
        ("not in kiosk_hi.ts", missing),
        ("untranslated", untranslated),
        ("no longer in the code", stale),
    ):
        for context, source in items:
            print(f"{title}: [{context}] {source}")
    if not qm_current:
        print("kiosk_hi.qm does not match kiosk_hi.ts: run 'release'")
        return 1
    return 1 if missing or untranslated or stale else 0


def main(command: str) -> int:
    if command == "update":
        lupdate(TS)
        return 0
    if command == "release":
        lrelease(TS, QM)
        return 0
    if command == "check":
        return check()
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
