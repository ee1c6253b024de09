"""Awards: the awarder from a labelled line."""
from __future__ import annotations

from converter.parse import parse_text


def test_europass_awarding_institution_is_the_awarder():
    text = ("Ann Example\n\nHONOURS AND AWARDS\n\n[ 12/05/2021 ] Best Analytics Project\n"
            "Awarding institution: Acme S.A.\n")
    assert parse_text(text).resume["awards"] == [
        {"title": "Best Analytics Project", "date": "2021-05-12", "awarder": "Acme S.A."}]


def test_federal_year_dash_title():
    text = "Ann Example\n\nAWARDS\n\n2022 – Secretary's Award for Excellence\n2014 – Army Commendation Medal\n"
    assert parse_text(text).resume["awards"] == [
        {"title": "Secretary's Award for Excellence", "date": "2022"},
        {"title": "Army Commendation Medal", "date": "2014"}]
