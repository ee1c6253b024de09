"""Application-form exports and label:value résumés (converter/parse/forms.py), end to end and by part."""
from __future__ import annotations

import pytest

from converter.lines import Line
from converter.parse import parse_lines, parse_text
from converter.parse.forms import is_form, label_kind, split_field
from converter.parse.items import Item, prepare
from converter.schema import validate

EXPORT = """===== Candidate profile export =====
First name: Ana
Last name: Quiroga-Berg
Headline: Data engineer (Spark, dbt)

Email: ana@example.org
Phone: +1 555 010 2030
City: Leeds
Province/State: West Yorkshire
Country: United Kingdom
LinkedIn profile URL: https://www.linkedin.com/in/ana-qb/
Personal website: anaqb.example.com
Summary: Data engineer who keeps pipelines
boring and dashboards honest.
Experience: Org A, Senior Data Engineer, Jun 2021 - Now; Org B, Data Engineer, Sep 2018 - May 2021; Org B, Barista, 2016
Education: Some University, BSc in Mathematics, 2013 - 2017, GPA 3.6/4.0; Elm High School, High School Diploma, 2013
Certifications: AWS Certified Data Engineer, Amazon Web Services, 2024-02-11; dbt Fundamentals, dbt Labs, 2022
Skills: Python, SQL, Spark, dbt
Languages: English (native); Spanish (C1)
Projects: tidyq, Queue linter, https://github.com/anaqb/tidyq; graphs, Lineage diagrams
Volunteer experience: Leeds Code Club, Mentor, 2019 - 2020
Awards: Hackathon winner, Org A, 2015, 2017
References: Jane Doe, CTO, Org A, jane@example.com; Bob Roe, Team Lead, Org B, bob@example.com
Position applied for: Senior Data Engineer
Are you legally authorized to work in the UK?: Yes
Salary expectation: 80000 - 90000
===== End =====
"""


#: The head of a small form: a name, an e-mail, one job and skills.
ANA = """First name: Ana
Last name: Roe
Email: ana@example.org
Experience: Acme Corp, Engineer, 2019 - 2021
Skills: Python, SQL
"""


def _items(text: str) -> list[Item]:
    return prepare([Line(t, number=n) for n, t in enumerate(text.splitlines(), 1)]).items


def test_an_export_fills_basics_from_its_labels():
    doc = parse_text(EXPORT).resume
    assert validate(doc) == []
    b = doc["basics"]
    assert b["name"] == "Ana Quiroga-Berg"
    assert b["label"] == "Data engineer (Spark, dbt)"
    assert (b["email"], b["phone"], b["url"]) == ("ana@example.org", "+1 555 010 2030", "https://anaqb.example.com")
    assert b["location"] == {"city": "Leeds", "region": "West Yorkshire", "countryCode": "GB"}
    assert b["profiles"] == [{"network": "LinkedIn", "username": "ana-qb",
                              "url": "https://www.linkedin.com/in/ana-qb/"}]
    assert b["summary"] == "Data engineer who keeps pipelines boring and dashboards honest."


def test_an_export_splits_one_line_sections_into_entries_and_fields():
    doc = parse_text(EXPORT).resume
    assert doc["work"] == [
        {"name": "Org A", "position": "Senior Data Engineer", "startDate": "2021-06"},
        {"name": "Org B", "position": "Data Engineer", "startDate": "2018-09", "endDate": "2021-05"},
        {"name": "Org B", "position": "Barista", "startDate": "2016", "endDate": "2016"},  # the form's field order
    ]
    assert doc["education"] == [
        {"institution": "Some University", "area": "Mathematics", "studyType": "BSc", "startDate": "2013",
         "endDate": "2017", "score": "3.6/4.0"},
        {"institution": "Elm High School", "studyType": "High School Diploma", "endDate": "2013"},
    ]
    assert doc["certificates"] == [
        {"name": "AWS Certified Data Engineer", "date": "2024-02-11", "issuer": "Amazon Web Services"},
        {"name": "dbt Fundamentals", "issuer": "dbt Labs"},  # a year is no certificate date
    ]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL", "Spark", "dbt"]}]
    assert doc["languages"] == [{"language": "English", "fluency": "native"},
                                {"language": "Spanish", "fluency": "C1"}]
    assert doc["projects"] == [
        {"name": "tidyq", "description": "Queue linter", "url": "https://github.com/anaqb/tidyq"},
        {"name": "graphs", "description": "Lineage diagrams"},
    ]
    assert doc["volunteer"] == [{"organization": "Leeds Code Club", "position": "Mentor", "startDate": "2019",
                                 "endDate": "2020"}]
    assert doc["awards"] == [{"title": "Hackathon winner, Org A", "date": "2015"},
                             {"title": "Hackathon winner, Org A", "date": "2017"}]
    assert doc["references"] == [
        {"name": "Jane Doe", "reference": "CTO, Org A, jane@example.com"},
        {"name": "Bob Roe", "reference": "Team Lead, Org B, bob@example.com"},
    ]


def test_form_questions_are_extra_sections_and_banners_are_dropped():
    result = parse_text(EXPORT)
    assert result.resume["meta"]["extraSections"] == [
        {"title": "Position applied for", "items": ["Senior Data Engineer"]},
        {"title": "Are you legally authorized to work in the UK?", "items": ["Yes"]},
        {"title": "Salary expectation", "items": ["80000 - 90000"]},  # not a phone: no phone label
    ]
    assert "=====" not in str(result.resume)
    assert result.structure[1] == result.structure[len(EXPORT.splitlines())] == "dropped (markup)"


def test_labels_in_other_languages():
    doc = parse_text("""Lebenslauf
Vorname: Jörg
Nachname: Weiß
Anschrift: Lindenstraße 12, 10115 Berlin
Telefon: +49 30 5550 1842
XING: https://www.xing.com/profile/Joerg_Weiss
Berufserfahrung: Spreeblick GmbH, Koordinator, 04/2021 – heute
Ausbildung: Hochschule Westhafen, Master of Science Informatik, 2015 – 2017, Note 1,5
Sprachen: Deutsch (Muttersprache); Englisch (C1)
Führerschein: Klasse B
""").resume
    basics = doc["basics"]
    assert basics["name"] == "Jörg Weiß" and basics["phone"] == "+49 30 5550 1842"
    assert basics["location"] == {"address": "Lindenstraße 12", "postalCode": "10115", "city": "Berlin"}
    assert basics["profiles"][0]["username"] == "Joerg_Weiss"
    assert doc["work"] == [{"name": "Spreeblick GmbH", "position": "Koordinator", "startDate": "2021-04"}]
    assert doc["education"][0]["score"] == "1,5" and doc["education"][0]["area"] == "Informatik"
    assert doc["meta"]["extraSections"] == [{"title": "Führerschein", "items": ["Klasse B"]}]


def test_split_field_takes_questions_and_refuses_urls():
    assert split_field("Are you legally authorized to work in the UK?: Yes") == (
        "Are you legally authorized to work in the UK?", "Yes")
    assert split_field("Surname*: Roe") == ("Surname", "Roe")
    assert split_field("Skills:") == ("Skills", "")
    assert split_field("https://example.com/a") is None
    assert split_field("2019: joined Acme") is None
    assert split_field("Mail me at jane@example.com: any time") is None


def test_label_kind():
    assert label_kind("Given name") == "first_name"
    assert label_kind("Family name") == "last_name"
    assert label_kind("Province/State") == "region"
    assert label_kind("Postal code") == "postal_code"
    assert label_kind("Notice period") is None


def test_ordinary_resumes_are_not_forms():
    cv = _items("""Jane Doe
Email: jane@example.com
Phone: +1 555 010 2000

Experience
Senior Engineer, Acme Corp, 2019 – Present
- Built the billing API.
- Cut latency by 40%.

Education
B.S. in Computer Science, State University, 2017

Skills: Python, Go
Languages: English, French
""")
    assert not is_form(cv)
    assert is_form(_items(EXPORT))


def test_bare_labels_hold_the_lines_below_them():
    doc = parse_text("""First name: Ana
Last name: Roe
Email: ana@example.org
Experience:
Jun 2019 - Present: Engineer, Acme Corp
Skills: Python, SQL
Languages: English (native)
How did you hear about us?: A friend
Cover letter:
I would like to join your team.
""").resume
    assert doc["work"] == [{"name": "Acme Corp", "position": "Engineer", "startDate": "2019-06"}]
    assert doc["meta"]["extraSections"] == [
        {"title": "How did you hear about us?", "items": ["A friend"]},
        {"title": "Cover letter", "items": ["I would like to join your team."]},
    ]


def test_a_title_line_with_the_name_a_title_label_and_a_salutation():
    result = parse_text("""CV – Marie Dupont

Nom : Dupont
Prénom : Marie
Titre : Cheffe de projet digital
Civilité : Mme
Courriel : marie.dupont@example.org
Expérience professionnelle : Maison Lenoir, Cheffe de projet, janv. 2020 – aujourd'hui
Formation : Lycée Ampère, Baccalauréat, 2010 ; Université de Lyon, Master en marketing, 2015
""")
    doc = result.resume
    assert doc["basics"] == {"name": "Marie Dupont", "label": "Cheffe de projet digital",
                             "email": "marie.dupont@example.org"}
    assert result.structure[1] == "dropped (markup)"
    assert doc["meta"]["extraSections"] == [{"title": "Civilité", "items": ["Mme"]}]
    assert doc["education"][0] == {"institution": "Lycée Ampère", "studyType": "Baccalauréat", "endDate": "2010"}


def test_other_entry_and_field_separators():
    doc = parse_text("""First name: Ana
Last name: Roe
Email: ana@example.org
Experience: Acme Corp, Senior Engineer, 2019-2021 | Beta Ltd, Developer, 2017 – 2019
Education: BSc Mathematics; University of Leeds; 2017
Projects: tidyq, queue linter (https://github.com/ana/tidyq)
Skills: Python | SQL | Docker
""").resume
    assert [(w["name"], w["position"]) for w in doc["work"]] == [("Acme Corp", "Senior Engineer"),
                                                                  ("Beta Ltd", "Developer")]
    assert doc["education"] == [{"institution": "University of Leeds", "area": "Mathematics", "studyType": "BSc",
                                 "endDate": "2017"}]
    assert doc["projects"] == [{"name": "tidyq", "description": "queue linter",
                                "url": "https://github.com/ana/tidyq"}]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL", "Docker"]}]


def test_address_lines_capital_surnames_country_codes_and_empty_answers():
    result = parse_text("""First name: Ana
Last name: QUIROGA
E-mail address: ana@example.org
Address line 1: 12 Main Street
Address line 2: Flat 4
City: Leeds
Country: GB
Website: N/A
Experience: Acme Corp, Engineer, 2019 - 2021
Skills: Python, SQL
""")
    basics = result.resume["basics"]
    assert basics["name"] == "Ana Quiroga"
    assert basics["location"] == {"address": "12 Main Street, Flat 4", "city": "Leeds", "countryCode": "GB"}
    assert "url" not in basics and "meta" not in result.resume
    assert result.structure[8] == "dropped (markup)"


def test_values_in_a_column_of_their_own():
    doc = parse_text("First name:      Ana\nLast name\tRoe\nEmail address:   ana@example.org\n"
                     "Experience:      Acme Corp, Engineer, 2019 - 2021\nSkills\tPython, SQL\n"
                     "Notice period?\t4 weeks\n").resume
    assert doc["basics"] == {"name": "Ana Roe", "email": "ana@example.org"}
    assert doc["work"] == [{"name": "Acme Corp", "position": "Engineer", "startDate": "2019", "endDate": "2021"}]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL"]}]
    assert doc["meta"]["extraSections"] == [{"title": "Notice period?", "items": ["4 weeks"]}]
    assert split_field("Acme Corp | Engineer") is None  # an unknown first column is no label


def test_references_without_a_contact_still_name_the_referee():
    doc = parse_text(ANA + """References: Jane Doe, Engineering Manager, Acme Corp; Bob Roe, CTO, Beta Ltd
""").resume
    assert doc["references"] == [{"name": "Jane Doe", "reference": "Engineering Manager, Acme Corp"},
                                 {"name": "Bob Roe", "reference": "CTO, Beta Ltd"}]


def test_a_long_question_over_its_answer():
    doc = parse_text(ANA + """Notice period: 4 weeks

Why would you like to work for our company in particular?
I have used your product for years.
""").resume
    assert doc["meta"]["extraSections"][-1] == {"title": "Why would you like to work for our company in particular?",
                                                "items": ["I have used your product for years."]}


def test_a_form_written_as_a_markdown_list():
    doc = parse_text("""# Candidate profile

- **First name:** Ana
- **Last name:** Roe
- **Email:** ana@example.org
- **Experience:** Acme Corp, Engineer, 2019 - 2021; Beta Ltd, Developer, 2017 - 2019
- **Skills:** Python, SQL
- **Notice period:** 4 weeks
""").resume
    assert doc["basics"] == {"name": "Ana Roe", "email": "ana@example.org"}
    assert [w["name"] for w in doc["work"]] == ["Acme Corp", "Beta Ltd"]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL"]}]
    assert doc["meta"]["extraSections"] == [{"title": "Notice period", "items": ["4 weeks"]}]


def test_group_titles_and_a_title_line_above_the_fields():
    result = parse_text("""Candidate Profile — Req 4471 Senior Accountant

Personal Information
Legal Name: Olusegun Adeyemi-Park
Email Address: segun.ap@example.com

Work History
Job Title: Senior Accountant
Company: Lakeshore Foods Inc.
From: 08/2020
To: Current

Application Questions
Are you legally eligible to work in Canada?: Yes
Desired salary: 95,000 CAD
""")
    doc = result.resume
    assert doc["basics"] == {"name": "Olusegun Adeyemi-Park", "email": "segun.ap@example.com"}
    assert doc["work"] == [{"name": "Lakeshore Foods Inc.", "position": "Senior Accountant", "startDate": "2020-08"}]
    assert [s["title"] for s in doc["meta"]["extraSections"]] == ["Are you legally eligible to work in Canada?",
                                                                 "Desired salary"]
    assert result.structure[1] == result.structure[13] == "dropped (markup)"


def test_category_lines_under_a_bare_list_label():
    doc = parse_text("""First name: Ana
Last name: Roe
Email: ana@example.org
Experience: Acme Corp, Engineer, 2019 - 2021
Skills:
Programming: Python, Go
Tools: Docker
Languages:
English: native
Spanish: C1

Notice period: 4 weeks
""").resume
    assert doc["skills"] == [{"name": "Programming", "keywords": ["Python", "Go"]},
                             {"name": "Tools", "keywords": ["Docker"]}]
    assert doc["languages"] == [{"language": "English", "fluency": "native"}, {"language": "Spanish", "fluency": "C1"}]
    assert doc["meta"]["extraSections"] == [{"title": "Notice period", "items": ["4 weeks"]}]


def test_a_phone_label_with_more_words():
    doc = parse_text("""Nombre: Lucía
Apellidos: Fernández Ortega
Teléfono móvil: +34 655 512 345
Correo electrónico: lucia.fo@example.com
Experiencia laboral: Banco Sur, Ingeniera de datos, ene. 2021 – actualidad
Idiomas: Español (nativo); Inglés (C1)
""").resume
    assert doc["basics"] == {"name": "Lucía Fernández Ortega", "email": "lucia.fo@example.com",
                             "phone": "+34 655 512 345"}


def test_an_undated_one_word_answer_under_a_work_label_is_no_job():
    doc = parse_text("""First name: Ana
Last name: Roe
Email: ana@example.org
Position: Senior Data Engineer
Experience: 8 years
Work experience: Acme Corp, Engineer, 2019 - 2021
Skills: Python, SQL
""").resume
    assert doc["work"] == [{"name": "Acme Corp", "position": "Engineer", "startDate": "2019", "endDate": "2021"}]
    assert doc["meta"]["extraSections"] == [{"title": "Position", "items": ["Senior Data Engineer"]},
                                            {"title": "Experience", "items": ["8 years"]}]


def test_contacts_after_a_block_are_the_persons_and_referees_keep_theirs():
    doc = parse_text("""First name: Ana
Last name: Roe
Work experience:
Acme Corp, Engineer, 2019 - 2021
Email: ana@example.org
Skills: Python, SQL
References:
Name: Jane Doe
Phone: +1 555 010 2000
""").resume
    assert doc["basics"]["email"] == "ana@example.org"
    assert doc["references"] == [{"name": "Jane Doe", "reference": "+1 555 010 2000"}]


ABOVE = ["First name", "Ana", "", "Last name", "Roe", "", "Email", "ana@example.org", "", "City", "Leeds", "",
         "Country", "United Kingdom", "", "Work experience", "Acme Corp, Engineer, 2019 - 2021", "", "Skills",
         "Python, SQL", "", "Are you willing to relocate?", "No"]
#: An HTML or DOCX table of label and value cells, as a reader joins them.
CELLS = ["First name Ana", "Last name Roe", "Email ana@example.org", "City Leeds",
         "Experience Acme Corp, Engineer, 2019 - 2021", "Skills Python, SQL", "Notice period 4 weeks",
         "Country", "United Kingdom"]


@pytest.mark.parametrize(("lines", "extra"), [
    (ABOVE, {"title": "Are you willing to relocate?", "items": ["No"]}),
    (CELLS, {"title": "Notice period 4 weeks", "items": ["Notice period 4 weeks"]}),  # (no label to tell)
], ids=["label above value", "cells joined by a space"])
def test_labels_apart_from_their_colon(lines: list[str], extra: dict):
    doc = parse_lines([Line(t, number=n) for n, t in enumerate(lines, 1)]).resume
    assert doc["basics"] == {"name": "Ana Roe", "email": "ana@example.org",
                             "location": {"city": "Leeds", "countryCode": "GB"}}
    assert doc["work"] == [{"name": "Acme Corp", "position": "Engineer", "startDate": "2019", "endDate": "2021"}]
    assert doc["skills"] == [{"name": "Skills", "keywords": ["Python", "SQL"]}]
    assert doc["meta"]["extraSections"] == [extra]


def test_a_numbered_label_is_its_label():
    from converter.parse.forms import entry_kind
    assert [entry_kind(x) for x in ("Project #1", "Project 2", "Project No. 3", "Client", "Environment",
                                    "Team Size", "Roles & Responsibilities", "Year 12")] == [
        "name", "name", "name", "org", "keywords", "note", "text", None]
