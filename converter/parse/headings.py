"""Section headings: which JSON Resume key a heading's words name (MAPPING §3).

Why phrases and not single words: ``Research Experience`` is work but
``Research Interests`` is the summary, so the longest matching phrase wins.
Words around the phrase must be harmless modifiers (``Other Selected
Experience``) unless the line is marked as a heading by its layout, and a
one-letter typo in a long word is forgiven (``SEVICES``).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from . import vocab

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|&")
_CJK = re.compile(r"[\u3400-\u9fff]")
MAX_HEADING_WORDS = 7


@cache
def _phrases_by_length() -> list[tuple[tuple[str, ...], str]]:
    table = vocab.heading_phrases()
    out = [(tuple(_WORD.findall(p)), key) for p, key in table.items() if not _CJK.search(p)]
    return sorted(out, key=lambda x: -len(x[0]))


@cache
def _phrases_by_first_word() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, key in _phrases_by_length():
        if words:
            index.setdefault(words[0], []).append((words, key))
    return index


@cache
def _cjk_phrases() -> list[tuple[str, str]]:
    table = vocab.heading_phrases()
    return sorted(((p, k) for p, k in table.items() if _CJK.search(p)), key=lambda x: -len(x[0]))


@cache
def _single_words() -> dict[str, str]:
    return {words[0]: key for words, key in _phrases_by_length() if len(words) == 1 and len(words[0]) >= 6}


def _near(a: str, b: str) -> bool:
    """Edit distance ≤ 1 (one letter dropped, added or changed)."""
    if abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def words_of(text: str) -> list[str]:
    """Lower-case words; Turkish ``İ`` lowers to a plain ``i`` (Python gives ``i`` + a combining dot)."""
    return [("and" if w == "&" else w.replace("İ", "i").lower()) for w in _WORD.findall(text)]


@lru_cache(maxsize=4096)
def section_key(text: str, marked: bool = False) -> str | None:
    """The section key a heading names, or None.

    ``marked``: the layout says this line is a heading (``#``, setext,
    capitals, bold alone), so extra words around the phrase are tolerated.
    """
    text = text.strip().rstrip(":：").strip()
    if not text or len(text) > 80:
        return None
    if _CJK.search(text):
        low = text.lower()  # ``自己PR``
        for phrase, key in _cjk_phrases():
            if phrase in low and len(text) <= len(phrase) + 6:
                return key
    words = words_of(text)
    if not words or len(words) > MAX_HEADING_WORDS:
        return None
    modifiers = vocab.heading_modifiers()
    best: tuple[tuple[bool, int, int], str] | None = None
    index = _phrases_by_first_word()
    for i, first in enumerate(words):
        for phrase, key in index.get(first, ()):
            n = len(phrase)
            if tuple(words[i:i + n]) == phrase:
                strange = sum(w not in modifiers for w in words[:i] + words[i + n:])
                if strange == 0 or (marked and strange == 1 and n * 2 >= len(words) - 1):
                    rank = (strange == 0, n, sum(map(len, phrase)))
                    if best is None or rank > best[0]:
                        best = (rank, key)
    if best is not None:
        return best[1]
    if marked and "and" in words[1:-1]:  # ``Professional Development & Certifications``: the half that names a section
        k = words.index("and")
        for half in (words[:k], words[k + 1:]):
            key = section_key(" ".join(half), marked)
            if key:
                return key
    if len(words) <= 2:
        singles = _single_words()
        for w in words:
            others = [x for x in words if x != w]
            if len(w) >= 6 and all(x in modifiers for x in others):
                for cand, key in singles.items():
                    if _near(w, cand):
                        return key
    return None
