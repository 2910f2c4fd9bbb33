"""Merge the translations of other .ts files into ours after ``update``.

    python scripts/merge_ts.py OTHER.ts [OTHER.ts ...]

Used when two lines of work each translated their own new strings: the file on disk
for that language keeps its translations and gains the others' for messages it leaves
unfinished. The language comes from the other file's name (``kiosk_te.ts``,
``theirs-kiosk_te.ts``) or, failing that, from the language its <TS> element declares.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from translations import LANGUAGES, messages, ts_file


def language_of(other: Path) -> str:
    named = re.search(r"kiosk_([a-z]{2,3})(?:_[A-Za-z]+)?\.ts$", other.name)
    if named and named.group(1) in LANGUAGES:
        return named.group(1)
    declared = (ET.parse(other).getroot().get("language") or "").split("_")[0]
    if declared in LANGUAGES:
        return declared
    raise SystemExit(f"{other}: cannot tell its language; name it kiosk_<code>.ts")


def merge(code: str, others: list[Path]) -> int:
    """Fill our unfinished messages of one language from the others; returns how many."""
    known: dict[tuple[str, str], str] = {}
    for other in others:
        known.update({k: v for k, v in messages(other).items() if v})
    ours = ts_file(code)
    tree = ET.parse(ours)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source") or "")
            unfinished = translation is not None and translation.get("type") == "unfinished"
            if unfinished and key in known:
                assert translation is not None
                translation.text = known[key]
                del translation.attrib["type"]
                filled += 1
    tree.write(ours, encoding="utf-8", xml_declaration=True)
    return filled


def main(others: list[str]) -> int:
    if not others:
        print(__doc__)
        return 2
    by_language: dict[str, list[Path]] = {}
    for other in map(Path, others):
        by_language.setdefault(language_of(other), []).append(other)
    for code, files in by_language.items():
        print(f"{ts_file(code).name}: filled {merge(code, files)} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
