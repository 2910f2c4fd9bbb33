"""The QR code on the paper, drawn as vector squares so it prints sharp at any size."""

from __future__ import annotations

import functools

import segno
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


@functools.lru_cache(maxsize=64)
def modules(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's dark and light modules, error correction level M (15 % may be lost
    to a fold or a smudge). A reprint reuses the code made for the first print."""
    code = segno.make_qr(text, error="m", boost_error=False)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix)


class QrCode(Flowable):  # type: ignore[misc]
    """A square QR code of ``size`` points, quiet zone included."""

    def __init__(self, text: str, size: float, align: str = "RIGHT") -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.hAlign = align

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        grid = modules(self.text)
        count = len(grid) + 2 * QUIET_ZONE
        box = self.size / count
        path = self.canv.beginPath()
        for r, row in enumerate(grid):
            y = self.size - (r + QUIET_ZONE + 1) * box
            c = 0
            while c < len(row):
                if row[c]:
                    start = c
                    while c < len(row) and row[c]:
                        c += 1
                    path.rect((start + QUIET_ZONE) * box, y, (c - start) * box, box)
                else:
                    c += 1
        self.canv.setFillColorRGB(0, 0, 0)
        self.canv.drawPath(path, stroke=0, fill=1)
