"""Running headers, footers and page numbers: page furniture, not résumé content.

Why by repetition: a word processor repeats the same header and footer on
every page, often with the page number changing. A row in the top or bottom
margin whose text, digits ignored, recurs on two or more pages is furniture;
so is a lone page number (``3``, ``Page 2 of 3``, ``- 2 -``, ``2/3``) there.
One exception: a repeated row carrying contact details (an e-mail address, a
URL, a phone number) is kept once, on its first page, because Word users
often keep those only in the header.
"""
from __future__ import annotations

import re
from collections import Counter

from .._pages import is_page_number
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


def remove(pages: list[Page], page_rows: list[list[list[Segment]]]) -> list[list[list[Segment]]]:
    """Every page's rows without its running header, footer and page number."""
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
            if _in_margin(row, page) and (is_page_number(text) or seen[key] >= 2):
                if is_page_number(text) or not _CONTACT.search(text) or key in kept_contact:
                    continue
                kept_contact.add(key)
            keep.append(row)
        out.append(keep)
    return out
