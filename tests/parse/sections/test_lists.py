"""Languages with the Europass CEFR grid; skills written as sentences."""
from __future__ import annotations

from converter.parse import parse_text

GRID = """LANGUAGE SKILLS

Mother tongue(s): Portuguese, Galician

Other language(s):

English
LISTENING C2 READING C2 WRITING C1
SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1

Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user"""


def test_europass_grid_gives_one_language_with_its_levels_as_written():
    assert parse_text(f"Ann Example\n\n{GRID}\n").resume["languages"] == [
        {"language": "Portuguese", "fluency": "Mother tongue"},
        {"language": "Galician", "fluency": "Mother tongue"},
        {"language": "English",
         "fluency": "LISTENING C2 READING C2 WRITING C1 SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1"}]


def test_older_grid_row_with_levels_after_the_language():
    text = "Ann Example\n\nLANGUAGES\n\nUNDERSTANDING SPEAKING WRITING\nGerman C1 C1 B2 B2 C1\n"
    assert parse_text(text).resume["languages"] == [{"language": "German", "fluency": "C1 C1 B2 B2 C1"}]


def test_a_sentence_under_a_skills_heading_is_one_keyword():
    text = ("Ann Example\n\nORGANISATIONAL SKILLS\n\n"
            "Planned and ran the first internal data conference, with 120 colleagues from four sites.\n")
    assert parse_text(text).resume["skills"] == [{
        "name": "Organisational Skills",
        "keywords": ["Planned and ran the first internal data conference, with 120 colleagues from four sites."]}]


def test_a_bold_category_before_its_list_without_a_colon():
    assert parse_text("Ann Example\n\n## Skills\n\n**DevOps** AWS, Docker, GitLab CI\n\n**Back-end** Koa $\\cdot$ "
                      "Django\n\n**Tinkering** on weekends\n").resume["skills"] == [
        {"name": "DevOps", "keywords": ["AWS", "Docker", "GitLab CI"]},
        {"name": "Back-end", "keywords": ["Koa", "Django"]},
        {"name": "Skills", "keywords": ["Tinkering on weekends"]}]


def test_usajobs_language_with_its_skill_rows():
    text = ("Ann Example\n\nLanguage Skills\nLanguage: Spanish\nSpoken: Intermediate\nWritten: Novice\n"
            "Read: Intermediate\n")
    assert parse_text(text).resume["languages"] == [
        {"language": "Spanish", "fluency": "Spoken: Intermediate; Written: Novice; Read: Intermediate"}]


def test_label_then_two_spaces_then_a_dotted_list_is_a_skill_category():
    text = "Kim Lee\n\nSKILLS\nProgramming  Python · C++ · Java\nTools     Git · LaTeX\n"
    assert parse_text(text).resume["skills"] == [
        {"name": "Programming", "keywords": ["Python", "C++", "Java"]},
        {"name": "Tools", "keywords": ["Git", "LaTeX"]}]


def test_a_bold_language_beside_its_level_is_one_language():
    text = "Kim Lee\n\n## Languages\n\n**English**  Fluent (C2)\n\n**German**  Intermediate (B1)\n"
    assert parse_text(text).resume["languages"] == [
        {"language": "English", "fluency": "Fluent (C2)"}, {"language": "German", "fluency": "Intermediate (B1)"}]


def test_a_language_with_rating_dots_takes_them_as_its_fluency():
    text = "Kim Lee\n\n## Languages\n\nItalian  ●●●●●\nEnglish  ●●●●○\n"
    assert parse_text(text).resume["languages"] == [
        {"language": "Italian", "fluency": "●●●●●"}, {"language": "English", "fluency": "●●●●○"}]


def test_referee_line_with_role_before_a_dash_keeps_the_name_alone():
    text = "Ann Example\n\nREFERENCES\n\nLiam Brennan, Owner, Flat White Café – +61 491 570 156, liam@example.com\n"
    assert parse_text(text).resume["references"] == [
        {"name": "Liam Brennan", "reference": "Owner, Flat White Café – +61 491 570 156, liam@example.com"}]


def test_a_labelled_language_keeps_its_label_however_long_the_grid_after_it():
    text = ("Ann Example\n\nLANGUAGES\n**Portuguese:** Mother tongue\n"
            "**English:** LISTENING C2 READING C2 WRITING C1 SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1\n")
    assert parse_text(text).resume["languages"] == [
        {"language": "Portuguese", "fluency": "Mother tongue"},
        {"language": "English",
         "fluency": "LISTENING C2 READING C2 WRITING C1 SPOKEN PRODUCTION C1 SPOKEN INTERACTION C1"}]


def test_a_skills_table_of_label_and_list_rows():
    for body in ("Testing Tools | Selenium, JMeter\nLanguages | Java, SQL",
                 "| Testing Tools | Selenium, JMeter |\n| Languages | Java, SQL |",
                 "Testing Tools  :  Selenium, JMeter\nLanguages      :  Java, SQL"):
        assert parse_text(f"Ann Example\n\nTECHNICAL SKILLS\n{body}\n").resume["skills"] == [
            {"name": "Testing Tools", "keywords": ["Selenium", "JMeter"]},
            {"name": "Languages", "keywords": ["Java", "SQL"]}]


def test_language_beside_its_score_or_level_and_arabic_commas():
    doc = parse_text("## 어학\n\n영어      TOEIC 915점\n일본어 | 비즈니스 회화\n\n"
                     "## المهارات\n\nالأدوات: Excel، Airflow، Git\n").resume
    assert doc["languages"] == [{"language": "영어", "fluency": "TOEIC 915점"},
                                {"language": "일본어", "fluency": "비즈니스 회화"}]
    assert doc["skills"] == [{"name": "الأدوات", "keywords": ["Excel", "Airflow", "Git"]}]


def test_language_cards_a_row_of_names_over_a_row_of_levels() -> None:
    text = ("Ann Example\n\nLANGUAGES\n\n**English** · **German**\nNative speaker · Professional working proficiency\n"
            "**Spanish**\nElementary proficiency\n")
    assert parse_text(text).resume["languages"] == [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Professional working proficiency"},
        {"language": "Spanish", "fluency": "Elementary proficiency"}]
