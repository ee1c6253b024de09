"""Entries around date anchors: the first entry's layout finds where the others start."""
from __future__ import annotations

from converter.lines import text_lines
from converter.parse.group import group, merge_continuations, tag_list
from converter.parse.items import prepare


def heads(text: str) -> list[list[str]]:
    return [[it.text for it in e.head] for e in group(prepare(text_lines(text)).items)]


def test_date_after_title_place_and_degree():
    text = ("Courant Institute, NYU\nPh.D in ML\nNew York, USA\n2023 - present\n"
            "Yao Class, Tsinghua\nB.Sc.\nBeijing, China\n2019 - 2023")
    assert heads(text) == [["Courant Institute, NYU", "Ph.D in ML", "New York, USA", "2023 - present"],
                           ["Yao Class, Tsinghua", "B.Sc.", "Beijing, China", "2019 - 2023"]]


def test_date_on_the_title_line_and_notes_after_bullets():
    text = "Analyst at A 2019 - 2020\n- did x\nGPA: 4.0\nEngineer at B 2020 - 2021\n- did y"
    assert heads(text) == [["Analyst at A 2019 - 2020", "GPA: 4.0"], ["Engineer at B 2020 - 2021"]]


def test_a_second_date_line_is_surplus():
    entries = group(prepare(text_lines("School\nSept.2018 - July 2022\nJuly 2023 - Dec. 2023\nBachelor")).items)
    assert len(entries) == 1 and [it.text for it in entries[0].surplus] == ["July 2023 - Dec. 2023"]


def test_bullets_alone_are_entries_with_their_sub_bullets():
    entries = group(prepare(text_lines("- Ph.D., X University, 2020\n  - GPA: 4.0\n- M.S., Y University, 2016")).items)
    assert [[it.text for it in e.items] for e in entries] == [
        ["Ph.D., X University, 2020", "GPA: 4.0"], ["M.S., Y University, 2016"]]


def test_wrapped_lines_join_their_bullet():
    lines = text_lines("- Built the weekly forecast, reducing\n  stock-outs by 11%.")
    items = merge_continuations(prepare(lines).items)
    assert [it.text for it in items] == ["Built the weekly forecast, reducing stock-outs by 11%."]
    assert items[0].nums == (1, 2)


def test_lower_case_month_lines_anchor_entries() -> None:
    text = "gen 2019 – oggi\nResponsabile\nAcme S.p.A.\n• Uno.\nmar 2016 – dic 2018\nIngegnere\nBeta S.r.l.\n• Due."
    entries = group(prepare(text_lines(text)).items)
    assert [[h.text for h in e.head] for e in entries] == [
        ["gen 2019 – oggi", "Responsabile", "Acme S.p.A."], ["mar 2016 – dic 2018", "Ingegnere", "Beta S.r.l."]]


def test_numbered_titles_with_nested_bullets_are_separate_entries() -> None:
    text = ("1. Smart Attendance   Jul 2024 - Apr 2025\n   Technologies: Python, Flask\n   * Built it.\n"
            "2. Canteen App   Jan 2024 - Mar 2024\n   * Shipped it.")
    entries = group(prepare(text_lines(text)).items)
    assert [len(e.bullets) for e in entries] == [1, 1]
    assert [h.text for h in entries[0].head][1] == "Technologies: Python, Flask"


def test_hh_ru_entries_open_with_a_range_wrapped_over_two_lines() -> None:
    from converter.parse import parse_text

    doc = parse_text("A B\na@example.com\n\nОпыт работы\n\nЯнварь 2020 —\nнастоящее время\n4 года 11 месяцев\n"
                     "ООО «Ветер»\nМосква\nВедущий разработчик\nРазработка платформы.\n\n"
                     "Март 2018 —\nДекабрь 2019\n1 год 10 месяцев\nАО «Логистика»\nКазань\nPython-разработчик\n").resume
    assert doc["work"] == [
        {"name": "ООО «Ветер»", "location": "Москва", "position": "Ведущий разработчик", "startDate": "2020-01",
         "summary": "Разработка платформы."},
        {"name": "АО «Логистика»", "location": "Казань", "position": "Python-разработчик", "startDate": "2018-03",
         "endDate": "2019-12"}]


def test_europass_business_or_sector_line_stays_with_its_entry():
    text = ("Software Engineer | 01/2015 – 12/2016\nAcme S.p.A.\n- Built the billing platform.\n"
            "Business or sector Information and communication\nJunior Developer | 09/2010 – 12/2014\nBeta S.r.l.")
    assert heads(text) == [
        ["Software Engineer | 01/2015 – 12/2016", "Acme S.p.A.", "Business or sector Information and communication"],
        ["Junior Developer | 09/2010 – 12/2014", "Beta S.r.l."]]


def test_hh_ru_date_column_beside_the_entry_wraps_its_range() -> None:
    from converter.parse import parse_text

    doc = parse_text("A B\na@example.com\n\nОпыт работы\n\n"
                     "Март 2018 —            АО «Логистика»\nДекабрь 2019           Санкт-Петербург\n"
                     "1 год 10 месяцев       Python-разработчик\n").resume
    assert doc["work"] == [{"name": "АО «Логистика»", "location": "Санкт-Петербург", "position": "Python-разработчик",
                            "startDate": "2018-03", "endDate": "2019-12"}]


def test_a_label_between_bullets_continues_the_entry():
    text = ("Analyst | 2019 – 2021\nAcme Inc.\n- Built reports.\nAccomplishments:\n- Cut costs.\n"
            "Clerk | 2017 – 2019\nBeta Co")
    assert heads(text) == [["Analyst | 2019 – 2021", "Acme Inc.", "Accomplishments"],
                           ["Clerk | 2017 – 2019", "Beta Co"]]


def test_an_expected_end_alone_dates_its_own_entry_but_joins_a_dated_line_beside_it():
    from converter.parse.dates import forget_dates
    forget_dates()
    items = prepare(text_lines("MEng in Computer Science\nExpected May 2025 | Ithaca, NY\nCum. GPA: 3.86 / 4.0\n"
                               "BS in Computer Science\nMay 2024 | Ithaca, NY\n")).items
    assert [[it.text for it in e.head] for e in group(items)] == [
        ["MEng in Computer Science", "Expected May 2025 | Ithaca, NY", "Cum. GPA: 3.86 / 4.0"],
        ["BS in Computer Science", "May 2024 | Ithaca, NY"]]
    items = prepare(text_lines("(Expected in June 2025) Bachelor of Engineering\nSep. 2021 - Present\n")).items
    assert len(group(items)) == 1


def test_bold_led_title_after_bullets_starts_the_next_entry():
    text = ("**Fjord Data** · Senior Engineer\n2023–present\n- Built a service.\n"
            "**Nordlys Payments** · Backend Engineer\n2021–2023\n- Ran payments.\n")
    assert heads(text) == [["Fjord Data · Senior Engineer", "2023–present"],
                           ["Nordlys Payments · Backend Engineer", "2021–2023"]]
    # a dotted list of tags after the bullets is still the entry's keywords
    assert heads("Fjord Data\n2023–present\n- Built a service.\nGo · PostgreSQL · Kafka\n") == [
        ["Fjord Data", "2023–present", "Go · PostgreSQL · Kafka"]]


def test_an_employer_dot_place_line_is_no_tag_list():
    assert not tag_list("Riverbend Senior Living · Salem, OR")
    assert tag_list("Go · PostgreSQL · Kafka")


def test_a_list_items_dates_wrapped_after_its_comma_stay_with_it():
    items = prepare(text_lines("- **Lecturer**, University of Carrow Vale,\n2014–2019\n- **Fellow**, St Aldhelm's, "
                               "2011–2014\n")).items
    assert [it.text for it in merge_continuations(items)] == [
        "Lecturer, University of Carrow Vale, 2014–2019", "Fellow, St Aldhelm's, 2011–2014"]


def test_a_list_item_wrapped_after_a_word_that_never_ends_a_sentence_goes_on():
    items = prepare(text_lines("• Reduced forecast variance with a bottom-up commit model in\nSalesforce.\n"
                               "• Built a channel program.\nSalesforce Certified Administrator\n")).items
    assert [it.text for it in merge_continuations(items)] == [
        "Reduced forecast variance with a bottom-up commit model in Salesforce.", "Built a channel program.",
        "Salesforce Certified Administrator"]


def test_a_lower_case_title_with_its_own_date_after_bullets_starts_the_next_entry():
    text = ("ledgerlint | github.com/jreyes-dev/ledgerlint    2022\n• A linter.\n• Used in CI.\n"
            "tinyraft | An educational Raft implementation    2020\n• Written for a study group.")
    entries = group(prepare(text_lines(text)).items)
    assert [([it.text for it in e.head], [b.text for b in e.bullets]) for e in entries] == [
        (["ledgerlint | github.com/jreyes-dev/ledgerlint 2022"], ["A linter.", "Used in CI."]),
        (["tinyraft | An educational Raft implementation 2020"], ["Written for a study group."])]
