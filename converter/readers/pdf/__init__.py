"""PDF résumés → lines with layout cues (size, weight, position, page, links).

Pipeline: :mod:`.glyphs` (PDFium: characters, fonts, link annotations) →
:mod:`.layout` (segments, rows, flush-right runs, columns) → :mod:`.furniture`
(running headers, footers, page numbers dropped) → here: each row becomes a
:class:`~converter.lines.Line` with its heading level from the font size
ranking, bullets recognised, and words split by a line-end hyphen joined.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ...lines import Line
from ...registry import Reader, register
from .._inline import Span, normalise, render
from .._limits import check_size
from . import furniture
from .glyphs import read_pages
from .layout import BULLETS, Block, Segment, attach_right_runs, body_size, merge_bullets, reading_order, rows, segments

#: Lines this much larger than the body text are headings, ranked by size.
_HEADING_RATIO = 1.15
_HYPHENATED = re.compile(r"[^\W\d_]-$")
_CAPS_HEADING = re.compile(r"^[^\W\d_][^a-z]{1,40}$")


@dataclass(slots=True)
class _Row:
    """One row on its way to a Line, still in points."""

    line: Line
    points: float
    block: int


def _spans(row: list[Segment]) -> list[Span]:
    spans: list[Span] = []
    for seg in row:
        if spans:
            spans.append(Span(" "))
        spans.extend(Span(g.char, g.bold, g.italic, g.url) for g in seg.glyphs)
    return spans


def _draft(row: list[Segment], block: Block, body: float, block_id: int) -> _Row:
    inline = render(_spans(row))
    text, bullet = inline.text, False
    if len(text) > 1 and text[0] in BULLETS and text[1] == " ":
        text, bullet = text[2:], True
    right = " ".join(normalise(s.right.text).strip() for s in row if s.right is not None)
    sizes = [g.size for s in row for g in s.glyphs if g.char.strip()]
    points = max(set(sizes), key=sizes.count) if sizes else body
    line = Line(text, 0, bold=inline.bold, italic=inline.italic, size=round(points / body, 2),
                indent=max(0.0, round((row[0].x0 - block.left) / body, 1)), bullet=bullet, right=right,
                page=row[0].page)
    return _Row(line, points, block_id)


def _headings(drafts: list[_Row], body: float) -> list[_Row]:
    """Heading levels: larger sizes rank first; bold capitals at body size come next."""
    big = sorted({round(d.points * 2) / 2 for d in drafts if d.points >= body * _HEADING_RATIO}, reverse=True)
    levels = {size: min(n + 1, 6) for n, size in enumerate(big)}
    caps_level = min(len(big) + 1, 6)
    out = []
    for d in drafts:
        level = levels.get(round(d.points * 2) / 2, 0)
        if not level and d.line.bold and not d.line.bullet and _CAPS_HEADING.match(d.line.text):
            level = caps_level
        out.append(_Row(replace(d.line, heading=level), d.points, d.block) if level else d)
    return out


def _join_hyphens(drafts: list[_Row]) -> list[_Row]:
    """``experi-`` + ``enced in …`` on the next line of the same column → one line."""
    out: list[_Row] = []
    for d in drafts:
        prev = out[-1] if out else None
        if (prev is not None and prev.block == d.block and not prev.line.right and not d.line.bullet
                and _HYPHENATED.search(prev.line.text) and d.line.text[:1].islower()):
            joined = replace(prev.line, text=prev.line.text[:-1] + d.line.text, right=d.line.right)
            out[-1] = _Row(joined, prev.points, prev.block)
        else:
            out.append(d)
    return out


def pdf_lines(data: bytes) -> list[Line]:
    """The PDF's text lines in reading order, with their layout cues."""
    check_size(data)
    pages = read_pages(data)
    page_segments = [segments(p) for p in pages]
    body = body_size(page_segments)
    page_rows = furniture.remove(pages, [rows(s) for s in page_segments])
    drafts: list[_Row] = []
    for prows in page_rows:
        prows = merge_bullets(attach_right_runs(prows, body))
        for block in reading_order(prows, body):
            block_id = len({d.block for d in drafts}) + 1
            drafts.extend(_draft(r, block, body, block_id) for r in block.rows if r)
    drafts = _join_hyphens(_headings([d for d in drafts if d.line.text or d.line.right], body))
    return [replace(d.line, number=n) for n, d in enumerate(drafts, start=1)]


register(Reader("pdf", (".pdf",), "PDF résumé with a text layer (not scanned images)", lines=pdf_lines))
