"""End to end on small fictional résumés: sections, entries, fields, provenance, nothing lost."""
from __future__ import annotations

from converter.lines import Line
from converter.parse import parse_lines, parse_text
from converter.schema import validate

PLAIN = """JANE Q. EXAMPLE
Senior Software Engineer
jane@example.com | +1 (555) 010-2000 | github.com/janeq | Austin, TX

SUMMARY
Backend engineer who likes boring, reliable systems.

PROFESSIONAL EXPERIENCE
Senior Software Engineer | Acme Corp | Jan 2021 – Present
- Cut p99 latency by 40% across the payments API.
- Mentored four engineers;
  two were promoted.
Software Engineer, Initech                                   06/2017 - 12/2020
• Built the billing pipeline.

EDUCATION
B.S. in Computer Science, State University, 2017
GPA: 3.8/4.0

SKILLS
Languages: Python, Go, SQL
Tools: Docker, Kubernetes

MEMBERSHIPS
Association for Computing Machinery, member since 2015
"""


def test_plain_text_resume():
    doc = parse_text(PLAIN).resume
    assert validate(doc) == []
    b = doc["basics"]
    assert b["name"] == "Jane Q. Example" and b["label"] == "Senior Software Engineer"
    assert b["email"] == "jane@example.com" and b["phone"] == "+1 (555) 010-2000"
    assert b["profiles"] == [{"network": "GitHub", "username": "janeq", "url": "https://github.com/janeq"}]
    assert b["location"] == {"city": "Austin", "region": "TX"}
    assert b["summary"] == "Backend engineer who likes boring, reliable systems."
    first, second = doc["work"]
    assert (first["name"], first["position"], first["startDate"]) == (
        "Acme Corp", "Senior Software Engineer", "2021-01")
    assert "endDate" not in first
    assert first["highlights"] == ["Cut p99 latency by 40% across the payments API.",
                                   "Mentored four engineers; two were promoted."]
    assert (second["name"], second["position"], second["startDate"], second["endDate"]) == (
        "Initech", "Software Engineer", "2017-06", "2020-12")
    (edu,) = doc["education"]
    assert (edu["studyType"], edu["area"], edu["institution"], edu["endDate"], edu["score"]) == (
        "B.S.", "Computer Science", "State University", "2017", "3.8/4.0")
    assert doc["skills"] == [{"name": "Languages", "keywords": ["Python", "Go", "SQL"]},
                             {"name": "Tools", "keywords": ["Docker", "Kubernetes"]}]
    assert doc["meta"]["extraSections"] == [
        {"title": "Memberships", "items": ["Association for Computing Machinery, member since 2015"]}]


def test_provenance_points_at_the_source_lines():
    result = parse_text(PLAIN)
    lines = PLAIN.splitlines()
    assert result.provenance["/basics/name"] == [1]
    assert result.provenance["/work/0/name"] == [9]
    assert "Mentored" in lines[result.provenance["/work/0/highlights/1"][0] - 1]
    assert result.provenance["/work/0/highlights/1"] == [11, 12]
    for pointer, numbers in result.provenance.items():
        assert numbers and all(1 <= n <= len(lines) for n in numbers), pointer


def test_every_content_line_lands_somewhere():
    result = parse_text(PLAIN)
    used = {n for ns in result.provenance.values() for n in ns} | set(result.structure)
    content = {n for n, text in enumerate(PLAIN.splitlines(), 1) if text.strip()}
    assert content - used == set()


def test_markdown_personal_page():
    text = """---
title: "About"
author: Ana Lima
---

I build compilers. Previously at [Example Labs](https://labs.example.org).

Publications
============
- **Ana Lima**, Bo Chen, "*[Fast Parsing](https://papers.example.org/1)*", *Conf. on Parsing (CoP)*, Accepted, 2025.

News
====
- 5-2025: Joined Example Labs. ðŸŽ‰
"""
    doc = parse_text(text).resume
    assert doc["basics"]["name"] == "Ana Lima"
    assert doc["basics"]["summary"] == "I build compilers. Previously at Example Labs."
    (pub,) = doc["publications"]
    assert pub == {"name": "Fast Parsing", "publisher": "Conf. on Parsing (CoP)", "releaseDate": "2025",
                   "url": "https://papers.example.org/1", "summary": "Ana Lima, Bo Chen; Accepted"}
    assert doc["meta"]["extraSections"] == [{"title": "News", "items": ["5-2025: Joined Example Labs."]}]


def test_reader_cues_are_used_when_present():
    lines = [Line("Ada Example", 1, heading=1), Line("Experience", 2, heading=2),
             Line("Analyst, Example Bank", 3, bold=True, right="2019 – 2021"),
             Line("Built risk models.", 4, bullet=True)]
    (job,) = parse_lines(lines).resume["work"]
    assert job == {"name": "Example Bank", "position": "Analyst", "startDate": "2019", "endDate": "2021",
                   "highlights": ["Built risk models."]}


def test_german_resume():
    text = """Max Mustermann
Berufserfahrung
Softwareentwickler bei Beispiel GmbH, München
März 2020 – heute
- Entwicklung von Schnittstellen
Ausbildung
M.Sc. Informatik, Technische Universität Beispielstadt
10.2015 – 09.2019
Sprachen
Deutsch (Muttersprache), Englisch (C1)
"""
    doc = parse_text(text).resume
    (job,) = doc["work"]
    assert (job["position"], job["name"], job["location"], job["startDate"]) == (
        "Softwareentwickler", "Beispiel GmbH", "München", "2020-03")
    assert doc["languages"] == [{"language": "Deutsch", "fluency": "Muttersprache"},
                                {"language": "Englisch", "fluency": "C1"}]
    assert doc["education"][0]["startDate"] == "2015-10"
