"""Merge the translations of several .ts files into kiosk_hi.ts after ``update``.

    python scripts/merge_ts.py OTHER.ts [OTHER.ts ...]

Used when two lines of work each translated their own new strings: the one file on
disk keeps its translations and gains the others' for messages it leaves unfinished.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from translations import TS, messages


def main(others: list[str]) -> int:
    known: dict[tuple[str, str], str] = {}
    for other in others:
        known.update({k: v for k, v in messages(Path(other)).items() if v})
    tree = ET.parse(TS)
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
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled} translations")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
