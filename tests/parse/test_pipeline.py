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


def test_profile_readme_greeting_and_badges() -> None:
    text = ("# Hi, I'm Kwabena Example-Lund\n\n**Platform Engineer** · Oslo, Norway\n\n"
            "[![GitHub](https://img.shields.io/badge/GitHub-kx-181717)](https://github.com/kx)\n"
            "[![Email](https://img.shields.io/badge/Email-kx-D14836)](mailto:kx@example.com)\n"
            "[![Blog](https://img.shields.io/badge/blog-kx.example.dev-black)](https://kx.example.dev)\n")
    basics = parse_text(text).resume["basics"]
    assert basics["name"] == "Kwabena Example-Lund"
    assert basics["label"] == "Platform Engineer"
    assert basics["location"] == {"city": "Oslo", "countryCode": "NO"}
    assert basics["email"] == "kx@example.com"
    assert basics["url"] == "https://kx.example.dev"
    assert basics["profiles"] == [{"network": "GitHub", "username": "kx", "url": "https://github.com/kx"}]


def test_apa_references_with_a_hanging_indent() -> None:
    text = ("Ana Example\n\nPUBLICATIONS\nJournal articles\n"
            "Example, A., & Roe, B. (2024). Seagrass after the storm. Coastal Letters, 19(2), 145–162.\n"
            "    https://doi.org/10.5555/cl.2024.1\n"
            "Example, A. (2023, junho). A talk on meadows [Oral presentation]. 12th Congress of Ecology,\n"
            "    Coimbra, Portugal.\n")
    pubs = parse_text(text).resume["publications"]
    assert pubs == [
        {"name": "Seagrass after the storm", "publisher": "Coastal Letters, 19(2), 145–162", "releaseDate": "2024",
         "url": "https://doi.org/10.5555/cl.2024.1", "summary": "Example, A., & Roe, B."},
        {"name": "A talk on meadows", "publisher": "12th Congress of Ecology, Coimbra, Portugal",
         "releaseDate": "2023-06", "summary": "Example, A.; Oral presentation"}]


def test_employer_line_over_several_positions() -> None:
    text = ("Pat Example\n\nEXPERIENCE\nNorthwind Traders, Inc. — Denver, CO\n"
            "Regional Sales Manager          Mar 2020 – Present\n• Grew bookings.\n\n"
            "Senior Account Executive        Jun 2017 – Feb 2020\n• Closed deals.\n")
    work = parse_text(text).resume["work"]
    assert [(w["name"], w["position"], w.get("location")) for w in work] == [
        ("Northwind Traders, Inc.", "Regional Sales Manager", "Denver, CO"),
        ("Northwind Traders, Inc.", "Senior Account Executive", "Denver, CO")]


def test_role_first_then_the_line_naming_the_company() -> None:
    text = ("Giulia Example\n\nESPERIENZA PROFESSIONALE\n\ngen 2019 – oggi\n"
            "Responsabile pianificazione della produzione\nConfezioni Example S.p.A., Castel Maggiore (BO)\n"
            "• Coordino un team.\n")
    work = parse_text(text).resume["work"]
    assert work == [{"name": "Confezioni Example S.p.A.", "location": "Castel Maggiore (BO)",
                     "position": "Responsabile pianificazione della produzione", "startDate": "2019-01",
                     "highlights": ["Coordino un team."]}]


def test_writer_forms_read_back() -> None:
    """The lines Vita's own PDF/DOCX writers print, as their readers hand them over."""
    lines = [Line("Sam Example", 1, heading=1, bold=True),
             Line("Experience", 2, heading=2, bold=True),
             Line("**Head Chef**, *The Salt Loft*", 3, right="2021 – Present"),
             Line("Bristol", 4, italic=True),
             Line("Education", 5, heading=2, bold=True),
             Line("Example College", 6, bold=True, right="2007 – 2009"),
             Line("Cookery Diploma", 7),
             Line("Student Chef of the Year 2009", 8),
             Line("Skills", 9, heading=2, bold=True),
             Line("Figma (●●●●○)", 10, bold=True),
             Line("References", 11, heading=2, bold=True),
             Line("Prof. Ada Example", 12, bold=True),
             Line("Doctoral advisor, Example University", 13)]
    doc = parse_lines(lines).resume
    assert doc["work"][0]["location"] == "Bristol"
    assert len(doc["education"]) == 1 and doc["education"][0]["endDate"] == "2009"
    assert doc["skills"] == [{"name": "Figma", "level": "●●●●○"}]
    assert doc["references"] == [{"name": "Prof. Ada Example", "reference": "Doctoral advisor, Example University"}]


def test_hh_ru_top_block_and_an_unheaded_consent_clause() -> None:
    doc = parse_text(
        "Орлова Дарья Сергеевна\n"
        "Женщина, 29 лет, родилась 3 марта 1995\n\n"
        "+7 (999) 555-40-40 — предпочитаемый способ связи\n"
        "d.orlova@example.com\n"
        "Проживает: Казань\n\n"
        "Ключевые навыки\n"
        "Python  SQL  Airflow\n\n"
        "Wyrażam zgodę na przetwarzanie moich danych osobowych\n"
        "dla potrzeb rekrutacji.\n").resume
    assert doc["basics"] == {"name": "Орлова Дарья Сергеевна", "email": "d.orlova@example.com",
                             "phone": "+7 (999) 555-40-40", "location": {"city": "Казань"}}
    assert doc["skills"] == [{"name": "Ключевые навыки", "keywords": ["Python", "SQL", "Airflow"]}]
    assert doc["meta"]["extraSections"] == [
        {"title": "Женщина", "items": ["Женщина, 29 лет, родилась 3 марта 1995"]},
        {"title": "Wyrażam zgodę",
         "items": ["Wyrażam zgodę na przetwarzanie moich danych osobowych dla potrzeb rekrutacji."]}]


def test_role_at_org_in_more_languages() -> None:
    doc = parse_text("Ana Lima\nana@example.com\n\nExperiência Profissional\n"
                     "Programadora na Atlântico Sistemas (desde 2021)\n\n"
                     "Опыт работы\nАналитик в ООО «Ромашка», 2018 – 2020\n").resume
    assert [(w["position"], w["name"], w["startDate"], w.get("endDate")) for w in doc["work"]] == [
        ("Programadora", "Atlântico Sistemas", "2021", None), ("Аналитик", "ООО «Ромашка»", "2018", "2020")]


def test_polish_personal_rows_address_and_labelled_field() -> None:
    doc = parse_text("Anna Kowalska\nData urodzenia: 12.03.1994\nE-mail: anna.kowalska@example.com\n"
                     "Adres: ul. Długa 5, 00-001 Warszawa\n\nWYKSZTAŁCENIE\n2012 – 2016\n"
                     "Szkoła Główna Handlowa w Warszawie\nLicencjat, kierunek: Finanse i rachunkowość\n").resume
    assert doc["basics"]["location"] == {"address": "ul. Długa 5", "postalCode": "00-001", "city": "Warszawa"}
    assert doc["meta"]["extraSections"] == [{"title": "Data urodzenia", "items": ["12.03.1994"]}]
    assert doc["education"][0]["studyType"] == "Licencjat"
    assert doc["education"][0]["area"] == "Finanse i rachunkowość"


def test_russian_handmade_cv_labels_city_mark_and_school_line() -> None:
    doc = parse_text("ИВАНОВ ИВАН ИВАНОВИЧ\nТел.: +7 (912) 555-12-34\nГород: Екатеринбург\n\nОПЫТ РАБОТЫ\n"
                     "09.2019 – н.в.    ООО «Альфа», г. Екатеринбург\nИнженер-программист\n\nОБРАЗОВАНИЕ\n"
                     "2013–2017 гг.    Уральский федеральный университет, специальность «Прикладная информатика»,"
                     " бакалавр\n").resume
    assert doc["basics"] == {"name": "Иванов Иван Иванович", "phone": "+7 (912) 555-12-34",
                             "location": {"city": "Екатеринбург"}}
    assert doc["work"] == [{"name": "ООО «Альфа»", "location": "г. Екатеринбург", "position": "Инженер-программист",
                            "startDate": "2019-09"}]
    assert doc["education"] == [{"institution": "Уральский федеральный университет", "area": "Прикладная информатика",
                                 "studyType": "бакалавр", "startDate": "2013", "endDate": "2017"}]


def test_swedish_town_after_contacts_compound_role_and_degree_i_field() -> None:
    doc = parse_text("Sara Nilsson\nEkonom\nsara.nilsson@example.com • 070-555 66 77 • Uppsala\n\nErfarenhet\n"
                     "2021 – nu    Redovisningsekonom, Norrsken Revision AB, Stockholm\n\nUtbildning\n"
                     "2015 – 2018  Civilekonomprogrammet, Uppsala universitet\n"
                     "             Kandidatexamen i företagsekonomi\n").resume
    assert doc["basics"]["label"] == "Ekonom" and doc["basics"]["location"] == {"city": "Uppsala"}
    assert doc["work"] == [{"name": "Norrsken Revision AB", "location": "Stockholm", "position": "Redovisningsekonom",
                            "startDate": "2021"}]
    assert doc["education"] == [{"institution": "Uppsala universitet", "area": "företagsekonomi",
                                 "studyType": "Kandidatexamen", "startDate": "2015", "endDate": "2018",
                                 "summary": "Civilekonomprogrammet"}]


def test_brazilian_personal_line_labelled_date_and_languages_without_separator() -> None:
    doc = parse_text("MARIA SILVA SANTOS\nBrasileira, solteira, 28 anos\nE-mail: maria@example.com\n\n"
                     "FORMAÇÃO ACADÊMICA\nBacharelado em Administração – Universidade Federal de Minas Gerais\n"
                     "Conclusão: 12/2018\n\nIDIOMAS\nInglês avançado\nEspanhol intermediário\n").resume
    assert doc["meta"]["extraSections"] == [{"title": "Brasileira", "items": ["Brasileira, solteira, 28 anos"]}]
    assert doc["education"] == [{"institution": "Universidade Federal de Minas Gerais", "area": "Administração",
                                 "studyType": "Bacharelado", "endDate": "2018-12"}]
    assert doc["languages"] == [{"language": "Inglês", "fluency": "avançado"},
                                {"language": "Espanhol", "fluency": "intermediário"}]


def test_certificates_line_under_skills_and_certificates():
    text = ("Ann Example\n\nSKILLS & CERTIFICATES\n\nBar: cocktails, cellar work\n"
            "Certificates: RSA, Food Safety Level 2, First Aid (exp. 2026)\n")
    resume = parse_text(text).resume
    assert resume["skills"] == [{"name": "Bar", "keywords": ["cocktails", "cellar work"]}]
    assert resume["certificates"] == [
        {"name": "RSA"}, {"name": "Food Safety Level 2"}, {"name": "First Aid (exp. 2026)"}]


def test_artist_sections():
    text = ("Ann Example\n\n## Solo Exhibitions\n\n2024  *Salt Ledger*, Tollbooth Gallery, Glasgow\n\n"
            "## Selected Work\n\n- *Slack Water*, 2022, 4-channel audio\n\n"
            "## Selected Bibliography\n\n- Hollis, Mara. \"Salt Ledger.\" *Scottish Art Review*, May 2024.\n")
    resume = parse_text(text).resume
    assert resume["meta"]["extraSections"] == [
        {"title": "Solo Exhibitions", "items": ["2024 Salt Ledger, Tollbooth Gallery, Glasgow"]},
        {"title": "Selected Work", "items": ["Slack Water, 2022, 4-channel audio"]}]
    assert [(p["name"], p["publisher"], p["releaseDate"]) for p in resume["publications"]] == [
        ("Salt Ledger", "Scottish Art Review", "2024-05")]


def test_uk_teacher_facts_under_the_contacts():
    text = ("Ann Example\nLeeds, UK | ann@example.com\nTeacher Reference Number (TRN): 5551234\n"
            "DBS: Enhanced, on the Update Service\nVisa: Working Holiday (subclass 417)\n")
    assert parse_text(text).resume["meta"]["extraSections"] == [
        {"title": "Teacher Reference Number (TRN)", "items": ["5551234"]},
        {"title": "DBS", "items": ["Enhanced, on the Update Service"]},
        {"title": "Visa", "items": ["Working Holiday (subclass 417)"]}]


def test_languages_known_among_personal_details_are_languages():
    resume = parse_text("Ann Example\n\nPERSONAL DETAILS\nMarital Status    :  Married\n"
                        "Languages Known   :  English, Hindi, Marathi\n").resume
    assert resume["languages"] == [{"language": "English"}, {"language": "Hindi"}, {"language": "Marathi"}]
    assert resume["meta"] == {"extraSections": [{"title": "Personal Details", "items": ["Marital Status: Married"]}]}


def test_certificates_of_several_lines_closed_by_a_date_are_one_certificate_each_and_lines_one_a_line():
    blocks = ("Ann Example\n\nLicenses & certifications\n\nCertified Scrum Product Owner (CSPO)\nScrum Alliance\n"
              "Issued Mar 2019\n\nProduct Analytics Certification\nNorthstar Analytics Academy\nIssued Nov 2021\n")
    assert parse_text(blocks).resume["certificates"] == [
        {"name": "Certified Scrum Product Owner (CSPO)", "issuer": "Scrum Alliance"},
        {"name": "Product Analytics Certification", "issuer": "Northstar Analytics Academy"}]
    assert parse_text(blocks.replace("\n\nProduct", "\nProduct")).resume["certificates"] == parse_text(
        blocks).resume["certificates"]  # (the date closes each certificate, blank line or not)
    lines = "Ann Example\n\nCertifications\n\nAWS Solutions Architect, Amazon, 2021-05-01\nPMP, PMI\n\nCSM\n"
    assert parse_text(lines).resume["certificates"] == [
        {"name": "AWS Solutions Architect", "date": "2021-05-01", "issuer": "Amazon"},
        {"name": "PMP", "issuer": "PMI"}, {"name": "CSM"}]
