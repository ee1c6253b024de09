"""Reader lines → cleaned items: the document pass before any classification.

Why a pass of its own: front matter, HTML comments, setext underlines,
Markdown heading marks, list markers and table rules are document syntax,
not content. Here they become cues on an :class:`Item` (heading level,
bullet, depth, bold), and lines that several entries were run together on
(PDF extraction) are split, so later steps see one thing per item.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Generic, TypeVar

from ..lines import Line
from . import bibtex, dates, tables
from .clean import clean_md, drop_navigation, is_caps, plain
from .contacts import URL, place_parts
from .gutter import split_columns
from .headings import section_key
from .vocab import words

_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-{2,})\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,}|(?:=\s*){3,})$")
#: Word's Symbol/Wingdings bullets as they come out of a .doc saved as text: the private-use codes of the usual
#: bullet glyphs (• ▪ ➢ ❖ ✓; other private-use glyphs are icons marking a field, read by icons.py) and the
#: Latin-1 letters of the same codes (``Ø``, ``§``, ``ü``, ``v``), the letters only before a capitalised word.
_WINGDINGS = r"[\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0d7\uf0ae]|[Ø§üv](?=\s+[A-Z])"
_BULLET = re.compile(r"^(?P<indent>\s*)(?P<mark>[-*+•·▪➢◦‣⁃–●■□○✓✔➤►▸»>❖◆◇→]|o(?=\s)|\(?\d{1,2}[.)](?!\d)"
                     rf"|\(?[a-z][.)](?=\s)|{_WINGDINGS})"
                     r"\s+(?P<rest>\S.*)$")
_ENUMERATED = re.compile(r"\(?(?:\d{1,2}|[a-z])[.)]")


def _numbered_heading(bullet: re.Match[str]) -> bool:
    """``1. EDUCATION``, ``b) SKILLS``: a numbered section name in capitals at the margin is a heading, not a list
    item (``1. AWS`` in a numbered list stays one)."""
    rest = bullet.group("rest")
    return not bullet.group("indent") and bool(_ENUMERATED.fullmatch(bullet.group("mark"))) and is_caps(rest) \
        and section_key(rest, True) is not None


def _boxed_heading(bullet: re.Match[str]) -> bool:
    """``■ 경력사항``, ``◆ Education``: a box or diamond at the margin before a section's name marks a heading
    (Korean and Japanese forms set every heading so); before anything else it is a bullet. (The caller also
    asks that it opens a block: after a blank line, or after a line that is no item of a list in that glyph.)"""
    return not bullet.group("indent") and bullet.group("mark") in "■□◆◇" \
        and section_key(bullet.group("rest")) not in (None, "ignore")


#: No-break spaces are spaces: they only keep a line from breaking, and a word joined by one must not look glued.
_NO_BREAK = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " "})
_FENCE = re.compile(r"^(?:`{3,}|~{3,})\s*[\w+-]*\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_GLUED_BOLD = re.compile(r"(?<=[^\s*])\*\*(?=[^\s*])")
_PAGE_MARK = re.compile(r"^(?:page|seite|página|pagina|p\.)\s*\d{1,3}(?:\s*(?:of|von|de|di|/)\s*\d{1,3})?$"
                       r"|^-\s*\d{1,3}\s*-$|^\d{1,3}\s*/\s*\d{1,3}$", re.I)
#: ``© European Union, 2002-2024 | europass.europa.eu | Page 1 / 2``: a running footer's other parts.
_FOOTER_PART = re.compile(r"^(?:©|\(c\)\s|copyright\b)", re.I)
_FOOTER_SEP = re.compile(r"\s+\|\s+|\s{3,}")
#: ``[ 01/09/2019 – Current ] Role``: Europass sets an entry's dates in brackets before its title.
_BRACKETED = re.compile(r"^(?P<indent>\s*)\[\s*(?P<dates>[^\[\]]{4,40}?)\s*\]\s*(?P<rest>.*)$")
#: Three or more spaces inside a plain-text line separate columns (a right-aligned date or place).
_COLUMN_GAP = re.compile(r"(?<=\S)[ \t]{3,}(?=\S)")
#: ``Python  PostgreSQL  Django``: two spaces (not after a sentence's end) between tags, when there are several.
_TAG_GAP = re.compile(r"(?<=[^\s.!?:;,])[ ]{2}(?=\S)")
_MIN_TAG_GAPS = 2
#: ``Programming  Python · C++ · Java``: a short label, a gap, then a dotted list (AltaCV's and Deedy's skills).
_LIST_LABEL = re.compile(r"^(?P<label>[^\W\d_][^·|:]{0,38}?[^\s.!?:;,·|])[ ]{2,}(?=\S[^|]* · )")
#: ``Date of Birth    : 14 March 2003``: colons aligned in a column belong to their label.
_ALIGNED_COLON = re.compile(r"(?<=\S)[ \t]{2,}([:：])(?=\s)")
#: ``Nombre:        Ana``: a label's values aligned in a column; that gap is the label's, not a column edge.
_ALIGNED_VALUE = re.compile(r"^([^:：|]{1,40}[:：])[ \t]{2,}(?=\S)")
_FRONT_KEY = re.compile(r"^(\w[\w-]*)\s*:\s*(.*)$")
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_T = TypeVar("_T")


class _once(Generic[_T]):
    """A property computed on first use and kept in the instance (functools.cached_property without its lock).

    Why: Python 3.11's cached_property takes a lock on every first use, which
    cost more than the values below; items are never shared between threads.
    """

    def __init__(self, func: Callable[[Item], _T]) -> None:
        self.func = func
        self.name = func.__name__

    def __get__(self, item: Item | None, owner: type | None = None) -> _T:
        if item is None:
            return self
        value = item.__dict__[self.name] = self.func(item)
        return value


@dataclass
class Item:
    """One cleaned unit of content: usually a source line, sometimes part of one or several joined."""

    md: str
    nums: tuple[int, ...]
    heading: int = 0
    bullet: bool = False
    depth: int = 0
    bold: bool = False
    italic: bool = False
    blank_before: bool = False
    #: How the heading was marked: "atx" (``#``), "setext" (underline), "cue" (reader), "" (not marked).
    mark: str = ""

    @_once
    def text(self) -> str:
        return plain(self.md)

    @_once
    def spans(self) -> list[dates.Span]:
        return dates.find_dates(self.text)

    @_once
    def date_only(self) -> bool:
        return dates.is_date_only(self.text, self.spans)

    @_once
    def words(self) -> list[str]:
        return _WORDS.findall(self.text)

    @property
    def caps(self) -> bool:
        return is_caps(self.text)


@dataclass
class Prepared:
    items: list[Item]
    #: Facts from YAML front matter: key → (value, line number).
    front: dict[str, tuple[str, int]]
    #: Line numbers dropped on purpose (front matter, comments, rules).
    dropped: set[int]


def _front_matter(lines: list[Line], front: dict, dropped: set[int]) -> int:
    """Skip a leading ``---`` YAML block, keeping its scalar facts; returns the first line index after it."""
    i = 0
    while i < len(lines) and not lines[i].text.strip():
        i += 1
    if i >= len(lines) or lines[i].text.strip() != "---":
        return 0
    for j in range(i + 1, min(len(lines), i + 80)):
        if lines[j].text.strip() in ("---", "..."):
            for line in lines[i:j + 1]:
                dropped.add(line.number)
                m = _FRONT_KEY.match(line.text.strip())
                if m and m.group(2):
                    front[m.group(1).lower()] = (m.group(2).strip().strip("\"'"), line.number)
            return j + 1
    return 0


def _split_glued(md: str) -> list[str]:
    """``… 07/2022**Next entry** …`` → two parts, at bold openings glued to the text before."""
    if "**" not in md:
        return [md]
    parts, last = [], 0
    for count, m in enumerate(re.finditer(r"\*\*", md)):
        if count % 2 == 0 and _GLUED_BOLD.match(md, m.start()) and m.start() > 0 and md[m.start() - 1] != "*":
            piece = md[last:m.start()].strip()
            if piece:
                parts.append(piece)
            last = m.start()
    parts.append(md[last:].strip())
    return [p for p in parts if p]


def _split_runs(md: str) -> list[str]:
    """``MSc X, Uni 2017 – 2018 BSc Y, Uni 2014 – 2017`` → one part per entry, cut after each range."""
    spans = [s for s in dates.find_dates(md) if s.is_range]
    if len(spans) < 2:
        return [md]
    parts, last = [], 0
    for a, b in pairwise(spans):
        between = md[a.stop:b.begin]
        if len(re.findall(r"[^\W\d_]{2,}", between)) >= 2:
            parts.append(md[last:a.stop].strip())
            last = a.stop
    parts.append(md[last:].strip())
    return [p for p in parts if p]


_EMPHASIS_THEN_TEXT = re.compile(r"^(?P<e>\*\*[^*]+\*\*|\*[^*]+\*|__[^_]+__)\s+(?P<rest>[^*_|\[\]]{3,60})$")


def _place_column(md: str) -> str:
    """``**Southwestern University** Georgetown, TX`` → ``… | Georgetown, TX``.

    Why: a place after an emphasised title stood in a right-hand column
    (LaTeX's ``\\hfill``); PDF extraction often loses the gap, and the title
    and the place then read as one name.
    """
    m = _EMPHASIS_THEN_TEXT.match(md) if md.startswith(("*", "_")) else None
    if m and place_parts(m.group("rest").strip()):
        return f"{m.group('e')} | {m.group('rest').strip()}"
    return md


def _whole(md: str, mark: str) -> bool:
    n = len(mark)
    return len(md) > 2 * n and md.startswith(mark) and md.endswith(mark) and mark not in md[n:-n] \
        and not md[n].isspace()


def prepare(lines: list[Line]) -> Prepared:
    """Clean every line and turn document syntax into cues."""
    front: dict[str, tuple[str, int]] = {}
    dropped: set[int] = set()
    lines = split_columns(lines)
    start = _front_matter(lines, front, dropped)
    items: list[Item] = []
    in_comment = False
    header: list[str] = []
    blank = True
    bars: list[str] = []  # the header cells of a plain-text table with column bars (no Markdown rule)
    n = len(lines)
    i = start
    while i < n:
        line = lines[i]
        raw = line.text.replace("\t", "    ").translate(_NO_BREAK)
        i += 1
        if in_comment or "<!--" in raw:
            raw, in_comment = _cut_comments(raw, in_comment)
            if not raw.strip():
                dropped.add(line.number)
                continue
        if line.right:
            raw = f"{raw} | {line.right}"
        stripped = raw.strip()
        if not stripped:
            blank = True
            continue
        if _FENCE.match(stripped):  # a code fence (```bibtex) is markup
            dropped.add(line.number)
            continue
        if bibtex.starts_entry(stripped):  # a BibTeX entry: one item, read field by field (bibtex.py)
            entry = lines[i - 1:i - 1 + bibtex.entry_length([ln.text for ln in lines[i - 1:i + 80]])]
            nums = tuple(ln.number for ln in entry)
            if bibtex.is_bookkeeping(stripped):
                dropped.update(nums)
            else:
                md = "\n".join(ln.text for ln in entry)
                items.append(Item(md, nums, blank_before=blank))
                dropped.update(bibtex.bookkeeping_lines(md, nums))
            i += len(entry) - 1
            blank = False
            continue
        if _RULE.match(raw) or (_TABLE_RULE.match(raw) and "|" in raw) or _PAGE_MARK.match(stripped) \
                or _footer(stripped):
            dropped.add(line.number)
            blank = True
            continue
        if stripped.startswith("|") and i < n and _TABLE_RULE.match(lines[i].text) and "|" in lines[i].text:
            header = tables.cells(stripped)  # a table: this is its header row
            dropped.add(line.number)
            continue
        if header and stripped.startswith("|"):
            for k, (text, is_bullet) in enumerate(tables.row_lines(header, tables.cells(stripped))):
                md = clean_md(text)
                if md:
                    items.append(Item(md, (line.number,), bullet=is_bullet, depth=1 if is_bullet else 0,
                                      blank_before=blank and k == 0))
            blank = False
            continue
        header = []
        columns = tables.aligned_header(raw) if "  " in stripped and not (line.indent or line.right) else None
        cut = tables.pipe_header(stripped) if "|" in stripped else None
        if cut:  # ``기간 | 회사명 | 직위 | 담당업무``: a flattened table's header names the columns of the rows below
            bars = cut
            dropped.add(line.number)
            continue
        if bars and 2 <= stripped.count("|") + 1 <= len(bars) and not stripped.startswith("|"):
            for k, (text, is_bullet) in enumerate(tables.row_lines(bars, [c.strip() for c in stripped.split("|")])):
                md = clean_md(text)
                if md:
                    items.append(Item(md, (line.number,), bullet=is_bullet, depth=1 if is_bullet else 0,
                                      blank_before=k == 0))
            blank = False
            continue
        if bars and not _BULLET.match(raw):
            bars = []  # (the table's rows, and the bullets under them, have ended)
        if columns and i < n and lines[i].text.strip() and len(tables.aligned_cells(lines[i].text)) >= 3:
            dropped.add(line.number)  # a space-aligned table: this is its header row
            names = [text for _, text in columns]
            while i < n and lines[i].text.strip() and len(tables.aligned_cells(lines[i].text)) >= 2:
                row = lines[i]
                for k, (text, is_bullet) in enumerate(tables.row_lines(names, tables.aligned_row(columns, row.text))):
                    md = clean_md(text)
                    if md:
                        items.append(Item(md, (row.number,), bullet=is_bullet, depth=1 if is_bullet else 0,
                                          blank_before=k == 0))
                i += 1
            blank = False
            continue
        heading, bullet, depth = line.heading, line.bullet, int(line.indent // 2)
        mark = "cue" if heading else ""
        nums = (line.number,)
        m = _ATX.match(raw)
        if m:
            heading, mark, raw = len(m.group(1)), "atx", m.group(2)
        elif i < n and _SETEXT.match(lines[i].text) and not _BULLET.match(raw) and (
                lines[i].text.strip()[0] == "=" or len(stripped) < 60):
            heading, mark = (1 if lines[i].text.strip()[0] == "=" else 2), "setext"
            nums = (line.number, lines[i].number)
            i += 1
        if not bullet and not line.indent:
            depth = (len(raw) - len(raw.lstrip(" "))) // 2
        if not heading:
            b = _BULLET.match(raw)
            above = _BULLET.match(lines[i - 2].text) if b and not blank and i >= 2 else None
            if b and (blank or not above or above.group("mark") != b.group("mark")) and _boxed_heading(b):
                raw = b.group("rest")
            elif b and not _numbered_heading(b):
                bullet = True
                depth = max(depth, len(b.group("indent")) // 2)
                raw = b.group("rest")
        if stripped.startswith("|") and stripped.endswith("|") and stripped.count("|") >= 2:
            raw = " | ".join(c.strip() for c in stripped.strip("|").split("|") if c.strip())
        bracketed = _BRACKETED.match(raw)
        if bracketed and dates.is_date_only(bracketed.group("dates")):
            rest, found = bracketed.group("rest"), bracketed.group("dates")  # (to the right, where dates usually stand)
            raw = f"{bracketed.group('indent')}{rest} | {found}" if rest else found
        if "|" not in raw:
            raw = raw.strip()
            if "  " in raw or "\t" in raw:  # (every gap read here is two blanks or more; most lines have none)
                listed = _LIST_LABEL.match(raw)
                if listed:  # ``Programming  Python · C++``: the gap after the label is a column's edge
                    raw = f"{listed.group('label')} | {raw[listed.end():]}"
                raw = _COLUMN_GAP.sub(" | ", _ALIGNED_VALUE.sub(r"\1 ", _ALIGNED_COLON.sub(r"\1", raw)))
                if len(_TAG_GAP.findall(raw)) >= _MIN_TAG_GAPS:
                    raw = _TAG_GAP.sub(" | ", raw)
        md = drop_navigation(clean_md(raw), words("navigation")).strip()
        if not heading and not bullet:
            b = _BULLET.match(md)  # a bullet that was LaTeX or an icon before clean-up
            if b and b.group("mark") in "•·▪➢◦‣●■":
                bullet, md = True, b.group("rest")
        md = md.lstrip("#").strip() if heading else md if bullet else _place_column(md)
        if not md or not any(c.isalnum() for c in md):
            dropped.add(line.number)
            continue
        parts = [run for part in _split_glued(md) for run in _split_runs(part)] if not bullet and not heading else [md]
        for k, part in enumerate(parts):
            bold = line.bold or _whole(part, "**") or _whole(part, "__")
            italic = line.italic or (not bold and (_whole(part, "*") or _whole(part, "_")))
            items.append(Item(part, nums, heading=heading, bullet=bullet, depth=depth, bold=bold,
                              italic=italic, blank_before=blank and k == 0, mark=mark))
        blank = False
    return Prepared(_indented_items(_join_ranges(items), lines), front, dropped)


_LIST_DEPTHS = range(1, 5)  # (two to nine spaces: deeper is a column, not a list)
_LABEL = re.compile(r"^[^:：]{1,30}[:：]\s")


def _indented_items(items: list[Item], lines: list[Line]) -> list[Item]:
    """``    Led the design …`` indented under an entry's line where no line has a bullet glyph: a list item.

    Why only there: a Word list saved as plain text loses its glyphs and keeps its indent, but where the
    author used glyphs an indented line without one continues the line above. A labelled detail
    (``Advisor: …``), a date, a section's name (``職　歴`` tabbed into a form), a line opening in lower
    case or one after a line left open (``Ecology,``) stays what it was. Only in plain text: a reader that
    measures indents (DOCX, PDF) also says which paragraphs are list items.
    """
    if any(it.bullet for it in items) or any(line.indent for line in lines):
        return items
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if it.depth in _LIST_DEPTHS and not it.heading and prev is not None \
                and (prev.depth < it.depth or (prev.bullet and prev.depth == it.depth)) \
                and not prev.md.rstrip().endswith((",", ";", "&", "-", "–", "—")) \
                and not it.text[:1].islower() and not it.date_only and not _LABEL.match(it.text) \
                and section_key(it.text) is None:
            it = replace(it, bullet=True)
        out.append(it)
    return out


def _join_ranges(items: list[Item]) -> list[Item]:
    """A date range wrapped after its dash (``Январь 2020 —`` / ``настоящее время``) is one item again.

    In a date column beside the entry (``Январь 2020 —  | ООО «Ветер»`` / ``настоящее время | Москва``) the
    end moves up into its column cell and the rest of its line stays where it was.
    """
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and not it.blank_before and not it.bullet and not prev.bullet:
            if dates.continues_range(prev.text, it.text):
                out[-1] = replace(prev, md=f"{prev.md} {it.md}", nums=prev.nums + it.nums)
                continue
            left, bar, right = prev.md.partition(" | ")
            cell, bar2, rest = it.md.partition(" | ")
            if bar and bar2 and dates.continues_range(plain(left), plain(cell)):
                out[-1] = replace(prev, md=f"{left} {cell} | {right}")
                it = replace(it, md=rest)
        out.append(it)
    return out


def _footer(text: str) -> bool:
    """A page number with only a copyright notice or a web address beside it: a running footer (layout)."""
    if "|" not in text and "   " not in text and text.isprintable():
        return False  # (no separator, so one part; printable text has no white space but the space: speed)
    parts = [p for p in _FOOTER_SEP.split(text) if p]
    marks = [p for p in parts if _PAGE_MARK.match(p)]
    return len(parts) >= 2 and len(marks) == 1 and all(
        p in marks or _FOOTER_PART.match(p) or URL.fullmatch(p) for p in parts)


def _cut_comments(raw: str, in_comment: bool) -> tuple[str, bool]:
    """Remove ``<!-- … -->`` parts of a line, tracking comments that span lines."""
    out = []
    pos = 0
    while pos < len(raw):
        if in_comment:
            end = raw.find("-->", pos)
            if end < 0:
                return "".join(out), True
            pos, in_comment = end + 3, False
        else:
            begin = raw.find("<!--", pos)
            if begin < 0:
                out.append(raw[pos:])
                break
            out.append(raw[pos:begin])
            pos, in_comment = begin + 4, True
    return "".join(out), in_comment


def words_in(text: str) -> list[str]:
    return _WORDS.findall(text)


__all__ = ["Item", "Prepared", "is_caps", "prepare", "words_in"]
