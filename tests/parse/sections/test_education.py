"""Education entries: Europass labelled fields and US federal one-line degrees."""
from __future__ import annotations

from converter.parse import parse_text


def _education(body: str) -> list[dict]:
    return parse_text(f"Ann Example\n\nEDUCATION\n\n{body}\n").resume["education"]


def test_europass_fields_on_one_line():
    body = ("[ 01/09/2013 – 15/07/2015 ] Master's Degree in Statistics\nUniversidade Nova de Exemplo\n"
            "City: Lisbon | Country: Portugal | Website: https://www.nova.example.edu | Field(s) of study: "
            "Mathematics and statistics | Final grade: 17/20 | Level in EQF: EQF level 7")
    assert _education(body) == [{
        "institution": "Universidade Nova de Exemplo", "url": "https://www.nova.example.edu", "area": "Statistics",
        "studyType": "Master's Degree", "startDate": "2013-09-01", "endDate": "2015-07-15", "score": "17/20",
        "location": "Lisbon, Portugal",
        "summary": "Field(s) of study: Mathematics and statistics; Level in EQF: EQF level 7"}]


def test_field_of_study_is_the_area_when_the_degree_names_none():
    body = ("[ 01/09/2010 – 30/06/2013 ] Bachelor's Degree\nUniversidade do Douro Exemplo\n"
            "Field(s) of study: Mathematics\nFinal grade: 15/20")
    assert _education(body) == [{
        "institution": "Universidade do Douro Exemplo", "area": "Mathematics", "studyType": "Bachelor's Degree",
        "startDate": "2010-09-01", "endDate": "2013-06-30", "score": "15/20"}]


def test_awarding_institution_names_the_school():
    assert _education("[ 2019 ] Professional Diploma in Data Science\nAwarding institution: Lisbon Data Academy") == [{
        "institution": "Lisbon Data Academy", "area": "Data Science", "studyType": "Professional Diploma",
        "endDate": "2019"}]


def test_federal_one_line_degree_keeps_semester_hours_as_a_note():
    body = "Master of Public Administration, 2016, Peachtree State University, Atlanta, GA, GPA 3.8, 36 semester hours"
    assert _education(body) == [{
        "institution": "Peachtree State University", "studyType": "Master of Public Administration",
        "endDate": "2016", "score": "3.8", "location": "Atlanta, GA", "summary": "36 semester hours"}]


def test_degree_then_field_or_grade_after_a_comma_and_a_faculty_then_field_line():
    assert _education("Civilingenjör, Datateknik – Chalmers tekniska högskola, Göteborg   aug 2011 – jun 2016") == [{
        "institution": "Chalmers tekniska högskola", "area": "Datateknik", "studyType": "Civilingenjör",
        "startDate": "2011-08", "endDate": "2016-06", "location": "Göteborg"}]
    assert _education("Licenciatura em Economia, 16 valores\nUniversidade do Porto | 2014 – 2017") == [{
        "institution": "Universidade do Porto", "area": "Economia", "studyType": "Licenciatura",
        "startDate": "2014", "endDate": "2017", "score": "16 valores"}]
    assert _education("2014\nКазанский университет\nФакультет информатики, Программная инженерия") == [{
        "institution": "Казанский университет", "area": "Программная инженерия", "endDate": "2014",
        "summary": "Факультет информатики"}]


def test_polish_labelled_field_and_grade():
    assert _education("2014 – 2019\nStudia magisterskie – Uniwersytet Jagielloński, Kraków\nkierunek: Informatyka\n"
                      "Ocena na dyplomie: bardzo dobry") == [{
        "institution": "Uniwersytet Jagielloński", "area": "Informatyka", "studyType": "Studia magisterskie",
        "startDate": "2014", "endDate": "2019", "score": "bardzo dobry", "location": "Kraków"}]


def test_eqf_level_set_beside_the_degree_is_a_note():
    body = "2008–2010    Master's degree in Computer Science    EQF level 7\nUniversità di Bologna, Bologna (Italy)"
    assert _education(body) == [{
        "institution": "Università di Bologna", "area": "Computer Science", "studyType": "Master's degree",
        "startDate": "2008", "endDate": "2010", "location": "Bologna (Italy)", "summary": "EQF level 7"}]


def test_usajobs_school_and_city_without_a_comma():
    body = "Peachtree State University Atlanta, GA United States\nMaster's degree 06/2016\nMajor: Public Administration"
    assert _education(body) == [{
        "institution": "Peachtree State University", "area": "Public Administration", "studyType": "Master's degree",
        "endDate": "2016-06", "location": "Atlanta, GA United States"}]


def test_latin_honours_and_degree_classes_are_the_score():
    from converter.parse import parse_text
    text = ("JANE DOE\n\nEDUCATION\nExample Law School, New York, NY\nJ.D., magna cum laude, 2018\n"
            "Example Law Review, Articles Editor\n\n"
            "Hollins Bay College, Hollins Bay, ME\nB.A. in Political Science, summa cum laude, 2015\n")
    assert parse_text(text).resume["education"] == [
        {"institution": "Example Law School", "studyType": "J.D.", "endDate": "2018", "score": "magna cum laude",
         "location": "New York, NY", "summary": "Example Law Review, Articles Editor"},
        {"institution": "Hollins Bay College", "area": "Political Science", "studyType": "B.A.", "endDate": "2015",
         "score": "summa cum laude", "location": "Hollins Bay, ME"}]


def test_school_leaving_and_vocational_qualifications():
    from converter.parse import parse_text
    text = ("JO DOE\n\nEDUCATION\n"
            "Certificate III in Civil Construction Plant Operations, Example TAFE Queensland, 2018\n"
            "Year 12, Example State High School, Mackay, 2013\n")
    assert parse_text(text).resume["education"] == [
        {"institution": "Example TAFE Queensland", "area": "Civil Construction Plant Operations",
         "studyType": "Certificate III", "endDate": "2018"},
        {"institution": "Example State High School", "studyType": "Year 12", "endDate": "2013",
         "location": "Mackay"}]


def test_uk_law_degrees_with_class_in_a_column():
    from converter.parse import parse_text
    text = ("# Priya Raman\n\n## Education\n\n**Legal Practice Course (LPC)**, Example Law School, 2015 — Distinction\n"
            "**LLB (Hons) Law**, University of Exampleton, 2011–2014 — 2:1\n")
    assert parse_text(text).resume["education"] == [
        {"institution": "Example Law School", "studyType": "Legal Practice Course (LPC)", "endDate": "2015",
         "score": "Distinction"},
        {"institution": "University of Exampleton", "area": "Law", "studyType": "LLB (Hons)", "startDate": "2011",
         "endDate": "2014", "score": "2:1"}]


def test_a_town_named_after_a_school_glued_to_the_school_pdftotext_without_layout():
    text = ("Jo Park\n\nEducation\nBrazos Valley University College Station, TX\n"
            "Bachelor of Science in Computer Science Aug. 2018 – May 2022\n"
            "Kanawha Valley Community College Institute, WV\nAssociate of Science in Physics Aug. 2016 – May 2018\n")
    schools = [(e["institution"], e["location"]) for e in parse_text(text).resume["education"]]
    assert schools == [("Brazos Valley University", "College Station, TX"),
                       ("Kanawha Valley Community College", "Institute, WV")]


def test_a_second_degree_under_a_school_named_once_takes_that_school():
    text = ("Kim Lee\n\nEDUCATION\nRIVERBEND UNIVERSITY\nMEng in Computer Science\nExpected May 2025 | Ithaca, NY\n"
            "Cum. GPA: 3.86 / 4.0\nBS in Computer Science\nMay 2024 | Ithaca, NY\nCum. GPA: 3.74 / 4.0\n")
    degrees = [(e["institution"], e["studyType"], e["endDate"], e["score"])
               for e in parse_text(text).resume["education"]]
    assert degrees == [("RIVERBEND UNIVERSITY", "MEng", "2025-05", "3.86 / 4.0"),
                       ("RIVERBEND UNIVERSITY", "BS", "2024-05", "3.74 / 4.0")]


def test_school_exams_give_study_type_and_score_and_qts_stands_alone():
    body = ("PGCE Secondary Physics, University of Northmoor, 2018 – 2019\nQualified Teacher Status (QTS), July 2019\n"
            "Hollyfield School, Bristol, 2008 – 2013\nGCSEs: 10 at grades 9–6 including English and Maths")
    assert _education(body) == [
        {"institution": "University of Northmoor", "area": "Secondary Physics", "studyType": "PGCE",
         "startDate": "2018", "endDate": "2019"},
        {"studyType": "Qualified Teacher Status (QTS)", "endDate": "2019-07"},
        {"institution": "Hollyfield School", "studyType": "GCSEs", "startDate": "2008", "endDate": "2013",
         "score": "10 at grades 9–6 including English and Maths", "location": "Bristol"}]


def test_a_japanese_department_under_its_school_is_the_field_and_the_faculty_a_note():
    assert _education("**関西中央大学** Apr 2014 – Mar 2018\n経営学科\n経済学部") == [
        {"institution": "関西中央大学", "area": "経営学科", "startDate": "2014-04", "endDate": "2018-03",
         "summary": "経済学部"}]


def test_an_indian_qualification_table_with_pipes():
    assert _education("B.E. (Computer Science) | Example Institute of Technology | 2016 | 72%\n"
                      "HSC | Sample Junior College | 2012 | 85%\nB.Tech (ECE) | Sample University | 2017 | 7.8/10") == [
        {"institution": "Example Institute of Technology", "area": "Computer Science",
         "studyType": "B.E. (Computer Science)", "endDate": "2016", "score": "72%"},
        {"institution": "Sample Junior College", "studyType": "HSC", "endDate": "2012", "score": "85%"},
        {"institution": "Sample University", "studyType": "B.Tech (ECE)", "endDate": "2017", "score": "7.8/10"}]


def test_latin_american_degrees_over_their_dates():
    assert _education("2008 – 2013\nIngeniero Civil Industrial, Universidad de Example\nTitulado\n\n"
                      "2004 – 2007\nEnseñanza Media, Liceo Ejemplo de Santiago\nEgresado") == [
        {"institution": "Universidad de Example", "studyType": "Ingeniero Civil Industrial", "startDate": "2008",
         "endDate": "2013", "summary": "Titulado"},
        {"institution": "Liceo Ejemplo de Santiago", "studyType": "Enseñanza Media", "startDate": "2004",
         "endDate": "2007", "summary": "Egresado"}]


def test_an_indian_qualification_table_under_its_header_row():
    assert _education("Qualification | Institute | Year of Passing | Percentage\n"
                      "MCA | Example University, Delhi | 2018 | 78%") == [
        {"institution": "Example University", "studyType": "MCA", "endDate": "2018", "score": "78%",
         "location": "Delhi"}]


def test_korean_degree_after_the_field_and_arabic_degree_in_a_field():
    doc = parse_text("## 학력\n\n한빛대학교 대학원 | 데이터사이언스 석사 | 2019.03 ~ 2021.02\n\n"
                     "## التعليم\n\nبكالوريوس في الإحصاء — جامعة القاهرة\n٢٠١١ – ٢٠١٥\n").resume
    assert doc["education"] == [
        {"institution": "한빛대학교 대학원", "area": "데이터사이언스", "studyType": "석사", "startDate": "2019-03",
         "endDate": "2021-02"},
        {"institution": "جامعة القاهرة", "area": "الإحصاء", "studyType": "بكالوريوس", "startDate": "2011",
         "endDate": "2015"}]


def test_a_trailing_english_degree_word_stays_in_the_degree():
    doc = parse_text("## Education\n\nProfessional Cookery Diploma, Westbrook College, 2012\n").resume
    assert doc["education"][0]["studyType"] == "Professional Cookery Diploma"


def test_a_labelled_grade_is_kept_as_written_a_uk_class_and_a_phrase_whole():
    assert [e["score"] for e in _education(
        "**University of Northmoor** 2015 – 2018\nBSc (Hons) in Physics\nGrade: 2:1\n"
        "**Hollyfield School** 2008 – 2013\nGCSEs\nGrade: 10 at grades 9–6 including English and Maths")] == [
        "2:1", "10 at grades 9–6 including English and Maths"]
    assert _education("**Example University** 2016 – 2020\nBSc in Economics\nGPA: 3.8, Dean's List")[0] == {
        "institution": "Example University", "area": "Economics", "studyType": "BSc", "startDate": "2016",
        "endDate": "2020", "score": "3.8", "summary": "Dean's List"}


def test_a_field_of_study_after_the_school_is_the_area_not_a_town():
    assert _education("**M.S.** · **Cascadia State University**, Computer Science | Sept 2016 – June 2018\n"
                      "**B.A.** · **Harbor College**, Portland, OR | 2012") == [
        {"institution": "Cascadia State University", "studyType": "M.S.", "area": "Computer Science",
         "startDate": "2016-09", "endDate": "2018-06"},
        {"institution": "Harbor College", "studyType": "B.A.", "location": "Portland, OR", "endDate": "2012"}]


def test_a_degree_and_its_short_name_joined_by_a_dash_stay_the_study_type():
    body = ("Gulf Coast Institute of Technology\nMaster of Business Administration - MBA, Finance\n2015 - 2017\n\n"
            "University of Madurai North\nBachelor of Technology - BTech\n2010 - 2014")
    assert _education(body) == [
        {"institution": "Gulf Coast Institute of Technology", "area": "Finance",
         "studyType": "Master of Business Administration - MBA", "startDate": "2015", "endDate": "2017"},
        {"institution": "University of Madurai North", "studyType": "Bachelor of Technology - BTech",
         "startDate": "2010", "endDate": "2014"}]
