"""Text as every writer can set it: without the characters no page can show.

Why shared: a résumé string may hold control characters (NUL, form feed,
DEL …) pasted from another program, or — through the Python API — half a
UTF-16 surrogate pair. XML (DOCX) cannot hold them at all, a PDF would draw
each as a missing-glyph box, and UTF-8 cannot encode a surrogate. Both
visual writers pass their text through :func:`clean` so they agree.
Tabs and line breaks stay: they carry layout.
"""
from __future__ import annotations

import re

_UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """``text`` without control characters, lone surrogates and the two Unicode non-characters XML bars."""
    return _UNSHOWABLE.sub("", text)
