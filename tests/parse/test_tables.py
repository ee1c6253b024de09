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
