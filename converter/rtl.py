"""Right-to-left text (Arabic, Hebrew …): the order its characters are drawn in.

Why here, shared by the PDF writer and the PDF reader: a PDF holds no
logical text, only glyphs placed left to right. The writer must draw an
Arabic line in *visual* order (the Unicode bidirectional algorithm, UAX #9,
applied to each wrapped line), and the reader must undo exactly that. Both
need the permutation, not just the reordered string, because each character
carries its font, weight and link; python-bidi's fast ``get_display`` gives
only the string, so its reference implementation (``bidi.algorithm``, the
same rules in pure Python, kept in the package) is run step by step here and
the permutation read off. Only text that holds a right-to-left character
pays for it.
"""
from __future__ import annotations

import re

from bidi import algorithm

#: Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic supplements, and their presentation forms.
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")


def has_rtl(text: str) -> bool:
    """True when ``text`` holds a right-to-left letter (the fast path's test)."""
    return _RTL.search(text) is not None


def base_level(text: str) -> int:
    """1 when the first strong letter of ``text`` is right-to-left (UAX #9 P2, P3), else 0."""
    return algorithm.get_base_level(text)


def visual_order(text: str, level: int | None = None) -> tuple[str, list[int]]:
    """``text`` as displayed on one line, and for each displayed character its index in ``text``.

    ``level`` is the paragraph's base level (0 left-to-right, 1 right-to-left);
    None takes it from the text. Brackets in right-to-left runs come out
    mirrored, as they are drawn.
    """
    storage = algorithm.get_empty_storage()
    storage["base_level"] = base_level(text) if level is None else level
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    index = {id(ch): n for n, ch in enumerate(storage["chars"])}
    algorithm.reorder_resolved_levels(storage, False)
    algorithm.apply_mirroring(storage, False)
    chars = storage["chars"]
    return "".join(ch["ch"] for ch in chars), [index[id(ch)] for ch in chars]
