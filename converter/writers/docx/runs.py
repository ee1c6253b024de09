"""Runs of text: real characters, tabs as tab elements, East-Asian text with an East-Asian font.

Why the font hint on CJK runs: Word picks the glyphs for Chinese, Japanese
and Korean characters from ``w:eastAsia``; naming a CJK font on exactly the
runs that need it keeps every other run free of direct formatting.
"""
from __future__ import annotations

import re

from lxml.etree import _Element

from ...render.fonts import DOCX_EAST_ASIAN
from ...render.text import clean
from .ooxml import el, val

_EAST_ASIAN = re.compile("[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u9fff\ua960-\ua97f\uac00-\ud7ff"
                         "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]")
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def run(text: str, *, bold: bool = False, italic: bool = False, style: str | None = None) -> _Element:
    """A ``w:r``: ``\\t`` becomes a tab, ``\\n`` a line break; emphasis only where asked."""
    east_asian = bool(_EAST_ASIAN.search(text))
    props = el("w:rPr",
               val("w:rStyle", style) if style else None,
               el("w:rFonts", eastAsia=DOCX_EAST_ASIAN, hint="eastAsia") if east_asian else None,
               el("w:b") if bold else None,
               el("w:i") if italic else None)
    node = el("w:r", props if len(props) else None)
    for i, piece in enumerate(re.split(r"(\t|\n)", clean(text))):
        if i % 2:
            node.append(el("w:tab" if piece == "\t" else "w:br"))
        elif piece:
            t = el("w:t")
            t.text = piece
            if piece != piece.strip():
                t.set(_PRESERVE, "preserve")
            node.append(t)
    return node


def paragraph(style: str, *children: _Element | None) -> _Element:
    """A ``w:p`` in a named style, holding runs and hyperlinks."""
    return el("w:p", el("w:pPr", val("w:pStyle", style)), *children)


