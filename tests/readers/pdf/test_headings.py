"""Heading levels from size and weight: bold capitals are sections only where no larger titles exist."""
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
