"""Side-by-side two-column text pages are read one column after the other."""
from __future__ import annotations

from converter.lines import Line, text_lines
from converter.parse import parse_text
from converter.parse.gutter import split_columns

PAGE = """\
ANNA                              PROFILE
KOWALSKA-BERG                     Process engineer with ten years in food packaging
Process Engineer                  lines and a habit of measuring before changing.

CONTACT                           EXPERIENCE
anna.kb@example.com
Gdansk, Poland                    Senior Process Engineer                2019 – Present
                                  Baltic Packaging Sp. z o.o., Gdansk
SKILLS                            • Cut changeover time by 35% on four lines.
Lean                              • Ran the OEE programme.
Six Sigma
SAP PP                            Process Engineer                       2014 – 2019
                                  Northern Foods AB, Malmo
LANGUAGES                         • Commissioned two cartoning machines.
Polish — Native
English — Fluent (C1)
"""


def test_two_columns_on_one_line_are_read_column_by_column() -> None:
    doc = parse_text(PAGE).resume
    assert doc["basics"]["name"] == "Anna Kowalska-Berg"
    assert doc["basics"]["label"] == "Process Engineer"
    assert doc["basics"]["email"] == "anna.kb@example.com"
    assert doc["basics"]["summary"].startswith("Process engineer with ten years")
    assert [w["position"] for w in doc["work"]] == ["Senior Process Engineer", "Process Engineer"]
    assert doc["work"][0]["highlights"] == ["Cut changeover time by 35% on four lines.", "Ran the OEE programme."]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Lean", "Six Sigma", "SAP PP"]}]
    assert [lang["language"] for lang in doc["languages"]] == ["Polish", "English"]


def test_left_column_first_and_line_numbers_kept() -> None:
    out = split_columns(text_lines(PAGE))
    texts = [ln.text.strip() for ln in out if ln.text.strip()]
    assert texts.index("SKILLS") < texts.index("PROFILE")
    assert next(ln.number for ln in out if ln.text.strip() == "EXPERIENCE") == 5


def test_right_aligned_dates_are_not_a_column() -> None:
    text = "\n".join(f"Engineer at Company {k}                          20{10 + k} – 20{11 + k}\n- Built thing {k}."
                     for k in range(8))
    lines = text_lines("EXPERIENCE\n" + text)
    assert split_columns(lines) == lines


def test_lines_with_reader_cues_are_left_alone() -> None:
    lines = [Line("SKILLS                EXPERIENCE", 1, bold=True)] * 10
    assert split_columns(lines) == lines
