"""Work entries: labelled place and site fields, employers ending in abbreviations, federal duty paragraphs."""
from __future__ import annotations

from converter.parse import parse_text
from converter.parse.sections.work import split_title


def _work(body: str) -> list[dict]:
    return parse_text(f"Ann Example\n\nWORK EXPERIENCE\n\n{body}\n").resume["work"]


def test_europass_entry_with_labelled_place_and_website():
    body = ("[ 01/09/2019 – Current ] Senior Data Analyst\nTágide Energia S.A.\nCity: Lisbon | Country: Portugal\n"
            "Website: https://www.tagide.example.com\n • Built the forecasting pipeline.")
    assert _work(body) == [{
        "name": "Tágide Energia S.A.", "location": "Lisbon, Portugal", "position": "Senior Data Analyst",
        "url": "https://www.tagide.example.com", "startDate": "2019-09-01",
        "highlights": ["Built the forecasting pipeline."]}]


def test_an_address_field_is_the_location_as_written():
    body = "[ 01/10/2015 – 31/01/2016 ] Research Intern\nInstituto Exemplo\nAddress: Avenida Central 2, 1000-043 Lisbon"
    assert _work(body)[0]["location"] == "Avenida Central 2, 1000-043 Lisbon"


FEDERAL = """Program Analyst (GS-0343-12)
Department of Example Affairs
05/2019 – Present
Hours per week: 40
Supervisor: Jane Doe, (202) 555-0100, may contact

PROGRAM MANAGEMENT: Led the evaluation of three national grant programs,
defining performance measures and writing the final reports.

BUDGET ANALYSIS: Prepared the annual budget justification and tracked obligations monthly."""


def test_federal_notes_are_the_summary_and_duty_paragraphs_the_highlights():
    assert _work(FEDERAL) == [{
        "name": "Department of Example Affairs", "position": "Program Analyst (GS-0343-12)", "startDate": "2019-05",
        "summary": "Hours per week: 40; Supervisor: Jane Doe, (202) 555-0100, may contact",
        "highlights": [
            "PROGRAM MANAGEMENT: Led the evaluation of three national grant programs, defining performance measures "
            "and writing the final reports.",
            "BUDGET ANALYSIS: Prepared the annual budget justification and tracked obligations monthly."]}]


def test_one_unlabelled_paragraph_after_the_header_stays_the_summary():
    body = ("Data Engineer\nAcme Labs\n2019 – 2021\n\n"
            "Worked on the data platform team and looked after the nightly batch jobs for finance.")
    assert _work(body)[0]["summary"] == (
        "Worked on the data platform team and looked after the nightly batch jobs for finance.")
    assert "highlights" not in _work(body)[0]


def test_an_organisation_name_holding_a_preposition_is_not_split():
    body = "[ 01/01/2020 – Current ] Mentor\nAssociação Raparigas no Código"
    assert parse_text(f"Ann Example\n\nVOLUNTEERING\n\n{body}\n").resume["volunteer"] == [{
        "organization": "Associação Raparigas no Código", "position": "Mentor", "startDate": "2020-01-01"}]


def test_place_lines_in_hh_ru_and_column_layouts():
    assert _work("Январь 2020 — настоящее время\nООО «Ветер»\nМосква, veter.example.com\nВедущий разработчик") == [{
        "name": "ООО «Ветер»", "location": "Москва", "position": "Ведущий разработчик",
        "url": "https://veter.example.com", "startDate": "2020-01"}]
    assert _work("Analista de Dados Sénior\nSonae Exemplo, S.A. | Porto\nMarço 2021 – Presente") == [{
        "name": "Sonae Exemplo, S.A.", "location": "Porto", "position": "Analista de Dados Sénior",
        "startDate": "2021-03"}]


BUILDER = """Department of Example Affairs
Washington, DC United States
05/2019 - Present
Hours per week: 40
Program Analyst
Duties, Accomplishments and Related Skills:
Led the evaluation of three national grant programs and wrote the final reports.
Prepared the office's annual budget justification.
Supervisor: Jane Doe (202-555-0100)
Okay to contact this Supervisor: Yes"""


def test_usajobs_builder_duties_under_their_label_and_notes_after_them():
    assert _work(BUILDER) == [{
        "name": "Department of Example Affairs", "location": "Washington, DC United States",
        "position": "Program Analyst", "startDate": "2019-05",
        "summary": "Hours per week: 40; Supervisor: Jane Doe (202-555-0100); Okay to contact this Supervisor: Yes",
        "highlights": ["Led the evaluation of three national grant programs and wrote the final reports.",
                       "Prepared the office's annual budget justification."]}]


def test_a_labelled_note_after_a_blank_line_is_no_duty():
    body = ("**Multi-tenancy GPU Offloading**\n\nApr. 2024 – Now\n\n"
            "*Team Member* Supervisor: Yue Cheng (Example University)")
    assert _work(body)[0]["summary"] == "Supervisor: Yue Cheng (Example University)"
    assert "highlights" not in _work(body)[0]


GRADED = """Program Analyst, GS-0343-12                                  05/2019 – Present
U.S. Department of Example Affairs, Washington, DC
Supervisor: Jane Doe, 202-555-0100 (may contact)

Duties:
• Led the evaluation of three national grant programs.

Accomplishments:
• Cut report turnaround from 30 to 12 days.

Management Analyst, GS-0343-11                               08/2015 – 04/2019
Example Regional Service Agency, Atlanta, GA
• Mapped the travel-voucher process."""


def test_grade_in_the_title_and_labelled_bullet_lists_inside_a_job():
    text = f"JORDAN EXAMPLE\n\nPROFESSIONAL EXPERIENCE\n\n{GRADED}\n\nEDUCATION\nMPA, Peachtree University, 2016\n"
    assert parse_text(text).resume["work"] == [
        {"name": "U.S. Department of Example Affairs", "location": "Washington, DC",
         "position": "Program Analyst, GS-0343-12", "startDate": "2019-05",
         "summary": "Supervisor: Jane Doe, 202-555-0100 (may contact)",
         "highlights": ["Led the evaluation of three national grant programs.",
                        "Cut report turnaround from 30 to 12 days."]},
        {"name": "Example Regional Service Agency", "location": "Atlanta, GA",
         "position": "Management Analyst, GS-0343-11", "startDate": "2015-08", "endDate": "2019-04",
         "highlights": ["Mapped the travel-voucher process."]}]


def test_unit_on_the_role_line_then_hospital_and_city():
    from converter.parse import parse_text
    text = ("JO DOE\n\nCLINICAL EXPERIENCE\nRegistered Nurse, Medical ICU (24 beds)          Jun 2021 – Present\n"
            "Example General Hospital, Columbus, OH\nNight shift, 3 × 12-hour shifts\n• Managed ventilated patients.\n")
    assert parse_text(text).resume["work"] == [
        {"name": "Medical ICU (24 beds), Example General Hospital", "location": "Columbus, OH",
         "position": "Registered Nurse", "startDate": "2021-06", "summary": "Night shift, 3 × 12-hour shifts",
         "highlights": ["Managed ventilated patients."]}]


def test_team_on_the_role_line_then_employer_and_suburb():
    from converter.parse import parse_text
    text = ("KYLIE BRENNAN\n\nEMPLOYMENT HISTORY\nTeam Leader – Inbound\nExample Logistics Pty Ltd, Dandenong South\n"
            "Jan 2021 – Current\n• Lead a team of 12 on afternoon shift.\n")
    assert parse_text(text).resume["work"] == [
        {"name": "Inbound, Example Logistics Pty Ltd", "location": "Dandenong South", "position": "Team Leader",
         "startDate": "2021-01", "highlights": ["Lead a team of 12 on afternoon shift."]}]


def test_a_sentence_under_the_role_line_is_a_summary_not_the_employers_unit():
    # the sentence names an organisation kind ('high-school') but its full stop makes it a description
    from converter.parse import parse_text
    text = ("JANE DOE\n\nVOLUNTEER\nPortland Code Club, Volunteer Mentor    Mar 2019 – Present\n"
            "Free weekend programming workshops for high-school students.\n• Teach Python.\n")
    assert parse_text(text).resume["volunteer"] == [
        {"organization": "Portland Code Club", "position": "Volunteer Mentor", "startDate": "2019-03",
         "summary": "Free weekend programming workshops for high-school students.", "highlights": ["Teach Python."]}]


def test_role_beside_dates_and_employer_beside_place_in_either_order():
    text = ("Jo Park\n\nExperience\nFounder                                   Sep. 2018 – May 2020\n"
            "Lemonade Stand                                   Georgetown, TX\n  • Sold lemonade\n\n"
            "**Acme Corp**  Austin, TX\n*Barista*  May 2017 – July 2018\n- Poured coffee\n")
    work = parse_text(text).resume["work"]
    assert [(w["position"], w["name"], w["location"]) for w in work] == [
        ("Founder", "Lemonade Stand", "Georgetown, TX"), ("Barista", "Acme Corp", "Austin, TX")]


def test_a_place_beside_the_dates_is_the_entrys_so_an_italic_employer_is_not_taken_for_it():
    text = ("Jo Park\n\n## Experience\n\n**Senior Product Designer**\n*Lattice Mobile*\n"
            "Jan 2021 – Ongoing | Milano, Italy\n\n- Redesigned onboarding.\n")
    (job,) = parse_text(text).resume["work"]
    assert (job["position"], job["name"], job["location"]) == ("Senior Product Designer", "Lattice Mobile",
                                                               "Milano, Italy")


def test_bracketed_note_after_the_employers_town_is_the_summary():
    body = "Teacher of Physics, Harrowgate Academy, Leeds (11–18 academy, Ofsted Good)\nSept 2019 – present"
    assert _work(body) == [{"name": "Harrowgate Academy", "location": "Leeds", "position": "Teacher of Physics",
                            "startDate": "2019-09", "summary": "11–18 academy, Ofsted Good"}]


def test_hospitality_role_before_venue_town_and_country():
    body = ("Bartender – The Crown Hotel, Queenstown NZ (Winter 2023)\n\n"
            "Chalet Host – Alpine Nest Chalets, Niseko, Japan\nSki season 2019/20")
    assert _work(body) == [
        {"name": "The Crown Hotel", "location": "Queenstown NZ", "position": "Bartender",
         "startDate": "2023", "endDate": "2023"},
        {"name": "Alpine Nest Chalets", "location": "Niseko, Japan", "position": "Chalet Host",
         "startDate": "2019", "endDate": "2020"}]


def test_indian_worked_as_sentences_give_role_employer_place_and_dates():
    assert _work("Ø Working as Senior Software Engineer in Example Infotech Pvt. Ltd., Pune from Jun 2019 to "
                 "till date.\nØ Worked as Software Engineer in Sample Systems Ltd., Mumbai from Aug 2016 to May 2019.\n"
                 "Ø Currently working as Test Lead with Sample Technologies Pvt Ltd, Hyderabad from Mar 2020 to "
                 "present.") == [
        {"name": "Example Infotech Pvt. Ltd.", "location": "Pune", "position": "Senior Software Engineer",
         "startDate": "2019-06"},
        {"name": "Sample Systems Ltd.", "location": "Mumbai", "position": "Software Engineer", "startDate": "2016-08",
         "endDate": "2019-05"},
        {"name": "Sample Technologies Pvt Ltd", "location": "Hyderabad", "position": "Test Lead",
         "startDate": "2020-03"}]


def test_latin_american_labelled_jobs_under_their_dates():
    assert _work("Marzo 2019 – Actualidad\nCargo: Jefe de Proyectos\nEmpresa: Minera Ejemplo S.A.\nFunciones:\n"
                 "- Planificación de proyectos.\n\n2015 - 2018\nCargo: Analista\nEmpresa: Logística Muestra Ltda.\n"
                 "Funciones: Análisis de indicadores.\n\nEnero 2014 – Diciembre 2014\n"
                 "Ingeniero en Práctica – Constructora Ejemplo Ltda., Santiago\n- Control de costos.") == [
        {"name": "Minera Ejemplo S.A.", "position": "Jefe de Proyectos", "startDate": "2019-03",
         "highlights": ["Planificación de proyectos."]},
        {"name": "Logística Muestra Ltda.", "position": "Analista", "startDate": "2015", "endDate": "2018",
         "summary": "Análisis de indicadores."},
        {"name": "Constructora Ejemplo Ltda.", "location": "Santiago", "position": "Ingeniero en Práctica",
         "startDate": "2014-01", "endDate": "2014-12", "highlights": ["Control de costos."]}]


def test_role_at_employer_in_a_script_without_capitals():
    doc = parse_text("## 경력\n\n선임 연구원 at 주식회사 누리소프트\n2021.03 ~ 현재\n\n"
                     "## الخبرات\n\nمحللة بيانات — Nile Logistics، القاهرة\nسبتمبر ٢٠١٧ – فبراير ٢٠٢١\n").resume
    assert doc["work"] == [
        {"name": "주식회사 누리소프트", "position": "선임 연구원", "startDate": "2021-03"},
        {"name": "Nile Logistics", "location": "القاهرة", "position": "محللة بيانات", "startDate": "2017-09",
         "endDate": "2021-02"}]


def test_employer_with_its_place_in_brackets_or_after_a_dot():
    assert split_title("Lift Operator – Snowgum Ridge Resort (Thredbo NSW)") == (
        "Snowgum Ridge Resort", "Lift Operator", "Thredbo NSW")
    assert split_title("Analyst, Example Bank (Berlin, Germany)") == ("Example Bank", "Analyst", "Berlin, Germany")
    assert split_title("Head Chef, The Salt Loft · Bristol") == ("The Salt Loft", "Head Chef", "Bristol")
    assert split_title("Crown Hotel — Bartender, Berlin, Germany") == ("Crown Hotel", "Bartender", "Berlin, Germany")
    assert split_title("Software Engineer at Larkspur Payments | Oakland, CA") == (
        "Larkspur Payments", "Software Engineer", "Oakland, CA")
    assert split_title("The Crown Hotel — Bartender, Queenstown NZ") == (
        "The Crown Hotel", "Bartender", "Queenstown NZ")
    assert split_title("**Harrowgate Academy**, Teacher of Physics, Leeds") == (
        "Harrowgate Academy", "Teacher of Physics", "Leeds")
    assert split_title("**Constructora Ejemplo Ltda.**, Ingeniero en Práctica, Santiago") == (
        "Constructora Ejemplo Ltda.", "Ingeniero en Práctica", "Santiago")
    assert split_title("**Halvorsen Devices**, Design Engineer II — Chicago, IL") == (
        "Halvorsen Devices", "Design Engineer II", "Chicago, IL")
    assert split_title("**Science Teacher** — Moreton Bay High School (Brisbane)") == (
        "Moreton Bay High School", "Science Teacher", "Brisbane")
    assert split_title("Koordinatorin | Tafel Spreeufer e.V.") == ("Tafel Spreeufer e.V.", "Koordinatorin", "")
    # a team or field after the role is no place
    assert split_title("**Acme Corp**, Senior Engineer, Design") == ("Acme Corp", "Senior Engineer, Design", "")
    assert split_title("Acme — Engineer, Design") == ("Acme", "Engineer, Design", "")
    assert split_title("Acme — Manager, Sales") == ("Acme", "Manager, Sales", "")
    # an acronym, the terms of the job or a season in brackets is no place; a one-word team is no employer
    assert split_title("Co-organizer, Workshop on Morphology (LoResMo)") == (
        "Workshop on Morphology (LoResMo)", "Co-organizer", "")
    assert split_title("Engineer at Acme (Contract)") == ("Acme (Contract)", "Engineer", "")
    assert split_title("Intern, Acme Corp (Summer)")[2] == ""
    assert split_title("Senior Engineer, Platform · Acme") == ("Acme", "Senior Engineer, Platform", "")


def test_two_line_titles_in_either_order():
    # the role line first, its employer under it; the employer line first with its city, the role under it
    assert _work("Senior Backend Engineer · 2023–present\nFjord Data\n*Gothenburg (hybrid)*\n- Ran it.") == [
        {"name": "Fjord Data", "location": "Gothenburg (hybrid)", "position": "Senior Backend Engineer",
         "startDate": "2023", "highlights": ["Ran it."]}]
    assert _work("2021–present     The Salt Loft, Bristol\nHead Chef\n- Cooked.") == [
        {"name": "The Salt Loft", "location": "Bristol", "position": "Head Chef", "startDate": "2021",
         "highlights": ["Cooked."]}]
    # an employer with its place in brackets over two roles: the second role inherits both
    assert _work("Summit Automation, Inc. (Denver, CO)\nSales Manager    Mar 2020 – Present\n- Sold.\n"
                 "Account Executive    Jun 2017 – Feb 2020\n- Sold more.") == [
        {"name": "Summit Automation, Inc.", "location": "Denver, CO", "position": "Sales Manager",
         "startDate": "2020-03", "highlights": ["Sold."]},
        {"name": "Summit Automation, Inc.", "location": "Denver, CO", "position": "Account Executive",
         "startDate": "2017-06", "endDate": "2020-02", "highlights": ["Sold more."]}]


def test_a_sentence_under_a_role_without_employer_is_the_summary_not_the_employer():
    # ``text`` is cleaned (its full stop trimmed): the sentence test must read the line as written
    body = "Senior Engineer    2019 – 2021\nBuilt the payments platform for the whole company.\n• Did X."
    assert _work(body) == [{
        "position": "Senior Engineer", "startDate": "2019", "endDate": "2021",
        "summary": "Built the payments platform for the whole company.", "highlights": ["Did X."]}]


def test_a_titlish_sentence_does_not_swap_a_role_read_as_employer():
    from converter.parse.items import Item
    from converter.parse.provenance import src
    from converter.parse.sections.work import _free_text
    it, out, notes = Item("Example Analytics Expanded.", (3,)), {"name": src("Data Engineer", 2)}, []
    _free_text(it.md, it, out, notes, "name")
    assert (out, notes) == ({"name": "Data Engineer"}, ["Example Analytics Expanded."])


def test_employer_comma_role_then_a_place_column() -> None:
    assert split_title("[Larkspur Health](https://larkspur.example.com), Software Engineer | Seattle, WA") == (
        "Larkspur Health", "Software Engineer", "Seattle, WA")
    assert split_title("Acme, Engineering | Boston, MA") == ("Acme, Engineering", "", "Boston, MA")


def test_an_employers_unit_after_a_dash_stays_with_the_employer_and_the_place_follows():
    for title in ("Banco Horizonte S.A. – Departamento Jurídico, São Paulo, SP",
                  "Banco Horizonte S.A. – Departamento Jurídico (São Paulo, SP)",
                  "Banco Horizonte S.A. – Departamento Jurídico · São Paulo, SP"):
        assert split_title(title) == ("Banco Horizonte S.A. – Departamento Jurídico", "", "São Paulo, SP")
    assert _work("Banco Horizonte S.A. – Departamento Jurídico, São Paulo, SP\nAdvogada Júnior | 03/2016 a 12/2019\n"
                 "  * Gestão de contencioso.") == [{
        "name": "Banco Horizonte S.A. – Departamento Jurídico", "location": "São Paulo, SP",
        "position": "Advogada Júnior", "startDate": "2016-03", "endDate": "2019-12",
        "highlights": ["Gestão de contencioso."]}]


def test_a_second_role_after_then_is_part_of_the_role_not_the_employer():
    assert split_title("Commis Chef, then Demi Chef de Partie, The Old Mill Hotel, Bath") == (
        "The Old Mill Hotel", "Commis Chef, then Demi Chef de Partie", "Bath")
