"""Fonts for printed prescriptions: Noto Sans for Latin, and the face of each Indian
script the kiosk speaks (kiosk.domain.languages names them; the screens use the same).

Indian scripts must be shaped (conjuncts, vowel signs that sit before or around the
consonant, reph) or they print as broken letters: reportlab shapes TrueType text with
uharfbuzz when a paragraph style asks for it. No face covers two scripts, so text is
split into runs by script and each run gets its font. A word may hold runs of two
faces with no space between them: Lohit Odia has no digits or Latin punctuation, so in
"ଥରେ," the comma is Noto Sans. reportlab would shape such a word with the face of its
first run only (the comma becomes a missing glyph), so this module has reportlab's
paragraphs shape each run of a word with its own face and set the runs side by side.
A shaped glyph sequence no longer spells the words when copied out of the PDF, so each
shaped run is wrapped in an ActualText span that carries its real text: search, copy
and ``pdftotext`` then read the proper words.

A family without a Bold face (Lohit Odia) prints its bold as the Regular outlines
stroked a little thicker, so an Odia heading still stands out beside the English one.
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import uharfbuzz
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (
    ShapedFragWord,
    ShapedStr,
    TTFont,
    makeShapedFragWord,
    shapeStr,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import paragraph as _paragraph

from kiosk.domain import languages

LATIN, LATIN_BOLD = "RxLatin", "RxLatin-Bold"
DEVA = "RxDeva"


def face_name(script: str, bold: bool = False) -> str:
    """reportlab's name for a script's face: RxLatin, RxDeva, RxTelugu-Bold, ..."""
    base = {"Latin": LATIN, "Devanagari": DEVA}.get(script, f"Rx{script}")
    return f"{base}-Bold" if bold and not base.endswith("-Bold") else base


_FACES = {
    face_name(script, bold): (
        languages.font_for_script(script),
        "Bold" if bold and languages.has_bold(script) else "Regular",
    )
    for script in languages.scripts()
    for bold in (False, True)
}
# Bold faces drawn as the Regular outlines, stroked (the family has no Bold).
EMBOLDENED = frozenset(
    face_name(script, True) for script in languages.scripts() if not languages.has_bold(script)
)
EMBOLDEN_STROKE = 0.03  # the stroke's width, in em: each stem grows by that much
# A word space narrower than this (in thousandths of an em) is widened to it: Lohit
# Odia's is 125, so Odia words ran together; the Noto faces' are about 260.
WORD_SPACE = 250
_SCRIPT_OF_FACE = {
    face_name(script, bold): script for script in languages.scripts() for bold in (False, True)
}
SHAPED_FACES = frozenset(name for name, script in _SCRIPT_OF_FACE.items() if script != "Latin")


def paper_styles(script: str) -> tuple[str, ...]:
    """The styles of its family the paper prints a script with: Regular and Bold, or
    Regular alone for a family without Bold (its bold is the Regular, stroked)."""
    return tuple(dict.fromkeys(_FACES[face_name(script, bold)][1] for bold in (False, True)))


class FontMissingError(RuntimeError):
    """A font the printed prescription needs is not installed."""


def _is_letter(ch: str) -> bool:
    """Letters and the vowel signs and viramas that belong to a letter."""
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def _script(ch: str) -> str:
    return languages.script_of(ch)


def _fc_match(pattern: str, fields: str) -> str:
    if shutil.which("fc-match") is None:
        raise FontMissingError("fontconfig (fc-match) is not installed: install fontconfig")
    done = subprocess.run(  # noqa: S603  (fixed program, pattern built from constants)
        ["fc-match", "-f", fields, pattern],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    return done.stdout


def find_font(family: str, style: str) -> Path:
    """Ask fontconfig for a face; refuse a fallback to some other family."""
    families, _, file = _fc_match(f"{family}:style={style}", "%{family}|%{file}").partition("|")
    path = Path(file)
    if family not in families.split(",") or not path.is_file() or path.suffix.lower() != ".ttf":
        raise FontMissingError(
            f"the font '{family} {style}' is not installed: install "
            f"{languages.package_for_font(family)}"
        )
    return path


def screen_problem(script: str) -> str:
    """Why Qt would not draw a script with the registry's screen font ("" when it will).

    Qt counts a font as one for an Indian script only when fontconfig's capability
    string for it names the script's first-generation OpenType tag (``orya``, ``taml``);
    a font naming only the new tag (``ory2``) is left out of Qt's list for that script,
    whatever it can draw."""
    family = languages.screen_font_for_script(script)
    tag = languages.QT_OPENTYPE_TAGS.get(script)
    if tag is None:
        return ""
    families, _, capability = _fc_match(family, "%{family}|%{capability}").partition("|")
    if family not in families.split(","):
        return f"{family} is not installed"
    if f"otlayout:{tag}" not in capability.split():
        return f"Qt does not take {family} for {script}: its OpenType tables lack '{tag}'"
    return ""


_registered: dict[str, Path] = {}


def register_script(script: str) -> dict[str, Path]:
    """Register a script's two faces with reportlab, once per process."""
    for bold in (False, True):
        name = face_name(script, bold)
        if name not in _registered:
            path = find_font(*_FACES[name])
            font = TTFont(name, str(path))
            _widen_space(font)
            pdfmetrics.registerFont(font)
            _registered[name] = path
    return {name: _registered[name] for name in (face_name(script), face_name(script, True))}


def _widen_space(font: TTFont) -> None:
    """Give a face with a narrow word space a normal one. reportlab takes both the line
    layout and the PDF's glyph widths from these figures, so the two stay in step; the
    space glyph draws nothing, so only the gap changes."""
    widths = font.face.charWidths
    for space in (0x20, 0xA0):
        if space in widths and widths[space] < WORD_SPACE:
            widths[space] = WORD_SPACE


def postscript_name(script: str, bold: bool = False) -> str:
    """The name the PDF gives a script's face (what ``pdffonts`` lists, after the subset
    tag): NotoSansTamil-Bold, Lohit-Odia."""
    register_script(script)
    name = pdfmetrics.getFont(face_name(script, bold)).face.name
    return name.decode() if isinstance(name, bytes) else str(name)


def register_fonts(codes: tuple[str, ...] = ("en", "hi")) -> dict[str, Path]:
    """Register the faces a paper in these languages needs (Latin always); other
    scripts are registered when a text needs them. Returns every face registered."""
    for script in ("Latin", *languages.scripts(codes)):
        register_script(script)
    return dict(_registered)


@functools.cache
def _hb_font(name: str) -> uharfbuzz.Font:
    register_script(_SCRIPT_OF_FACE[name])
    blob = uharfbuzz.Blob.from_file_path(str(_registered[name]))
    return uharfbuzz.Font(uharfbuzz.Face(blob))


def _has(script: str, ch: str) -> bool:
    return _hb_font(face_name(script)).get_nominal_glyph(ord(ch)) is not None


def _word_pieces(word: str, before: str) -> list[tuple[str, str]]:
    """One word (no spaces) as runs of one script each. Digits and signs take the script
    of the letters around them (or of the word before, ``before``), unless that script's
    face lacks them (like °)."""
    first = next((_script(ch) for ch in word if _is_letter(ch)), before)
    pieces: list[tuple[str, str]] = []
    current = first
    for ch in word:
        script = _script(ch) if _is_letter(ch) else current
        if script != "Latin" and not _is_letter(ch) and not _has(script, ch):
            script = "Latin"
        if pieces and pieces[-1][0] == script:
            pieces[-1] = (script, pieces[-1][1] + ch)
        else:
            pieces.append((script, ch))
        current = script if _is_letter(ch) else current
    return pieces


def runs(text: str) -> list[tuple[str, str]]:
    """Split text into (script, run) pieces, each drawn with one font. Where the face
    changes inside a word ("BP/शुगर", or "ଥରେ," whose comma Lohit Odia lacks) the runs
    touch: the paragraph shapes each with its own face (``shape_frag_word``)."""
    out: list[tuple[str, str]] = []
    previous = "Latin"
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            pieces = [(out[-1][0] if out else "Latin", token)]
        else:
            pieces = _word_pieces(token, previous)
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
    for script, run in runs(text):
        font = _hb_font(face_name(script, bold))
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
    """The text with characters no font has replaced by '?' (never a blank box)."""
    out = []
    for ch in text:
        if ch.isspace():
            out.append(" " if ch in "\t\r\n" else ch)
            continue
        if ch in "\u200c\u200d":  # zero-width (non-)joiners steer shaping; keep them
            out.append(ch)
            continue
        out.append(ch if _has(_script(ch), ch) else "?")
    return "".join(out)


_reportlab_shape = _paragraph.shapeFragWord


def shape_frag_word(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """reportlab's word shaping, one face at a time. A paragraph word is a list: its
    width, then (fragment, text) pieces. reportlab shapes all the pieces' text with
    the first piece's face, which draws another face's characters as missing glyphs;
    here each run of pieces in one face is shaped by itself (by reportlab), and the
    shaped runs are put back together in order, with the word's width their sum."""
    if isinstance(word, ShapedFragWord):
        return word  # type: ignore[no-any-return]
    groups: list[list[Any]] = []
    for piece in word[1:]:
        fragment = piece[0]
        if hasattr(fragment, "cbDefn"):  # an image or link mark: leave the word to reportlab
            return _reportlab_shape(word, *args, **kwargs)  # type: ignore[no-any-return]
        if groups and groups[-1][-1][0].fontName == fragment.fontName:
            groups[-1].append(piece)
        else:
            groups.append([piece])
    if len(groups) < 2:
        return _reportlab_shape(word, *args, **kwargs)  # type: ignore[no-any-return]
    merged = makeShapedFragWord(word)([0.0])
    for group in groups:
        width = sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in group)
        shaped: list[Any] = _reportlab_shape([width, *group], *args, **kwargs)
        merged[0] += shaped[0]
        merged.extend(shaped[1:])
    return merged  # type: ignore[no-any-return]


# Paragraphs look the function up in their module as they break lines.
_paragraph.shapeFragWord = shape_frag_word


@dataclass
class ActualTexts:
    """Shaped glyph strings of the Indic words drawn in one document, and the words
    they spell; filled as the paragraphs are written, read as the text is drawn."""

    words: dict[str, str]

    def remember(self, run: str, script: str) -> None:
        for word in run.split():
            for bold in (False, True):
                shaped = shapeStr(word, face_name(script, bold), 12)
                if isinstance(shaped, ShapedStr):
                    self.words[str(shaped)] = word

    def spelled(self, shaped: str) -> str | None:
        pieces = shaped.split(" ")
        if not any(p in self.words for p in pieces):
            return None
        return " ".join(self.words.get(p, p) for p in pieces)


def markup(text: str, actual: ActualTexts, bold: bool = False) -> str:
    """Paragraph markup for any mix of scripts, each run in its own font."""
    parts = []
    for script, run in runs(printable(text)):
        escaped = escape(run)
        if script != "Latin":
            actual.remember(run, script)
            parts.append(f'<font name="{face_name(script, bold)}">{escaped}</font>')
        else:
            parts.append(escaped)
    return "".join(parts)


class _TextObject(PDFTextObject):  # type: ignore[misc]
    actual: ActualTexts

    def _textOut(self, text: Any, TStar: int = 0) -> None:  # noqa: N802, N803  (reportlab's names)
        if self._fontname not in EMBOLDENED:
            self._spelled_out(text, TStar)
            return
        # Fill and stroke the outlines in the text's colour, then put the stroke back.
        canvas = self._canvas
        colour = getattr(self, "_fillColorObj", canvas._fillColorObj)
        rgb = (colour.red, colour.green, colour.blue) if hasattr(colour, "red") else colour
        stroke = EMBOLDEN_STROKE * self._fontsize
        self._code.append(f"{fp_str(*rgb)} RG {fp_str(stroke)} w 2 Tr")
        self._spelled_out(text, TStar)
        self._code.append(f"0 Tr {fp_str(canvas._lineWidth)} w")
        self.setStrokeColor(canvas._strokeColorObj)

    def _spelled_out(self, text: Any, star: int) -> None:
        spelled = (
            self.actual.spelled(str(text))
            if isinstance(text, ShapedStr) and self._fontname in SHAPED_FACES
            else None
        )
        if spelled is None:
            super()._textOut(text, star)
            return
        utf16 = ("\ufeff" + spelled).encode("utf-16-be").hex().upper()
        self._code.append(f"/Span <</ActualText <{utf16}>>> BDC")
        super()._textOut(text, star)
        self._code.append("EMC")


def canvas_maker(actual: ActualTexts) -> Callable[..., Canvas]:
    """A reportlab canvas whose text objects add the ActualText spans."""

    class RxCanvas(Canvas):  # type: ignore[misc]
        def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> PDFTextObject:  # noqa: N802
            text = _TextObject(self, x, y, direction)
            text.actual = actual
            return text

    return RxCanvas
