"""Drafts of lines: heading levels from size and weight, and which flush-right runs belong together."""
from __future__ import annotations

import pytest

from converter.api import dump
from converter.readers.pdf import pdf_lines

DOC = {"basics": {"name": "Ola Nordmann"},
       "certificates": [{"name": "CSWP", "issuer": "Dassault Systèmes"}, {"name": "NEBOSH IGC"}],
       "skills": [{"name": "CAD", "keywords": ["SolidWorks"]}]}


@pytest.mark.parametrize("theme", ["classic", "compact"])
def test_bold_capitals_at_body_size_under_larger_titles_are_entries(theme: str) -> None:
    levels = {line.text: line.heading for line in pdf_lines(dump(DOC, "pdf", theme))}
    assert levels["CERTIFICATES"] > 0 and levels["SKILLS"] > 0
    assert levels["NEBOSH IGC"] == 0


@pytest.mark.parametrize("theme", ["classic", "modern"])
def test_a_place_beside_a_detail_line_stays_there(theme: str) -> None:
    doc = {"basics": {"name": "Ola Nordmann"},
           "education": [{"institution": "Kingsbridge School of Economics", "studyType": "Study Abroad Program",
                          "location": "London, UK", "startDate": "2023-01", "endDate": "2023-05"}]}
    rows = {line.text: line.right for line in pdf_lines(dump(doc, "pdf", theme))}
    assert rows["Kingsbridge School of Economics"] == "Jan 2023 – May 2023"
    assert rows["Study Abroad Program"] == "London, UK"
