"""The PDF reader: layout cues, reading order, clean-up, and bad files refused in one line."""
from __future__ import annotations

import pytest

from converter.api import MAX_INPUT_BYTES
from converter.errors import InputError
from converter.lines import Line
from converter.readers.pdf import pdf_lines
from converter.readers.pdf.glyphs import MAX_PAGES
from converter.registry import reader_for_extension

from . import build_pdf


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return pdf_lines(build_pdf.two_page_resume())


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_registered_for_pdf_extension() -> None:
    assert reader_for_extension(".PDF").lines is pdf_lines


def test_reading_order_of_the_whole_document(lines: list[Line]) -> None:
    assert texts(lines) == [
        "Jane Example",
        "jane@example.com · +1 555 0100 · [janeexample.dev](https://janeexample.dev)",
        "Summary",
        "Backend engineer with ten years in finance and logistics, experienced in building "
        "reliable payment systems for large teams.",
        "Experience",
        "Senior Engineer, Acme Corp",
        "Berlin, Germany",
        "Led the migration of the ledger to event sourcing.",
        "Cut p99 latency of the payments API from 900 ms to 120 ms.",
        "Mentored six engineers; two now lead their own teams.",
        "Software Engineer, Globex",
        "Hamburg, Germany",
        "Built the fleet tracking service in Go and PostgreSQL.",
        "Introduced contract tests between twelve services.",
        # page 2: the sidebar column first, then the main column
        "Skills", "Python", "Go", "PostgreSQL", "Kafka",
        "Languages", "English (native)", "German (fluent)",
        "Education", "MSc Computer Science", "Technical University of Munich",
        "BSc Mathematics", "University of Leipzig",
        "Projects", "ledgerlite — a tiny double-entry ledger library",
    ]
    assert [line.number for line in lines] == list(range(1, len(lines) + 1))


def test_running_header_footer_and_page_numbers_are_dropped(lines: list[Line]) -> None:
    joined = "\n".join(texts(lines))
    assert "Curriculum Vitae" not in joined
    assert "Page" not in joined


def test_headings_ranked_by_size_and_weight(lines: list[Line]) -> None:
    by_text = {line.text: line for line in lines}
    assert (by_text["Jane Example"].heading, by_text["Jane Example"].size) == (1, 2.2)
    assert [line.text for line in lines if line.heading == 2] == [
        "Summary", "Experience", "Skills", "Languages", "Education", "Projects"]
    assert all(line.bold for line in lines if line.heading)
    assert by_text["Summary"].size == 1.3


def test_entry_titles_bold_places_italic_and_dates_flush_right(lines: list[Line]) -> None:
    by_text = {line.text: line for line in lines}
    title = by_text["Senior Engineer, Acme Corp"]
    assert (title.bold, title.italic, title.heading, title.right) == (True, False, 0, "Jan 2019 – Present")
    assert by_text["Software Engineer, Globex"].right == "Mar 2015 – Dec 2018"
    assert by_text["MSc Computer Science"].right == "2013 – 2015"
    assert by_text["BSc Mathematics"].right == "2010 – 2013"
    assert (by_text["Berlin, Germany"].italic, by_text["Berlin, Germany"].bold) == (True, False)
    assert [line.right for line in lines if line.right] == [
        "Jan 2019 – Present", "Mar 2015 – Dec 2018", "2013 – 2015", "2010 – 2013"]


def test_bullets_marked_with_marker_removed_and_indented(lines: list[Line]) -> None:
    bullets = [line for line in lines if line.bullet]
    assert len(bullets) == 5
    assert all(line.indent == 0.4 and not line.text.startswith("•") for line in bullets)
    assert not any(line.bullet for line in lines if line.text == "Berlin, Germany")


def test_pages_and_body_size(lines: list[Line]) -> None:
    assert {line.page for line in lines[:14]} == {1}
    assert {line.page for line in lines[14:]} == {2}
    assert lines[3].size == 1.0 and lines[3].indent == 0.0


def test_ligatures_and_odd_spaces_are_normalised() -> None:
    (line,) = pdf_lines(build_pdf.one_line("ﬂuent\u00a0in\u2009ﬁve languages"))
    assert line.text == "fluent in five languages"


def test_hyphen_kept_inside_a_line() -> None:
    (line,) = pdf_lines(build_pdf.one_line("double-entry ledger"))
    assert line.text == "double-entry ledger"


@pytest.mark.parametrize(("data", "message"), [
    (build_pdf.one_line(encrypt="secret"), "the PDF is encrypted with a password; save an unprotected copy first"),
    (build_pdf.scanned(), "no text layer: scanned PDFs need OCR, which Vita does not do"),
    (build_pdf.pages(MAX_PAGES + 1), f"the PDF has {MAX_PAGES + 1} pages; Vita reads résumés of at most {MAX_PAGES}"),
    (b"PK\x03\x04 a zip file", "not a PDF file (no %PDF header)"),
])
def test_bad_pdfs_are_refused_in_one_plain_line(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as caught:
        pdf_lines(data)
    assert str(caught.value) == message


def test_truncated_pdf_is_refused() -> None:
    data = build_pdf.one_line()
    with pytest.raises(InputError, match=r"^not a readable PDF \("):
        pdf_lines(data[: len(data) // 3])


def test_empty_pdf_says_it_has_no_text() -> None:
    with pytest.raises(InputError, match=r"^the PDF contains no text$"):
        pdf_lines(build_pdf.one_line(""))


def test_oversized_input_is_refused_before_parsing() -> None:
    data = b"%PDF-1.4\n" + b"0" * MAX_INPUT_BYTES
    with pytest.raises(InputError, match=r"^is 20\.0 MB; the limit is 20 MB$"):
        pdf_lines(data)


def test_date_column_beside_entries_is_read_row_by_row() -> None:
    lines = pdf_lines(build_pdf.date_column())
    assert [(line.text, line.indent) for line in lines] == [
        ("Experience", 0.0),
        ("2019 – 2021 · Senior Engineer, Acme", 0.0), ("Led the ledger migration.", 10.0),
        ("2015 – 2019 · Engineer, Globex", 0.0), ("Built fleet tracking.", 10.0),
        ("2013 – 2015 · Intern, Initech", 0.0)]


def test_wrapped_lines_are_rejoined_and_lookalikes_are_not() -> None:
    lines = pdf_lines(build_pdf.wrapped())
    assert [(line.text, line.bullet, line.right) for line in lines] == [
        (build_pdf.PROSE, False, ""),
        (build_pdf.BULLET, True, ""),
        ("Senior Engineer, Acme Corp — platform and payments teams", False, "2019 – 2021"),
        ("Berlin", False, ""),
        ("Courses: distributed systems, databases, compilers, operating systems and networks", False, ""),
        ("Minor: Music", False, ""),
    ]
