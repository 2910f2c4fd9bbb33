"""A picture of the printed page for the screen, made with poppler's pdftoppm."""

from __future__ import annotations

import subprocess


def page_png(pdf: bytes, dpi: int = 72) -> bytes:
    """Page 1 of the PDF as PNG bytes (blocking: run it off the UI thread)."""
    done = subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-singlefile", "-f", "1", "-l", "1", "-"],
        input=pdf,
        capture_output=True,
        timeout=30,
        check=True,
    )
    return done.stdout
