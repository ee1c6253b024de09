"""Page size, margins and the right tab stop that sets dates flush right."""
from __future__ import annotations

import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm

from .conftest import EVERYTHING, render, reopen


@pytest.mark.parametrize(("theme", "sets", "width", "height", "left", "right"), [
    ("classic", (), 210, 297, 20, 20),
    ("compact", ("dates.position=right",), 210, 297, 12, 12),
    ("classic", ("page=letter", "page.margins.left=25"), 215.9, 279.4, 25, 20),
])
def test_page_and_date_tab_stop(theme, sets, width, height, left, right) -> None:
    document = reopen(render(EVERYTHING, theme, *sets))
    section = document.sections[0]
    assert abs(section.page_width - Mm(width)) < Mm(0.1) and abs(section.page_height - Mm(height)) < Mm(0.1)
    assert abs(section.left_margin - Mm(left)) < Mm(0.1) and abs(section.right_margin - Mm(right)) < Mm(0.1)
    for style in ("Entry Title", "Entry Detail"):
        (stop,) = document.styles[style].paragraph_format.tab_stops
        assert stop.alignment == WD_TAB_ALIGNMENT.RIGHT
        assert abs(stop.position - (Mm(width) - Mm(left) - Mm(right))) < Mm(0.1)


def test_dates_follow_a_tab_not_spaces() -> None:
    document = reopen(render(EVERYTHING))
    line = next(p for p in document.paragraphs if p.style.name == "Entry Title")
    assert line.text.endswith("\tApr 2019 – Present") and "  Apr" not in line.text
    assert line.runs[-1].element.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tab") is not None


def test_contact_line_is_in_the_body_not_a_header() -> None:
    document = reopen(render(EVERYTHING))
    assert document.paragraphs[2].style.name == "Contact" and "lee@example.org" in document.paragraphs[2].text
    assert all(not p.text for p in document.sections[0].header.paragraphs)
