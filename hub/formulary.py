"""The formulary the console offers as a specialist types a medicine: a CSV the hub's
admin can replace.

Columns: ``name``, ``form``, ``strength`` and ``list`` (required in every row) and,
optionally, ``dose``, ``frequency``, ``duration`` and ``instructions`` (usual values the
form fills in for the specialist to change). ``list`` is the Telemedicine Practice
Guidelines' list: ``O``, ``A``, ``B`` or ``prohibited``; a medicine the hub's prohibited
list names (Schedule X, NDPS Act) must be marked ``prohibited`` (hub/teleconsult.py).

A file is checked whole before anything is replaced, and every problem is reported with
its line, so an admin fixes a spreadsheet in one go.

Which list the console gets: the file named by the ``formulary`` setting when there is
one (read at start; a bad file stops the hub), else the list loaded into the database
with ``kiosk-hub formulary load FILE`` (shared by every hub process), else the starter
list shipped with the hub.
"""

from __future__ import annotations

import csv
import functools
import io
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from hub import teleconsult
from hub.storage.aggregates import Prescriptions
from hub.storage.models import FormularyEntry

COLUMNS = ("name", "form", "strength", "list", "dose", "frequency", "duration", "instructions")
REQUIRED = ("name", "form", "strength", "list")
MAX_FIELD = 240  # a prescription's medicine fields hold at most this much
MAX_ENTRIES = 5000
MAX_BYTES = 2 * 1024 * 1024
MAX_PROBLEMS = 30  # enough to fix a file in one pass; more would bury the first ones
STARTER = Path(__file__).resolve().parent / "data" / "formulary.csv"
STARTER_SOURCE = "the starter list shipped with the hub"


class FormularyError(ValueError):
    """A formulary file that cannot be used; ``problems`` name each line and what is wrong."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        lines = "\n".join(f"  {p}" for p in shown)
        tail = f"\n  ... and {more} more" if more else ""
        super().__init__(f"{source} is not a usable formulary:\n{lines}{tail}")


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip()


def _header(row: list[str], problems: list[str]) -> list[str]:
    names = [_clean(c).lower() for c in row]
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        problems.append(
            f"line 1: unknown column(s) {', '.join(repr(n) for n in unknown)}; "
            f"the columns are {', '.join(COLUMNS)}"
        )
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        problems.append(
            f"line 1: the header lacks {', '.join(missing)} (name, form, strength and list "
            "are needed; dose, frequency, duration and instructions may follow; list is the "
            "Telemedicine Practice Guidelines' list: O, A, B or prohibited)"
        )
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        problems.append(f"line 1: column(s) named twice: {', '.join(twice)}")
    return names


def _entry(line: int, names: list[str], row: list[str], problems: list[str]) -> FormularyEntry:
    if len(row) != len(names):
        problems.append(f"line {line}: {len(row)} fields, but the header names {len(names)}")
        return FormularyEntry("", "", "")
    values = {name: _clean(value) for name, value in zip(names, row, strict=True)}
    for name in REQUIRED:
        if not values.get(name):
            problems.append(f"line {line}: the {name} is empty")
    for name, value in values.items():
        if len(value) > MAX_FIELD:
            problems.append(f"line {line}: the {name} is longer than {MAX_FIELD} characters")
        if any(unicodedata.category(ch) == "Cc" for ch in value):
            problems.append(f"line {line}: the {name} holds a line break or control character")
    code = _list_code(values.get("list", ""))
    if values.get("list") and code is None:
        problems.append(f"line {line}: the list is {values['list']!r}; it must be O, A, B or "
                        "prohibited (Telemedicine Practice Guidelines 2020)")  # fmt: skip
    banned = teleconsult.prohibited_in(values.get("name", ""))
    if banned is not None and code in teleconsult.PRESCRIBABLE:
        problems.append(f"line {line}: {values['name']} is marked List {code}, but "
                        f"{banned.substance} is {teleconsult.LAWS[banned.law]}: mark it "
                        "prohibited (it can never be prescribed by teleconsultation)")  # fmt: skip
    kept = {k: v for k, v in values.items() if k in COLUMNS}
    kept["list"] = code or ""
    return FormularyEntry(**kept)


def _list_code(text: str) -> str | None:
    """O, A, B or prohibited, however the spreadsheet wrote it ("List a", "Prohibited")."""
    word = text.strip().removeprefix("List ").removeprefix("list ").strip()
    for code in teleconsult.LISTS:
        if word.casefold() == code.casefold():
            return code
    return None


def parse(text: str, source: str) -> list[FormularyEntry]:
    """The entries of a formulary CSV's text, or :class:`FormularyError` with every problem."""
    problems: list[str] = []
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    try:
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise FormularyError(source, [f"line {reader.line_num}: {error}"]) from None
    rows = [(n, r) for n, r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise FormularyError(source, ["the file is empty: it needs a header and medicines"])
    names = _header(rows[0][1], problems)
    if problems:
        raise FormularyError(source, problems)
    entries: list[FormularyEntry] = []
    first_seen: dict[tuple[str, str, str], int] = {}
    for line, row in rows[1:]:
        entry = _entry(line, names, row, problems)
        key = (entry.name.casefold(), entry.form.casefold(), entry.strength.casefold())
        if entry.name and key in first_seen:
            problems.append(f"line {line}: the same medicine as line {first_seen[key]} "
                            f"({entry.name}, {entry.form}, {entry.strength})")  # fmt: skip
        first_seen.setdefault(key, line)
        entries.append(entry)
    if not entries:
        problems.append("no medicines: the file has only its header")
    if len(entries) > MAX_ENTRIES:
        problems.append(f"{len(entries)} medicines; a formulary holds at most {MAX_ENTRIES}")
    if problems:
        raise FormularyError(source, problems)
    return entries


def read_file(path: Path) -> list[FormularyEntry]:
    """Read and check a formulary file (UTF-8, as spreadsheets save "CSV UTF-8")."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise FormularyError(str(path), [f"cannot read it: {error.strerror or error}"]) from None
    if len(data) > MAX_BYTES:
        raise FormularyError(str(path), [f"larger than {MAX_BYTES // (1024 * 1024)} MiB"])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise FormularyError(
            str(path),
            [f'not UTF-8 text (byte {error.start}); save it as "CSV UTF-8" and try again'],
        ) from None
    return parse(text, str(path))


@functools.cache
def starter() -> tuple[FormularyEntry, ...]:
    """Common primary-care medicines, after India's National List of Essential Medicines."""
    return tuple(read_file(STARTER))


@dataclass(frozen=True)
class Served:
    entries: tuple[FormularyEntry, ...]
    source: str


async def served(storage: Prescriptions, from_file: tuple[FormularyEntry, ...] | None,
                 file_name: str) -> Served:  # fmt: skip
    """The list the console offers now (see the module's docstring for which)."""
    if from_file is not None:
        return Served(from_file, file_name)
    loaded = await storage.formulary()
    if loaded is not None:
        return Served(tuple(loaded.entries), loaded.source)
    return Served(starter(), STARTER_SOURCE)
