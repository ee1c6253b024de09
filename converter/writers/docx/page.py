"""Paper size and margins from the theme, and the text width the date tab stop needs.

Why the text width matters: right-aligned dates are a right tab stop at the
right margin, so the stop must sit exactly at page width minus margins,
whether the page comes from the theme or from a reference document.
"""
from __future__ import annotations

from docx.document import Document
from docx.shared import Mm

from ...types import Theme

#: paper sizes in mm (width, height)
SIZES = {"a4": (210.0, 297.0), "letter": (215.9, 279.4), "legal": (215.9, 355.6)}
_EMU_PER_TWIP = 635


def apply_theme_page(document: Document, theme: Theme) -> None:
    """Set paper size and margins on the document's (only) section."""
    section = document.sections[0]
    width, height = SIZES[theme["page"]["size"]]
    margins = theme["page"]["margins"]
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(margins["top"]), Mm(margins["bottom"])
    section.left_margin, section.right_margin = Mm(margins["left"]), Mm(margins["right"])


def text_width(document: Document) -> int:
    """Width between the margins of the last section, in twips."""
    section = document.sections[-1]
    width = (section.page_width or Mm(210)) - (section.left_margin or 0) - (section.right_margin or 0)
    return round(width / _EMU_PER_TWIP)
