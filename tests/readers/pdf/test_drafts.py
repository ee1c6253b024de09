"""Drafts of lines: heading levels from size and weight, and which flush-right runs belong together."""
from __future__ import annotations

import json

import pytest

from converter.api import dump
from converter.readers.pdf import pdf_lines
from tests.conftest import FIXTURES

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


#: Enough body text that the body size is the most common one.
SUMMARY = "Mechanical engineer who designs test rigs for marine propulsion systems and keeps them running. " * 3


def _gold(name: str) -> dict:
    return json.loads((FIXTURES / "gold" / f"{name}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("theme", ["classic", "compact"])
def test_a_long_title_in_bold_capitals_set_at_the_headings_size_is_a_heading(theme: str) -> None:
    doc = {"basics": {"name": "Ola Nordmann", "summary": SUMMARY},
           "skills": [{"name": "CAD", "keywords": ["SolidWorks"]}],
           "meta": {"extraSections": [{"title": "Are you legally eligible to work in Canada?", "items": ["Yes"]}]}}
    levels = {line.text: line.heading for line in pdf_lines(dump(doc, "pdf", theme))}
    assert levels["ARE YOU LEGALLY ELIGIBLE TO WORK IN CANADA?"] == levels["SKILLS"] > 0


@pytest.mark.parametrize("theme", ["classic", "compact"])
def test_a_bold_title_without_capitals_set_like_the_capital_headings_is_a_heading(theme: str) -> None:
    doc = {"basics": {"name": "山本 美咲", "summary": SUMMARY}, "skills": [{"name": "Excel", "keywords": ["VBA"]}],
           "meta": {"extraSections": [{"title": "生年月日", "items": ["1996年3月8日生"]}]}}
    levels = {line.text: line.heading for line in pdf_lines(dump(doc, "pdf", theme))}
    assert levels["生年月日"] == levels["SKILLS"] > 0


@pytest.mark.parametrize(("name", "theme", "own_lines"), [
    # a detail line ending at the margin is not joined to the description under it (paragraph space)
    ("finance-harvard", "classic", ["Courses: Corporate Finance, Valuation, Fixed Income Securities, "
                                    "Financial Accounting, Econometrics",
                                    "Concentrations in Finance and Accounting; Dean's List (six semesters)"]),
    # a long place under the dates that wrapped is one line
    ("europass-export", "classic", ["Avenida António José de Almeida 2, 1000-043 Lisbon (Portugal)"]),
    # title lines ending on one x by chance are no justified edge
    ("europass-export", "compact", ["Master's Degree in Statistics and Information Management",
                                    "Bachelor's Degree in Mathematics"]),
    # the two wide gaps compact sets between a title, its date and its place are no justified stretch
    ("deedy-two-col", "compact", ["MEng in Computer Science", "BS in Computer Science"]),
])
def test_wraps_rejoin_and_lines_of_their_own_stay_apart(name: str, theme: str, own_lines: list[str]) -> None:
    texts = [line.text for line in pdf_lines(dump(_gold(name), "pdf", theme))]
    assert [t for t in own_lines if t not in texts] == []
