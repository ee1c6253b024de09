"""Dates and date ranges in résumé text → the schema's ISO 8601 subset (MAPPING §2).

Why one scanner: dates anchor entries, so every line is scanned once for
date atoms (``Sep. 2021``, ``09/2021``, ``2021.09``, ``März 2020``,
``2020年3月``, ``2020년 3월``, ``平成29年4月``, ``2019 | 4 |`` (year and month columns), ``’21``,
``Summer 2024``, ``Present``), and neighbouring atoms
joined by a range word (``-``, ``–``, ``to``, ``bis``, ``~``, ``至``) become a
range. The regex is one alternation with bounded repeats, so it runs in
linear time on any input.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import vocab

_YEAR = r"(?:19|20)\d\d"
#: ``2021 r.`` (rok), ``1990 г.`` (год): a word for "year" written after it belongs to the date.
_YEAR_MARK = r"(?:[ ]?(?:r\.|г\.|гг\.))?"
#: Japanese eras and the year each began (``令和元年`` = 2019).
_ERA_START = {"令和": 2019, "平成": 1989, "昭和": 1926}
_ERAS = "|".join(_ERA_START)
#: A year column, then a month column (a rirekisho's table): the month stands between column gaps, or before
#: Japanese text when the columns were set with ideographic spaces (which the clean-up makes single spaces).
_CJK_CHAR = r"[\u3040-\u30ff\u3400-\u9fff]"
_COLUMN = rf"(?:[ ]{{2,}}|[ ]?\|[ ]?|[ ](?=\d{{1,2}}[ ]{_CJK_CHAR}))"
_COLUMN_END = rf"[ ]{{2,}}|[ ]?\||[ ]{_CJK_CHAR}"
#: Full-width, Arabic-Indic and Persian digits (``２０１４``, ``٢٠١٤``, ``۲۰۱۴``) read as ASCII ones.
_ASCII_DIGITS = str.maketrans("０１２３４５６７８９٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 3)


def _alternation(words: list[str] | frozenset[str]) -> str:
    """The words as one regex that prefers the longest, shaped as a trie (``s(?:ep(?:t(?:ember)?)?)``).

    Why a trie: a flat alternation of every month name in sixteen languages
    is tried word by word at each position; a trie rejects a position after
    one character.
    """
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie(tree) or "(?!)"


def _trie(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{'|'.join(branches)})"
    return f"{body}?" if "" in node else body


@dataclass(frozen=True, slots=True)
class Span:
    """One date or range found in a text, with where it was."""

    start: str
    end: str | None
    #: The range ends "to date" (Present, Now, heute …): no endDate.
    open: bool
    #: The end date is an expected one (``Expected June 2025``).
    expected: bool
    begin: int
    stop: int

    @property
    def is_range(self) -> bool:
        return self.open or self.end is not None


@cache
def _atom_re() -> re.Pattern[str]:
    months = _alternation(list(vocab.month_numbers()))
    seasons = _alternation(vocab.load("months")["seasons"]["words"])
    present_words = vocab.load("months")["present"]["words"]
    present = _alternation([w for w in present_words if w.isascii() or (w[0].isalpha() and ord(w[0]) < 0x2e80)])
    present_cjk_words = [w for w in present_words if w[0].isalpha() and ord(w[0]) >= 0x2e80]
    present_cjk = _alternation(present_cjk_words)
    # Every atom begins at a digit, a quote, a word's start (no letter before) or a CJK word that may follow
    # letters (an era, 至今): the lookahead says so first, so most places inside words fail at once (speed).
    # An alternative added below that can begin elsewhere must widen it.
    cjk_first = "".join(sorted({w[0] for w in (*present_cjk_words, *_ERA_START)}))
    return re.compile(
        rf"(?=\d|['’]|(?<![^\W\d_])|[{cjk_first}])(?:"
        rf"(?<![\d.])(?:(?P<cy>{_YEAR})|(?P<era>{_ERAS})\s?(?P<ey>元|\d{{1,2}}))\s?"
        rf"(?:[年년](?:\s?(?P<cm>1[0-2]|0?[1-9])\s?[月월](?:\s?(?P<cd>3[01]|[12]\d|0?[1-9])\s?[日일])?)?"
        rf"|{_COLUMN}(?P<em>1[0-2]|0?[1-9])(?={_COLUMN_END}))"
        rf"|(?<![\d.])(?P<da>\d{{1,2}})(?P<dsep>[./])(?P<db>\d{{1,2}})(?P=dsep)(?P<dy>{_YEAR})(?!\d)"
        rf"|(?<![\d.])(?P<iy>{_YEAR})(?P<isep>[-./])(?P<im>1[0-2]|0?[1-9])"
        rf"(?:(?P=isep)(?P<id>3[01]|[12]\d|0?[1-9]))?(?![\d])"
        rf"|(?<![\d.,/])(?P<mm>1[0-2]|0?[1-9])[ ]?[/.-][ ]?(?P<my>{_YEAR})(?![\d])"
        rf"|(?<![^\W\d_])(?:(?P<nd>[0-3]?\d)(?:\.|st|nd|rd|th)?[ ]?)?(?P<mn>{months})(?![^\W\d_])\.?"
        rf"(?:[ ]?(?P<nd2>[0-3]?\d)(?:st|nd|rd|th)?,)?[ ]?[,/]?[ ]?(?:de[ ]|of[ ])?(?P<ny>{_YEAR}|['’]\d\d)(?!\d)"
        rf"{_YEAR_MARK}"
        rf"|(?<![^\W\d_])(?P<season>{seasons})(?![^\W\d_])[ ]?(?P<sy>{_YEAR})(?:/(?P<s2>\d\d))?(?![\d/])"
        rf"(?:[ ]?\([ ]?(?P<sb>{months})\.?[ ]?[-–—][ ]?(?P<se>{months})\.?[ ]?\))?"
        rf"|(?<![\w./])(?P<ty>{_YEAR})/(?P<t2>\d\d)(?![\d/])"
        rf"|(?<![\w'’])['’](?P<ay>\d\d)(?![\d\w])"
        rf"|(?<![\w.])(?P<y>{_YEAR})(?![\d]){_YEAR_MARK}"
        rf"|(?P<now>(?<![^\W\d_])(?:{present})(?![^\W\d_])|{present_cjk}))",
        re.I,
    )


@cache
def _gap_re() -> re.Pattern[str]:
    words = vocab.load("months")
    rng = _alternation(words["range"]["words"])
    exp = _alternation(words["expected"]["words"])
    return re.compile(rf"\s{{0,3}}\(?(?:{rng})\.?\s{{0,3}}(?P<exp>(?:{exp})\.?\s{{0,2}}(?:in\s|:\s?)?\s?)?\s{{0,2}}",
                      re.I)


@cache
def _before_re() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = vocab.load("months")
    exp = _alternation(words["expected"]["words"])
    since = _alternation(words["since"]["words"])
    return (re.compile(rf"(?<![^\W\d_])(?:{exp})\.?\s{{0,2}}(?:in\s|on\s|:\s?)?\s{{0,2}}$", re.I),
            re.compile(rf"(?<![^\W\d_])(?:{since})\s{{0,2}}$", re.I))


def _two_digit(yy: str) -> str:
    n = int(yy)
    return str(2000 + n if n < 50 else 1900 + n)


def _iso(y: str, m: int | str | None = None, d: int | str | None = None) -> str:
    if m is None:
        return y
    m = int(m)
    if not 1 <= m <= 12:
        return y
    if d is None:
        return f"{y}-{m:02d}"
    try:
        dt.date(int(y), m, int(d))
    except ValueError:
        return f"{y}-{m:02d}"
    return f"{y}-{m:02d}-{int(d):02d}"


def _atom_value(m: re.Match[str]) -> str | None:
    """ISO date of one atom, or None for a "present" word."""
    g = m.groupdict()
    if g["era"]:  # ``平成29年4月``: a Japanese era year
        year = str(_ERA_START[g["era"]] + (1 if g["ey"] == "元" else int(g["ey"])) - 1)
        return _iso(year, g["cm"] or g["em"], g["cd"])
    if g["cy"]:  # ``2019年4月``, or a year column then a month column (``2019 | 4 |``)
        return _iso(g["cy"], g["cm"] or g["em"], g["cd"])
    if g["dy"]:
        a, b = int(g["da"]), int(g["db"])
        if g["dsep"] == "/" and (b > 12 >= a or (_month_first and a <= 12)):  # US month/day/year
            return _iso(g["dy"], a, b)
        return _iso(g["dy"], b, a)
    if g["iy"]:
        return _iso(g["iy"], g["im"], g["id"])
    if g["my"]:
        return _iso(g["my"], g["mm"])
    if g["mn"]:
        year = g["ny"]
        year = _two_digit(year[1:]) if not year[0].isdigit() else year
        month = vocab.month_numbers()[g["mn"].lower()]
        day = g["nd"] or g["nd2"]
        return _iso(year, month, day)
    if g["sy"]:
        return g["sy"]
    if g["ty"]:
        return g["ty"]
    if g["ay"]:
        return _two_digit(g["ay"])
    if g["y"]:
        return g["y"]
    return None


def _inner_range(m: re.Match[str]) -> tuple[str, str] | None:
    """(start, end) of an atom that holds a range of its own, or None.

    Why: a season's months in brackets (``Winter 2024 (Jun – Oct)``) say
    which months it was, and a season across the new year (``2021/22``, the
    next year's last two digits) runs from the one year to the next.
    """
    g = m.groupdict()
    if g["sb"]:
        months = vocab.month_numbers()
        first, last = months[g["sb"].lower()], months[g["se"].lower()]
        end_year = str(int(g["sy"]) + (last < first))  # (``Summer 2023 (Dec – Feb)``: into the next year)
        return _iso(g["sy"], first), _iso(end_year, last)
    year, yy = (g["ty"], g["t2"]) if g["ty"] else (g["sy"], g["s2"])
    if yy and int(yy) == (int(year) + 1) % 100:
        return year, str(int(year) + 1)
    return None


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around each year, widened to word edges and merged.

    Why: the atom pattern is a long alternation; trying it only near a year
    (every date has one) keeps long lines fast.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for m in _HAS_YEAR.finditer(text):
        a = text.rfind(" ", 0, max(0, m.start() - _REACH))
        b = text.find(" ", min(n, m.end() + _REACH))
        a, b = (0 if a < 0 else a), (n if b < 0 else b)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def find_dates(text: str) -> list[Span]:
    """Every date and date range in ``text``, in order.

    Why memoised: the classifier, the grouper and the field assigners all ask
    about the same few dated lines, dozens of times per résumé. The memo
    lives for one parse only (:func:`forget_dates`), so repeated parses of
    one text — and benchmarks — gain nothing from it.
    """
    if not text.isascii():
        text = text.translate(_ASCII_DIGITS)  # (one character for one: positions stay valid)
    if not _HAS_YEAR.search(text):  # every date names a year: most lines are skipped here
        return []
    return list(_find_dates(text))


def forget_dates(text: str = "", american: bool = False) -> None:
    """Start a parse with an empty memo (see :func:`find_dates`) and decide how its slash dates read.

    ``text`` is the whole document; ``american`` says it shows US signals
    (a US phone or state code). An ambiguous ``03/04/2024`` is read day first
    unless the document's unambiguous slash dates are month first
    (``12/25/2023``), or it has none either way and looks American.
    """
    global _month_first
    _find_dates.cache_clear()
    month_day = day_month = 0
    for m in _SLASH_DATE.finditer(text) if _SLASH_YEAR.search(text) else ():
        a, b = int(m.group(1)), int(m.group(2))
        month_day += b > _MONTHS >= a
        day_month += a > _MONTHS >= b
    _month_first = month_day > day_month if month_day != day_month else american and not day_month


_MONTHS = 12
#: What every slash date holds, found by a scan that skips to slashes (most documents have none: speed).
_SLASH_YEAR = re.compile(rf"/\d{{1,2}}/{_YEAR}")
_SLASH_DATE = re.compile(rf"(?<![\d./])(\d{{1,2}})/(\d{{1,2}})/{_YEAR}(?!\d)")
#: Read ambiguous slash dates month first (a US document): decided once per parse by :func:`forget_dates`.
_month_first = False


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[Span, ...]:
    atoms = [(m, _atom_value(m)) for start, end in _windows(text) for m in _atom_re().finditer(text, start, end)]
    gap = _gap_re()
    expected_before, since_before = _before_re()
    spans: list[Span] = []
    i = 0
    while i < len(atoms):
        m, value = atoms[i]
        if value is None:
            i += 1
            continue
        inner = _inner_range(m)
        if inner is not None:  # ``Winter 2024 (Jun – Oct)``, ``Ski season 2021/22``: one atom that is a range
            spans.append(Span(*inner, False, False, m.start(), m.end()))
            i += 1
            continue
        before = text[max(0, m.start() - 30):m.start()]
        if i + 1 < len(atoms):
            n, nvalue = atoms[i + 1]
            g = gap.fullmatch(text, m.end(), n.start())
            if g is None and nvalue is None and not text[m.end():n.start()].strip():
                g = _NO_GAP.match("")
            if g is not None and (nvalue is None or nvalue >= value[:4]):
                spans.append(Span(value, nvalue, nvalue is None, bool(g.group("exp")), m.start(), n.end()))
                i += 2
                continue
        if expected_before.search(before):
            spans.append(Span(value, None, False, True, m.start(), m.end()))
        elif since_before.search(before):
            spans.append(Span(value, None, True, False, m.start(), m.end()))
        else:
            spans.append(Span(value, None, False, False, m.start(), m.end()))
        i += 1
    return tuple(spans)


_REACH = 24
#: (Each branch opens with a plain character, so the regex engine skips to those: four times faster.)
_HAS_YEAR = re.compile(rf"19\d\d|20\d\d|'\d\d|’\d\d|{_ERAS}")
_NO_GAP = re.compile(r"(?P<exp>)")
_EXPECTED_WORDS = re.compile(r"(?<![^\W\d_])(?:expected(?:\s+in)?|since|seit|depuis|desde|dal|dès|voraussichtlich)"
                             r"(?![^\W\d_])\s*:?", re.I)
_EDGES = " ,;:|–—-~/·•、，；："
_LEFTOVER = re.compile(r"\(\s*\)|\[\s*\]")
_DIGIT = re.compile(r"\d")


@cache
def _duration_re() -> re.Pattern[str]:
    units = _alternation(vocab.load("months")["durations"]["words"])
    return re.compile(rf"(?:\b\d{{1,2}}\s?(?:{units})\.?(?![^\W\d_])\s?){{1,2}}", re.I)


@cache
def _joiners() -> frozenset[str]:
    return frozenset(vocab.load("months")["joiners"]["words"])


def is_duration(text: str) -> bool:
    """``4 yrs 8 mos``, ``3 года 2 месяца``: a length of time a profile export adds; it restates the dates."""
    return bool(_duration_re().fullmatch(text.strip(" ·•()")))


def strip_dates(text: str, spans: list[Span] | None = None, column: bool = False) -> str:
    """``text`` with its dates (and the words that framed them) taken out.

    ``column``: a date standing between two words separated them
    (``*Acme* 2021 – Present Bristol``), so a ``|`` takes its place.
    """
    spans = find_dates(text) if spans is None else spans
    if not spans:
        return text
    parts, last = [], 0
    since_before = _before_re()[1]
    for k, s in enumerate(spans):
        part = text[last:s.begin]
        if k and part.strip(" ,").lower() in _joiners():
            part = " "  # (``2015 i 2016``, ``sommaren 2014 och 2015``: the word joining two dates is theirs)
        parts.append(since_before.sub(" ", part))  # (``od marca 2021``, ``с сентября 2014``)
        last = s.stop
        if text[last:last + 1] == "." and text[last + 1:last + 2] in ("", " "):
            last += 1
    parts.append(text[last:])
    out = parts[0]
    for part in parts[1:]:
        before, after = out.rstrip()[-1:], part.lstrip()[:1]
        between = column and (before.isalnum() or before == "*") and after.isalnum() \
            and out.endswith(" ") and part.startswith(" ")
        out = f"{out} | {part}" if between else f"{out} {part}"
    out = _duration_re().sub(" ", out) if spans and _DIGIT.search(out) else out  # (a duration has a number)
    out = _EXPECTED_WORDS.sub(" ", out)
    out = _LEFTOVER.sub(" ", out)
    out = " ".join(out.split()).strip(_EDGES)  # (white space collapsed: Python's \s is str.isspace)
    return out.rstrip("(").lstrip(")").strip(_EDGES)


_DANGLING = re.compile(r"\s?[-–—]$")


def continues_range(first: str, second: str) -> bool:
    """``Январь 2020 —`` / ``настоящее время``: a range broken after its dash, its end on the next line.

    Why: hh.ru's exports and narrow date columns wrap a range after the dash;
    the two lines are one period (and the second, a bare ``Present``, is no
    date on its own).
    """
    if not _DANGLING.search(first) or len(second) > _REACH * 2 or not find_dates(first):
        return False
    spans = find_dates(f"{first} {second}")
    return len(spans) == 1 and spans[0].is_range and is_date_only(f"{first} {second}", spans)


def is_date_only(text: str, spans: list[Span] | None = None) -> bool:
    """The text says nothing but a date or dates."""
    spans = find_dates(text) if spans is None else spans
    if not spans:
        return False
    rest = strip_dates(text, spans)
    return not any(c.isalnum() for c in rest)
