"""Running headers, footers and page numbers: page furniture, not résumé content.

Why by repetition: a word processor repeats the same header and footer on
every page, often with the page number changing. A row in the top or bottom
margin whose text, digits ignored, recurs on two or more pages is furniture;
so is a page number there (``3``, ``Page 2 of 3``, ``- 2 -``, ``2/3``, or
``Jane Doe - Page 1 of 2``: a page count makes the whole row furniture).
Small type in the top margin is fine print (a "last updated" stamp).
One exception: a repeated row carrying contact details (an e-mail address, a
URL, a phone number) is kept once, on its first page, because Word users
often keep those only in the header.
"""
from __future__ import annotations

import re
from collections import Counter

from .._pages import has_page_count, is_page_number
from .glyphs import Page
from .layout import Segment

#: Share of the page height, at top and bottom, where furniture lives.
_MARGIN = 0.09
_CONTACT = re.compile(r"@|https?://|www\.|\+?\d[\d ()./-]{7,}\d")


def _key(row: list[Segment]) -> str:
    return re.sub(r"\d+", "#", " ".join(s.text for s in row)).strip().casefold()


def _in_margin(row: list[Segment], page: Page) -> bool:
    base = row[0].base
    return base > page.height * (1 - _MARGIN) or base < page.height * _MARGIN


def _fine_print(row: list[Segment], page: Page, body: float) -> bool:
    """Small type in the top margin (``Last updated in May 2025``), no contact details in it."""
    return (row[0].base > page.height * (1 - _MARGIN) and max(s.size for s in row) < 0.95 * body
            and not _CONTACT.search(" ".join(s.text for s in row)))


def remove(pages: list[Page], page_rows: list[list[list[Segment]]], body: float) -> list[list[list[Segment]]]:
    """Every page's rows without its running header, footer, page number and top fine print."""
    seen = Counter()
    for page, prows in zip(pages, page_rows, strict=True):
        seen.update({_key(r) for r in prows if _in_margin(r, page)})
    kept_contact: set[str] = set()
    out = []
    for page, prows in zip(pages, page_rows, strict=True):
        keep = []
        for row in prows:
            key = _key(row)
            text = " ".join(s.text for s in row)
            always = is_page_number(text) or has_page_count(text) or _fine_print(row, page, body)
            if _in_margin(row, page) and (always or seen[key] >= 2):
                if always or not _CONTACT.search(text) or key in kept_contact:
                    continue
                kept_contact.add(key)
            keep.append(row)
        out.append(keep)
    return out
