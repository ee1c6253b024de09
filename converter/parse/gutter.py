"""Two columns printed side by side on one text line → one column after the other.

Why: a two-column page dumped as text (``pdftotext -layout``, a copy of a
sidebar template) shares each physical line between the sidebar and the
main column, separated by a run of spaces at the same character position:
``SKILLS          • Led the design of …``. Read line by line, every line
mixes two sections. The sign of such a gutter is several signals at once:
many lines start text at the same column after a run of spaces, almost no
line runs text across that column, and both sides hold section headings
of their own (a right-aligned date column never does). Then the left
column is read first, the right one after it, each keeping its indent.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lines import Line
from .dates import is_date_only
from .headings import section_key

_MIN_COLUMN = 12  # a gutter closer to the margin is a hanging indent, not a column
_MIN_SIDE_LINES = 4
_MAX_CROSSING = 0.08


_START = re.compile(r"(?<=  )\S")


def _starts(text: str) -> list[int]:
    """Columns where text begins after two or more spaces (or after leading indentation)."""
    return [m.start() for m in _START.finditer(text, _MIN_COLUMN)]


def _crosses(text: str, p: int) -> bool:
    return len(text) > p and text[p - 1] != " "


def _is_heading(text: str) -> bool:
    t = text.strip().rstrip(":：").strip()
    return bool(t) and len(t.split()) <= 4 and (t.isupper() or t.istitle()) and section_key(t, True) is not None


def _labels(filled: list[str], p: int) -> bool:
    """The left column labels the lines beside it (the classic Europass CV), it is no sidebar.

    Why: there a section heading stands alone at the margin, and the left
    column holds only the dates or labels of the text on the same line
    (``01/2015–Present    Software Engineer``); a sidebar has lines of its
    own (``SolidWorks``) with nothing beside them.
    """
    alone = [t.strip() for t in filled if t[:p].strip() and not t[p:].strip()]
    return bool(alone) and all(_is_heading(t) for t in alone)


def _gutter(texts: list[str]) -> int | None:
    """The column where a right-hand column starts, or None when the page has one column."""
    filled = [t for t in texts if t.strip()]
    if len(filled) < 2 * _MIN_SIDE_LINES:
        return None
    counts = Counter(p for t in filled for p in _starts(t))
    for p, n in counts.most_common(5):
        if n < _MIN_SIDE_LINES:
            break
        if sum(_crosses(t, p) for t in filled) > _MAX_CROSSING * len(filled):
            continue
        left = [t[:p] for t in filled if t[:p].strip()]
        right = [t[p:] for t in filled if not _crosses(t, p) and t[p:].strip()]
        if len(left) < _MIN_SIDE_LINES or len(right) < _MIN_SIDE_LINES:
            continue
        if any(_is_heading(t) for t in right) and any(_is_heading(t) for t in left):
            return p
    return None


def split_columns(lines: list[Line]) -> list[Line]:
    """Lines of a side-by-side two-column text page, left column first; other documents unchanged.

    Only lines with no reader cues are looked at: readers that know the
    layout (PDF, DOCX, HTML) already give lines in reading order.
    """
    if sum("  " in ln.text[_MIN_COLUMN - 2:] or "\t" in ln.text for ln in lines) < _MIN_SIDE_LINES:
        return lines  # (fast path: too few lines with a run of spaces to hold a second column)
    if any(ln.indent or ln.right or ln.heading or ln.bullet or ln.bold or ln.italic for ln in lines):
        return lines
    texts = [ln.text.replace("\t", "    ").rstrip() for ln in lines]
    p = _gutter(texts)
    if p is None:
        return lines
    if _labels([t for t in texts if t.strip()], p):
        return _beside(lines, texts, p)
    out: list[Line] = []
    left: list[Line] = []
    right: list[Line] = []
    for line, text in zip(lines, texts, strict=True):
        if _crosses(text, p):  # a full-width line ends the two-column block
            out += [*_columns(left, right), line]
            left, right = [], []
            continue
        left.append(Line(text[:p].rstrip(), line.number, page=line.page))
        right.append(Line(text[p:], line.number, page=line.page))
    return out + _columns(left, right)


def _beside(lines: list[Line], texts: list[str], p: int) -> list[Line]:
    """Each label read with the text beside it, in the form the parser reads best.

    A date goes after its title (the date column, ``Software Engineer
    01/2015–Present``); a heading's neighbour (``PERSONAL INFORMATION    Maria
    Rossi``) comes before the heading, at the top of the page; any other
    label is written ``Label: text`` (``Mother tongue(s): Italian``), after a
    heading of its own when it names a section (``Digital skills``).
    """
    out: list[Line] = []
    for line, text in zip(lines, texts, strict=True):
        left, right = text[:p].strip(), text[p:].strip()
        if not left or not right or _crosses(text, p):
            out.append(line)
            continue
        label = left.rstrip(":：")
        parts = [right, left] if _is_heading(left) else [f"{right}   {left}"] if is_date_only(left) else [
            f"{label}:", f"{label}: {right}"] if section_key(label, True) else [f"{label}: {right}"]
        out += [Line(part, line.number, page=line.page) for part in parts]
    return out


def _columns(left: list[Line], right: list[Line]) -> list[Line]:
    """The left column, a blank line (the columns are apart on the page), the right column."""
    if not left:
        return right
    return [*left, Line("", right[0].number, page=right[0].page), *right]
