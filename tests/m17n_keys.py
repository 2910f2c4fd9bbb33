"""What an m17n keyboard writes for a run of keys, read from its ``.mim`` file.

The IBus typing test (tests/test_ibus_typing.py) types keys into the kiosk and compares
the field with the text the keyboard's own rules give, so the expected Tamil or Telugu
comes from Debian's m17n-db and not from a table of our own. This reads the part of
the m17n input-method language that the ITRANS and InScript keyboards of the Indian
scripts use: maps of key sequences (longest match wins), states with branches, and the
actions insert (a string or a ``?c`` character), ``(delete @-)``, ``(pushback 1)`` and
``(shift STATE)``. A rule using anything else raises, so a keyboard that changed shape
fails loudly instead of being guessed at.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

M17N_DIR = Path("/usr/share/m17n")

Expr: TypeAlias = "str | list[Expr]"  # a Symbol is a str too


class Symbol(str):
    """An m17n symbol (``shift``, ``init``, ``@-``), as opposed to a string."""


class UnreadableRuleError(Exception):
    """The keyboard uses a part of the m17n language this reader does not know."""


def parse(text: str) -> list[Expr]:
    """The file's top-level expressions (``;`` starts a comment)."""
    pos, out = 0, []
    stack: list[list[Expr]] = [out]
    while pos < len(text):
        char = text[pos]
        if char == ";":
            pos = text.find("\n", pos)
            pos = len(text) if pos < 0 else pos
        elif char in " \t\r\n":
            pos += 1
        elif char == "(":
            stack.append([])
            pos += 1
        elif char == ")":
            done = stack.pop()
            stack[-1].append(done)
            pos += 1
        elif char == '"':
            value, pos = _string(text, pos + 1)
            stack[-1].append(value)
        else:
            start = pos
            chars = []
            while pos < len(text) and (text[pos] == "\\" or text[pos] not in ' \t\r\n()"'):
                if text[pos] == "\\":
                    pos += 1
                chars.append(text[pos])
                pos += 1
            if start == pos:
                raise UnreadableRuleError(f"cannot read at {pos}")
            stack[-1].append(Symbol("".join(chars)))
    return out


def _string(text: str, pos: int) -> tuple[str, int]:
    chars = []
    while text[pos] != '"':
        if text[pos] == "\\":
            pos += 1
            chars.append({"n": "\n", "t": "\t"}.get(text[pos], text[pos]))
        else:
            chars.append(text[pos])
        pos += 1
    return "".join(chars), pos + 1


@dataclass
class Keyboard:
    """One ``.mim`` keyboard: its maps (key sequence to actions) and its states."""

    maps: dict[str, list[tuple[str, list[Expr]]]]
    states: list[tuple[str, list[tuple[str, list[Expr]]]]] = field(default_factory=list)

    @classmethod
    def load(cls, engine: str, folder: Path = M17N_DIR) -> Keyboard:
        """``m17n:ta:itrans`` is ``ta-itrans.mim``."""
        _, lang, name = engine.split(":", 2)
        top = parse((folder / f"{lang}-{name}.mim").read_text(encoding="utf-8"))
        maps: dict[str, list[tuple[str, list[Expr]]]] = {}
        states: list[tuple[str, list[tuple[str, list[Expr]]]]] = []
        for form in top:
            if not isinstance(form, list) or not form:
                continue
            if form[0] == "map":
                for entry in form[1:]:
                    assert isinstance(entry, list)
                    rules = []
                    for rule in entry[1:]:
                        assert isinstance(rule, list)
                        keys = rule[0]
                        if isinstance(keys, str) and not isinstance(keys, Symbol):
                            rules.append((keys, rule[1:]))  # key lists (KP_1, C-@) not typed
                    maps[str(entry[0])] = rules
            elif form[0] == "state":
                for entry in form[1:]:
                    assert isinstance(entry, list)
                    branches = [(str(b[0]), b[1:]) for b in entry[1:] if isinstance(b, list)]
                    states.append((str(entry[0]), branches))
            elif form[0] in ("include", "macro", "variable", "command", "module"):
                raise UnreadableRuleError(f"{engine}: {form[0]} is not read here")
        if not states:  # m17n: no states means one state whose branches are all the maps
            states = [("init", [(name, []) for name in maps])]
        return cls(maps, states)

    def type(self, keys: str) -> str:
        """The text the field holds after these keys (each a printable ASCII character);
        a key no rule takes in the first state goes to the field as it is, and a key no
        rule takes elsewhere first commits and returns to the first state (m17n's way)."""
        states = dict(self.states)
        first = self.states[0][0]
        state, text, pending = first, "", list(keys)
        seen: set[tuple[str, int, str]] = set()  # where a key went round without effect
        while pending:
            if (state, len(pending), text) in seen:  # no rule takes it: the field does
                state, text = first, text + pending.pop(0)
                seen.clear()
                continue
            seen.add((state, len(pending), text))
            branches = states[state]
            best: tuple[int, list[Expr], list[Expr]] | None = None
            for map_name, branch_actions in branches:
                for seq, actions in self.maps.get(map_name, []):
                    if "".join(pending[: len(seq)]) == seq and (best is None or len(seq) > best[0]):
                        best = (len(seq), actions, branch_actions)
            if best is None:
                nil = [a for name, a in branches if name == "nil"]
                if nil:
                    state, text = self._run(nil[0], state, pending, text)
                elif state != first:
                    state = first
                else:
                    text += pending.pop(0)
                continue
            length, actions, branch_actions = best
            consumed = "".join(pending[:length])
            del pending[:length]
            state, text = self._run(actions, state, pending, text, consumed)
            state, text = self._run(branch_actions, state, pending, text, consumed)
        return text

    def _run(
        self,
        actions: list[Expr],
        state: str,
        pending: list[str],
        text: str,
        consumed: str = "",
    ) -> tuple[str, str]:
        for action in actions:
            if isinstance(action, str) and not isinstance(action, Symbol):
                text += action
            elif isinstance(action, Symbol) and len(action) == 2 and action[0] == "?":
                text += action[1]  # ?க is the character க
            elif isinstance(action, list) and action[:2] == ["delete", "@-"]:
                text = text[:-1]
            elif isinstance(action, list) and action[0] == "shift":
                state = str(action[1])
            elif isinstance(action, list) and action[0] == "pushback" and action[1] == "1":
                pending.insert(0, consumed[-1])
            else:
                raise UnreadableRuleError(f"action {action!r}")
        return state, text
