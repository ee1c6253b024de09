"""Shared field helpers: labelled fields on one line, sentence ends."""
from __future__ import annotations

from converter.parse.items import Item
from converter.parse.sections.common import clean_value, file_fields, label_segments, labelled_fields, sentence_end


def test_labelled_fields_say_which_are_place_and_site():
    fields = labelled_fields("City: Lisbon | Country: Portugal | Website: https://x.example.edu | Final grade: 17/20")
    assert fields == [("place", "City", "Lisbon"), ("place", "Country", "Portugal"),
                      ("url", "Website", "https://x.example.edu"), ("", "Final grade", "17/20")]
    entry: dict = {}
    assert file_fields(fields, Item("", (3,)), entry) == [("Final grade", "17/20")]
    assert entry == {"location": "Lisbon, Portugal", "url": "https://x.example.edu"}
    assert entry["location"].lines == (3,)


def test_a_line_with_an_unlabelled_part_is_no_field_list():
    assert labelled_fields("Tágide Energia S.A. | City: Lisbon") is None
    assert labelled_fields("Website: not a site") == [("", "Website", "not a site")]


def test_an_abbreviation_ends_no_sentence():
    assert not sentence_end("Tágide Energia S.A.")
    assert sentence_end("Built the pipeline.")
    assert clean_value("Tágide Energia S.A.") == "Tágide Energia S.A."


def test_a_note_label_ending_a_longer_label_does_not_split_it():
    assert label_segments("Okay to contact this Supervisor: Yes") == [("", "Okay to contact this Supervisor: Yes")]
    assert label_segments("Team Member Supervisor: Yue Cheng") == [
        ("", "Team Member"), ("note", "Supervisor: Yue Cheng")]


def test_a_phrase_before_a_comma_is_still_the_phrase():
    from converter.parse.sections.common import has_word
    assert has_word("Year 12, Example State High School", "degrees")
    assert has_word("Example State (High School)", "degrees")


def test_a_city_glued_to_the_employer_before_a_state_code_is_cut_off_whole():
    from converter.parse.sections.common import split_place
    assert split_place("Quarry Data Systems Austin, TX", loose=True)[::2] == ("Quarry Data Systems", "Austin, TX")
    assert split_place("Redwood Labs Palo Alto, CA")[::2] == ("Redwood Labs", "Palo Alto, CA")
    assert split_place("Harborline Logistics University Park, PA")[::2] == ("Harborline Logistics",
                                                                            "University Park, PA")
    assert split_place("Example Co Boston, MA 02110")[::2] == ("Example Co", "Boston, MA 02110")
    assert split_place("Massachusetts Institute of Technology, MA")[1] is None
    assert split_place("Salt Lake City, UT", loose=True)[0] == "Salt Lake City"  # (the whole head is the city)


def test_a_place_after_a_middle_dot():
    from converter.parse.sections.common import split_place
    assert split_place("Moreton Bay High School · Brisbane", loose=True)[::2] == ("Moreton Bay High School", "Brisbane")
    assert split_place("Emiliane S.p.A. · Castel Maggiore (BO)", loose=True)[::2] == (
        "Emiliane S.p.A.", "Castel Maggiore (BO)")
