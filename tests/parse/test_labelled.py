"""Sections written as labelled blocks (converter/parse/labelled.py): the labels name the fields."""
from __future__ import annotations

from converter.lines import Line
from converter.parse import parse_text
from converter.parse.items import Item, prepare
from converter.parse.labelled import assign, is_labelled
from converter.schema import validate

EXPORT = """Candidate: Priya Natarajan
Email: priya.n@example.com
Location: Austin, TX

Work Experience
Job Title: Senior Product Designer
Company: Lumen Health
Location: Austin, TX
Start Date: 03/2021
End Date: Present
Description: Led the redesign of the patient portal
and its design system.

Job Title: Product Designer
Company: Brightpath Learning
Dates: 06/2017 - 02/2021
- Designed onboarding flows for 2M learners.

Education
School: University of Texas at Austin
Degree: Bachelor of Fine Arts
Field of Study: Design
End Date: 2017
GPA: 3.8/4.0

Certifications
Name: Certified Usability Analyst
Issuer: Human Factors International
Date: 2022-05-12

Skills: Figma, Prototyping
Willing to relocate?: No
"""


def _items(text: str) -> list[Item]:
    return prepare([Line(t, number=n) for n, t in enumerate(text.splitlines(), 1)]).items


def test_labelled_blocks_give_one_entry_each():
    doc = parse_text(EXPORT).resume
    assert validate(doc) == []
    assert doc["work"] == [
        {"name": "Lumen Health", "location": "Austin, TX", "position": "Senior Product Designer",
         "startDate": "2021-03", "summary": "Led the redesign of the patient portal and its design system."},
        {"name": "Brightpath Learning", "position": "Product Designer", "startDate": "2017-06",
         "endDate": "2021-02", "highlights": ["Designed onboarding flows for 2M learners."]},
    ]
    assert doc["education"] == [{"institution": "University of Texas at Austin", "area": "Design",
                                 "studyType": "Bachelor of Fine Arts", "endDate": "2017", "score": "3.8/4.0"}]
    assert doc["certificates"] == [{"name": "Certified Usability Analyst", "date": "2022-05-12",
                                    "issuer": "Human Factors International"}]
    assert doc["basics"]["location"] == {"city": "Austin", "region": "TX"}  # the entry's Location stays there
    assert doc["meta"]["extraSections"] == [{"title": "Willing to relocate?", "items": ["No"]}]


def test_the_same_blocks_under_ordinary_headings():
    doc = parse_text("""PRIYA NATARAJAN
priya.n@example.com

EXPERIENCE
Company: Lumen Health
Role: Designer
From: 2019
To: 2021
Company: Brightpath Learning
Role: Intern
From: 2018
""").resume
    assert [(w["name"], w["position"], w["startDate"], w.get("endDate")) for w in doc["work"]] == [
        ("Lumen Health", "Designer", "2019", "2021"), ("Brightpath Learning", "Intern", "2018", None)]


def test_a_few_labelled_notes_are_not_blocks():
    notes = _items("""Senior Engineer, Acme Corp, 2019 – 2021
Technologies: Python, Go
Advisor: Dr. Jane Roe
- Built the billing API.
""")
    assert not is_labelled(notes, "work")
    assert assign(notes, "work") is None
    school = _items("""B.S. in Computer Science, State University, 2017
GPA: 3.8/4.0
Courses: Algorithms, Databases
""")
    assert not is_labelled(school, "education")


def test_award_and_certificate_dates():
    awards = assign(_items("Award: Dean's List\nAwarded by: State University\nYear: 2016"), "awards")
    assert awards == [{"title": "Dean's List", "awarder": "State University", "date": "2016"}]
    certificate = assign(_items("Certification: PMP\nIssuer: PMI\nDate: 2020"), "certificates")
    assert certificate == [{"name": "PMP", "issuer": "PMI"}]  # a year is no certificate date


def test_several_fields_to_a_line():
    entries = assign(_items("Company: Acme | Job title: Engineer\nStart date: 2019 | End date: 2021\n"
                            "Company: Beta | Job title: Intern\nStart date: 2018"), "work")
    assert entries == [{"name": "Acme", "position": "Engineer", "startDate": "2019", "endDate": "2021"},
                       {"name": "Beta", "position": "Intern", "startDate": "2018"}]


def test_referee_blocks():
    entries = assign(_items("""Name: Jane Doe
Title: Engineering Manager
Company: Acme Corp
Phone: +1 555 010 2000
Relationship: Former manager
Name: Bob Roe
Email: bob@example.com
"""), "references")
    assert entries == [
        {"name": "Jane Doe", "reference": "Engineering Manager, Acme Corp, +1 555 010 2000, Former manager"},
        {"name": "Bob Roe", "reference": "bob@example.com"},
    ]


def test_indian_project_blocks():
    text = ("Ann Example\n\nPROJECTS\nProject #1: Claims Portal\nClient: Example Insurance (USA)\nRole: Module Lead\n"
            "Team Size: 8\nDuration: Jan 2021 – till date\nEnvironment: Java 11, Spring Boot, Oracle\nDescription:\n"
            "A portal to file claims online.\nRoles & Responsibilities:\n§ Designed REST APIs.\n\n"
            "Project #2: Billing\nClient: Sample Retail Corp\nRole: Developer\nDuration: Sep 2016 – Apr 2019\n"
            "Technologies Used: Java 8, MySQL\n")
    assert parse_text(text).resume["projects"] == [
        {"name": "Claims Portal", "description": "Team Size: 8; A portal to file claims online.",
         "highlights": ["Designed REST APIs."], "keywords": ["Java 11", "Spring Boot", "Oracle"],
         "startDate": "2021-01", "roles": ["Module Lead"], "entity": "Example Insurance (USA)"},
        {"name": "Billing", "keywords": ["Java 8", "MySQL"], "startDate": "2016-09", "endDate": "2019-04",
         "roles": ["Developer"], "entity": "Sample Retail Corp"}]


def test_spanish_referees_as_nombre_and_telefono_blocks():
    text = ("Ana Pérez\n\nREFERENCIAS PERSONALES\nNombre: Laura Martínez\nTeléfono: 310 555 0123\n"
            "Nombre: Jorge Díaz\nTeléfono: 311 555 0456\n")
    assert parse_text(text).resume["references"] == [
        {"name": "Laura Martínez", "reference": "310 555 0123"}, {"name": "Jorge Díaz", "reference": "311 555 0456"}]


def test_an_indian_labelled_job_whose_organisation_ends_in_its_city():
    text = ("Ann Example\n\nPROFESSIONAL EXPERIENCE\nOrganization: Example Tech Solutions Pvt. Ltd., Bengaluru\n"
            "Designation: Software Engineer\nDuration: Jul 2020 – Present\n")
    assert parse_text(text).resume["work"] == [{"name": "Example Tech Solutions Pvt. Ltd.", "location": "Bengaluru",
                                                "position": "Software Engineer", "startDate": "2020-07"}]
