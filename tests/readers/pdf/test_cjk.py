"""Résumés in scripts the theme font lacks read back from Vita's PDF as well as from its DOCX.

Why: Chinese and Japanese are set in fallback fonts with one face; bold and
italic must survive there (see converter/writers/pdf/synthetic.py) or the
parser loses the role/organisation split and the skill categories.
"""
from __future__ import annotations

import json

import pytest

from converter.api import dump
from converter.readers.pdf import pdf_lines
from tests.conftest import FIXTURES, ROOT, needs_shared
from tests.readers.test_roundtrip import TARGET_F1, THEMES, f1, round_trip

DOCUMENTS = {"chinese": FIXTURES / "gold" / "chinese.json", "unicode": ROOT / "examples" / "unicode.json"}


@needs_shared
@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_pdf_scores_as_high_as_docx(name: str, theme: str) -> None:
    doc = json.loads(DOCUMENTS[name].read_text(encoding="utf-8"))
    pdf, docx = f1(doc, round_trip(doc, "pdf", theme)), f1(doc, round_trip(doc, "docx", theme))
    assert pdf >= TARGET_F1 and pdf >= docx - 0.01, f"{name}/{theme}: PDF F1 {pdf:.3f}, DOCX {docx:.3f}"


def test_bold_and_italic_chinese_entry_lines() -> None:
    doc = {"basics": {"name": "陈思远"},
           "work": [{"position": "高级后端工程师", "name": "星河云计算有限公司", "startDate": "2020-03"}],
           "education": [{"institution": "华东理工科技大学", "startDate": "2017-09"}],
           "skills": [{"name": "编程语言", "keywords": ["Go", "SQL"]}]}
    lines = pdf_lines(dump(doc, "pdf", "classic"))
    assert [(ln.text, ln.heading, ln.bold, ln.italic) for ln in lines] == [
        ("陈思远", 1, True, False),
        ("EXPERIENCE", 2, True, False),
        ("**高级后端工程师**, *星河云计算有限公司*", 0, False, False),
        ("EDUCATION", 2, True, False),
        ("华东理工科技大学", 0, True, False),  # bold, but Chinese has no capitals: not a heading
        ("SKILLS", 2, True, False),
        ("**编程语言:** Go, SQL", 0, False, False)]


def test_wrapped_chinese_rejoins_without_a_space() -> None:
    doc = {"basics": {"name": "Chen", "summary": "热爱技术，注重代码质量。" * 12 + " Then some English words"}}
    summary = [ln.text for ln in pdf_lines(dump(doc, "pdf", "classic"))][2]
    assert summary == "热爱技术，注重代码质量。" * 12 + " Then some English words"
