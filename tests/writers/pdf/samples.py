"""Résumés and PDF probes shared by the PDF writer tests.

Why hand-written data: every section and field is present with values the
tests look for, and nothing depends on ../shared being beside the repo.
"""
from __future__ import annotations

import io
from typing import Any

import pytest
from pypdf import PdfReader

from converter.theme import resolve_theme
from converter.writers.pdf import fonts, write_pdf

CJK_FILES = ("wqy-microhei.ttc", "wqy-zenhei.ttc", "NanumGothic.ttf")
needs_cjk_font = pytest.mark.skipif(
    not any(f.lower() in fonts.installed_files() for f in CJK_FILES),
    reason="no installed TrueType font with Han, kana and Hangul (Debian: fonts-wqy-microhei)")


def full_resume() -> dict[str, Any]:
    """A résumé with every basics field, all eleven list sections and an extra section."""
    return {
        "basics": {
            "name": "Ada Lovelace", "label": "Analytical Engineer", "email": "ada@example.org",
            "phone": "+44 20 7946 0000", "url": "https://ada.example.org",
            "summary": "Writes the first programs.\n\nPublishes notes on the engine.",
            "location": {"city": "London", "countryCode": "GB"},
            "profiles": [{"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
                         {"network": "Mastodon", "username": "ada@sigmoid.social"}],
        },
        "work": [{"name": "Analytical Engine Co", "position": "Lead Programmer", "location": "London",
                  "url": "https://engine.example.com", "startDate": "2021-09",
                  "summary": "Programs for the engine.", "highlights": ["Wrote the Bernoulli program"]},
                 {"name": "Difference Works", "position": "Assistant", "startDate": "2018-01",
                  "endDate": "2021-08", "highlights": ["Checked tables"]}],
        "volunteer": [{"organization": "Mechanics Institute", "position": "Tutor", "startDate": "2019",
                       "endDate": "2020", "highlights": ["Taught evening classes"]}],
        "education": [{"institution": "University of London", "area": "Mathematics", "studyType": "Bachelor",
                       "startDate": "2014-09", "endDate": "2018-06", "score": "3.9/4.0",
                       "courses": ["Calculus", "Logic"]}],
        "awards": [{"title": "Royal Medal", "date": "2020-05", "awarder": "Royal Society", "summary": "For notes."}],
        "certificates": [{"name": "Certified Engine Operator", "date": "2019-03", "issuer": "Babbage Board",
                          "url": "https://cert.example.com"}],
        "publications": [{"name": "Notes on the Engine", "publisher": "Taylor's Memoirs", "releaseDate": "2022-08",
                          "url": "https://notes.example.com", "summary": "A. Lovelace"}],
        "skills": [{"name": "Programming", "level": "Expert", "keywords": ["Python", "Rust"]},
                   {"name": "Mathematics", "keywords": ["Analysis", "Probability"]}],
        "languages": [{"language": "English", "fluency": "Native"}, {"language": "French", "fluency": "Fluent"}],
        "interests": [{"name": "Music", "keywords": ["Harp", "Composition"]}],
        "references": [{"name": "Charles Babbage", "reference": "Ada is the enchantress of numbers."}],
        "projects": [{"name": "Bernoulli Numbers", "description": "Algorithm for the engine",
                      "highlights": ["First published program"], "keywords": ["algorithms"],
                      "roles": ["Author"], "entity": "Engine Co", "startDate": "2022-01", "endDate": "2022-06",
                      "url": "https://bernoulli.example.com"}],
        "meta": {"extraSections": [{"title": "News", "items": ["Engine demo in Turin", "Talk at the Society"]}]},
    }


def long_resume(jobs: int = 14) -> dict[str, Any]:
    """A résumé of several pages: many jobs with long bullet lists."""
    doc = full_resume()
    doc["work"] = [{"name": f"Company {i}", "position": f"Engineer {i}", "startDate": f"{2000 + i}-01",
                    "endDate": f"{2001 + i}-01", "summary": "Built and ran systems for many customers. " * 3,
                    "highlights": [f"Result {i}.{j}: improved the throughput of the pipeline by {j + 10} percent "
                                   "while keeping latency low" for j in range(6)]} for i in range(jobs)]
    return doc


def render(doc: dict[str, Any], theme: str = "classic", *sets: str) -> bytes:
    return write_pdf(doc, resolve_theme(theme, list(sets)))


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text(pdf: bytes) -> str:
    """All extracted text, pages joined."""
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


def page_lines(pdf: bytes) -> list[list[str]]:
    """Non-empty extracted lines, per page."""
    return [[ln.strip() for ln in page.extract_text().splitlines() if ln.strip()] for page in reader(pdf).pages]


def spans(pdf: bytes, page: int = 0) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each text piece drawn on a page, in user space."""
    found: list[tuple[str, float, float, float]] = []

    def visit(piece: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if piece.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((piece.strip(), x, y, size))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found


def font_names(pdf: bytes) -> set[str]:
    """BaseFont names of every font used, subset prefixes removed."""
    names: set[str] = set()
    for page in reader(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def content(pdf: bytes) -> bytes:
    """The decompressed content streams of every page."""
    return b"\n".join(page.get_contents().get_data() for page in reader(pdf).pages)
