"""Arabic and Hebrew in the PDF: letters joined, and each wrapped line drawn in visual order.

Why: reportlab draws characters one after another, left to right, in the
forms they are stored in. Arabic stored as base letters (``ليلى``) then shows
every letter isolated and the word backwards — unreadable, and read back
as nonsense. So, for text that holds a right-to-left letter only:

* :func:`shape` gives each Arabic letter its contextual form (initial,
  medial, final, isolated) and joins lam + alef into their ligature, using
  arabic-reshaper; the result is still in logical order, with the widths it
  will be drawn with, so reportlab wraps it correctly;
* :class:`BidiParagraph` reorders each line *after* wrapping, with the
  Unicode bidirectional algorithm (:mod:`converter.rtl`), so a paragraph
  that wraps keeps its first words on its first line, and English words
  inside an Arabic line stay left to right. Reordering before wrapping would
  put the end of the sentence on the first line.

Only the ligatures DejaVu Sans (the fallback font that carries Arabic) draws
are made: the four lam + alef forms; any other would show as an empty box.
"""
from __future__ import annotations

from functools import cache
from itertools import groupby
from typing import Any

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.ligatures import LIGATURES
from reportlab.platypus import Paragraph

from ...rtl import base_level, has_rtl, visual_order

#: lam + alef, lam + alef with hamza above or below, lam + alef with madda (U+FEF5–U+FEFC).
_LAM_ALEF = ("ARABIC LIGATURE LAM WITH ALEF", "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA ABOVE",
             "ARABIC LIGATURE LAM WITH ALEF WITH HAMZA BELOW", "ARABIC LIGATURE LAM WITH ALEF WITH MADDA ABOVE")


@cache
def _reshaper() -> ArabicReshaper:
    config: dict[str, Any] = {name: name in _LAM_ALEF for name, _ in LIGATURES}
    # keep the vowel marks the person wrote: deleting them (the package's default) changes the text
    config.update(delete_harakat=False, support_ligatures=True)
    return ArabicReshaper(configuration=config)


def shape(text: str) -> str:
    """``text`` with Arabic letters in their joined forms, still in logical order; other text unchanged."""
    return _reshaper().reshape(text) if has_rtl(text) else text


class BidiParagraph(Paragraph):
    """A Paragraph whose lines, once wrapped, are drawn in visual order when it holds right-to-left text.

    Wrapping and splitting across pages work on the logical lines reportlab
    made; only drawing sees the reordered copy.
    """

    def __init__(self, text: str, style: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(text, style, *args, **kwargs)
        # a piece split off at a page break is made with no text, from its lines: drawPara looks at those
        self._rtl = text is None or has_rtl(text)

    def drawPara(self, debug: int = 0) -> None:
        if not self._rtl:
            return super().drawPara(debug)
        logical = self.blPara
        texts = ["".join(getattr(f, "text", "") for f in line.words) if logical.kind else " ".join(line[1])
                 for line in logical.lines]
        joined = " ".join(texts)
        if not has_rtl(joined):
            return super().drawPara(debug)
        level = base_level(joined)
        lines = [_visual_frags(line, level) if logical.kind else _visual_words(line, level)
                 for line in logical.lines]
        self.blPara = logical.clone(lines=lines)
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_words(line: tuple[float, list[str]], level: int) -> tuple[float, list[str]]:
    """A line of a one-style paragraph (reportlab's kind 0: spare width, words) in visual order."""
    extra, words = line
    shown = visual_order(" ".join(words), level)[0]
    return extra, [w for w in shown.split(" ") if w]


def _visual_frags(line: Any, level: int) -> Any:
    """A line of a mixed-style paragraph (kind 1: styled fragments) in visual order.

    Each character keeps its fragment's font, colour and link; consecutive
    characters of one fragment are drawn as one piece. Fragments with no
    text (anchors) go first.
    """
    empty = [f for f in line.words if not getattr(f, "text", "")]
    chars = [(ch, f) for f in line.words for ch in getattr(f, "text", "")]
    shown, order = visual_order("".join(ch for ch, _ in chars), level)
    pieces = [(shown[k], chars[n][1]) for k, n in enumerate(order)]
    runs = [list(run) for _, run in groupby(pieces, key=lambda p: id(p[1]))]
    return line.clone(words=empty + [run[0][1].clone(text="".join(ch for ch, _ in run)) for run in runs])
