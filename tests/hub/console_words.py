"""The console's words as its JavaScript holds them: the keys the scripts and the page
use (read from the source, the way a translation tool would), and the Hindi tables.
Shared by the words test and the Hindi console test in Chromium."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

CONSOLE = Path(__file__).resolve().parents[2] / "hub" / "console"
HINDI_TABLES = ("i18n_hi.js", "i18n_hi_rx.js")
# The functions whose argument (by position) is an English key.
KEY_ARGUMENT = {
    "t": (0,),
    "N": (0,),
    "phrase": (0,),
    "say": (1,),
    "said": (2,),
    "sayAttr": (2,),
    "field": (0, 3),
    "ui.state": (0,),
}
_STRING = r'"(?:[^"\\\n]|\\.)*"'
_PAIR = re.compile(rf"({_STRING})\s*:\s*({_STRING})\s*,")
_CALL = re.compile(r"(?<![\w$])(" + "|".join(map(re.escape, KEY_ARGUMENT)) + r")\(")
_COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)


def hindi() -> dict[str, str]:
    """Every key of the Hindi tables and its Hindi."""
    table: dict[str, str] = {}
    for name in HINDI_TABLES:
        source = (CONSOLE / name).read_text(encoding="utf-8")
        for key, value in _PAIR.findall(source):
            table[json.loads(key)] = json.loads(value)
    return table


def _arguments(source: str, start: int) -> list[str]:
    """The arguments of the call whose "(" is at ``start``, as source text."""
    depth, args, current, i = 0, [], [], start + 1
    while i < len(source):
        ch = source[i]
        if ch in "\"'`":
            end = i + 1
            while source[end] != ch:
                end += 2 if source[end] == "\\" else 1
            current.append(source[i : end + 1])
            i = end + 1
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            if depth == 0:
                args.append("".join(current).strip())
                return args
            depth -= 1
        elif ch == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    return args


class _Marked(HTMLParser):
    """The text of every element of index.html marked data-i18n."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[str] = []
        self._open: list[list[str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if any(name == "data-i18n" for name, _ in attrs):
            self._open.append([])

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self.keys.append(" ".join("".join(self._open.pop()).split()))


def used() -> dict[str, set[str]]:
    """Every literal English key the console's scripts and page use, and where."""
    keys: dict[str, set[str]] = {}
    for path in sorted(CONSOLE.glob("*.js")):
        if path.name in HINDI_TABLES:
            continue
        source = _COMMENT.sub("", path.read_text(encoding="utf-8"))
        for call in _CALL.finditer(source):
            args = _arguments(source, call.end() - 1)
            for index in KEY_ARGUMENT[call.group(1)]:
                if index < len(args) and re.fullmatch(_STRING, args[index]):
                    keys.setdefault(json.loads(args[index]), set()).add(path.name)
    page = _Marked()
    page.feed((CONSOLE / "index.html").read_text(encoding="utf-8"))
    for key in page.keys:
        keys.setdefault(key, set()).add("index.html")
    return keys


def placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def english_sentences(neutral: set[str]) -> list[str]:
    """The English dictionary: every key but those the same in Hindi (units, codes)."""
    return sorted(k for k, v in hindi().items() if k not in neutral and v != k)
