"""Reading speed of the document readers: a two-page PDF and a DOCX résumé.

Targets (issue 6): line extraction from a two-page PDF ≤ 150 ms and from a
DOCX ≤ 50 ms, median of 20 runs. The full load (lines + parser) is reported
separately once the parser exists, without a target.
"""
from __future__ import annotations

from converter.lines import Line
from converter.readers.docx import docx_lines
from converter.readers.pdf import pdf_lines
from converter.registry import LinesFunc, Reader
from tests.readers import build_docx, build_pdf

from .timing import median_ms, report

RUNS = 20


def _full_load(name: str, lines: LinesFunc, data: bytes) -> None:
    try:
        Reader(name, (), "", lines=lines).load(data)
    except NotImplementedError:
        print(f"  {name} full load (lines + parse): parser not written yet", flush=True)
        return
    report(f"{name}: full load, lines + parse (median of {RUNS})",
           median_ms(lambda: Reader(name, (), "", lines=lines).load(data), RUNS))


def main() -> None:
    pdf = build_pdf.two_page_resume()
    docx = build_docx.resume()
    found: list[Line] = pdf_lines(pdf)
    assert {line.page for line in found} == {1, 2}
    report(f"pdf: two-page résumé → lines (median of {RUNS})", median_ms(lambda: pdf_lines(pdf), RUNS), 150)
    report(f"docx: one-page résumé → lines (median of {RUNS})", median_ms(lambda: docx_lines(docx), RUNS), 50)
    _full_load("pdf", pdf_lines, pdf)
    _full_load("docx", docx_lines, docx)
