"""PDF résumés → lines with layout cues (size, weight, position, page, links).

Pipeline: :mod:`.glyphs` (PDFium: characters, fonts, link annotations) →
:mod:`.layout` (segments, rows, flush-right runs, columns) → :mod:`.furniture`
(running headers, footers, page numbers dropped) → :mod:`.drafts` (bullets,
heading levels by size, wrapped and hyphenated lines rejoined) → Lines.
"""
from __future__ import annotations

from ...lines import Line
from ...registry import Reader, register
from .._limits import check_size
from . import furniture
from .drafts import Draft, draft, join_wrapped, lift_stacked_rights, rank_headings, to_line
from .glyphs import read_pages
from .layout import attach_right_runs, body_size, merge_bullets, reading_order, rows, segments, split_by_size
from .rtl import in_visual_order


def pdf_lines(data: bytes) -> list[Line]:
    """The PDF's text lines in reading order, with their layout cues."""
    check_size(data)
    pages = read_pages(data)
    for page in pages:
        page.glyphs = in_visual_order(page.glyphs)
    page_segments = [segments(p) for p in pages]
    body = body_size(page_segments)
    page_rows = furniture.remove(pages, [rows(s) for s in page_segments], body)
    #: Where full-width text ends and wraps: the right margin of the whole document.
    margin = max((s.x1 for prows in page_rows for r in prows for s in r), default=0.0)
    page_rows = [merge_bullets(attach_right_runs(prows, body, margin)) for prows in page_rows]
    drafts: list[Draft] = []
    blocks = 0
    for page, prows in zip(pages, page_rows, strict=True):
        for block in reading_order(prows, body):
            blocks += 1
            drafts.extend(draft(part, block, block.edge or margin, body, blocks, page.marks)
                          for r in block.rows if r for part in split_by_size(r))
    drafts = [d for d in drafts if d.inline.text or d.right]
    rank_headings(drafts, body)
    lift_stacked_rights(drafts)
    return [to_line(d, body, n) for n, d in enumerate(join_wrapped(drafts, body), start=1)]


register(Reader("pdf", (".pdf",), "PDF résumé with a text layer (not scanned images)", lines=pdf_lines))
