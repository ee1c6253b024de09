"""LibreOffice opens Vita's DOCX cleanly and lays it out on as many pages as Vita's own PDF.

Needs ``soffice`` (Debian: ``apt-get install -y libreoffice-writer``); skipped with that
reason when absent. One soffice call converts every file (a few seconds).
"""
from __future__ import annotations

import json
import shutil
import subprocess

import pypdfium2
import pytest

from converter.theme import resolve_theme
from converter.writers.docx import write_docx
from converter.writers.pdf import write_pdf
from tests.conftest import OFFICIAL_SAMPLE, ROOT

from .conftest import EVERYTHING

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="soffice not found: install Debian's libreoffice-writer "
                                                        "(apt-get install -y libreoffice-writer) to run this check")
THEMES = ("classic", "modern", "compact")


def long_resume() -> dict:
    """examples/long.json when present, else the official sample grown to about three pages."""
    example = ROOT / "examples" / "long.json"
    if example.is_file():
        return json.loads(example.read_text(encoding="utf-8"))
    doc = json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8")) if OFFICIAL_SAMPLE.is_file() else dict(EVERYTHING)
    base = doc["work"][0]
    doc["work"] = [{**base, "name": f"Company {i}", "startDate": f"{2000 + i}-01", "endDate": f"{2001 + i}-01",
                    "highlights": [f"{h} (year {i})" for h in base["highlights"] * 2]} for i in range(7)]
    return doc


def _pages(pdf: bytes) -> int:
    return len(pypdfium2.PdfDocument(pdf))


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], tuple[int, int]]:
    """(résumé, theme) → (pages of the DOCX as LibreOffice lays it out, pages of Vita's PDF)."""
    folder = tmp_path_factory.mktemp("lo")
    docs = {"long": long_resume(), "everything": EVERYTHING}
    if OFFICIAL_SAMPLE.is_file():
        docs["sample"] = json.loads(OFFICIAL_SAMPLE.read_text(encoding="utf-8"))
    vita: dict[tuple[str, str], int] = {}
    for name, doc in docs.items():
        for theme in THEMES:
            resolved = resolve_theme(theme)
            (folder / f"{name}-{theme}.docx").write_bytes(write_docx(doc, resolved))
            vita[(name, theme)] = _pages(write_pdf(doc, resolved))
    files = sorted(str(p) for p in folder.glob("*.docx"))
    result = subprocess.run([SOFFICE, f"-env:UserInstallation=file://{folder}/profile", "--headless",
                             "--convert-to", "pdf", "--outdir", str(folder), *files],
                            capture_output=True, text=True, timeout=300)
    complaints = [line for line in result.stderr.splitlines() if line.strip() and "javaldx" not in line]
    assert result.returncode == 0 and not complaints, result.stderr
    return {key: (_pages((folder / f"{key[0]}-{key[1]}.pdf").read_bytes()), pages) for key, pages in vita.items()}


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", ["sample", "long", "everything"])
def test_page_count_within_one_of_the_pdf(converted, name: str, theme: str) -> None:
    if (name, theme) not in converted:
        pytest.skip("../shared/reference/jsonresume-sample.json is not beside the repo")
    office, vita = converted[(name, theme)]
    assert abs(office - vita) <= 1, f"LibreOffice {office} pages, Vita PDF {vita} pages"


def test_long_resume_really_is_long(converted) -> None:
    assert converted[("long", "classic")][1] >= 3
