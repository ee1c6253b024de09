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
from .dates import is_duration

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
    """Lower-case words; Turkish ``İ`` lowers to a plain ``i`` (Python gives ``i`` + a combining dot).

    ``Language(s)`` reads as ``languages`` (Europass writes its labels so).
    """
    text = text.replace("(s)", "s")
    return [("and" if w == "&" else w.replace("İ", "i").lower()) for w in _WORD.findall(text)]


#: ``学歴 / Education``, ``Formation | Education``: one heading written in two languages.
BILINGUAL = re.compile(r"\s+[/|｜]\s+|\s*／\s*")
#: ``… as of 2026年11月1日``, ``履歴書  2026年11月1日現在``: the date a form was filled in, beside its title.
_AS_OF = re.compile(r"(?:\s*\|\s*|\s+|^)(?:(?:as of|as at)\s+[^|]{4,30}"
                    r"|(?:(?:19|20)\d\d|令和|平成)\s?\S{0,2}年[^|]{0,12}(?:現在|時点))$", re.I)
_MAX_HALF_WORDS = 4
#: ``Опыт работы — 9 лет 11 месяцев``, ``Experience · 6 yrs``: the total time a profile export adds to a heading.
_TOTAL = re.compile(r"\s+[—–·-]\s+(?P<total>[^—–·-]{3,40})$")
_CJK_SPACED = re.compile(r"(?<=[\u3040-\u30ff\u3400-\u9fff])\s+(?=[\u3040-\u30ff\u3400-\u9fff])")
#: ``이 력 서``: Korean words are spaced, so only a heading of single letters was spaced out to fill its cell.
_LETTER_SPACED = re.compile(r"^[\uac00-\ud7af](?:\s+[\uac00-\ud7af])+$")
_SPACED_MAX = 12


@lru_cache(maxsize=4096)
def section_key(text: str, marked: bool = False) -> str | None:
    """The section key a heading names, or None.

    ``marked``: the layout says this line is a heading (``#``, setext,
    capitals, bold alone), so extra words around the phrase are tolerated.
    """
    found = _key_and_size(text, marked)
    return found[0] if found else None


def _key_and_size(text: str, marked: bool) -> tuple[str, int] | None:
    """The key a heading names and how many words its matching phrase has (the longest phrase wins)."""
    text = text.strip().rstrip(":：").strip()
    if _AS_OF.search(text):
        text = _AS_OF.sub("", text).strip()
        if not text:
            return "ignore", 1
    if not text or len(text) > 80:
        return None
    total = _TOTAL.search(text)
    if total and is_duration(total.group("total")):
        text = text[:total.start()]
    if len(text) <= _SPACED_MAX:
        text = _CJK_SPACED.sub("", text)  # ``学　歴``: a heading spaced out to fill its cell
        if _LETTER_SPACED.match(text):
            text = "".join(text.split())
    halves = BILINGUAL.split(text)
    if len(halves) == 2 and all(h.strip() for h in halves):
        return _bilingual(halves, marked)
    if _CJK.search(text):
        low = text.lower()  # ``自己PR``
        for phrase, key in _cjk_phrases():
            if phrase in low and len(text) <= len(phrase) + 6:
                return key, 1
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
                if strange == 0 or (marked and strange == 1 and n * 2 >= len(words) - 1
                                    and " ".join(phrase) not in vocab.whole_only_headings()):
                    rank = (strange == 0, n, sum(map(len, phrase)))
                    if best is None or rank > best[0]:
                        best = (rank, key)
    if best is not None:
        return best[1], best[0][1]
    if marked and "and" in words[1:-1]:  # ``Professional Development & Certifications``: the half that names a section
        k = words.index("and")
        for half in (words[:k], words[k + 1:]):
            found = _key_and_size(" ".join(half), marked)
            if found:
                return found
    if len(words) <= 2:
        singles = _single_words()
        for w in words:
            others = [x for x in words if x != w]
            if len(w) >= 6 and all(x in modifiers for x in others):
                for cand, key in singles.items():
                    if _near(w, cand):
                        return key, 1
    return None


def _bilingual(halves: list[str], marked: bool) -> tuple[str, int] | None:
    """``学歴 / Education``: the key of whichever half is known; if both are and differ, the longer phrase's.

    Why: Japanese rirekisho, Swiss and Belgian CVs head each section in two
    languages. A half the vocabulary does not know must still be short, so a
    sentence with a slash in it is not taken for a heading.
    """
    found = [_key_and_size(h, marked) for h in halves]
    known = [f for f in found if f]
    if not known:
        return None
    if len(known) == 1 and any(len(words_of(h)) > _MAX_HALF_WORDS or "," in h for h in halves):
        return None  # (``Languages | Java, SQL``: a skills table's row, its values listed beside the label)
    names = vocab.words("institutions") | vocab.words("organizations")
    if len(known) == 1 and any(not f and set(words_of(h)) & names for h, f in zip(halves, found, strict=True)):
        return None  # ``RIVERBEND UNIVERSITY | TEACHING ASSISTANT``: an employer beside a role (Deedy), an entry
    return max(known, key=lambda f: f[1])


_CELL = re.compile(r"\s*\|\s*|\s{2,}|　+")
_PAREN = re.compile(r"\s*[(（][^()（）]*[)）]\s*")


def _cell(text: str) -> str:
    """A header cell as looked up: ``年月 (Year/Month)`` → ``年月``."""
    return _PAREN.sub(" ", text).strip().lower()


@cache
def _year_columns() -> tuple[str, ...]:
    """The words that head a year column; each one a single word, so a header row holds it as written."""
    years = tuple(vocab.load("events")["columns"]["years"])
    return years if not any(" " in w or "(" in w for w in years) else ("",)  # ("": no words to rule out by)


def column_header(text: str) -> str | None:
    """``年 | 月 | 学歴・職歴``, ``年月 (Year/Month) | 内容 (Details)`` → the words after the date columns.

    Why: a rirekisho is a table whose header row names a year and a month
    column before the column it is about; that row is structure. Returns
    None when the line does not open with a year column, '' when nothing but
    column labels follows.
    """
    low = text.lower()
    if not any(word in low for word in _year_columns()):
        return None  # (the first cell names a year: most lines do not hold one of those words at all)
    columns = vocab.load("events")["columns"]
    cells = [c for c in _CELL.split(text.strip()) if c]
    if cells and _cell(cells[0]) not in columns["dates"]:
        cells = text.split()  # (``年 月 学歴・職歴``: a Word table's cells joined by single spaces)
    if not cells or _cell(cells[0]) not in columns["years"]:
        return None
    if _cell(cells[0]) not in columns["both"] and (len(cells) < 2 or _cell(cells[1]) not in columns["dates"]):
        return None  # (``Year 1 Representative``: a year column needs its month column)
    rest = [c for c in cells if _cell(c) not in columns["dates"] and _cell(c) not in columns["contents"]]
    words = " ".join(rest)
    return _PAREN.sub(" ", words).strip() or words  # (``学歴・職歴（各別にまとめて書く）``: the instruction is layout)
