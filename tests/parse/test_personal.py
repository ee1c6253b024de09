"""Labelled personal rows of a rirekisho-style form → basics (name, address, contacts) or extra sections."""
from __future__ import annotations

import pytest

from converter.parse import parse_text
from converter.parse.items import Item
from converter.parse.personal import address_parts, fill, kind_of, pick


@pytest.mark.parametrize(("text", "parts"), [
    ("〒211-0063 3-5-12 Kosugi-machi, Nakahara-ku, Kawasaki, Kanagawa, Japan",
     {"postalCode": "211-0063", "countryCode": "JP", "region": "Kanagawa", "city": "Kawasaki",
      "address": "3-5-12 Kosugi-machi, Nakahara-ku"}),
    ("530-0001 大阪府大阪市北区梅田2-4-9 グランハイツ梅田305号",  # (the clean-up drops the 〒 mark itself)
     {"postalCode": "530-0001", "region": "大阪府", "city": "大阪市",
      "address": "北区梅田2-4-9 グランハイツ梅田305号"}),
    ("〒150-0001 東京都渋谷区神宮前1-2-3", {"postalCode": "150-0001", "region": "東京都", "city": "渋谷区",
                                     "address": "神宮前1-2-3"}),
    ("Berlin, Germany", {"city": "Berlin", "countryCode": "DE"}),
])
def test_address_parts(text, parts):
    assert address_parts(text) == parts


@pytest.mark.parametrize(("label", "kind"), [
    ("氏名 / Name", "full_name"), ("住所 / Address", "address"), ("現住所", "address"), ("電話 / Phone", "phone"),
    ("E-mail", "email"), ("生年月日 / Date of Birth", "fact"), ("性別", "fact"), ("Favourite colour", None),
])
def test_a_label_is_known_by_either_half(label, kind):
    assert kind_of(label) == kind


def test_rows_at_the_top_of_the_page():
    rows = [Item(t, (n,)) for n, t in enumerate(["氏名 山本 美咲", "生年月日 1996年3月8日生", "電話 06-5550-0182",
                                                 "Phone: +1 555 0100", "Senior Designer"], 1)]
    kept, facts, asked = pick(rows)
    assert [it.text for it in kept] == ["Phone: 06-5550-0182", "Phone: +1 555 0100", "Senior Designer"]
    assert [(kind, value) for kind, value, _ in facts] == [("full_name", "山本 美咲")]
    assert [(s.key, s.heading.text, [it.text for it in s.items]) for s in asked] == [
        ("extra", "生年月日", ["1996年3月8日生"])]
    basics: dict = {"name": "Senior Designer"}
    fill(basics, facts)
    assert basics == {"name": "山本 美咲"}  # a labelled name beats a guessed one


def test_under_a_heading_facts_stay_for_the_heading_to_title():
    rows = [Item("氏名 / Name: Kenji Morioka", (1,)), Item("性別 / Gender: Male", (2,))]
    kept, facts, asked = pick(rows, under_heading=True)
    assert [it.text for it in kept] == ["性別 / Gender: Male"]
    assert [(kind, value) for kind, value, _ in facts] == [("full_name", "Kenji Morioka")]
    assert asked == []


def test_plain_contact_rows_are_left_to_the_contact_reader():
    rows = [Item("Address: Keizersgracht 1, 1015 AA Amsterdam", (1,)), Item("Email: a@example.com", (2,))]
    assert pick(rows) == (rows, [], [])


def test_a_japanese_form_end_to_end():
    text = ("履歴書                  2026年11月1日現在\n\n氏名　　　山本 美咲\n生年月日　1996年3月8日生\n"
            "現住所　　〒530-0001 大阪府大阪市北区梅田2-4-9\nE-mail　　misaki@example.com\n")
    resume = parse_text(text).resume
    assert resume["basics"] == {"name": "山本 美咲", "email": "misaki@example.com",
                                "location": {"address": "北区梅田2-4-9", "postalCode": "530-0001",
                                             "city": "大阪市", "region": "大阪府"}}
    assert resume["meta"] == {"extraSections": [{"title": "生年月日", "items": ["1996年3月8日生"]}]}


def test_a_postcode_alone_takes_the_address_on_the_next_line():
    rows = [Item("現住所 〒150-0002", (1,)), Item("東京都渋谷区渋谷2-21-1", (2,)), Item("電話 090-5555-0101", (3,))]
    kept, facts, _ = pick(rows)
    assert [it.text for it in kept] == ["Phone: 090-5555-0101"]
    basics: dict = {}
    fill(basics, facts)
    assert basics["location"] == {"postalCode": "150-0002", "region": "東京都", "city": "渋谷区",
                                  "address": "渋谷2-21-1"}
    assert basics["location"]["city"].lines == (1, 2)


def test_an_english_address_in_japan_with_its_postcode_inside():
    assert address_parts("2-1-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 160-0023, Japan") == {
        "postalCode": "160-0023", "countryCode": "JP", "region": "Tokyo", "city": "Shinjuku-ku",
        "address": "2-1-1 Nishi-Shinjuku"}


def test_several_personal_facts_on_one_line():
    kept, facts, asked = pick([Item("Nationality: Portuguese | Date of birth: 14/03/1990 | Gender: Female", (1,))])
    assert (kept, facts) == ([], [])
    assert [(s.heading.text, [it.text for it in s.items]) for s in asked] == [
        ("Nationality", ["Portuguese"]), ("Date of birth", ["14/03/1990"]), ("Gender", ["Female"])]


def test_federal_eligibility_rows_are_facts_titled_by_their_label():
    text = ("Marcus Example\nPhone: (202) 555-0147\n\nCitizenship: U.S. Citizen\nVeterans' Preference: 5-point (TP)\n"
            "Federal Status: Current federal employee\n\nSUMMARY\nProgram analyst.\n")
    resume = parse_text(text).resume
    assert resume["meta"]["extraSections"] == [
        {"title": "Citizenship", "items": ["U.S. Citizen"]},
        {"title": "Veterans' Preference", "items": ["5-point (TP)"]},
        {"title": "Federal Status", "items": ["Current federal employee"]}]
    assert resume["basics"]["summary"] == "Program analyst."


def test_usajobs_availability_rows_are_facts():
    text = "Jordan Example\nEmail: j@example.com\n\nJob Type: Permanent\nWork Schedule: Full-Time\n"
    resume = parse_text(text).resume
    assert resume["meta"]["extraSections"] == [
        {"title": "Job Type", "items": ["Permanent"]}, {"title": "Work Schedule", "items": ["Full-Time"]}]
    assert "profiles" not in resume["basics"]


def test_facts_on_one_line_without_column_marks():
    text = "Ana Ribeiro\nDate of birth: 14/03/1990 Nationality: Portuguese Gender: Female\nEmail: a@example.com\n"
    assert parse_text(text).resume["meta"]["extraSections"] == [
        {"title": "Date of birth", "items": ["14/03/1990"]}, {"title": "Nationality", "items": ["Portuguese"]},
        {"title": "Gender", "items": ["Female"]}]


def test_a_registration_number_under_the_name_is_an_extra_section():
    from converter.parse import parse_text
    doc = parse_text("SARAH O'NEILL, RN\nLeeds, UK | sarah@example.com\nRegistration: NMC PIN 12A3456E\n\n"
                     "EXPERIENCE\nStaff Nurse, Example Hospital    2020 – Present\n").resume
    assert "label" not in doc["basics"]
    assert doc["meta"]["extraSections"] == [{"title": "Registration", "items": ["NMC PIN 12A3456E"]}]


def test_a_labelled_fact_among_contact_columns():
    from converter.parse import parse_text
    doc = parse_text("DR AMARA OKONKWO MBBS MRCP\nSpecialty Registrar in Cardiology\n"
                     "GMC Number: 7012345 | amara@example.com | 07700 900456\n\n"
                     "EXPERIENCE\nRegistrar, Example NHS Trust    2020 – Present\n").resume
    assert doc["basics"]["name"] == "Dr Amara Okonkwo MBBS MRCP"
    assert doc["basics"]["email"] == "amara@example.com"
    assert doc["basics"]["phone"] == "07700 900456"
    assert doc["meta"]["extraSections"] == [{"title": "GMC Number", "items": ["7012345"]}]
