"""Markdown tables: the header names each column's part of the entry."""
from __future__ import annotations

from converter.parse import parse_text
from converter.parse.tables import row_lines

TEXT = """# Ana Example

## Experience

| Period | Role | Company | Highlights |
|---|---|---|---|
| 2021 – present | Senior Developer | Example Digital, Porto | Cut latency 3×<br>Led the upgrade |

## Skills

| Area | Tools |
|---|---|
| Data | PostgreSQL, Kafka |
"""


def test_table_rows_become_entries():
    doc = parse_text(TEXT).resume
    assert doc["work"] == [{"name": "Example Digital", "location": "Porto", "position": "Senior Developer",
                            "startDate": "2021", "highlights": ["Cut latency 3×", "Led the upgrade"]}]
    assert doc["skills"] == [{"name": "Data", "keywords": ["PostgreSQL", "Kafka"]}]


def test_unknown_columns_are_kept_as_notes():
    assert row_lines(["Year", "Role", "Mood"], ["2020", "Chef", "happy"]) == [
        ("Chef", False), ("2020", False), ("Mood: happy", False)]


ALIGNED = """SHREYA EXAMPLE

EDUCATION
Qualification       Institute                           Year    CGPA / %
B.E. (Mech.)        Example Institute of Technology     2025    8.1/10
Class XII (HSC)     Example Junior College              2021    88.50%
"""


def test_space_aligned_table_rows_are_entries() -> None:
    doc = parse_text(ALIGNED).resume
    assert [e["institution"] for e in doc["education"]] == ["Example Institute of Technology",
                                                            "Example Junior College"]
    assert [e["score"] for e in doc["education"]] == ["8.1/10", "88.50%"]
    assert [e["endDate"] for e in doc["education"]] == ["2025", "2021"]


def test_grants_table_award_is_the_title_and_a_role_a_note():
    assert row_lines(["Years", "Grant", "Agency", "Role", "Amount"], ["2022–2025", "K99 Award", "NIH", "PI", "$9"]) == [
        ("K99 Award", False), ("2022–2025", False), ("Role: PI", False), ("Agency: NIH", False),
        ("Amount: $9", False)]


def test_a_status_cell_that_restates_the_dates_is_dropped_and_any_other_kept():
    header = ["기간", "학교명", "전공", "구분"]
    assert row_lines(header, ["2015.03 ~ 2019.02", "한빛대학교", "컴퓨터공학과", "졸업"]) == [
        ("한빛대학교", False), ("컴퓨터공학과", False), ("2015.03 ~ 2019.02", False)]
    assert row_lines(header, ["2015.03 ~ 2019.02", "한빛대학교", "컴퓨터공학과", "편입"]) == [
        ("한빛대학교", False), ("컴퓨터공학과", False), ("2015.03 ~ 2019.02", False), ("구분: 편입", False)]
