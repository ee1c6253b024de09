"""The document pass: layout lines dropped, Europass bracketed dates moved to the date column."""
from __future__ import annotations

from converter.lines import text_lines
from converter.parse.items import prepare


def _texts(text: str) -> list[str]:
    return [it.text for it in prepare(text_lines(text)).items]


def test_a_running_footer_with_copyright_and_site_is_dropped():
    prepared = prepare(text_lines("Ana Ribeiro\n© European Union, 2002-2024 | europass.europa.eu | Page 1 / 2\nNext"))
    assert [it.text for it in prepared.items] == ["Ana Ribeiro", "Next"]
    assert prepared.dropped == {2}


def test_a_page_number_beside_content_is_kept():
    assert _texts("Acme Corp | Page 2") == ["Acme Corp | Page 2"]


def test_bracketed_dates_before_a_title_go_to_the_date_column():
    assert _texts("[ 01/09/2019 – Current ] Senior Data Analyst\n[ 2018 ]\n[ Python ] tools") == [
        "Senior Data Analyst | 01/09/2019 – Current", "2018", "[ Python ] tools"]


def test_a_place_after_an_emphasised_title_stood_in_its_own_column():
    assert [it.md for it in prepare(text_lines(
        "**Southwestern University** Georgetown, TX\n*Texas A&M University* Austin, TX\n"
        "**Acme Corp** builds robots\n- **Lead** Boston, MA"
    )).items] == ["**Southwestern University** | Georgetown, TX", "*Texas A&M University* | Austin, TX",
                  "**Acme Corp** builds robots", "**Lead** Boston, MA"]  # (a bullet is a sentence, not a title)


def test_a_bibtex_entry_is_one_item_and_its_fences_are_markup():
    prepared = prepare(text_lines("```bibtex\n@article{k,\n  title={T},\n  year={2020}\n}\n```\n"
                                  "@string{x = {y}}\nNext"))
    assert [(it.md, it.nums) for it in prepared.items] == [
        ("@article{k,\n  title={T},\n  year={2020}\n}", (2, 3, 4, 5)), ("Next", (8,))]
    assert prepared.dropped == {1, 2, 5, 6, 7}  # (the fences, the key line, the closing brace, an @string)


def test_wingdings_bullets_from_a_word_document_saved_as_text():
    items = prepare(text_lines("Ø Worked as Analyst.\n§ Led a team.\nü Fixed defects.\nv Wrote tests.\n"
                               "\uf0d8 Reviewed code.\nv 2.0 release notes\n")).items
    assert [(it.text, it.bullet) for it in items] == [
        ("Worked as Analyst.", True), ("Led a team.", True), ("Fixed defects.", True), ("Wrote tests.", True),
        ("Reviewed code.", True), ("v 2.0 release notes", False)]


def test_a_numbered_line_in_capitals_is_a_heading_not_a_list_item():
    items = prepare(text_lines("1. EDUCATION\n2) Built a parser.\n   3. SKILLS\n")).items
    assert [(it.text, it.bullet) for it in items] == [
        ("1. EDUCATION", False), ("Built a parser.", True), ("SKILLS", True)]


def test_a_value_aligned_after_its_label_stays_beside_it():
    assert _texts("Nombre:               Ana Pérez\nEstado civil:         Soltera\nPlace: Pune       (ANA)\n") == [
        "Nombre: Ana Pérez", "Estado civil: Soltera", "Place: Pune | (ANA)"]


def test_a_numbered_item_in_capitals_that_names_no_section_stays_a_list_item():
    assert [(it.text, it.bullet) for it in prepare(text_lines("1. AWS\n2. GCP\n")).items] == [
        ("AWS", True), ("GCP", True)]


def test_a_box_before_a_section_name_is_a_heading_and_before_anything_else_a_bullet():
    items = prepare(text_lines("Intro\n\n■ 경력사항\n■ 데이터 파이프라인 구축\n")).items
    assert [(it.text, it.bullet) for it in items] == [("Intro", False), ("경력사항", False),
                                                      ("데이터 파이프라인 구축", True)]


def test_a_flattened_tables_header_row_names_the_columns_of_its_rows():
    items = prepare(text_lines("기간 | 회사명 | 직위 | 담당업무\n2021.03 ~ 재직중 | 누리소프트 | 연구원 | 플랫폼 개발\n"
                               "- Kafka 파이프라인 구축\n\n기간 | 학교명 | 전공 | 구분\n"
                               "2015.03 ~ 2019.02 | 한빛대학교 | 컴퓨터공학과 | 졸업\n")).items
    assert [(it.text, it.bullet) for it in items] == [
        ("연구원 at 누리소프트", False), ("2021.03 ~ 재직중", False), ("플랫폼 개발", True),
        ("Kafka 파이프라인 구축", True), ("한빛대학교", False), ("컴퓨터공학과", False), ("2015.03 ~ 2019.02", False)]


def test_indented_lines_are_list_items_where_no_line_has_a_bullet_glyph():
    text = ("Analyst, Acme Inc., 2019 – 2021\n    Built the reporting pipeline.\n    Cut costs by 10%.\n"
            "    Advisor: Prof. Example\n    2019 – 2021\n      continued on a second line\n")
    items = prepare(text_lines(text)).items
    assert [(it.text, it.bullet) for it in items] == [
        ("Analyst, Acme Inc., 2019 – 2021", False), ("Built the reporting pipeline.", True),
        ("Cut costs by 10%.", True), ("Advisor: Prof. Example", False), ("2019 – 2021", False),
        ("continued on a second line", False)]


def test_an_indented_line_continues_the_line_above_where_the_author_used_glyphs():
    items = prepare(text_lines("Analyst, Acme Inc.\n- Built the reporting pipeline for\n  Finance.\n")).items
    assert [(it.text, it.bullet) for it in items][-1] == ("Finance.", False)


def test_no_break_spaces_are_spaces():
    text = "Brazos\u00a0Valley\u00a0University\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0College\u00a0Station,\u202fTX\n"
    assert [it.md for it in prepare(text_lines(text)).items] == ["Brazos Valley University | College Station, TX"]


def test_a_boxed_section_name_right_under_text_is_a_heading_and_in_a_list_of_boxes_an_item():
    text = "김민준\n010-5555-0182\n■ 수상경력\n전국 대회 대상\n\n■ Python\n■ Leadership\n"
    assert [(it.text, it.bullet) for it in prepare(text_lines(text)).items] == [
        ("김민준", False), ("010-5555-0182", False), ("수상경력", False), ("전국 대회 대상", False),
        ("Python", True), ("Leadership", True)]
