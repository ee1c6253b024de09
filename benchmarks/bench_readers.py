"""Reading speed of the document readers: two-page PDFs and DOCX résumés.

Targets (issue 6): line extraction from a two-page PDF ≤ 150 ms and from a
DOCX ≤ 50 ms, median of 20 runs. Two kinds of document: the reader tests'
résumés (reportlab and python-docx, every layout feature), and the official
JSON Resume sample as Vita's own writers render it (two pages in PDF). The
full load (lines + parser) is reported too, without a target.
"""
from __future__ import annotations

import json

from converter.api import dump
from converter.readers.docx import docx_lines
from converter.readers.pdf import pdf_lines
from converter.registry import LinesFunc, Reader, writers
from tests.conftest import OFFICIAL_SAMPLE
from tests.readers import build_docx, build_pdf

from .timing import median_ms, report

RUNS = 20
TARGETS = {"pdf": 150.0, "docx": 50.0}
READERS: dict[str, LinesFunc] = {"pdf": pdf_lines, "docx": docx_lines}


def _documents() -> list[tuple[str, str, bytes]]:
    """(label, format, bytes) for every document measured."""
    found = [("test résumé", "pdf", build_pdf.two_page_resume()),
             ("test résumé", "docx", build_docx.resume())]
    if OFFICIAL_SAMPLE.is_file():
        sample = json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8"))
        found += [("official sample, Vita classic", fmt, dump(sample, fmt, "classic"))
                  for fmt in ("pdf", "docx") if fmt in writers()]
    return found


def main() -> None:
    for label, fmt, data in _documents():
        lines = READERS[fmt]
        pages = max(line.page for line in lines(data))
        what = f"{pages}-page " if pages else ""
        report(f"{fmt}: {what}{label} → lines", median_ms(lambda lines=lines, data=data: lines(data), RUNS),
               TARGETS[fmt])
        reader = Reader(fmt, (), "", lines=lines)
        report(f"{fmt}: {what}{label} → JSON (lines + parse)",
               median_ms(lambda reader=reader, data=data: reader.load(data), RUNS))
