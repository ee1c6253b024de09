"""Résumé text → JSON Resume 1.0.0 (issue 3), following MAPPING.md.

Every reader hands the parser :class:`~converter.lines.Line` objects; plain
text and Markdown come straight from the file, richer formats set layout
cues. ``parse_lines`` returns the document and, for every JSON pointer, the
source lines it came from.
"""
from __future__ import annotations

from ..lines import text_lines
from .pipeline import ParseResult, parse_lines


def parse_text(text: str) -> ParseResult:
    """Parse a plain-text or Markdown résumé."""
    return parse_lines(text_lines(text))


__all__ = ["ParseResult", "parse_lines", "parse_text"]
