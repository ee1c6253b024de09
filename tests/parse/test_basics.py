"""The top of the page → basics: the name is found below a bar of contacts (LaTeX headers, icon rows)."""
from __future__ import annotations

from converter.parse import parse_text


def test_name_below_a_row_of_icon_contacts():
    doc = parse_text("\uf0e0  jane@example.com    \uf095  +1 555 0100\n\n# Jane Q. Example\n\nData Scientist\n\n"
                     "## Experience\n\n**Acme Labs** \\hfill 2020 -- Present\n").resume
    assert doc["basics"]["name"] == "Jane Q. Example"
    assert doc["basics"]["email"] == "jane@example.com"
    assert doc["basics"]["phone"] == "+1 555 0100"
    assert doc["basics"]["label"] == "Data Scientist"


def test_name_after_latex_crumbs_and_a_contact_line():
    doc = parse_text("$\\cdot$ \\hfill $\\cdot$\n\\faEnvelope\\ jane@example.com $|$ \\faGithub\\ jqex\n\n"
                     "**JANE EXAMPLE**\n\n## Skills\n\nPython, SQL, R\n").resume
    assert doc["basics"]["name"] == "Jane Example"
    assert doc["basics"]["profiles"] == [{"network": "GitHub", "username": "jqex"}]


def test_a_job_title_below_contacts_is_not_a_name():
    doc = parse_text("jane@example.com | +1 555 0100\nSenior Data Scientist\n\n## Skills\n\nPython, SQL, R\n").resume
    assert "name" not in doc["basics"]
    assert doc["basics"]["summary"] == "Senior Data Scientist"


def test_name_below_a_sidebar_read_first():
    doc = parse_text("## Contact\n\njane@example.com\n\n## Languages\n\nEnglish --- native\n\n# Jane Q. Example\n\n"
                     "Data Engineer\n\n## Experience\n\n**Acme Data** \\hfill Jan.~2020 -- Present\n").resume
    assert (doc["basics"]["name"], doc["basics"]["label"]) == ("Jane Q. Example", "Data Engineer")
    assert doc["languages"] == [{"language": "English", "fluency": "native"}]


def test_an_organisation_heading_is_not_taken_for_the_name():
    doc = parse_text("## Skills\n\nPython, SQL, R\n\n# Boston University\n\n## Experience\n\n"
                     "**Acme Data** \\hfill 2020 -- Present\n").resume
    assert "name" not in doc.get("basics", {})


def test_name_and_contacts_in_a_sidebar_read_after_the_main_column():
    doc = parse_text("## Experience\n\n**Acme Data** \\hfill 2020 -- Present\n\n## Education\n\n"
                     "**Boston University** \\hfill 2014 -- 2018\n\nB.S. in Computer Science\n\n# Jane Q. Example\n\n"
                     "Data Engineer\n\njane@example.com\n\n+1 555 0100\n\n## Skills\n\nPython, SQL, R\n").resume
    assert doc["basics"] == {"name": "Jane Q. Example", "label": "Data Engineer", "email": "jane@example.com",
                             "phone": "+1 555 0100"}
    assert doc["education"] == [{"institution": "Boston University", "area": "Computer Science", "studyType": "B.S.",
                                 "startDate": "2014", "endDate": "2018"}]


def test_name_below_a_column_of_icon_contacts():
    doc = parse_text("\uf0e0 jane@example.com\n\uf095 +1 555 0100\n\uf09b jqex\n\uf08c jane-example\n"
                     "\uf0ac jane.example.com\n\n# Jane Q. Example\n\nData Scientist\n\n"
                     "## Skills\n\nPython, SQL\n").resume
    assert doc["basics"] == {
        "name": "Jane Q. Example", "label": "Data Scientist", "email": "jane@example.com", "phone": "+1 555 0100",
        "url": "https://jane.example.com",
        "profiles": [{"network": "GitHub", "username": "jqex"}, {"network": "LinkedIn", "username": "jane-example"}]}


def test_the_name_as_a_profile_link_label_is_no_headline():
    doc = parse_text("Rafael Ito\n\n\uf0e0 r@example.com | \uf08c Rafael Ito | \uf09b rafito\n\n"
                     "## Skills\n\nPython, SQL\n")
    assert doc.resume["basics"] == {"name": "Rafael Ito", "email": "r@example.com",
                                    "profiles": [{"network": "GitHub", "username": "rafito"}]}


def test_a_street_before_the_city_in_the_contact_line_is_the_address():
    from converter.parse import parse_text
    doc = parse_text("JOHN R. SAMPLE\n123 Example Street, Apt. 4B • Chicago, IL 60601 • (312) 555-0142 • "
                     "jsample@example.com\n\nEXPERIENCE\nAssociate, Example LLP    2017 – Present\n").resume
    assert "label" not in doc["basics"]
    assert doc["basics"]["location"] == {"address": "123 Example Street, Apt. 4B", "postalCode": "60601",
                                         "city": "Chicago", "region": "IL"}


def test_a_labelled_street_and_town_and_a_national_id_that_is_no_phone():
    basics = parse_text("Juan Pérez\n\nDATOS PERSONALES\nNombre:     Juan Pérez Soto\nRUT:        12.345.678-9\n"
                        "Dirección:  Los Aromos 456, Santiago\nTeléfono:   +56 9 5555 0123\n").resume["basics"]
    assert basics == {"name": "Juan Pérez Soto", "phone": "+56 9 5555 0123",
                      "location": {"address": "Los Aromos 456", "city": "Santiago"}}


def test_a_name_in_two_scripts_and_names_in_scripts_without_capitals():
    assert parse_text("Layla Haddad | ليلى حداد\nSenior Data Analyst\n").resume["basics"] == {
        "name": "Layla Haddad | ليلى حداد", "label": "Senior Data Analyst"}
    assert parse_text("أحمد منصور\nمهندس برمجيات\n").resume["basics"] == {"name": "أحمد منصور",
                                                                         "label": "مهندس برمجيات"}
    assert parse_text("김민준\n\n## 경력\n\n바다테크 | 연구원 | 2019 ~ 2021\n").resume["basics"] == {"name": "김민준"}
    assert "name" not in parse_text("Data Scientist | Machine Learning\n").resume["basics"]
