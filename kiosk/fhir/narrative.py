"""The human-readable narrative every resource carries (``text``), as the ABDM examples do:
a reader without FHIR software still sees what the record says. Generated from the
resource's own fields, so it never says more or other than the data."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

XHTML = "http://www.w3.org/1999/xhtml"


def narrative(title: str, rows: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    """A short XHTML summary: a title and label/value lines (empty values are left out)."""
    lines = "".join(
        f"<p><b>{escape(label)}</b>: {escape(value)}</p>" for label, value in rows if value
    )
    return {
        "status": "generated",
        "div": f'<div xmlns="{XHTML}" xml:lang="en-IN" lang="en-IN">'
        f"<p><b>{escape(title)}</b></p>{lines}</div>",
    }
