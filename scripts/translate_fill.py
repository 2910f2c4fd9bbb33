"""Fill the unfinished messages of the kiosk's .ts files from a JSON file of translations.

    python scripts/translate_fill.py todo [CODE ...] > todo.json   # what is left, as JSON
    python scripts/translate_fill.py fill FILE.json [FILE.json ...]  # put translations in

Run ``translations.py update`` first, so that new strings are in the .ts files. ``todo``
prints every unfinished message, per language, in the form ``fill`` reads::

    {"te": {"MemoryList|Record this": "", ...}, "bn": {...}}

with the Hindi translation as a hint next to it where there is one (``"hi: ..."`` keys
are ignored by ``fill``). Write the translations in, then ``fill`` the file; it only
touches messages that are unfinished, refuses a translation whose placeholders ({when},
%1) differ from the source's, and says what it could not place. Then ``release``.
The JSON files are working notes: the translations live in the .ts files.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from translations import LANGUAGES, chosen, lupdate, messages, ts_file

PLACEHOLDER = re.compile(r"\{\w+(?::[^}]*)?\}|%\d+|%[a-zA-Z]")
HINT = "hi: "  # a key starting so carries the Hindi for the translator, not a translation


def key(context: str, source: str) -> str:
    return f"{context}|{source}"


def todo(codes: list[str]) -> dict[str, dict[str, str]]:
    """Per language, every unfinished message as "Context|source" -> "" (with Hindi hints)."""
    hindi = messages(ts_file("hi"))
    left: dict[str, dict[str, str]] = {}
    for code in codes:
        wanted: dict[str, str] = {}
        for (context, source), text in messages(ts_file(code)).items():
            if text is None:
                if code != "hi" and hindi.get((context, source)):
                    wanted[HINT + key(context, source)] = hindi[(context, source)] or ""
                wanted[key(context, source)] = ""
        if wanted:
            left[code] = wanted
    return left


def placeholders_differ(source: str, text: str) -> bool:
    return Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text))


def fill(code: str, given: dict[str, str]) -> tuple[int, list[str]]:
    """Put one language's translations into its unfinished messages.

    Returns how many were filled and a plain line for each one that was not."""
    given = {k: v for k, v in given.items() if not k.startswith(HINT) and v.strip()}
    ts = ts_file(code)
    tree = ET.parse(ts)
    filled, used, problems = 0, set(), []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            wanted = key(name, source)
            if translation is None or wanted not in given:
                continue
            used.add(wanted)
            if translation.get("type") != "unfinished":
                continue  # already translated: a change to it is made in the .ts by hand
            if placeholders_differ(source, given[wanted]):
                problems.append(f"{code}: placeholders differ, not filled: {wanted}")
                continue
            translation.text = given[wanted]
            del translation.attrib["type"]
            filled += 1
    problems.extend(f"{code}: no such message in {ts.name}: {k}" for k in given if k not in used)
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        lupdate(ts, LANGUAGES[code])  # back into Qt's own layout of the file
    return filled, problems


def main(argv: list[str]) -> int:
    command, args = (argv[0], argv[1:]) if argv else ("", [])
    if command == "todo":
        print(json.dumps(todo(chosen(args)), ensure_ascii=False, indent=1))
        return 0
    if command == "fill" and args:
        problems: list[str] = []
        for path in map(Path, args):
            for code, given in json.loads(path.read_text(encoding="utf-8")).items():
                if code not in LANGUAGES:
                    problems.append(f"{path}: unknown language {code}")
                    continue
                filled, found = fill(code, given)
                left = sum(1 for text in messages(ts_file(code)).values() if text is None)
                print(f"{ts_file(code).name}: filled {filled}, {left} still unfinished")
                problems.extend(found)
        for line in problems:
            print(line, file=sys.stderr)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
