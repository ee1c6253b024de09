"""Résumé text → JSON Resume (issue 3). Placeholder interface until the parser lands."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lines import Line, text_lines
from ..types import Resume


@dataclass
class ParseResult:
    """The parsed document, and for each JSON pointer the source lines it came from."""

    resume: Resume
    provenance: dict[str, list[int]] = field(default_factory=dict)


def parse_lines(lines: list[Line]) -> ParseResult:
    """Parse reader lines into JSON Resume."""
    raise NotImplementedError("the text parser is not written yet")


def parse_text(text: str) -> ParseResult:
    """Parse a plain-text or Markdown résumé."""
    return parse_lines(text_lines(text))
