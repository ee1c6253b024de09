"""Rows in reading order → drafts of lines: text, cues, and the geometry to rejoin wraps.

Why drafts: a PDF has no paragraphs, only lines where the producer wrapped
the text. A line whose next line's first word would not have fitted at its
end was wrapped, so the two are one line of the source; joining them here
(and a word split by a line-end hyphen) hands the parser what a DOCX or a
text file would give for the same résumé. Heading levels come from the
ranking of font sizes over the whole document.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import groupby, pairwise

from ...lines import Line
from .._inline import Inline, Span, normalise, render
from .layout import BULLETS, SEGMENT_GAP, Block, Segment
from .rtl import logical

#: Lines this much larger than the body text are headings, ranked by size.
_HEADING_RATIO = 1.15
#: A short line starting with a letter; a heading when its letters are all capitals
#: (``str.isupper``: a cased letter is needed, so bold Chinese is not a heading).
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CAPS_HEADING = re.compile(r"^[^\W\d_].{1,40}$")
#: Set a little larger than the body, a bold capital line may be longer and still a heading
#: (``ARE YOU LEGALLY ELIGIBLE TO WORK IN CANADA?`` over its answer).
_LARGER_CAPS_HEADING = re.compile(r"^[^\W\d_].{1,70}$")
#: Lines this much larger than the body are set apart from it (a section title a little above body size).
_ABOVE_BODY = 1.03
_HYPHENATED = re.compile(r"[^\W\d_]-$")
#: Baselines further apart than this many font sizes start a new paragraph.
_LEADING = 1.6
#: Baselines this many font sizes further apart than the document's line pitch start one too:
#: space set between paragraphs (Word's space after, Vita's space before a second detail line).
_PARAGRAPH_GAP = 0.2
#: Runs set apart on one row by a wide gap are separate items (contact details, a date
#: column): written with the separator a person would type between them.
_ITEM_GAP = " · "
#: Word spaces this many times the document's usual mark a justified (so wrapped) line.
_STRETCHED = 1.2
#: Text narrower than this many body ems is a list of short items, not wrapped prose.
_MIN_MEASURE = 12
#: ``GPA: 3.9``, ``**Minor:** Music``: a labelled line starts a new field, never a wrap.
_LABEL = re.compile(r"^\**(?![a-z])[^\W\d_][\w .'/&-]{0,24}:\**\s")
#: Separators of a one-line list (contact details): a wrapped list rejoins with its own.
_SEPARATORS = (" · ", " | ", " • ", " ◦ ", " ⋅ ")
#: Han, kana, CJK punctuation and full-width forms: scripts written without spaces, so a
#: line wrapped between two of them rejoins with nothing (Hangul is written with spaces).
_SPACELESS = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


@dataclass(slots=True)
class Draft:
    """One row on its way to a Line, with the geometry (points) that wrapping needs."""

    spans: list[Span]
    bullet: bool
    right: str
    page: int
    block: int
    points: float
    x0: float
    x1: float
    base: float
    #: Where the row's text must end: the column edge, or just before its right run.
    limit: float
    first_word: float
    #: Left edge (a bullet's marker included), in body ems from the column's left edge.
    indent: float
    #: Lower-quartile word space in font sizes, and how many spaces it was measured on. Why not the
    #: median: justifying stretches every space of a line, while two wide gaps set on purpose between
    #: a title, its dates and its place (``Acme  05/2025  Ithaca, NY``) stretch only some.
    spacing: float = 0.0
    spaces: int = 0
    heading: int = 0
    _inline: Inline | None = field(default=None, repr=False)

    @property
    def inline(self) -> Inline:
        """The rendered text and whole-line emphasis, computed once."""
        if self._inline is None:
            self._inline = render(self.spans)
        return self._inline


def _text_glyphs(row: list[Segment]) -> tuple[list[Span], bool, float, float]:
    """The row's spans without a bullet marker, whether it had one, text start, first word width."""
    glyphs = [g for seg in row for g in seg.glyphs]
    bullet = len(glyphs) > 2 and glyphs[0].char in BULLETS and glyphs[1].char == " "
    if bullet:
        glyphs = glyphs[2:]
    spans = []
    for n, seg in enumerate(row):
        if n:
            gap = seg.x0 - row[n - 1].x1
            spans.append(Span(_ITEM_GAP if gap >= SEGMENT_GAP * seg.size else " "))
        inked = logical(seg.glyphs[2:] if bullet and n == 0 else seg.glyphs)
        for style, run in groupby(inked, key=lambda g: (g.bold, g.italic, g.url)):
            spans.append(Span("".join(g.char for g in run), *style))
    start = glyphs[0].x0 if glyphs else row[0].x0
    space = next((g.x0 for g in glyphs if g.char == " "), glyphs[-1].x1 if glyphs else start)
    return spans, bullet, start, space - start


def _drawn_bullet(marks: list[tuple[float, float, float, float]], start: float, base: float, size: float) -> bool:
    """A small drawn disc or square just left of the text, on its x-height: a list bullet."""
    return any(x1 <= start + 0.1 and start - x1 <= 2 * size and base - 0.1 * size <= (y0 + y1) / 2 <= base + 0.8 * size
               and x1 - x0 <= 0.5 * size for x0, y0, x1, y1 in marks)


def draft(row: list[Segment], block: Block, edge: float, body: float, block_id: int,
          marks: list[tuple[float, float, float, float]]) -> Draft:
    spans, bullet, start, first_word = _text_glyphs(row)
    bullet = bullet or _drawn_bullet(marks, start, row[0].base, row[0].size)
    rights = [s.right for s in row if s.right is not None]
    sizes = [g.size for s in row for g in s.glyphs if g.char.strip()]
    points = max(set(sizes), key=sizes.count) if sizes else body
    limit = min(r.x0 for r in rights) - SEGMENT_GAP * body if rights else edge
    indent = max(0.0, round((row[0].x0 - block.left) / body, 1))
    gaps = sorted(_word_gaps(row))
    return Draft(spans, bullet, " ".join(normalise(r.text).strip() for r in rights), row[0].page, block_id,
                 points, start, max(s.x1 for s in row), row[0].base, limit, first_word, indent,
                 gaps[len(gaps) // 4] if gaps else 0.0, len(gaps))


def _word_gaps(row: list[Segment]) -> list[float]:
    """Each word space of the row, as a share of its font size (justified text stretches them)."""
    found = []
    for seg in row:
        g = seg.glyphs
        found += [(g[i + 1].x0 - g[i - 1].x1) / max(g[i + 1].size, 1.0)
                  for i in range(1, len(g) - 1) if g[i].char == " " and g[i - 1].char != " " != g[i + 1].char]
    return found


def lift_stacked_rights(drafts: list[Draft]) -> None:
    """A date set under the place in the right column (RenderCV) belongs to the entry line.

    Two flush-right runs on consecutive rows are one stacked cell (place over
    date, or date over place); the row below is the entry's first bullet or
    its description, which has no date of its own. A place beside a detail
    line under a dated title line (Vita's own layout: the degree, then the
    place flush right) stays with that line.
    """
    for up, down in pairwise(drafts):
        if (down.right and up.right and not up.bullet and up.block == down.block
                and up.base - down.base <= _LEADING * up.points
                and not (down.inline.text and _YEAR.search(up.right) and not _YEAR.search(down.right))):
            up.right, down.right = f"{up.right} · {down.right}", ""


def rank_headings(drafts: list[Draft], body: float) -> None:
    """Heading levels: larger sizes rank first; bold capitals come next.

    Where some bold-capital lines are set larger than the body (section
    titles a little above body size), the bold capitals at body size are
    entries, not sections (a certificate ``NEBOSH IGC``). A bold line in a
    script with no capitals, set at the size of those headings, is one too.
    """
    big = sorted({round(d.points * 2) / 2 for d in drafts if d.points >= body * _HEADING_RATIO}, reverse=True)
    levels = {size: min(n + 1, 6) for n, size in enumerate(big)}
    caps_level = min(len(big) + 1, 6)
    for d in drafts:
        d.heading = levels.get(round(d.points * 2) / 2, 0)
    above = body * _ABOVE_BODY
    caps = [d for d in drafts if not d.heading and not d.bullet and d.inline.bold and d.inline.text.isupper()
            and (_LARGER_CAPS_HEADING if d.points > above else _CAPS_HEADING).match(d.inline.text)]
    floor = above if any(d.points > above for d in caps) else 0.0
    for d in caps:
        if d.points >= floor:
            d.heading = caps_level
    # a bold line in a script without capitals (``生年月日``), set at the size of those capital headings
    sizes = {round(d.points * 2) / 2 for d in caps if d.heading and d.points > above}
    for d in drafts:
        if (not d.heading and not d.bullet and d.inline.bold and round(d.points * 2) / 2 in sizes
                and _LARGER_CAPS_HEADING.match(d.inline.text) and not _cased(d.inline.text)):
            d.heading = caps_level


def _cased(text: str) -> bool:
    return any(c.lower() != c.upper() for c in text)


def _style_at(spans: list[Span], last: bool) -> tuple[bool, bool, str] | None:
    inked = [s for s in spans if s.text.strip()]
    if not inked:
        return None
    span = inked[-1] if last else inked[0]
    return span.bold, span.italic, span.url


def _wrap_edges(drafts: list[Draft], body: float) -> set[tuple[int, float]]:
    """(block, right edge in half points) that three or more long lines end on exactly: a justified column's edge.

    No line of the block starting where those lines start may run well past
    it: three short title lines of a ragged column can end on one x by
    chance, but a justified column's edge is where its text stops.
    """
    long = [d for d in drafts if d.spaces >= 3]
    ends = Counter((d.block, round(d.x1 * 2) / 2) for d in long)
    edges = set()
    for (block, x), n in ends.items():
        if n + ends.get((block, x - 0.5), 0) + ends.get((block, x + 0.5), 0) < 3:
            continue
        starts = {round(d.x0) for d in long if d.block == block and abs(d.x1 - x) <= 0.75}
        if not any(d.block == block and round(d.x0) in starts and d.x1 > x + body for d in long):
            edges.add((block, x))
    return edges


def _line_pitch(drafts: list[Draft]) -> float:
    """The document's line pitch in font sizes: the smallest baseline gap three or more pairs of rows share.

    Why the smallest: the rows of a wrapped paragraph are set at the pitch;
    rows further apart have space between them, so they are paragraphs.
    """
    gaps = Counter(round((a.base - b.base) / a.points * 20) / 20 for a, b in pairwise(drafts)
                   if a.block == b.block and a.base > b.base and abs(a.points - b.points) <= 0.5
                   and not (a.heading or b.heading))
    shared = [g for g, n in gaps.items() if n >= 3 and g >= 1.0]
    return min(shared) if shared else _LEADING


def _continues(prev: Draft, cur: Draft, body: float, spacing: float, edges: set[tuple[int, float]],
               pitch: float) -> bool:
    """``cur`` is the rest of ``prev``, wrapped by the producer.

    Wrapped text goes on in the style it broke in and starts at the same
    left edge; and either the first word of ``cur`` would not have fitted at
    the end of ``prev`` (before its flush-right date, if it has one), or
    ``prev`` is justified: its word spaces stretched past the document's
    usual ``spacing``, or it ends exactly on an edge where other long lines
    end too — which only lines that wrapped do.
    """
    if (prev.block != cur.block or cur.bullet or prev.heading != cur.heading or cur.right
            or abs(prev.points - cur.points) > 0.5
            or prev.base - cur.base > min(_LEADING, pitch + _PARAGRAPH_GAP) * prev.points
            or abs(cur.x0 - prev.x0) > 0.5 * body):
        return False
    if (_style_at(prev.spans, last=True) != _style_at(cur.spans, last=False)
            or prev.limit - prev.x0 < _MIN_MEASURE * body or _LABEL.match(cur.inline.text)):
        return False
    stretched = prev.spaces >= 3 and prev.spacing > _STRETCHED * spacing
    flush = prev.spaces >= 3 and (prev.block, round(prev.x1 * 2) / 2) in edges
    return stretched or flush or prev.x1 + 0.3 * cur.points + cur.first_word > prev.limit


def _right_wrapped(prev: Draft, cur: Draft, body: float) -> bool:
    """``cur`` is the rest of a flush-right cell (a long place under the dates) that wrapped.

    Both rows hold only that cell: they end together on the column's edge,
    start well in from its left, and keep one style; a date never goes on a
    place's line, so a row holding a year is a cell of its own.
    """
    return (prev.block == cur.block and not (prev.bullet or cur.bullet or prev.right or cur.right
                                             or prev.heading or cur.heading)
            and abs(prev.points - cur.points) <= 0.5 and prev.base - cur.base <= _LEADING * prev.points
            and min(prev.indent, cur.indent) >= _MIN_MEASURE
            and abs(prev.x1 - cur.x1) <= 0.5 * body and prev.limit - prev.x1 <= 0.5 * body
            and _style_at(prev.spans, last=True) == _style_at(cur.spans, last=False)
            and not _YEAR.search(prev.inline.text + " " + cur.inline.text))


def _hyphenated(prev: Draft, cur: Draft) -> bool:
    return (prev.block == cur.block and not cur.bullet and not prev.right
            and bool(_HYPHENATED.search(prev.inline.text)) and cur.inline.text[:1].islower())


def _spaceless_join(before: list[Span], after: list[Span]) -> bool:
    """The wrap fell between two characters of a script written without spaces."""
    last = next((s.text.rstrip()[-1] for s in reversed(before) if s.text.strip()), "")
    first = next((s.text.lstrip()[0] for s in after if s.text.strip()), "")
    return bool(_SPACELESS.match(last) and _SPACELESS.match(first))


def join_wrapped(drafts: list[Draft], body: float) -> list[Draft]:
    """Wrapped lines back into one; ``experi-`` + ``enced`` back into ``experienced``."""
    measured = sorted(d.spacing for d in drafts if d.spaces >= 3)
    spacing = measured[len(measured) // 2] if measured else 0.3
    edges = _wrap_edges(drafts, body)
    pitch = _line_pitch(drafts)
    out: list[Draft] = []
    for d in drafts:
        prev = out[-1] if out else None
        if prev is not None and _hyphenated(prev, d):
            cut = max(i for i, s in enumerate(prev.spans) if s.text.strip())
            spans = [*prev.spans[:cut], replace(prev.spans[cut], text=prev.spans[cut].text.rstrip()[:-1]), *d.spans]
        elif prev is not None and (_continues(prev, d, body, spacing, edges, pitch) or _right_wrapped(prev, d, body)):
            text = prev.inline.text
            glue = max(_SEPARATORS, key=text.count) if any(sep in text for sep in _SEPARATORS) \
                else "" if _spaceless_join(prev.spans, d.spans) else " "
            spans = [*prev.spans, Span(glue), *d.spans]
        else:
            out.append(d)
            continue
        out[-1] = replace(prev, spans=spans, right=prev.right or d.right, x1=d.x1, base=d.base, limit=d.limit,
                          _inline=None)
    return out


def to_line(d: Draft, body: float, number: int) -> Line:
    inline = d.inline
    return Line(inline.text, number, heading=d.heading, bold=inline.bold, italic=inline.italic,
                size=round(d.points / body, 2), indent=d.indent, bullet=d.bullet, right=d.right, page=d.page)
