"""Sections: which lines are headings and which section each line belongs to."""
from __future__ import annotations

import json

from converter.lines import text_lines
from converter.parse import parse_text
from converter.parse.classify import split_sections
from converter.parse.items import prepare


def test_known_phrases_one_level_down_group_entries_and_unknown_sections_still_open() -> None:
    md = ("# Ann Example\n\n## Publications\n\n### Journal Articles\n\n1. A. Example. 2020. Title one. *J. One*.\n\n"
          "### Conference Papers\n\n2. A. Example. 2021. Title two. In *Proc. Two*.\n\n"
          "### Preprints and Manuscripts Under Review\n\n3. A. Example. 2025. Title three. Under review.\n\n"
          "## Public Engagement\n\n- Radio interview on book history, 2023.\n\n## Languages\n\n- Spanish (native)\n")
    resume = parse_text(md).resume
    assert [p["name"] for p in resume["publications"]] == ["Title one", "Title two", "Title three"]
    assert "Preprints" not in json.dumps(resume)
    assert resume["meta"]["extraSections"] == [
        {"title": "Public Engagement", "items": ["Radio interview on book history, 2023."]}]


def _sections(text: str) -> list[tuple[str, list[str]]]:
    return [(s.key, [it.text for it in s.items]) for s in split_sections(prepare(text_lines(text)).items)[1:]]


def test_a_colon_label_inside_a_job_is_no_section_when_headings_are_set_otherwise():
    text = ("Ann Example\n\nEXPERIENCE\nAnalyst | 2019 – 2021\nAcme Inc.\n- Built reports.\n"
            "Accomplishments:\n- Cut costs.\n\nEDUCATION\nBSc Economics, Example University, 2018\n")
    assert _sections(text) == [
        ("work", ["Analyst | 2019 – 2021", "Acme Inc.", "Built reports.", "Accomplishments", "Cut costs."]),
        ("education", ["BSc Economics, Example University, 2018"])]


def test_a_colon_heading_stays_a_heading_where_headings_end_with_colons():
    text = "Ann Example\n\nExperience:\nAnalyst | 2019 – 2021\n- Built reports.\n\nAwards:\nBest Analyst, 2020\n"
    assert [key for key, _items in _sections(text)] == ["work", "awards"]


def test_an_employer_beside_a_role_and_a_school_in_capitals_are_entries_not_headings():
    text = ("Kim Lee\n\nEDUCATION\nRIVERBEND UNIVERSITY\nBS in Computer Science\nMay 2024 | Ithaca, NY\n\n"
            "TEACHING\nRIVERBEND UNIVERSITY | TEACHING ASSISTANT\nAug 2022 – Dec 2023 | Ithaca, NY\n")
    resume = parse_text(text).resume
    assert resume["education"][0]["institution"] == "RIVERBEND UNIVERSITY"
    assert (resume["work"][0]["name"], resume["work"][0]["position"]) == ("RIVERBEND UNIVERSITY", "TEACHING ASSISTANT")
    assert "meta" not in resume


def test_unknown_titles_set_at_the_section_level_open_extra_sections() -> None:
    """A question (ten words at most), a title over a bulleted date, a title in a script without capitals."""
    md = ("# Ann Example\n\nann@example.com\n\n## Experience\n\n**Analyst**, *Acme Ltd* 2019 – 2021\n\n"
          "## Are you legally eligible to work in Canada?\n\n- Yes\n\n## Date of birth\n\n- 14/03/1990\n\n"
          "## 生年月日\n\n- 1996年3月8日生（満30歳）\n")
    assert parse_text(md).resume["meta"]["extraSections"] == [
        {"title": "Are you legally eligible to work in Canada?", "items": ["Yes"]},
        {"title": "Date of birth", "items": ["14/03/1990"]},
        {"title": "生年月日", "items": ["1996年3月8日生（満30歳）"]}]


def test_a_bold_line_without_capitals_is_no_section_where_headings_have_no_level() -> None:
    text = "张伟\n\n**工作经历**\n\n**北京数据科技有限公司**\n- 数据分析\n\n**教育背景**\n\n**北京大学**\n"
    resume = parse_text(text).resume
    assert "meta" not in resume and resume["work"][0]["name"] == "北京数据科技有限公司"


def test_headings_numbered_with_roman_numerals_letters_or_digits_map_by_their_words() -> None:
    text = ("Ana Pérez\n\nI. ANTECEDENTES PERSONALES\nRUT: 12.345.678-9\n\nII. ANTECEDENTES ACADÉMICOS\n"
            "2008 – 2013\nIngeniero Civil Industrial, Universidad de Example\n\nB) EXPERIENCIA LABORAL\n"
            "2019 – 2020\nAnalista, Acme S.A.\n\n3. IDIOMAS\nInglés: intermedio\n\nIV. CAPACITACIÓN\n"
            "Curso de Excel, Capacitación Muestra\n")
    assert [key for key, _items in _sections(text)] == ["basics", "education", "work", "languages", "certificates"]


def test_undecorated_drops_a_headings_number() -> None:
    from converter.parse.classify import undecorated
    assert [undecorated(t) for t in ("VII. REFERENCIAS LABORALES", "B) EDUCATION", "12. SKILLS", "~ SKILLS ~",
                                     "Ivory Coast")] == [
        "REFERENCIAS LABORALES", "EDUCATION", "SKILLS", "SKILLS", "Ivory Coast"]


def test_a_heading_in_form_brackets_is_titled_without_them():
    doc = parse_text("Kim\n\n【병역사항】\n육군 병장 만기제대\n\n[Exhibitions]\nHarbour Gallery, 2021\n").resume
    assert doc["meta"]["extraSections"] == [{"title": "병역사항", "items": ["육군 병장 만기제대"]},
                                            {"title": "Exhibitions", "items": ["Harbour Gallery, 2021"]}]


def test_a_title_case_line_standing_alone_is_a_heading_when_it_ends_in_the_sections_word():
    text = ("Dani Example\n\nClinical Experience\nStaff Nurse, St. Example Hospital, 2020 – present\n\n"
            "Kitchen Experience\nCommis Chef, The Old Mill, 2009 – 2014\n\n"
            "Project Manager\nAcme Inc., 2019 – 2021\n")
    assert [key for key, _items in _sections(text)] == ["work", "work"]
    assert _sections(text)[1][1] == ["Commis Chef, The Old Mill, 2009 – 2014", "Project Manager",
                                     "Acme Inc., 2019 – 2021"]


def test_a_title_case_line_inside_a_block_is_no_heading():
    text = "Dani Example\n\nSKILLS\nTriage\nClinical Experience\n"
    assert _sections(text) == [("skills", ["Triage", "Clinical Experience"])]


def test_a_wrapped_lines_last_word_is_no_heading_though_it_names_a_section():
    text = ("Ann Example\n\nEXPERIENCE\nAcme Inc., Engineer, 2019 – 2021\n"
            "- Led the rewrite of the ledger into three Go\nservices,\n  cutting latency by half.\n")
    assert [key for key, _items in _sections(text)] == ["work"]


def test_headings_set_with_a_trailing_colon_share_that_mark_with_unknown_headings():
    text = ("Ann Example\n\nEducation:\nBA History, 2010\n\nTeaching:\nHIST 101 Early Modern Europe\n\n"
            "Graduate Supervision:\nFour completed PhDs.\n")
    assert _sections(text)[-1] == ("extra", ["Four completed PhDs."])


def test_a_colon_alone_does_not_make_a_label_a_heading_where_headings_are_also_in_capitals():
    text = ("Ana Pérez\n\nEXPERIENCIA LABORAL:\nCargo: Jefe de Proyectos\nFunciones:\n- Planificación.\n"
            "EDUCACIÓN:\nIngeniero Civil, Universidad de Example, 2013\n")
    assert [key for key, _items in _sections(text)] == ["work", "education"]


def test_a_tables_header_row_names_its_section_where_headings_are_set_at_a_level():
    text = ("山田 太郎\n\n## 学歴・職歴\n\n2016 | 3 | 大阪経済大学 卒業\n\n年 | 月 | 免許・資格\n"
            "2016 | 2 | 普通自動車第一種運転免許 取得\n\n## 自己PR\n\n数字に基づいて施策を改善します。\n")
    assert [key for key, _items in _sections(text)] == ["education", "certificates", "summary"]


def test_a_trailing_colon_marks_a_heading_whose_words_go_beyond_the_known_phrase():
    text = ("Ann Example\n\nPublications:\n1. Doe J. A paper. Nat Cell Biol. 2024.\nGrants and Fellowships:\n"
            "Graduate Research Fellowship, 2016\n")
    assert [key for key, _items in _sections(text)] == ["publications", "awards"]


def test_an_unknown_heading_in_ornaments_opens_an_extra_section_like_the_known_ones():
    text = ("Ann Example\n\n~ AWARDS ~\n\nYoung Chef Award, Bath Food Festival, 2012\n\n~ PRESS ~\n\n"
            "Guest chef on \"Market to Plate\", Channel West TV, 2020\n\n~ SKILLS ~\n\nButchery · Fermentation\n")
    assert _sections(text) == [
        ("awards", ["Young Chef Award, Bath Food Festival, 2012"]),
        ("extra", ["Guest chef on \"Market to Plate\", Channel West TV, 2020"]),
        ("skills", ["Butchery · Fermentation"])]
    title_case = text.replace("AWARDS", "Awards").replace("PRESS", "Press").replace("SKILLS", "Skills")
    assert _sections(title_case) == _sections(text)  # (the ornaments mark the headings, whatever their case)


def test_an_abbreviated_heading_listed_with_its_period_is_a_heading_and_a_sentence_is_not():
    text = ("Ann Example\n\nSkills\nTools: Git, Linux\n\nMisc.\nEagle Scout (2021). Can solve a Rubik's cube.\n\n"
            "Skills.\n")
    assert _sections(text) == [
        ("skills", ["Tools: Git, Linux"]),
        ("extra", ["Eagle Scout (2021). Can solve a Rubik's cube.", "Skills."])]
