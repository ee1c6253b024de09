"""PDF writer speed: the official sample (target ≤ 40 ms) and a five-page résumé, in process.

Why in process: the figure that matters to a user converting many files is
the render time once fonts are registered, not the interpreter start-up.
"""
from __future__ import annotations

import copy
import io
import json
from pathlib import Path

from pypdf import PdfReader

from converter.theme import resolve_theme
from converter.writers.pdf import write_pdf

from .timing import median_ms, report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "reference" / "jsonresume-sample.json"
LONG = ROOT / "examples" / "long.json"


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def five_pages(sample: dict) -> dict:
    """The sample with its work history repeated until the résumé fills five A4 pages."""
    doc = copy.deepcopy(sample)
    job = doc["work"][0]
    jobs = []
    for i in range(30):
        entry = copy.deepcopy(job)
        entry["name"] = f"{job['name']} {i + 1}"
        entry["highlights"] = [*job.get("highlights", []), *job.get("highlights", [])]
        jobs.append(entry)
        doc["work"] = jobs
        if _pages(write_pdf(doc, resolve_theme())) >= 5:
            break
    return doc


def main() -> None:
    theme = resolve_theme("classic")
    if not SAMPLE.is_file():
        print("  (skipped: ../shared/reference/jsonresume-sample.json is not beside the repo)")
        return
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    report("pdf: official sample, classic (median of 50)", median_ms(lambda: write_pdf(sample, theme), 50), 40)
    for name in ("modern", "compact"):
        other = resolve_theme(name)
        report(f"pdf: official sample, {name} (median of 50)", median_ms(lambda t=other: write_pdf(sample, t), 50))
    long_doc = json.loads(LONG.read_text(encoding="utf-8")) if LONG.is_file() else five_pages(sample)
    pages = _pages(write_pdf(long_doc, theme))
    label = f"pdf: {'examples/long.json' if LONG.is_file() else 'generated résumé'}, {pages} pages (median of 10)"
    report(label, median_ms(lambda: write_pdf(long_doc, theme), 10))
