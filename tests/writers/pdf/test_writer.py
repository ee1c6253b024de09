"""The PDF writer: every part of the résumé as real text, in order, with links and metadata."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image as PILImage

from converter.errors import VitaError
from converter.registry import writer
from converter.theme import resolve_theme
from converter.writers.pdf.fonts import MAX_TEXT

from .samples import content, full_resume, long_resume, page_lines, reader, render, spans, text

SECTION_TITLES = ["SUMMARY", "EXPERIENCE", "EDUCATION", "PROJECTS", "PUBLICATIONS", "AWARDS", "CERTIFICATES",
                  "VOLUNTEERING", "SKILLS", "LANGUAGES", "INTERESTS", "REFERENCES", "NEWS"]


def test_registered_as_pdf() -> None:
    pdf = writer("pdf")
    assert (pdf.extension, pdf.binary) == (".pdf", True)
    assert pdf.write(full_resume(), resolve_theme()).startswith(b"%PDF-")


def test_every_part_is_rendered_in_reading_order() -> None:
    words = " ".join(text(render(full_resume())).split())
    expected = [
        "Ada Lovelace", "Analytical Engineer", "ada@example.org", "+44 20 7946 0000", "ada.example.org",
        "London, GB", "GitHub: ada", "Mastodon: ada@sigmoid.social",
        "SUMMARY", "Writes the first programs.", "Publishes notes on the engine.",
        "EXPERIENCE", "Lead Programmer, Analytical Engine Co", "Sep 2021 – Present", "engine.example.com",
        "Programs for the engine.", "• Wrote the Bernoulli program", "Assistant, Difference Works",
        "Jan 2018 – Aug 2021", "Checked tables",
        "EDUCATION", "University of London", "Sep 2014 – Jun 2018", "Bachelor in Mathematics", "GPA: 3.9/4.0",
        "Courses: Calculus, Logic",
        "PROJECTS", "Bernoulli Numbers, Engine Co", "Jan 2022 – Jun 2022", "Roles: Author",
        "Keywords: algorithms", "bernoulli.example.com", "Algorithm for the engine", "First published program",
        "PUBLICATIONS", "Notes on the Engine, Taylor's Memoirs", "Aug 2022", "notes.example.com", "A. Lovelace",
        "AWARDS", "Royal Medal, Royal Society", "May 2020", "For notes.",
        "CERTIFICATES", "Certified Engine Operator, Babbage Board", "Mar 2019", "cert.example.com",
        "VOLUNTEERING", "Tutor, Mechanics Institute", "2019 – 2020", "Taught evening classes",
        "SKILLS", "Programming (Expert): Python, Rust", "Mathematics: Analysis, Probability",
        "LANGUAGES", "English: Native", "French: Fluent",
        "INTERESTS", "Music: Harp, Composition",
        "REFERENCES", "Charles Babbage", "Ada is the enchantress of numbers.",
        "NEWS", "• Engine demo in Turin", "• Talk at the Society",
    ]
    position = 0
    for item in expected:
        found = words.find(item, position)
        assert found >= 0, f"{item!r} missing or out of order after …{words[max(0, position - 60):position]!r}"
        position = found + len(item)


def test_dates_share_the_title_line_flush_right() -> None:
    pieces = {t: (x, y) for t, x, y, _ in spans(render(full_resume()))}
    title_x, title_y = pieces["Lead Programmer"]
    dates_x, dates_y = pieces["Sep 2021 – Present"]
    assert abs(title_y - dates_y) < 0.5 and title_x < 100 < 350 < dates_x


def test_links_are_clickable() -> None:
    pdf = reader(render(full_resume()))
    uris = [a.get_object()["/A"]["/URI"] for page in pdf.pages for a in page.get("/Annots", [])]
    for uri in ("mailto:ada@example.org", "tel:+442079460000", "https://ada.example.org", "https://github.com/ada",
                "https://engine.example.com", "https://notes.example.com", "https://cert.example.com"):
        assert uri in uris


def test_document_metadata() -> None:
    meta = reader(render(full_resume())).metadata
    assert meta.title == "Ada Lovelace Résumé"
    assert meta.author == "Ada Lovelace"
    assert meta.subject == "Analytical Engineer"
    assert meta["/Keywords"] == "Python, Rust, Analysis, Probability"


def test_same_input_gives_identical_bytes_across_processes(tmp_path: Path) -> None:
    here = render(full_resume(), "modern")
    assert render(full_resume(), "modern") == here
    script = ("import sys; from tests.writers.pdf.samples import full_resume, render; "
              "sys.stdout.buffer.write(render(full_resume(), 'modern'))")
    other = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                           cwd=Path(__file__).resolve().parents[3]).stdout
    assert other == here


def test_long_resume_flows_over_pages_without_stranded_titles() -> None:
    doc = long_resume()
    pages = page_lines(render(doc))
    assert len(pages) >= 4
    titles = set(SECTION_TITLES) | {f"{w['position']}, {w['name']}" for w in doc["work"]}
    for lines in pages[:-1]:
        assert not titles & set(lines[-2:]), f"title stranded at the foot of a page: {lines[-2:]}"
    assert text(render(doc)).count("improved the throughput") == 14 * 6


def test_local_image_is_drawn_and_remote_one_is_not(tmp_path: Path) -> None:
    photo = tmp_path / "me.png"
    PILImage.new("RGB", (40, 50), (200, 30, 30)).save(photo)
    doc = full_resume()
    doc["basics"]["image"] = str(photo)
    assert b" Do" in content(render(doc))
    for broken in ("https://example.com/me.png", "/dev/zero", str(tmp_path / "cut.png")):
        (tmp_path / "cut.png").write_bytes(photo.read_bytes()[:30])
        doc["basics"]["image"] = broken
        assert b" Do" not in content(render(doc))
        assert "Ada Lovelace" in text(render(doc))


def test_minimal_resume_renders() -> None:
    assert text(render({"basics": {"name": "Solo"}})).strip() == "Solo"
    assert reader(render({})).metadata.title == "Résumé"
    for empty in ({}, {"work": [{}], "basics": {"name": ""}}):  # one blank page: a PDF with none is broken
        assert len(reader(render(empty)).pages) == 1


def test_long_title_wraps_clear_of_the_dates() -> None:
    doc = full_resume()
    doc["work"][0]["position"] = "Principal Distinguished Staff Engineer for Analytical Engines and Their Programs"
    pdf = render(doc)
    dates_x, dates_y = next((x, y) for piece, x, y, _ in spans(pdf) if piece == "Sep 2021 – Present")
    first_line = [p for p in spans(pdf) if abs(p[2] - dates_y) < 0.5 and p[0] != "Sep 2021 – Present"]
    assert first_line and all(x < dates_x for _, x, _, _ in first_line)
    words = " ".join(text(pdf).split())
    assert "Engines and Their Programs, Analytical Engine Co Sep 2021 – Present" in words


def test_title_longer_than_a_page_breaks_across_pages(tmp_path: Path) -> None:
    """A pasted paragraph as a job title used to stop the PDF with reportlab's LayoutError."""
    doc = {"work": [{"position": "Position " * 1500, "name": "Org " * 1500, "location": "Place " * 1500,
                     "startDate": "2020"}]}
    pdf = render(doc)
    assert len(reader(pdf).pages) > 1
    words = text(pdf).split()
    assert (words.count("Position"), words.count("Place")) == (1500, 1500)
    photo = tmp_path / "me.png"
    PILImage.new("RGB", (40, 50)).save(photo)
    pdf = render({"basics": {"name": "Name " * 2000, "image": str(photo)}})
    assert text(pdf).split().count("NAME") + text(pdf).split().count("Name") == 2000


def test_text_too_long_for_one_paragraph_is_one_clear_error() -> None:
    assert "x" * MAX_TEXT in text(render({"work": [{"name": "X", "highlights": ["x" * MAX_TEXT]}]})).replace("\n", "")
    with pytest.raises(VitaError) as caught:
        render({"basics": {"summary": "word " * MAX_TEXT}})
    assert str(caught.value) == ("a text of 99,999 characters ('word word word word word'…) is too long for one "
                                 "paragraph of a PDF (the limit is 20,000); split it or shorten it")


def test_a_second_detail_line_is_set_apart_from_the_first_by_paragraph_space() -> None:
    """Why: a detail line that ends near the margin must not read as wrapped into the next (PDF readers)."""
    doc = {"basics": {"name": "Ann Example"},
           "education": [{"institution": "Example University", "studyType": "BSc", "area": "Economics",
                          "score": "3.9", "courses": ["Econometrics"], "endDate": "2020"}]}
    rows = {t: y for t, _x, y, _size in spans(render(doc))}
    size = resolve_theme("classic", [])["font"]["size"]
    tight = rows["Example University"] - rows["BSc in Economics"]
    assert rows["BSc in Economics"] - rows["GPA: 3.9"] == pytest.approx(tight + 0.3 * size, abs=0.05)
    assert rows["GPA: 3.9"] - rows["Courses: Econometrics"] == pytest.approx(tight + 0.3 * size, abs=0.05)
