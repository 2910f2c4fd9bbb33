"""Fonts for printed prescriptions: Noto Sans for Latin, Noto Sans Devanagari for Hindi.

Devanagari must be shaped (conjuncts, matras, reph) or it prints as broken letters:
reportlab shapes TrueType text with uharfbuzz when a paragraph style asks for it.
Neither Noto face covers both scripts, so text is split into runs by script and each
run gets its font. A shaped glyph sequence no longer spells the words when copied out
of the PDF, so each shaped Devanagari run is wrapped in an ActualText span that
carries its real text: search, copy and ``pdftotext`` then read proper Hindi.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject

LATIN, LATIN_BOLD = "RxLatin", "RxLatin-Bold"
DEVA, DEVA_BOLD = "RxDeva", "RxDeva-Bold"
_FACES = {
    LATIN: ("Noto Sans", "Regular"),
    LATIN_BOLD: ("Noto Sans", "Bold"),
    DEVA: ("Noto Sans Devanagari", "Regular"),
    DEVA_BOLD: ("Noto Sans Devanagari", "Bold"),
}
DEVA_FOR = {LATIN: DEVA, LATIN_BOLD: DEVA_BOLD}


class FontMissingError(RuntimeError):
    """A font the printed prescription needs is not installed."""


def _is_devanagari(ch: str) -> bool:
    code = ord(ch)
    return 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF


def _is_letter(ch: str) -> bool:
    return ch.isalpha() or (0x0900 <= ord(ch) <= 0x097F and not ch.isspace())


def find_font(family: str, style: str) -> Path:
    """Ask fontconfig for a face; refuse a fallback to some other family."""
    if shutil.which("fc-match") is None:
        raise FontMissingError("fontconfig (fc-match) is not installed: install fontconfig")
    done = subprocess.run(  # noqa: S603  (fixed program, pattern built from constants)
        ["fc-match", "-f", "%{family}|%{file}", f"{family}:style={style}"],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    families, _, file = done.stdout.partition("|")
    path = Path(file)
    if family not in families.split(",") or not path.is_file() or path.suffix.lower() != ".ttf":
        raise FontMissingError(
            f"the font '{family} {style}' is not installed: install fonts-noto-core "
            "(Noto Sans and Noto Sans Devanagari)"
        )
    return path


@functools.cache
def register_fonts() -> dict[str, Path]:
    """Register the four faces with reportlab once per process; returns their files."""
    files = {name: find_font(*face) for name, face in _FACES.items()}
    for name, path in files.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))
    return files


@functools.cache
def _hb_font(name: str) -> uharfbuzz.Font:
    blob = uharfbuzz.Blob.from_file_path(str(register_fonts()[name]))
    return uharfbuzz.Font(uharfbuzz.Face(blob))


def _deva_has(ch: str) -> bool:
    return _hb_font(DEVA).get_nominal_glyph(ord(ch)) is not None


def _word_pieces(word: str, before: bool) -> list[tuple[bool, str]]:
    """One word (no spaces) as runs of one script each. Digits and signs take the script
    of the letters around them (or of the word before, ``before``), unless the
    Devanagari face lacks them (like °)."""
    first = next((_is_devanagari(ch) for ch in word if _is_letter(ch)), before)
    pieces: list[tuple[bool, str]] = []
    current = first
    for ch in word:
        script = _is_devanagari(ch) if _is_letter(ch) else current
        if script and not _is_letter(ch) and not _deva_has(ch):
            script = False
        if pieces and pieces[-1][0] == script:
            pieces[-1] = (script, pieces[-1][1] + ch)
        else:
            pieces.append((script, ch))
        current = script if _is_letter(ch) else current
    return pieces


def runs(text: str) -> list[tuple[bool, str]]:
    """Split text into (is_devanagari, run) pieces, each drawn with one font. The layout
    breaks lines only at spaces and shapes each word with one font, so where the script
    changes inside a word (rare: "BP/शुगर") a space is put between the two runs."""
    out: list[tuple[bool, str]] = []
    previous = False
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            pieces = [(out[-1][0] if out else False, token)]
        else:
            pieces = _word_pieces(token, previous)
            pieces = [
                (d, p + (" " if i < len(pieces) - 1 else "")) for i, (d, p) in enumerate(pieces)
            ]
            previous = pieces[-1][0]
        for script, piece in pieces:
            if out and out[-1][0] == script:
                out[-1] = (script, out[-1][1] + piece)
            else:
                out.append((script, piece))
    return out


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Characters that would print as an empty box or a dotted circle: none may remain."""
    missing = []
    for deva, run in runs(text):
        name = (DEVA_BOLD if bold else DEVA) if deva else (LATIN_BOLD if bold else LATIN)
        font = _hb_font(name)
        buf = uharfbuzz.Buffer()
        buf.add_str(run)
        buf.guess_segment_properties()
        uharfbuzz.shape(font, buf, {})
        dotted = font.get_nominal_glyph(0x25CC)
        for info in buf.glyph_infos:
            if info.codepoint == 0 or (dotted is not None and info.codepoint == dotted):
                missing.append(run[min(info.cluster, len(run) - 1)])
    return missing


def printable(text: str) -> str:
    """The text with characters neither font has replaced by '?' (never a blank box)."""
    out = []
    for ch in text:
        if ch.isspace():
            out.append(" " if ch in "\t\r\n" else ch)
            continue
        name = DEVA if _is_devanagari(ch) else LATIN
        out.append(ch if _hb_font(name).get_nominal_glyph(ord(ch)) else "?")
    return "".join(out)


@dataclass
class ActualTexts:
    """Shaped glyph strings of the Devanagari words drawn in one document, and the words
    they spell; filled as the paragraphs are written, read as the text is drawn."""

    words: dict[str, str]

    def remember(self, run: str) -> None:
        for word in run.split():
            for font in (DEVA, DEVA_BOLD):
                shaped = shapeStr(word, font, 12)
                if isinstance(shaped, ShapedStr):
                    self.words[str(shaped)] = word

    def spelled(self, shaped: str) -> str | None:
        pieces = shaped.split(" ")
        if not any(p in self.words for p in pieces):
            return None
        return " ".join(self.words.get(p, p) for p in pieces)


def markup(text: str, actual: ActualTexts, bold: bool = False) -> str:
    """Paragraph markup for any mix of Hindi and English, each run in its own font."""
    parts = []
    for deva, run in runs(printable(text)):
        escaped = escape(run)
        if deva:
            actual.remember(run)
            face = DEVA_BOLD if bold else DEVA
            parts.append(f'<font name="{face}">{escaped}</font>')
        else:
            parts.append(escaped)
    return "".join(parts)


class _TextObject(PDFTextObject):  # type: ignore[misc]
    actual: ActualTexts

    def _textOut(self, text: Any, TStar: int = 0) -> None:  # noqa: N802, N803  (reportlab's names)
        spelled = (
            self.actual.spelled(str(text))
            if isinstance(text, ShapedStr) and self._fontname in (DEVA, DEVA_BOLD)
            else None
        )
        if spelled is None:
            super()._textOut(text, TStar)
            return
        utf16 = ("\ufeff" + spelled).encode("utf-16-be").hex().upper()
        self._code.append(f"/Span <</ActualText <{utf16}>>> BDC")
        super()._textOut(text, TStar)
        self._code.append("EMC")


def canvas_maker(actual: ActualTexts) -> Callable[..., Canvas]:
    """A reportlab canvas whose text objects add the ActualText spans."""

    class RxCanvas(Canvas):  # type: ignore[misc]
        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:  # noqa: N802
            text = _TextObject(self, x, y, direction)
            text.actual = actual
            return text

    return RxCanvas
