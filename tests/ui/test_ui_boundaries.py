"""Screens go through the clinic's services: no screen builds a repository over the store
or reads the store itself. import-linter checks the imports (pyproject.toml); this reads
the code for what an import rule cannot see: ``ctx.clinic.store`` reached for, or a
repository class called, in a module that may import it for its types."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "kiosk" / "ui"
STORE = ROOT / "kiosk" / "store"


def repositories() -> set[str]:
    """Classes of kiosk.store built over a Store (their first argument is ``store``),
    and the functions that take one."""
    found = {"Store", "BlobFiles", "photo_reserve"}
    for path in STORE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        args = [a.arg for a in item.args.args[1:]]
                        if args[:1] == ["store"]:
                            found.add(node.name)
            elif isinstance(node, ast.FunctionDef) and node.col_offset == 0:
                args = [a.arg for a in node.args.args]
                if args[:1] == ["store"]:
                    found.add(node.name)
    return found


def offences(source: str, forbidden: set[str]) -> list[str]:
    out = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "store":
            owner = node.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "clinic":
                out.append(f"line {node.lineno}: reaches clinic.store")
        # Called by its bare name: a method of the clinic may share the name.
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in forbidden
        ):
            out.append(f"line {node.lineno}: calls {node.func.id}()")
    return sorted(out)


def test_the_rule_sees_what_it_is_meant_to_forbid() -> None:
    forbidden = repositories()
    assert {"Store", "Settings", "Attachments", "Patients", "monthly_summary"} <= forbidden
    code = (
        "settings = Settings(ctx.clinic.store)\n"
        "rows = self.ctx.clinic.store.read(quarantined)\n"
        "figures = monthly_summary(store, month, now)\n"
        "ok = ctx.clinic.settings.get('camera.device')\n"
        "figures = ctx.clinic.monthly_summary(month, now, zone)\n"
    )
    assert offences(code, forbidden) == [
        "line 1: calls Settings()",
        "line 1: reaches clinic.store",
        "line 2: reaches clinic.store",
        "line 3: calls monthly_summary()",
    ]


def test_no_screen_builds_a_repository_or_reads_the_store_itself() -> None:
    forbidden = repositories()
    found = {
        path.name: offences(path.read_text(encoding="utf-8"), forbidden)
        for path in sorted(UI.glob("*.py"))
    }
    assert {name: lines for name, lines in found.items() if lines} == {}
