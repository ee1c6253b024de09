"""A flattened two-column page: sidebar lines go back to their own sections."""
from __future__ import annotations

from converter.parse import parse_text

TEXT = """ALEX EXAMPLE

EXPERIENCE
SKILLS
Data Analyst
SQL · Python · R
Example Retail Group, Leeds
• Built the sales forecast for 300 stores,
Tableau · Power BI
reducing stock-outs by 9%.
LANGUAGES
2020 – Present
English — native
"""


def test_sidebar_lines_are_given_back():
    doc = parse_text(TEXT).resume
    assert doc["skills"] == [{"name": "Skills", "keywords": ["SQL", "Python", "R", "Tableau", "Power BI"]}]
    assert doc["languages"] == [{"language": "English", "fluency": "native"}]
    (job,) = doc["work"]
    assert (job["position"], job["name"], job["location"], job["startDate"]) == (
        "Data Analyst", "Example Retail Group", "Leeds", "2020")
    assert job["highlights"] == ["Built the sales forecast for 300 stores, reducing stock-outs by 9%."]
