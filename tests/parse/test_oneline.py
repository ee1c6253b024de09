"""Sections written on one line (converter/parse/oneline.py): entries at ';', fields at ','."""
from __future__ import annotations

from converter.parse import parse_text
from converter.parse.items import Item
from converter.parse.oneline import fields


def test_a_one_line_section_under_an_ordinary_heading():
    doc = parse_text("""Jane Doe
jane@example.com

Experience
Acme Corp, Engineer, 2019 – 2021; Beta Ltd, Developer, 2017 – 2019

References
John Roe, Manager, Acme Corp, john@example.com; Mary Major, Lead, Beta Ltd, mary@example.com
""").resume
    assert [(w["name"], w["position"], w["startDate"]) for w in doc["work"]] == [
        ("Acme Corp", "Engineer", "2019"), ("Beta Ltd", "Developer", "2017")]
    assert [r["name"] for r in doc["references"]] == ["John Roe", "Mary Major"]


def test_a_sentence_with_a_semicolon_stays_one_entry():
    doc = parse_text("""Jane Doe

Experience
Freelance consulting; clients in retail
""").resume
    assert len(doc["work"]) == 1


def test_fields_keep_dates_places_and_decimal_commas_whole():
    part = Item("Acme Corp, Austin, TX, Engineer, May 5, 2024", (1,))
    assert [f.md for f in fields(part)] == ["Acme Corp", "Austin, TX", "Engineer", "May 5, 2024"]
    assert [f.md for f in fields(Item("Uni, MSc, Note 1,5", (1,)))] == ["Uni", "MSc", "Note 1,5"]
    city = fields(Item("Globex, Barista, Leeds, 2019", (1,)))
    assert [(f.md, f.italic) for f in city] == [("Globex", False), ("Barista", False), ("Leeds", True),
                                                ("2019", False)]


def test_a_note_after_a_semicolon_stays_with_its_entry():
    doc = parse_text("""Jane Doe

Education
BSc Mathematics, University of Leeds, 2017; Thesis: sparse solvers, with distinction
""").resume
    assert len(doc["education"]) == 1


def test_dated_fields_in_closing_brackets():
    assert [f.md for f in fields(Item("PMP (Project Management Institute, 2019-06-01)", (1,)))] == [
        "PMP", "Project Management Institute", "2019-06-01"]
    undated = fields(Item("Acme, Data Engineer (Spark, dbt)", (1,)))
    assert [f.md for f in undated] == ["Acme", "Data Engineer (Spark, dbt)"]
