"""Paragraphs from lines: wrapped lines join, dated lines stay items of their own."""
from __future__ import annotations

from converter.parse.items import Item
from converter.parse.text import paragraphs

LONG = "Encontro Nacional de Ciência de Dados, Coimbra (Portugal), a conference on applied data science"


def test_two_lines_ending_in_dates_are_two_items():
    items = [Item(f"{LONG} | 18/10/2022", (1,)), Item("Lisbon Data Science Meetup | 06/06/2019", (2,))]
    assert paragraphs(items) == [f"{LONG} | 18/10/2022", "Lisbon Data Science Meetup | 06/06/2019"]


def test_a_wrapped_line_still_joins():
    items = [Item(LONG, (1,)), Item("and its uses in industry.", (2,))]
    assert paragraphs(items) == [f"{LONG} and its uses in industry."]


def test_a_line_indented_under_a_bullet_is_its_wrapped_end():
    items = [Item("Obtained dismissal of a $45 million claim", (1,), bullet=True),
             Item("Against a device maker.", (2,), depth=1),
             Item("Represented a bank in an arbitration.", (3,), bullet=True)]
    assert paragraphs(items) == ["Obtained dismissal of a $45 million claim Against a device maker.",
                                 "Represented a bank in an arbitration."]
