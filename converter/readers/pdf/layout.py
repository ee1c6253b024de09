"""Glyphs → segments → rows → columns: a page's text in reading order.

Why geometry and not PDFium's own text order: a PDF draws text in whatever
order its producer liked. A date set flush right is often drawn after the
whole page, a sidebar may be drawn line by line interleaved with the main
column, and a heading may be drawn last. Rebuilding lines from baselines and
finding column gutters from the empty vertical strips between them gives the
order a reader's eye takes, whatever the producer did.

Terms: a *segment* is a run of glyphs on one baseline with no wide gap; a
*row* is the segments sharing a baseline; a *band* is a stretch of rows that
a vertical gutter splits into two independent columns.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .glyphs import Glyph, Page

#: A gap wider than this many font sizes ends a segment (a tab stop, a gutter).
SEGMENT_GAP = 1.2
#: A gap wider than this (no space glyph drawn) is still a word space.
_WORD_GAP = 0.2
#: Baselines closer than this many font sizes are one row.
_ROW_TOLERANCE = 0.3
#: Font sizes further apart than this ratio are different roles, never one line.
_SIZE_STEP = 1.15
#: Flush-right runs longer than this are text, not a date or place.
_RIGHT_MAX_CHARS = 40
BULLETS = frozenset("•◦▪▫‣●○■□►▶➢➤✓✔∙·–-*")


@dataclass(slots=True)
class Segment:
    """Glyphs on one baseline without a wide gap (``" "`` glyphs mark word spaces)."""

    glyphs: list[Glyph]
    page: int
    #: A short run set flush right on the same row (a date), attached here.
    right: Segment | None = None

    @property
    def x0(self) -> float:
        return self.glyphs[0].x0

    @property
    def x1(self) -> float:
        return max(g.x1 for g in self.glyphs)

    @property
    def base(self) -> float:
        return self.glyphs[0].base

    @property
    def size(self) -> float:
        return max(g.size for g in self.glyphs)

    @property
    def text(self) -> str:
        return "".join(g.char for g in self.glyphs)


@dataclass(slots=True)
class Block:
    """Rows read one after the other; ``left`` is the text column's left edge.

    ``edge`` is the right edge text wraps at when it is known to differ from
    the page's: the left column of a two-column band ends at its gutter.
    """

    left: float
    rows: list[list[Segment]] = field(default_factory=list)
    edge: float = 0.0


def _space_like(g: Glyph) -> Glyph:
    return Glyph(" ", g.x0, g.x0, g.base, g.size, g.bold, g.italic, g.url)


def segments(page: Page) -> list[Segment]:
    """Split the page's glyph stream wherever the baseline moves or a wide gap opens."""
    found: list[Segment] = []
    current: list[Glyph] = []
    space = False
    for g in page.glyphs:
        if g is None:
            space = False
            if current:
                found.append(Segment(current, page.number))
                current = []
            continue
        if not g.char.strip():
            space = bool(current)
            continue
        if current:
            last = current[-1]
            size = max(g.size, last.size, 1.0)
            gap = g.x0 - last.x1
            if (abs(g.base - last.base) > _ROW_TOLERANCE * size or g.x0 < last.x0 - 0.3 * size
                    or gap > SEGMENT_GAP * size or _resized(g.size, last.size)):
                found.append(Segment(current, page.number))
                current, space = [], False
            elif space or gap > _WORD_GAP * size:
                current.append(_space_like(g))
        space = False
        current.append(g)
    if current:
        found.append(Segment(current, page.number))
    return found


def _resized(a: float, b: float) -> bool:
    """Type this much larger or smaller plays another role (a section label beside an entry title)."""
    return max(a, b) > _SIZE_STEP * min(a, b)


def split_by_size(row: list[Segment]) -> list[list[Segment]]:
    """A row whose runs are set in different sizes, as one row per size run, left to right.

    Why: a layout with section labels in a left margin (``Work`` beside
    ``Senior Data Engineer``) puts two lines of different roles on one
    baseline; the heading must stay a line of its own.
    """
    parts = [[row[0]]]
    for seg in row[1:]:
        if _resized(seg.size, parts[-1][-1].size):
            parts.append([seg])
        else:
            parts[-1].append(seg)
    return parts


def rows(segs: list[Segment]) -> list[list[Segment]]:
    """Segments grouped by baseline, top row first, each row left to right."""
    ordered = sorted(segs, key=lambda s: -s.base)
    grouped: list[list[Segment]] = []
    for seg in ordered:
        if grouped and abs(grouped[-1][0].base - seg.base) <= _ROW_TOLERANCE * min(seg.size, grouped[-1][0].size):
            grouped[-1].append(seg)
        else:
            grouped.append([seg])
    return [sorted(r, key=lambda s: s.x0) for r in grouped]


def body_size(pages_segments: list[list[Segment]]) -> float:
    """The most common font size, weighted by glyphs: the body text's size."""
    counts: Counter[float] = Counter()
    for segs in pages_segments:
        for seg in segs:
            for g in seg.glyphs:
                counts[round(g.size * 2) / 2] += 1
    return counts.most_common(1)[0][0] if counts else 10.0


def attach_right_runs(page_rows: list[list[Segment]], body: float, edge: float) -> list[list[Segment]]:
    """Move short runs set flush with the document's right ``edge`` (dates, places) onto the segment before them.

    Why the document's edge, not the page's: on a page of short lines (a
    skills grid) the widest row is not flush right, and its last item is not a date.
    """
    out = []
    for row in page_rows:
        if len(row) >= 2:
            last, prev = row[-1], row[-2]
            if (last.x1 >= edge - 0.5 * body and last.x0 - prev.x1 >= SEGMENT_GAP * body
                    and len(last.text.strip()) <= _RIGHT_MAX_CHARS and prev.right is None):
                prev.right = last
                row = row[:-1]
        out.append(row)
    return out


def merge_bullets(page_rows: list[list[Segment]]) -> list[list[Segment]]:
    """A lone bullet glyph joins the text that follows it on its row."""
    out = []
    for row in page_rows:
        merged: list[Segment] = []
        for seg in row:
            if merged and merged[-1].text.strip() in BULLETS and len(merged[-1].text.strip()) == 1:
                marker = merged.pop()
                seg = Segment([*marker.glyphs, _space_like(seg.glyphs[0]), *seg.glyphs], seg.page, seg.right)
            merged.append(seg)
        out.append(merged)
    return out


def _band(page_rows: list[list[Segment]], body: float) -> tuple[int, int, float] | None:
    """The longest stretch of rows that a vertical gutter splits into two columns.

    A gutter at ``cx`` is a left edge shared by three or more segments that no
    segment crosses for several rows, with text on both sides. If most rows
    have text on both sides on the same baseline, it is a table (date | entry)
    read row by row, not two columns.
    """
    starts = Counter(round(s.x0 / 2) * 2 for r in page_rows for s in r)
    left_edge = min(s.x0 for r in page_rows for s in r)
    best: tuple[int, int, float] | None = None
    for cx, count in starts.items():
        if count < 3 or cx <= left_edge + 2 * body:
            continue
        crossed = [any(s.x0 < cx - 2 and s.x1 > cx + 2 for s in r) for r in page_rows]
        i = 0
        while i < len(page_rows):
            if crossed[i]:
                i += 1
                continue
            j = i
            while j < len(page_rows) and not crossed[j]:
                j += 1
            band = page_rows[i:j]
            left_rows = sum(1 for r in band if any(s.x1 <= cx + 2 for s in r))
            right_rows = sum(1 for r in band if any(s.x0 >= cx - 2 for s in r))
            at_gutter = sum(1 for r in band for s in r if abs(s.x0 - cx) <= 2)
            both = sum(1 for r in band if any(s.x1 <= cx + 2 for s in r) and any(s.x0 >= cx - 2 for s in r))
            if (left_rows >= 2 and right_rows >= 2 and at_gutter >= 2
                    and both <= 0.6 * min(left_rows, right_rows) and (best is None or j - i > best[1] - best[0])):
                best = (i, j, float(cx))
            i = j
    return best


def _block(page_rows: list[list[Segment]]) -> Block:
    """A block whose left edge is where most of its rows start (bigger type overhangs)."""
    starts = Counter(round(r[0].x0) for r in page_rows)
    return Block(float(starts.most_common(1)[0][0]), page_rows)


def reading_order(page_rows: list[list[Segment]], body: float) -> list[Block]:
    """Blocks in reading order: full-width stretches, and each column of a band in turn."""
    if not page_rows:
        return []
    band = _band(page_rows, body)
    if band is None:
        return [_block(page_rows)]
    i, j, cx = band
    left = rows([s for r in page_rows[i:j] for s in r if s.x0 < cx - 2])
    right = rows([s for r in page_rows[i:j] for s in r if s.x0 >= cx - 2])
    left_block = _block(left)
    left_block.edge = max(s.x1 for r in left for s in r)
    return [*reading_order(page_rows[:i], body), left_block, _block(right), *reading_order(page_rows[j:], body)]
