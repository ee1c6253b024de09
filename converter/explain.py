"""``vita explain``: the source beside the JSON paths each line went to.

Why: a parser is trusted when its decisions can be seen. Every value in the
result carries the source lines it came from (``ParseResult.provenance``);
inverting that map shows, line by line, where the text went, and lists the
lines that went nowhere so a lost line is never silent.
"""
from __future__ import annotations

from pathlib import Path

from . import registry
from .api import read_source
from .errors import UsageError
from .lines import Line
from .parse import ParseResult, parse_lines

_TEXT_WIDTH = 60


def explain_lines(lines: list[Line], result: ParseResult | None = None) -> str:
    """The report for lines already read (the parse is run unless given)."""
    result = result or parse_lines(lines)
    where: dict[int, list[str]] = {}
    for pointer, numbers in result.provenance.items():
        for n in numbers:
            where.setdefault(n, []).append(pointer)
    out = []
    lost = []
    for line in lines:
        text = line.text.replace("\t", " ").rstrip()
        shown = text if len(text) <= _TEXT_WIDTH else text[:_TEXT_WIDTH - 1] + "…"
        paths = where.get(line.number)
        note = ", ".join(sorted(paths, key=_pointer_key)) if paths else result.structure.get(line.number, "")
        if not paths and not note and text.strip():
            lost.append(line)
            note = "(nowhere)"
        out.append(f"{line.number:4d}  {shown:<{_TEXT_WIDTH}}  {note}".rstrip())
    out.append("")
    if lost:
        out.append(f"Lines that went nowhere ({len(lost)}):")
        out.extend(f"{line.number:4d}  {line.text.strip()}" for line in lost)
    else:
        out.append("Lines that went nowhere: none")
    return "\n".join(out) + "\n"


def _pointer_key(pointer: str) -> list:
    return [int(p) if p.isdigit() else p for p in pointer.split("/")]


def explain_file(path: Path, fmt: str | None = None) -> str:
    """The report for a résumé file, read by the reader its extension (or ``fmt``) names."""
    reader = registry.reader(fmt) if fmt else registry.reader_for_extension(path.suffix)
    if reader is None or reader.lines is None:
        raise UsageError(f"{path}: explain needs a document format (text, Markdown, HTML, DOCX, PDF), "
                         f"not {path.suffix or 'a file without an extension'}")
    return explain_lines(reader.document_lines(read_source(path)))
