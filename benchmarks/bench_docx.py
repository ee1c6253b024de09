"""DOCX writer speed (official sample, target ≤ 40 ms) and page counts beside the PDF writer's.

Why in process: a user converting many files pays the render time once the
template is cached, not the interpreter start-up. The page counts (when
LibreOffice's ``soffice`` is installed) show that Word layout and Vita's PDF
break pages alike.
"""
from __future__ import annotations

import copy
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader

from converter.theme import resolve_theme
from converter.writers.docx import write_docx
from converter.writers.pdf import write_pdf

from .timing import median_ms, report

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT.parent / "shared" / "reference" / "jsonresume-sample.json"
LONG = ROOT / "examples" / "long.json"
THEMES = ("classic", "modern", "compact")


def _pages(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def long_resume(sample: dict) -> dict:
    """examples/long.json, or the sample with seven jobs (about three pages in classic)."""
    if LONG.is_file():
        return json.loads(LONG.read_text(encoding="utf-8"))
    doc = copy.deepcopy(sample)
    job = doc["work"][0]
    doc["work"] = [{**job, "name": f"{job['name']} {i + 1}", "highlights": job["highlights"] * 2} for i in range(7)]
    return doc


def page_counts(docs: dict[str, dict]) -> None:
    """One line per résumé and theme: pages of the DOCX as LibreOffice lays it out, and of Vita's PDF."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print("  (page counts skipped: soffice not found; apt-get install -y libreoffice-writer)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vita = {}
        for name, doc in docs.items():
            for theme in THEMES:
                resolved = resolve_theme(theme)
                (folder / f"{name}-{theme}.docx").write_bytes(write_docx(doc, resolved))
                vita[(name, theme)] = _pages(write_pdf(doc, resolved))
        subprocess.run([soffice, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to",
                        "pdf", "--outdir", tmp, *sorted(str(p) for p in folder.glob("*.docx"))],
                       capture_output=True, timeout=300, check=True)
        for (name, theme), pages in vita.items():
            office = _pages((folder / f"{name}-{theme}.pdf").read_bytes())
            print(f"  docx pages ({name}, {theme}): LibreOffice {office}, Vita PDF {pages}", flush=True)


def main() -> None:
    if not SAMPLE.is_file():
        print("  (skipped: ../shared/reference/jsonresume-sample.json is not beside the repo)")
        return
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    for name in THEMES:
        theme = resolve_theme(name)
        report(f"docx: official sample, {name} (median of 50)", median_ms(lambda t=theme: write_docx(sample, t), 50),
               40 if name == "classic" else None)
    long_doc = long_resume(sample)
    classic = resolve_theme("classic")
    report("docx: long résumé, classic (median of 10)", median_ms(lambda: write_docx(long_doc, classic), 10))
    page_counts({"sample": sample, "long": long_doc})
