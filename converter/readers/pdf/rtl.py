"""Right-to-left text read back: glyphs in drawing order → characters in reading order.

Why: a PDF places Arabic and Hebrew glyphs left to right as they are seen,
the last letter of a word first. PDFium turns some of that round itself
(letters of a word, often) but not all of it (the order of the words), and
hands its characters in an order whose x positions run backwards, which
breaks every left-to-right rule of :mod:`.layout`. So, first, each stretch
of a text line holding right-to-left letters is put in pure visual order
(by position); then, per segment, the Unicode bidirectional algorithm
(:mod:`converter.rtl`) gives the logical order, and Arabic presentation
forms (the joined letter shapes a producer draws) become base letters. Text
with no right-to-left letter passes through untouched.
"""
from __future__ import annotations

import unicodedata
from dataclasses import replace
from itertools import groupby

from ...rtl import has_rtl, logical_order
from .glyphs import Glyph

#: Glyphs whose baselines differ by less than this many font sizes are on one row.
_ROW_TOLERANCE = 0.3
#: Punctuation that follows a word with a space after it (Latin and Arabic comma, semicolon, colon, full stop).
_STOPS = frozenset(",;:.!?\u060c\u061b")
#: Each bracket → (its opening, its closing) form.
_PAIRS = {ch: pair for pair in ("()", "[]", "{}") for ch in pair}
_OPENING = frozenset("([{")
_AFTER_CLOSING = frozenset(",;:.!?)]}\u060c\u061b")
#: Arabic presentation forms A and B: a drawn letter shape, read back as its base letter(s).
_PRESENTATION = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFC))


def _strong(char: str) -> str:
    return unicodedata.bidirectional(char)


def in_visual_order(glyphs: list[Glyph | None]) -> list[Glyph | None]:
    """A page's glyph stream with each text line that holds right-to-left letters sorted left to right.

    A line is what PDFium puts between two line breaks (``None``); one whose
    glyphs do not share a baseline (PDFium joined two rows) is left as it is.
    """
    if not has_rtl("".join([g.char for g in glyphs if g is not None])):
        return glyphs
    out: list[Glyph | None] = []
    for is_break, run in groupby(glyphs, key=lambda g: g is None):
        line = list(run)
        if not is_break and any(has_rtl(g.char) for g in line) and _one_baseline(line):  # type: ignore[union-attr]
            line.sort(key=lambda g: g.x0)  # type: ignore[union-attr]
        out += line
    return out


def _one_baseline(line: list[Glyph]) -> bool:
    size = max(g.size for g in line)
    return max(g.base for g in line) - min(g.base for g in line) <= _ROW_TOLERANCE * size


def _base_level(chars: str) -> int:
    """The paragraph direction of a line seen in visual order.

    A line that starts (on the left) with a right-to-left letter was written
    right to left; one that ends with a left-to-right letter, left to right.
    Between (Latin on the left, Arabic on the right) the punctuation where
    they meet decides: written left to right, it follows the Latin word
    (``Haddad, ليلى``); written right to left, the Arabic word that
    (logically) precedes it (``Git :الأدوات``); with none, the script with
    more letters.
    """
    strong = [c for c in (_strong(ch) for ch in chars) if c in ("L", "R", "AL")]
    if not strong:
        return 0
    if strong[0] != "L":
        return 1
    if strong[-1] == "L":
        return 0
    # ``Git :الأدوات``: punctuation that sticks to the right-to-left word after it ends that word, read leftwards
    last_l = max(n for n, ch in enumerate(chars) if _strong(ch) == "L")
    between = chars[last_l + 1:next(n for n in range(last_l + 1, len(chars)) if _strong(chars[n]) in ("R", "AL"))]
    if any(ch in _STOPS for ch in between):
        return int(between[:1].isspace() and not between[-1:].isspace())
    return int(2 * strong.count("L") < len(strong))


def logical(glyphs: list[Glyph]) -> list[Glyph]:
    """One segment's glyphs (visual order) in reading order, presentation forms folded to base letters.

    Glyphs sharing one box are one drawn shape (PDFium splits a lam-alef
    ligature into lam and alef): they move together and keep their order.
    """
    if not has_rtl("".join([g.char for g in glyphs])):
        return glyphs
    units = [list(u) for _, u in groupby(glyphs, key=lambda g: (g.x0, g.x1, g.base))]
    keys = _bracket_shapes("".join(u[0].char[:1] or " " for u in units))
    shown, order = logical_order(keys, _base_level(keys))
    out = []
    for k, n in enumerate(order):
        unit = units[n]
        if len(unit) == 1 and shown[k] != unit[0].char:
            unit = [replace(unit[0], char=shown[k])]
        out += [replace(g, char=_fold(g.char)) if _presentation(g.char) else g for g in unit]
    return out


def _bracket_shapes(shown: str) -> str:
    """Each bracket as it looks on the page: opening before a word, closing after one.

    Why: PDFium mirrors some brackets in right-to-left text itself and not
    others, so ``(CBAP)`` can come as ``(CBAP(``; the bidirectional rules
    need the drawn shapes to give the written ones back.
    """
    out = list(shown)
    for n, ch in enumerate(shown):
        pair = _PAIRS.get(ch)
        if pair is None:
            continue
        before = shown[n - 1] if n else " "
        after = shown[n + 1] if n + 1 < len(shown) else " "
        if (before.isspace() or before in _OPENING) and not after.isspace():
            out[n] = pair[0]
        elif (after.isspace() or after in _AFTER_CLOSING) and not before.isspace():
            out[n] = pair[1]
    return "".join(out)


def _presentation(char: str) -> bool:
    return any(low <= ord(ch) <= high for ch in char for low, high in _PRESENTATION)


def _fold(char: str) -> str:
    return unicodedata.normalize("NFKC", char)
