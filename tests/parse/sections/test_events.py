"""Event-style CVs (rirekisho): dated event lines → one entry per span between events."""
from __future__ import annotations

import pytest

from converter.parse import parse_text
from converter.parse.items import Item
from converter.parse.sections.events import assign, event_style, read_event, says_none, without_verbs


def _items(*lines: str) -> list[Item]:
    return [Item(line, (n,)) for n, line in enumerate(lines, 1)]


def _plain(entries: list[dict]) -> list[dict]:
    return [{k: (str(v) if isinstance(v, str) else [str(x) for x in v]) for k, v in e.items()} for e in entries]


@pytest.mark.parametrize(("line", "section", "kind", "obj"), [
    ("2013年4月 | Entered Tohoku Institute of Technology", "education", "start", "Tohoku Institute of Technology"),
    ("2017年3月 | Graduated from Tohoku Institute of Technology", "education", "end",
     "Tohoku Institute of Technology"),
    ("2011 | 04 | 大阪府立北野台高等学校 入学", "education", "start", "大阪府立北野台高等学校"),
    ("2020 | 03 | 関西中央大学大学院 修了", "education", "end", "関西中央大学大学院"),
    ("2022 | 03 | Expected to graduate from Keiyo University", "education", "end", "Keiyo University"),
    ("2019年4月 | Joined Hoshizora Systems Co., Ltd. as Software Engineer", "work", "start",
     "Hoshizora Systems Co., Ltd. as Software Engineer"),
    ("2022年10月 | Transferred: Senior Engineer, Cloud Platform Division", "work", "move",
     "Senior Engineer, Cloud Platform Division"),
    ("2022 | 10 | マーケティング部へ異動 デジタル広告の運用を担当", "work", "move", "マーケティング部"),
    ("2024 | 06 | 一身上の都合により退社", "work", "end", "一身上の都合"),
    ("2020 | 04 | Hoshizora Systems", "work", "dated", "Hoshizora Systems"),
    ("現在に至る (to present)", "work", "open", ""),
    ("以上 (End)", "work", "layout", ""),
    ("Led the migration of 40 services in 2023", "work", "note", ""),
])
def test_what_one_line_of_the_table_says(line, section, kind, obj):
    event = read_event(Item(line, (1,)), section)
    assert (event.kind, event.obj) == (kind, obj)


def test_event_tables_are_told_from_ordinary_sections():
    assert event_style(_items("2010年4月 | Entered A High School", "2013年3月 | Graduated from A High School"),
                       "education")
    # date ranges are entries of their own, whatever their words say
    assert not event_style(_items("2019 – 2021 Joined Acme as Engineer", "2021 – 2023 Joined Beta as Lead"), "work")
    # one event among plain dated entries is no table
    assert not event_style(_items("2019 | 04 | Acme Corp", "2020 | 05 | Beta Ltd", "2021 | 06 | Joined Gamma"),
                           "work")


def test_entered_and_graduated_make_one_education_entry():
    out = assign(_items(
        "2010年4月 | Entered Sakuragaoka High School",
        "2013年3月 | Graduated from Sakuragaoka High School",
        "2013年4月 | Entered Tohoku Institute of Technology, Faculty of Engineering, Department of Information Science",
        "2017年3月 | Graduated from Tohoku Institute of Technology (Bachelor of Engineering)",
    ), "education")
    assert _plain(out["education"]) == [
        {"institution": "Sakuragaoka High School", "startDate": "2010-04", "endDate": "2013-03"},
        {"institution": "Tohoku Institute of Technology", "area": "Information Science",
         "studyType": "Bachelor of Engineering", "startDate": "2013-04", "endDate": "2017-03",
         "summary": "Faculty of Engineering"},
    ]


def test_japanese_school_faculty_and_department_written_together():
    out = assign(_items("2014年4月 | 東都大学理学部物理学科入学", "2018年3月 | 同大学 卒業",
                        "2018年4月 | 東都大学大学院 理学研究科 修士課程 入学", "2020年3月 | 同大学院 修了"),
                 "education")
    assert _plain(out["education"]) == [
        {"institution": "東都大学", "area": "物理学科", "startDate": "2014-04", "endDate": "2018-03",
         "summary": "理学部"},
        {"institution": "東都大学大学院", "studyType": "修士課程", "startDate": "2018-04", "endDate": "2020-03",
         "summary": "理学研究科"},
    ]


def test_a_graduation_naming_another_school_is_an_entry_of_its_own():
    out = assign(_items("2015 | 04 | Entered Minato High School", "2018 | 03 | Graduated from Keiyo College",
                        "2018 | 03 | Graduated from Minato High School"), "education")
    assert _plain(out["education"]) == [
        {"institution": "Minato High School", "startDate": "2015-04", "endDate": "2018-03"},
        {"institution": "Keiyo College", "endDate": "2018-03"},
    ]


def test_transfer_ends_the_running_position_and_leaving_ends_the_last():
    out = assign(_items(
        "2019年4月 | Joined Hoshizora Systems Co., Ltd. as Software Engineer",
        "Assigned to the Retail Solutions Division",
        "2022年10月 | Transferred: Senior Engineer, Cloud Platform Division",
        "2023年4月 | Promoted to Team Lead",
        "2024年3月 | Left the company (to move into product development)",
        "2024年4月 | Joined Aozora Mobility Inc. as Backend Engineer",
        "現在に至る (to present)",
        "以上 (End)",
    ), "work")
    assert _plain(out["work"]) == [
        {"name": "Hoshizora Systems Co., Ltd.", "position": "Software Engineer", "startDate": "2019-04",
         "endDate": "2022-10", "summary": "Assigned to the Retail Solutions Division"},
        {"name": "Hoshizora Systems Co., Ltd.", "position": "Senior Engineer", "startDate": "2022-10",
         "endDate": "2023-04", "summary": "Cloud Platform Division"},
        {"name": "Hoshizora Systems Co., Ltd.", "position": "Team Lead", "startDate": "2023-04",
         "endDate": "2024-03", "summary": "Left the company (to move into product development)"},
        {"name": "Aozora Mobility Inc.", "position": "Backend Engineer", "startDate": "2024-04"},
    ]


def test_a_transfer_naming_no_role_keeps_its_line_as_the_note():
    out = assign(_items("2020 | 04 | 株式会社なにわ商事 入社", "2022 | 10 | マーケティング部へ異動",
                        "2024 | 06 | 一身上の都合により退社"), "work")
    assert _plain(out["work"]) == [
        {"name": "株式会社なにわ商事", "startDate": "2020-04", "endDate": "2022-10"},
        {"name": "株式会社なにわ商事", "startDate": "2022-10", "endDate": "2024-06",
         "summary": "マーケティング部へ異動; 一身上の都合により退社"},
    ]


def test_one_table_of_education_and_work_under_one_heading_is_split_at_the_first_employment():
    out = assign(_items("2014年4月 | 東都大学 入学", "2018年3月 | 東都大学 卒業", "2018年4月 | 株式会社ひかり電機 入社",
                        "2020年3月 | 会社都合により退職"), "education")
    assert _plain(out["education"]) == [{"institution": "東都大学", "startDate": "2014-04", "endDate": "2018-03"}]
    assert _plain(out["work"]) == [{"name": "株式会社ひかり電機", "startDate": "2018-04", "endDate": "2020-03",
                                    "summary": "会社都合により退職"}]


def test_ordinary_sections_are_left_to_the_usual_grouping():
    assert assign(_items("Acme Corp, Engineer", "2019 – 2021"), "work") is None
    assert assign(_items("2019 | 04 | Entered A", "2020 | 03 | Graduated from A"), "projects") is None


def test_certificate_verbs_are_dropped_from_a_dated_table():
    lines = without_verbs(_items("2016 | 02 | 普通自動車第一種運転免許 取得", "2018年6月 | Passed the Bar Exam",
                                 "Certified Kubernetes Administrator, CNCF"))
    assert [it.text for it in lines] == ["2016 | 02 | 普通自動車第一種運転免許", "2018年6月 | the Bar Exam",
                                         "Certified Kubernetes Administrator, CNCF"]


def test_a_rirekisho_end_to_end():
    text = ("Kenji Morioka\n\n学歴 / Education\n年月 (Year/Month)    内容 (Details)\n"
            "2013年4月    Entered Tohoku Institute of Technology\n"
            "2017年3月    Graduated from Tohoku Institute of Technology\n\n"
            "職歴 / Work History\n2017年4月    Joined Aozora Mobility Inc. as Backend Engineer\n"
            "             現在に至る (to present)\n                          以上 (End)\n")
    resume = parse_text(text).resume
    assert resume["education"] == [{"institution": "Tohoku Institute of Technology", "startDate": "2013-04",
                                    "endDate": "2017-03"}]
    assert resume["work"] == [{"name": "Aozora Mobility Inc.", "position": "Backend Engineer",
                               "startDate": "2017-04"}]


def test_an_english_verb_may_close_the_line():
    out = assign(_items("Apr. 2012 | Keio Gijuku High School (Entered)",
                        "Mar. 2015 | Keio Gijuku High School (Graduated)",
                        "Apr. 2015 | Waseda University, School of Political Science and Economics – Enrolled",
                        "Mar. 2019 | Waseda University – Graduated"), "education")
    assert _plain(out["education"]) == [
        {"institution": "Keio Gijuku High School", "startDate": "2012-04", "endDate": "2015-03"},
        {"institution": "Waseda University", "startDate": "2015-04", "endDate": "2019-03",
         "summary": "School of Political Science and Economics"},
    ]


def test_a_transfer_names_its_role_after_as():
    out = assign(_items("2019 | 04 | Joined Mitsubishi Example Corporation",
                        "2021 | 10 | Transferred to the Singapore branch as Regional Sales Manager"), "work")
    assert _plain(out["work"])[1] == {"name": "Mitsubishi Example Corporation", "position": "Regional Sales Manager",
                                      "startDate": "2021-10", "summary": "the Singapore branch"}


def test_a_printed_japanese_form():
    text = ("履 歴 書                     令和8年11月1日現在\n氏　　名　山田　太郎\n\n"
            "年\t月\t学歴・職歴（各別にまとめて書く）\n\t\t学　歴\n"
            "２０１４\t４\t東京都立青山高等学校　入学\n２０１７\t３\t東京都立青山高等学校　卒業\n"
            "平成29\t4\t東都大学　経済学部　入学\n2021　　3　　東都大学　経済学部　卒業\n"
            "\t\t職　歴\n2021\t4\t株式会社ABC　入社\n\t\t現在に至る\n\t\t\t以上\n")
    resume = parse_text(text).resume
    assert resume["basics"] == {"name": "山田 太郎"}
    assert resume["education"] == [
        {"institution": "東京都立青山高等学校", "startDate": "2014-04", "endDate": "2017-03"},
        {"institution": "東都大学", "startDate": "2017-04", "endDate": "2021-03", "summary": "経済学部"}]
    assert resume["work"] == [{"name": "株式会社ABC", "startDate": "2021-04"}]


def test_a_japanese_role_named_with_toshite_and_present_on_the_same_line():
    out = assign(_items("2019 | 04 | 株式会社ひかり電機に営業職として入社",
                        "2022 | 04 | 株式会社みなと企画 入社 現在に至る"), "work")
    assert _plain(out["work"]) == [{"name": "株式会社ひかり電機", "position": "営業職", "startDate": "2019-04",
                                    "endDate": "2022-04"},
                                   {"name": "株式会社みなと企画", "startDate": "2022-04"}]


@pytest.mark.parametrize(("body", "none"), [("なし", True), ("特になし。", True), ("None", True),
                                           ("None of the above applies to me", False), ("なし\nあり", False)])
def test_a_box_answered_none(body, none):
    assert says_none(_items(*body.split("\n"))) is none
    assert ("awards" in parse_text(f"山田 太郎\n\n賞罰\n{body}\n").resume) is not none


def test_a_word_tables_year_and_month_cells_joined_by_one_space():
    text = ("Kenji Morioka\n\nYear Month Education\n2013 4 Entered Tohoku Institute of Technology\n"
            "2017 3 Graduated from Tohoku Institute of Technology\n")
    assert parse_text(text).resume["education"] == [
        {"institution": "Tohoku Institute of Technology", "startDate": "2013-04", "endDate": "2017-03"}]


def test_the_tables_layout_lines_are_explained():
    text = ("Kenji Morioka\n\n職歴 / Work History\n2017年4月    Joined Aozora Mobility Inc. as Backend Engineer\n"
            "             現在に至る (to present)\n                          以上 (End)\n")
    structure = parse_text(text).structure
    assert [structure.get(n) for n in (5, 6)] == ["table layout (to present, end of table)"] * 2


def test_an_english_template_with_year_and_month_columns():
    text = ("Taro Suzuki\n\nEducation\nYear  Month\n2010  3      Graduated from Minami High School\n"
            "2010  4      Entered the Faculty of Law, Keio Example University\n"
            "2014  3      Graduated from Keio Example University, Faculty of Law, Bachelor of Laws\n\n"
            "Work Experience\n2014  4      Joined DEF Trading Co., Ltd.\n             Assigned to Sales Department\n"
            "2018  3      Resigned due to personal reasons\n2018  4      Joined GHI Inc. as Account Manager\n"
            "             Present\n                                  End\n")
    resume = parse_text(text).resume
    assert resume["education"] == [
        {"institution": "Minami High School", "endDate": "2010-03"},
        {"institution": "Keio Example University", "studyType": "Bachelor of Laws", "startDate": "2010-04",
         "endDate": "2014-03", "summary": "Faculty of Law"}]
    assert resume["work"] == [
        {"name": "DEF Trading Co., Ltd.", "startDate": "2014-04", "endDate": "2018-03",
         "summary": "Assigned to Sales Department; Resigned due to personal reasons"},
        {"name": "GHI Inc.", "position": "Account Manager", "startDate": "2018-04"}]


def test_joining_elsewhere_ends_the_running_employment():
    out = assign(_items("2019 | 04 | Joined Acme Corp. as Engineer", "2021 | 07 | Joined Beta Inc. as Lead"), "work")
    assert _plain(out["work"]) == [
        {"name": "Acme Corp.", "position": "Engineer", "startDate": "2019-04", "endDate": "2021-07"},
        {"name": "Beta Inc.", "position": "Lead", "startDate": "2021-07"}]
