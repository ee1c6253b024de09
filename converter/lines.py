"""The one line model every document reader hands to the parser.

Why: plain text, Markdown, HTML, DOCX and PDF all reduce to a sequence of
lines; what differs is how many layout cues survive. A reader fills in what
its format knows (heading level, bold, relative font size, x position,
right-aligned run, links, page) and leaves the rest at the defaults, so one
parser serves every format and improving it improves all of them.

``text`` uses Markdown inline syntax as the common markup: ``**bold**``,
``*italic*``, ``[label](url)``. A text/Markdown reader passes source lines
through unchanged; richer readers write the same syntax for what they saw.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a source document with the layout cues its reader could see."""

    #: The line's text, Markdown-flavoured inline markup allowed.
    text: str
    #: 1-based line number in the source (text formats) or reading-order ordinal.
    number: int
    #: Heading level 1–6 when the format marks headings (DOCX style, HTML <hN>,
    #: PDF size rank); 0 when unknown. Markdown ``#`` marks stay in ``text``.
    heading: int = 0
    #: The whole line is set in bold / italic.
    bold: bool = False
    italic: bool = False
    #: Font size relative to the body text (1.0 = body size; 0 = unknown).
    size: float = 0.0
    #: Left edge, in body-font em units from the text column's left edge.
    indent: float = 0.0
    #: The line was a list item in the source (its marker is not in ``text``).
    bullet: bool = False
    #: Text the layout set flush right on the same line (dates, places).
    right: str = ""
    #: Page number (1-based) for paged sources; 0 otherwise.
    page: int = 0


def text_lines(text: str) -> list[Line]:
    """Lines of a plain-text or Markdown source, numbered from 1, with no cues.

    A byte-order mark left at the start (text decoded without its BOM check) is no part of the first line:
    it would hide a ``#`` heading or front matter there.
    """
    return [Line(t, n) for n, t in enumerate(text.removeprefix("\ufeff").splitlines(), start=1)]
